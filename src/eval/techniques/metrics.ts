/**
 * The official SemEval-2020 Task 11 metrics. SI: overlapping gold spans of an article are
 * merged, predicted spans must not overlap, and partial overlaps earn partial credit
 * (|s∩t|/|s| for precision, |s∩t|/|t| for recall). TC: micro-F1 over the given spans,
 * with identical spans carrying two techniques matched as a multiset.
 */
import type { Span } from "../../document/types.js";

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Merges overlapping (not merely touching) spans, as the official scorer does for gold. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export interface SiScore extends Prf {
  predicted: number;
  gold: number;
}

/** SI precision/recall/F1 over articles; throws if an article's predicted spans overlap. */
export function scoreSi(
  predicted: ReadonlyMap<string, readonly Span[]>,
  gold: ReadonlyMap<string, readonly Span[]>,
): SiScore {
  let pSum = 0;
  let rSum = 0;
  let nPred = 0;
  let nGold = 0;
  const ids = new Set([...predicted.keys(), ...gold.keys()]);
  for (const id of ids) {
    const pred = [...(predicted.get(id) ?? [])].sort((a, b) => a.start - b.start);
    for (let i = 1; i < pred.length; i++) {
      if (pred[i].start < pred[i - 1].end) {
        throw new Error(
          `article ${id}: predicted spans [${pred[i - 1].start},${pred[i - 1].end}) and [${pred[i].start},${pred[i].end}) overlap`,
        );
      }
    }
    const golds = mergeSpans(gold.get(id) ?? []);
    nPred += pred.length;
    nGold += golds.length;
    for (const s of pred) {
      for (const t of golds) {
        const inter = Math.min(s.end, t.end) - Math.max(s.start, t.start);
        if (inter <= 0) continue;
        if (s.end > s.start) pSum += inter / (s.end - s.start);
        if (t.end > t.start) rSum += inter / (t.end - t.start);
      }
    }
  }
  const precision = nPred ? pSum / nPred : 0;
  const recall = nGold ? rSum / nGold : 0;
  return { precision, recall, f1: f1(precision, recall), predicted: nPred, gold: nGold };
}

export interface LabelledSpan extends Span {
  id: string;
  label: string;
}

export interface TcScore {
  microF1: number;
  total: number;
  correct: number;
  perLabel: Record<string, Prf & { support: number }>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
}

const spanKey = (s: LabelledSpan) => `${s.id}\t${s.start}\t${s.end}`;

/**
 * TC micro-F1: predictions and gold are matched per identical span as multisets, so a span
 * with gold {A, B} and predictions {B, A} scores two hits in any order.
 */
export function scoreTc(predicted: readonly LabelledSpan[], gold: readonly LabelledSpan[]): TcScore {
  const goldBy = new Map<string, string[]>();
  for (const g of gold) {
    const list = goldBy.get(spanKey(g)) ?? [];
    list.push(g.label);
    goldBy.set(spanKey(g), list);
  }
  const predBy = new Map<string, string[]>();
  for (const p of predicted) {
    const list = predBy.get(spanKey(p)) ?? [];
    list.push(p.label);
    predBy.set(spanKey(p), list);
  }
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const confusion: Record<string, Record<string, number>> = {};
  const confuse = (g: string, p: string) => {
    const row = (confusion[g] ??= {});
    row[p] = (row[p] ?? 0) + 1;
  };
  let correct = 0;
  for (const key of new Set([...goldBy.keys(), ...predBy.keys()])) {
    const golds = [...(goldBy.get(key) ?? [])];
    const preds = [...(predBy.get(key) ?? [])];
    const missed: string[] = [];
    for (const g of golds) {
      const at = preds.indexOf(g);
      if (at >= 0) {
        preds.splice(at, 1);
        bump(tp, g);
        confuse(g, g);
        correct++;
      } else missed.push(g);
    }
    for (const g of missed) bump(fn, g);
    for (const p of preds) bump(fp, p);
    for (let i = 0; i < Math.min(missed.length, preds.length); i++) confuse(missed[i], preds[i]);
    for (let i = preds.length; i < missed.length; i++) confuse(missed[i], "(none)");
  }
  const labels = new Set([...tp.keys(), ...fp.keys(), ...fn.keys()]);
  const perLabel: TcScore["perLabel"] = {};
  for (const label of [...labels].sort()) {
    const t = tp.get(label) ?? 0;
    const precision = t + (fp.get(label) ?? 0) ? t / (t + (fp.get(label) ?? 0)) : 0;
    const recall = t + (fn.get(label) ?? 0) ? t / (t + (fn.get(label) ?? 0)) : 0;
    perLabel[label] = { precision, recall, f1: f1(precision, recall), support: t + (fn.get(label) ?? 0) };
  }
  const p = predicted.length ? correct / predicted.length : 0;
  const r = gold.length ? correct / gold.length : 0;
  return { microF1: f1(p, r), total: gold.length, correct, perLabel, confusion };
}
