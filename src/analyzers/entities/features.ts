/**
 * Token features for the entity tagger. The same function feeds training and analysis so
 * the two can never drift apart. Components are hashed once per token (tokenHashes, shared
 * with the attribution features) and combined per template by the sink (./fast-tagger.ts).
 */
import type { Doc } from "../../document/document.js";
import { FNV_OFFSET, FNV_PRIME, fnv1aRange } from "../../learn/hash.js";
import { type FeatureSink, part, template } from "./fast-tagger.js";
import { CITIES, COUNTRIES, DEMONYMS, NAME_HINTS, ORG_WORDS, TITLES } from "./lexicon.js";

// Feature templates, hashed once. Their names are part of the trained models: keep them.
const T = {
  bias: template("b"),
  word: template("w="),
  shape: template("s="),
  suffix: template("x3="),
  prefix: template("p3="),
  prev: template("w-1="),
  next: template("w+1="),
  prev2: template("w-2="),
  next2: template("w+2="),
  shapePrev: template("s-1="),
  shapeNext: template("s+1="),
  shape3: template("s3="),
  prevShape: template("w-1s="),
  shapeNextWord: template("ws+1="),
  gazetteer: template("g="),
  first: template("first|"),
  commonCap: template("common-cap"),
};

const START = part("<s>");
const END = part("</s>");
const NONE = part("");
const ZERO = part("0");
const ONE = part("1");
const SHAPE_XX = part("Xx");

// Shape classes, as the character codes of "d", "X" and "x".
const DIGIT = 100;
const UPPER = 88;
const LOWER = 120;

/**
 * Hash of the word's shape with runs collapsed ("Blinken" -> "Xx", "U.S." -> "X.X.",
 * "2016" -> "d", first 12 code units), i.e. part(shape), built without the shape string.
 */
export function shapeHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  let last = -1;
  const stop = Math.min(end, start + 12);
  for (let i = start; i < stop; i++) {
    const code = text.charCodeAt(i);
    let k: number;
    if (code >= 48 && code <= 57) k = DIGIT;
    else if (code >= 65 && code <= 90) k = UPPER;
    else if (code >= 97 && code <= 122) k = LOWER;
    else if (code < 128) k = code;
    else {
      const c = text[i];
      const upper = c.toUpperCase();
      k = c.toLowerCase() !== upper ? (c === upper ? UPPER : LOWER) : code;
    }
    if (k !== last || (k !== UPPER && k !== LOWER && k !== DIGIT)) h = Math.imul(h ^ k, FNV_PRIME);
    last = k;
  }
  return h | 0;
}

/** Per-token component hashes used by both the entity and the attribution features. */
export interface TokenHashes {
  /** The lower-cased word. */
  word: Int32Array;
  shape: Int32Array;
  /** Last three / first three characters of the lower-cased word (the word if shorter). */
  suffix: Int32Array;
  prefix: Int32Array;
}

// Computed once per document, whichever analyzer asks first.
const hashesOf = new WeakMap<Doc, TokenHashes>();

export function tokenHashes(doc: Doc): TokenHashes {
  const cached = hashesOf.get(doc);
  if (cached) return cached;
  const n = doc.tokens.count;
  const { lower, text } = doc;
  const { start, end } = doc.tokens;
  const word = new Int32Array(n);
  const shape = new Int32Array(n);
  const suffix = new Int32Array(n);
  const prefix = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = lower[i];
    const len = w.length;
    word[i] = fnv1aRange(w, 0, len);
    suffix[i] = len > 3 ? fnv1aRange(w, len - 3, len) : word[i];
    prefix[i] = len > 3 ? fnv1aRange(w, 0, 3) : word[i];
    shape[i] = shapeHash(text, start[i], end[i]);
  }
  const hashes = { word, shape, suffix, prefix };
  hashesOf.set(doc, hashes);
  return hashes;
}

// Lower-cased lexicon word -> hash of its gazetteer class; a word in several lists gets the
// first of countries, cities, demonyms, titles, name hints, organisation words. One lookup in
// a small map per token instead of a cache that grows with the vocabulary read.
const GAZETTEER = new Map<string, number>();
for (const [name, words] of [
  ["org", ORG_WORDS],
  ["name", NAME_HINTS],
  ["title", TITLES],
  ["demonym", DEMONYMS],
  ["city", CITIES],
  ["country", COUNTRIES],
] as const) {
  for (const w of words) GAZETTEER.set(w, part(name));
}

/** Per-document token facts used by the features. */
export interface TokenFacts extends TokenHashes {
  /** Gazetteer class hash per token (part("") when none). */
  gaz: Int32Array;
  /** Capitalised word also seen lower-cased in this document (likely a common word). */
  common: Uint8Array;
}

export function tokenFacts(doc: Doc): TokenFacts {
  const n = doc.tokens.count;
  const gaz = new Int32Array(n);
  const lowerSeen = new Set<string>();
  const { lower, text } = doc;
  const { start, end } = doc.tokens;
  for (let i = 0; i < n; i++) {
    gaz[i] = GAZETTEER.get(lower[i]) ?? NONE;
    if (text.startsWith(lower[i], start[i]) && end[i] - start[i] === lower[i].length) lowerSeen.add(lower[i]);
  }
  const common = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (lowerSeen.has(lower[i])) common[i] = 1;
  return { ...tokenHashes(doc), gaz, common };
}

/** Emits the features of tokens [first, last) of one sentence into `sink`. */
export function sentenceFeatures(facts: TokenFacts, first: number, last: number, sink: FeatureSink): void {
  const { word: words, shape: shapes, suffix, prefix, gaz, common } = facts;
  const w = (i: number) => (i < first ? START : i >= last ? END : words[i]);
  const s = (i: number) => (i < first ? START : i >= last ? END : shapes[i]);
  const g = (i: number) => (i < first || i >= last ? NONE : gaz[i]);
  for (let i = first; i < last; i++) {
    const shape = shapes[i];
    sink.add(T.bias);
    sink.add(T.word, words[i]);
    sink.add(T.shape, shape);
    sink.add(T.suffix, suffix[i]);
    sink.add(T.prefix, prefix[i]);
    sink.add(T.prev, w(i - 1));
    sink.add(T.next, w(i + 1));
    sink.add(T.prev2, w(i - 2));
    sink.add(T.next2, w(i + 2));
    sink.add(T.shapePrev, s(i - 1), shape);
    sink.add(T.shapeNext, shape, s(i + 1));
    sink.add(T.shape3, s(i - 1), shape, s(i + 1));
    sink.add(T.prevShape, w(i - 1), shape);
    sink.add(T.shapeNextWord, shape, w(i + 1));
    sink.add(T.gazetteer, gaz[i], g(i - 1), g(i + 1));
    if (i === first) sink.add(T.first, shape, common[i] ? ONE : ZERO);
    else if (common[i] && shape === SHAPE_XX) sink.add(T.commonCap);
    sink.next();
  }
}
