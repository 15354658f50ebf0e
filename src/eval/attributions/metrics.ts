/**
 * Attribution scoring as in the PARC/PolNeAR literature: precision, recall and F1 for each
 * of source, cue and content, once with exact span match and once with any overlap.
 * Spans are compared per kind, each distinct span once (a source shared by two attributions
 * counts once). A span may be discontinuous; fragments separated only by whitespace are
 * joined and whitespace at the edges is trimmed, so a quote split at a paragraph break
 * equals the same quote written as one range.
 */
import { type Prf, prf } from "../entities/metrics.js";

export interface Fragment {
  start: number;
  end: number;
}

export type Kind = "source" | "cue" | "content";
export const KINDS: readonly Kind[] = ["source", "cue", "content"];

export interface SpanSets {
  source: Fragment[][];
  cue: Fragment[][];
  content: Fragment[][];
}

export function normaliseSpan(text: string, fragments: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of [...fragments].sort((a, b) => a.start - b.start)) {
    let { start, end } = f;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) continue;
    const prev = out[out.length - 1];
    if (prev && (prev.end >= start || /^\s*$/.test(text.slice(prev.end, start)))) {
      prev.end = Math.max(prev.end, end);
    } else out.push({ start, end });
  }
  return out;
}

const key = (fs: readonly Fragment[]) => fs.map((f) => `${f.start}-${f.end}`).join(",");

function overlaps(a: readonly Fragment[], b: readonly Fragment[]): boolean {
  for (const x of a) for (const y of b) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

interface Counts {
  predicted: number;
  predictedHit: number;
  gold: number;
  goldHit: number;
}

export interface AttributionScores {
  exact: Record<Kind, Prf>;
  overlap: Record<Kind, Prf>;
  documents: number;
}

function fromCounts(c: Counts): Prf {
  // tp differs between the precision and recall sides when matching is not one-to-one;
  // report precision and recall from their own hit counts.
  const p = c.predicted ? c.predictedHit / c.predicted : 0;
  const r = c.gold ? c.goldHit / c.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return {
    ...prf(c.predictedHit, c.predicted - c.predictedHit, c.gold - c.goldHit),
    precision: p,
    recall: r,
    f1,
  };
}

export class AttributionScorer {
  private readonly exact = new Map<Kind, Counts>();
  private readonly overlap = new Map<Kind, Counts>();
  private documents = 0;

  add(text: string, gold: SpanSets, predicted: SpanSets): void {
    this.documents++;
    for (const kind of KINDS) {
      const g = dedupe(text, gold[kind]);
      const p = dedupe(text, predicted[kind]);
      const goldKeys = new Set(g.map(key));
      const predKeys = new Set(p.map(key));
      const e = this.counts(this.exact, kind);
      const o = this.counts(this.overlap, kind);
      e.gold += g.length;
      o.gold += g.length;
      e.predicted += p.length;
      o.predicted += p.length;
      for (const s of p) {
        if (goldKeys.has(key(s))) e.predictedHit++;
        if (g.some((t) => overlaps(s, t))) o.predictedHit++;
      }
      for (const t of g) {
        if (predKeys.has(key(t))) e.goldHit++;
        if (p.some((s) => overlaps(s, t))) o.goldHit++;
      }
    }
  }

  private counts(map: Map<Kind, Counts>, kind: Kind): Counts {
    let c = map.get(kind);
    if (!c) map.set(kind, (c = { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 }));
    return c;
  }

  result(): AttributionScores {
    const pick = (map: Map<Kind, Counts>) =>
      Object.fromEntries(
        KINDS.map((k) => [
          k,
          fromCounts(map.get(k) ?? { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 }),
        ]),
      ) as Record<Kind, Prf>;
    return { exact: pick(this.exact), overlap: pick(this.overlap), documents: this.documents };
  }
}

function dedupe(text: string, spans: readonly Fragment[][]): Fragment[][] {
  const seen = new Map<string, Fragment[]>();
  for (const s of spans) {
    const n = normaliseSpan(text, s);
    if (n.length) seen.set(key(n), n);
  }
  return [...seen.values()];
}
