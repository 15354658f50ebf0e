/**
 * Fast token scoring for the span tagger: the same sums as scoring the strings of
 * `tokenFeatures` (+ the sentence-score features), computed without building them.
 * Word templates (w, suffix, neighbours, lexicons) depend on the word alone, so their
 * weights are cached per word type across documents; sentence features are summed once
 * per sentence; the remaining features are hashed incrementally (FNV-1a is streaming, so
 * hashing "b-=" then "x" then "_" then "y" equals hashing "b-=x_y").
 */
import { TokenKind } from "../../document/tokenize.js";
import type { LogisticModel } from "../../learn/logistic.js";
import { bucket, type DocContext, isStop } from "./features.js";
import { LEXICON_OF } from "./lexicons.js";

function fnvMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const H = (s: string) => fnvMore(FNV_OFFSET, s);

// Slots of the per-word-type cache.
const W = 0;
const SUF = 1;
const PREV1 = 2; // "w-1=" + word: read by the token after
const NEXT1 = 3;
const PREV2 = 4;
const NEXT2 = 5;
const LEX = 6; // 6..10: lex{k} for k = -2..2, read by the token at i - k
const SLOTS = 11;
const CACHE_LIMIT = 200_000;

export type TokenScorer = (ctx: DocContext, sentenceProb: Float64Array) => Float64Array;

/** Returns per-token margins' probabilities of the positive label "I". */
export function createTokenScorer(model: LogisticModel): TokenScorer {
  if (model.labels.length !== 2)
    throw new RangeError(`token model must have two labels, has ${model.labels.length}`);
  const sign = model.labels[1] === "I" ? 1 : -1;
  const T = model.temperature;
  const cache = new Map<string, Float64Array>();
  const hW = H("w=");
  const hSuf = H("suf=");
  const hP1 = H("w-1=");
  const hN1 = H("w+1=");
  const hP2 = H("w-2=");
  const hN2 = H("w+2=");
  const hLex = [-2, -1, 0, 1, 2].map((k) => H(`lex${k}=`));
  const hSh = H("sh=");
  const hBm = H("b-=");
  const hBp = H("b+=");
  const hSh3 = H("sh3=");
  const hPos = H("pos=");
  const hRep = H("rep=");
  const hSp = H("sp=");
  const quoted = model.hashMargin(H("quoted"));
  const base = model.biasMargin() + model.hashMargin(H("bias"));
  const m = (h: number) => model.hashMargin(h);

  const typeWeights = (w: string): Float64Array => {
    let v = cache.get(w);
    if (v) return v;
    v = new Float64Array(SLOTS);
    v[W] = m(fnvMore(hW, w));
    v[SUF] = m(fnvMore(hSuf, w.slice(-3)));
    v[PREV1] = m(fnvMore(hP1, w));
    v[NEXT1] = m(fnvMore(hN1, w));
    v[PREV2] = m(fnvMore(hP2, w));
    v[NEXT2] = m(fnvMore(hN2, w));
    for (const name of LEXICON_OF.get(w) ?? []) {
      for (let k = 0; k < 5; k++) v[LEX + k] += m(fnvMore(hLex[k], name));
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(w, v);
    return v;
  };

  return (ctx, sentenceProb) => {
    const { doc } = ctx;
    const n = doc.tokens.count;
    const out = new Float64Array(n);
    const types = new Array<Float64Array>(n);
    for (let i = 0; i < n; i++) types[i] = typeWeights(doc.lower[i]);
    const start = typeWeights("<s>");
    const end = typeWeights("</s>");
    const at = (i: number) => (i < 0 ? start : i >= n ? end : types[i]);
    const sentenceSum = new Float64Array(doc.sentences.count);
    for (let s = 0; s < sentenceSum.length; s++) {
      for (const f of ctx.sentence[s]) sentenceSum[s] += m(H(f));
    }
    const word = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : doc.lower[i]);
    for (let i = 0; i < n; i++) {
      const w = doc.lower[i];
      const s = doc.sentenceOf[i];
      const first = doc.sentences.firstToken[s];
      const last = doc.sentences.lastToken[s];
      const shape = ctx.shape[i];
      let x = base + sentenceSum[s];
      x +=
        types[i][W] +
        types[i][SUF] +
        at(i - 1)[PREV1] +
        at(i + 1)[NEXT1] +
        at(i - 2)[PREV2] +
        at(i + 2)[NEXT2];
      for (let k = -2; k <= 2; k++) if (i + k >= 0 && i + k < n) x += types[i + k][LEX + k + 2];
      x += m(fnvMore(hSh, shape));
      x += m(fnvMore(fnvMore(fnvMore(hBm, word(i - 1)), "_"), w));
      x += m(fnvMore(fnvMore(fnvMore(hBp, w), "_"), word(i + 1)));
      x += m(fnvMore(fnvMore(fnvMore(hSh3, ctx.shape[i - 1] ?? "<"), shape), ctx.shape[i + 1] ?? ">"));
      const left = i - first < 3 ? String(i - first) : "m";
      const right = last - i <= 3 ? String(last - i) : "m";
      x += m(fnvMore(fnvMore(fnvMore(hPos, left), "|"), right));
      if (ctx.quoted[i]) x += quoted;
      if (!isStop(w) && doc.tokens.kind[i] === TokenKind.Word)
        x += m(fnvMore(hRep, bucket(ctx.count.get(w) ?? 1)));
      const b = String(Math.min(9, Math.floor(sentenceProb[s] * 10)));
      const hb = fnvMore(hSp, b);
      x += m(hb) + m(fnvMore(fnvMore(hb, "|sh="), shape));
      const z = (sign * x) / T;
      out[i] = 1 / (1 + Math.exp(-z));
    }
    return out;
  };
}

export type SentenceScorer = (ctx: DocContext) => Float64Array;

/** Fast equivalent of scoring `sentenceFeatures` with the sentence model ("P" positive). */
export function createSentenceScorer(model: LogisticModel): SentenceScorer {
  if (model.labels.length !== 2)
    throw new RangeError(`sentence model must have two labels, has ${model.labels.length}`);
  const sign = model.labels[1] === "P" ? 1 : -1;
  const T = model.temperature;
  const m = (h: number) => model.hashMargin(h);
  const cache = new Map<string, number>();
  const hW = H("w=");
  const hB = H("b=");
  const hRep = H("rep=");
  const allcaps = m(H("allcaps"));
  const base = model.biasMargin() + m(H("bias"));
  const wordWeight = (w: string): number => {
    let v = cache.get(w);
    if (v === undefined) {
      v = m(fnvMore(hW, w));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(w, v);
    }
    return v;
  };
  return (ctx) => {
    const { doc } = ctx;
    const out = new Float64Array(doc.sentences.count);
    for (let s = 0; s < out.length; s++) {
      const first = doc.sentences.firstToken[s];
      const last = doc.sentences.lastToken[s];
      let x = base;
      for (const f of ctx.sentence[s]) x += m(H(f));
      for (let i = first; i < last; i++) {
        const w = doc.lower[i];
        x += wordWeight(w);
        if (i + 1 < last) x += m(fnvMore(fnvMore(fnvMore(hB, w), "_"), doc.lower[i + 1]));
        if (ctx.shape[i] === "X") x += allcaps;
        const c = ctx.count.get(w) ?? 1;
        if (c > 2 && !isStop(w) && doc.tokens.kind[i] === TokenKind.Word) x += m(fnvMore(hRep, bucket(c)));
      }
      out[s] = 1 / (1 + Math.exp((-sign * x) / T));
    }
    return out;
  };
}
