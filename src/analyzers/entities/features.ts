/**
 * Token features for the entity tagger. The same function feeds training and analysis so
 * the two can never drift apart. Features are strings hashed by the tagger.
 */
import type { Doc } from "../../document/document.js";
import { type FeatureSink, template } from "./fast-tagger.js";
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

/** Word shape with runs collapsed: "Blinken" -> "Xx", "U.S." -> "X.X.", "2016" -> "d". */
export function shapeOf(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length && i < 12; i++) {
    const c = word[i];
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    const k = c >= "0" && c <= "9" ? "d" : lower !== upper ? (c === upper ? "X" : "x") : c;
    if (k !== last || (k !== "X" && k !== "x" && k !== "d")) out += k;
    last = k;
  }
  return out;
}

// Per-word results repeat across documents; bounded caches keep memory flat in long runs.
const shapeCache = new Map<string, string>();
const gazCache = new Map<string, string>();

/** shapeOf with a bounded cache. */
export function cachedShape(word: string): string {
  let s = shapeCache.get(word);
  if (s === undefined) {
    if (shapeCache.size > 50_000) shapeCache.clear();
    s = shapeOf(word);
    shapeCache.set(word, s);
  }
  return s;
}

function cachedGazetteer(w: string): string {
  let g = gazCache.get(w);
  if (g === undefined) {
    if (gazCache.size > 50_000) gazCache.clear();
    g = gazetteerClass(w);
    gazCache.set(w, g);
  }
  return g;
}

function gazetteerClass(w: string): string {
  if (COUNTRIES.has(w)) return "country";
  if (CITIES.has(w)) return "city";
  if (DEMONYMS.has(w)) return "demonym";
  if (TITLES.has(w)) return "title";
  if (NAME_HINTS.has(w)) return "name";
  if (ORG_WORDS.has(w)) return "org";
  return "";
}

/** Per-document token facts used by the features. */
export interface TokenFacts {
  shapes: string[];
  gaz: string[];
  /** Capitalised word also seen lower-cased in this document (likely a common word). */
  common: Uint8Array;
}

export function tokenFacts(doc: Doc): TokenFacts {
  const n = doc.tokens.count;
  const shapes = new Array<string>(n);
  const gaz = new Array<string>(n);
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const word = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
    shapes[i] = cachedShape(word);
    gaz[i] = cachedGazetteer(doc.lower[i]);
    if (word === doc.lower[i]) lowerSeen.add(word);
  }
  const common = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (lowerSeen.has(doc.lower[i])) common[i] = 1;
  return { shapes, gaz, common };
}

/** Emits the features of tokens [first, last) of one sentence into `sink`. */
export function sentenceFeatures(
  doc: Doc,
  facts: TokenFacts,
  first: number,
  last: number,
  sink: FeatureSink,
): void {
  const { lower } = doc;
  const { shapes, gaz, common } = facts;
  const w = (i: number) => (i < first ? "<s>" : i >= last ? "</s>" : lower[i]);
  const s = (i: number) => (i < first ? "<s>" : i >= last ? "</s>" : shapes[i]);
  const g = (i: number) => (i < first || i >= last ? "" : gaz[i]);
  for (let i = first; i < last; i++) {
    const word = lower[i];
    const shape = shapes[i];
    sink.add(T.bias);
    sink.add(T.word, word);
    sink.add(T.shape, shape);
    sink.add(T.suffix, word.length > 3 ? word.slice(-3) : word);
    sink.add(T.prefix, word.length > 3 ? word.slice(0, 3) : word);
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
    if (i === first) sink.add(T.first, shape, common[i] ? "1" : "0");
    else if (common[i] && shape === "Xx") sink.add(T.commonCap);
    sink.next();
  }
}
