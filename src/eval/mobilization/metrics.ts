/**
 * Precision and recall per label with span-overlap matching: a prediction is correct when
 * it overlaps a not yet matched gold span with the same label (one-to-one, in text
 * order). Spans of calls are clauses or sentences whose exact extent is a matter of
 * taste, so overlap, not exact match, is the criterion; `any` ignores the label.
 */
import { overlaps } from "../../document/span.js";

export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Pairs each predicted span with the gold span it matches (or -1). */
export function match<P extends Span, G extends Span>(predicted: P[], gold: G[], sameLabel = true): number[] {
  const used = new Uint8Array(gold.length);
  return predicted.map((p) => {
    for (let g = 0; g < gold.length; g++) {
      if (used[g] || !overlaps(p, gold[g]) || (sameLabel && p.label !== gold[g].label)) continue;
      used[g] = 1;
      return g;
    }
    return -1;
  });
}

/** Adds one document's outcome to per-label counts (and to "all" and "any"). */
export function tally(counts: Map<string, Counts>, predicted: Span[], gold: Span[]): void {
  const bump = (label: string, field: keyof Counts) => {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    counts.set(label, c);
  };
  const pairs = match(predicted, gold);
  const matched = new Set(pairs.filter((g) => g >= 0));
  pairs.forEach((g, p) => {
    bump(predicted[p].label, g >= 0 ? "tp" : "fp");
    bump("all", g >= 0 ? "tp" : "fp");
  });
  gold.forEach((g, i) => {
    if (matched.has(i)) return;
    bump(g.label, "fn");
    bump("all", "fn");
  });
  const anyPairs = match(predicted, gold, false);
  const anyMatched = new Set(anyPairs.filter((g) => g >= 0)).size;
  const any = counts.get("any") ?? { tp: 0, fp: 0, fn: 0 };
  any.tp += anyMatched;
  any.fp += predicted.length - anyMatched;
  any.fn += gold.length - anyMatched;
  counts.set("any", any);
}

export function score(c: Counts): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}
