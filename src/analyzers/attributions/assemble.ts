/**
 * From tagged Source / Cue / Content runs to attribution relations: each cue takes the
 * nearest source of its sentence and the content runs closest to it (both sides of an
 * interrupted quotation become parts of one content). Quotations the tagger left without a
 * cue continue the previous speaker's quotation (multi-paragraph quotes).
 */
import type { Doc } from "../../document/document.js";
import { QUOTE_CLOSE, QUOTE_IN, QUOTE_OPEN } from "./quotes.js";

export type RunKind = "SRC" | "CUE" | "CON";

export interface Run {
  kind: RunKind;
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface Relation {
  source: Run | null;
  cue: Run | null;
  content: Run[];
  /** Set on a quotation continuing an earlier relation's quote (index into the result). */
  continues?: number;
}

/** Maximal runs of one kind from BIO labels of tokens [first, first + labels.length). */
export function runsFromLabels(
  labels: ArrayLike<number>,
  names: readonly string[],
  first: number,
  count: number,
): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  for (let k = 0; k < count; k++) {
    const l = names[labels[k]];
    const i = first + k;
    if (open && l.charCodeAt(0) === 73 /* I */ && l.slice(2) === open.kind) {
      open.last = i + 1;
      continue;
    }
    if (open) runs.push(open);
    open = l === "O" ? null : { kind: l.slice(2) as RunKind, first: i, last: i + 1 };
  }
  if (open) runs.push(open);
  return runs;
}

function gap(a: Run, b: Run): number {
  return a.last <= b.first ? b.first - a.last : a.first >= b.last ? a.first - b.last : 0;
}

/** Groups the runs of one paragraph into relations. */
export function assembleParagraph(doc: Doc, runs: readonly Run[], quoteState: Uint8Array): Relation[] {
  const cues = runs.filter((r) => r.kind === "CUE");
  const sources = runs.filter((r) => r.kind === "SRC");
  const contents = runs.filter((r) => r.kind === "CON");
  const sentence = (r: Run) => doc.sentenceOf[r.first];
  const relations: Relation[] = cues.map((cue) => {
    const s = sentence(cue);
    let source: Run | null = null;
    let best = Infinity;
    for (const src of sources) {
      if (sentence(src) !== s && doc.sentenceOf[src.last - 1] !== s) continue;
      // Prefer a source before its cue ("X said") over one after ("said X").
      const d = gap(src, cue) + (src.first > cue.first ? 0.5 : 0);
      if (d < best) {
        best = d;
        source = src;
      }
    }
    return { source, cue, content: [] };
  });
  const orphans: Run[] = [];
  for (const con of contents) {
    let best = -1;
    let bestGap = Infinity;
    relations.forEach((rel, k) => {
      const cue = rel.cue!;
      // The source belongs to the cue's block: "'A,' he said" counts from "he".
      const d = Math.min(gap(con, cue), rel.source ? gap(con, rel.source) : Infinity);
      if (d < bestGap) {
        bestGap = d;
        best = k;
      }
    });
    if (best >= 0 && bestGap <= 40) relations[best].content.push(con);
    else orphans.push(con);
  }
  const out = relations.filter((r) => r.content.length > 0);
  for (const con of orphans) {
    const quoted = quoteState[con.first] === QUOTE_OPEN || quoteState[con.first] === QUOTE_IN;
    if (quoted) out.push({ source: null, cue: null, content: [con] });
  }
  return out;
}

/** True when most of the content lies inside quotation marks. */
export function isDirect(parts: readonly Run[], quoteState: Uint8Array): boolean {
  let quoted = 0;
  let total = 0;
  for (const p of parts) {
    for (let i = p.first; i < p.last; i++) {
      total++;
      const q = quoteState[i];
      if (q === QUOTE_IN || q === QUOTE_OPEN || q === QUOTE_CLOSE) quoted++;
    }
  }
  return total > 0 && quoted / total > 0.6;
}
