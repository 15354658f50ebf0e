/**
 * Turns overlapping standoff annotations into a flat run of text segments, each knowing
 * which marks cover it. Flat runs (rather than nested elements) are what lets crossing
 * spans render at all: HTML cannot nest two ranges that overlap without containing.
 * Pure and DOM-free so it is unit-tested in Node.
 */
import type { Annotation } from "./types.js";

export type MarkRole = "technique" | "entity" | "source" | "cue" | "content" | "citation" | "call";

/** One rendered range of one annotation (an attribution gives up to three). */
export interface Mark {
  /** Index of the annotation in the result's `annotations`. */
  ann: number;
  role: MarkRole;
  label: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indices into the marks array, in mark order. */
  marks: number[];
}

/** Which layers are shown and which technique labels are hidden by the legend. */
export interface Visibility {
  layers: ReadonlySet<string>;
  hiddenTechniques: ReadonlySet<string>;
}

export const LAYERS = ["technique", "entity", "attribution", "citation", "call_to_action"] as const;

function isSpan(value: unknown): value is { start: number; end: number } {
  if (value === null || typeof value !== "object") return false;
  const o = value as Record<string, unknown>;
  return typeof o.start === "number" && typeof o.end === "number" && o.end > o.start;
}

/** The marks to draw for the visible annotations; empty and out-of-range spans are dropped. */
export function marksFor(annotations: readonly Annotation[], textLength: number, vis: Visibility): Mark[] {
  const marks: Mark[] = [];
  const push = (ann: number, role: MarkRole, label: string, span: { start: number; end: number }) => {
    const start = Math.max(0, span.start);
    const end = Math.min(textLength, span.end);
    if (end > start) marks.push({ ann, role, label, start, end });
  };
  annotations.forEach((a, i) => {
    if (!vis.layers.has(a.type)) return;
    const label = a.label ?? "";
    switch (a.type) {
      case "technique":
        if (!vis.hiddenTechniques.has(label)) push(i, "technique", label, a);
        break;
      case "entity":
        push(i, "entity", label, a);
        break;
      case "citation":
        push(i, "citation", label, a);
        break;
      case "call_to_action":
        push(i, "call", label, a);
        break;
      case "attribution":
        for (const role of ["source", "cue", "content"] as const) {
          const part = a[role];
          if (isSpan(part)) push(i, role, label, part);
        }
        break;
    }
  });
  return marks;
}

/** Cuts [0, textLength) at every mark boundary; segments cover the whole text in order. */
export function segment(
  textLength: number,
  marks: readonly Mark[],
  extraCuts: Iterable<number> = [],
): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  for (const c of extraCuts) if (c > 0 && c < textLength) cuts.add(c);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = marks.map((_, i) => i).sort((a, b) => marks[a].start - marks[b].start);
  const segments: Segment[] = [];
  let active: number[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p];
    const end = points[p + 1];
    active = active.filter((i) => marks[i].end > start);
    while (next < byStart.length && marks[byStart[next]].start <= start) {
      const i = byStart[next++];
      if (marks[i].end > start) active.push(i);
    }
    segments.push({ start, end, marks: [...active].sort((a, b) => a - b) });
  }
  return segments;
}

/** Among the technique marks on a segment, the one whose colour shows: the narrowest. */
export function topTechnique(seg: Segment, marks: readonly Mark[]): Mark | null {
  let best: Mark | null = null;
  for (const i of seg.marks) {
    const m = marks[i];
    if (m.role !== "technique") continue;
    if (!best || m.end - m.start < best.end - best.start) best = m;
  }
  return best;
}
