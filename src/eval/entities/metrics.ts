/**
 * Typed exact-span entity scoring (CoNLL style): a predicted entity counts only when its
 * start, end and label all equal a gold entity's.
 */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Accumulates counts over documents, overall and per label. */
export class EntityScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  add(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[]): void {
    const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const s of predicted) this.bump(s.label, goldKeys.has(key(s)) ? "tp" : "fp");
    for (const s of gold) if (!predKeys.has(key(s))) this.bump(s.label, "fn");
  }

  private bump(label: string, field: "tp" | "fp" | "fn"): void {
    for (const k of [label, "ALL"]) {
      const c = this.counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      this.counts.set(k, c);
    }
  }

  result(): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    for (const k of [...this.counts.keys()].sort()) {
      const c = this.counts.get(k)!;
      out[k] = prf(c.tp, c.fp, c.fn);
    }
    if (!out.ALL) out.ALL = prf(0, 0, 0);
    return out;
  }
}

/** Scores rounded to 4 decimals, for provenance files and reports. */
export function roundScores<K extends string>(scores: Record<K, Prf>): Record<K, Prf> {
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  const out = {} as Record<K, Prf>;
  for (const k of Object.keys(scores) as K[]) {
    const s = scores[k];
    out[k] = { ...s, precision: r(s.precision), recall: r(s.recall), f1: r(s.f1) };
  }
  return out;
}
