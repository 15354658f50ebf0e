/**
 * Token features for the attribution tagger (BIO over Source / Cue / Content). Shared by
 * training and analysis. Besides the words, the tagger sees quotation state, the nearest
 * likely cue word on each side (from a cue lexicon learned on PolNeAR train), and the
 * entity tags of the upstream entities analyzer.
 */
import type { Doc } from "../../document/document.js";
import { type FeatureSink, template } from "../entities/fast-tagger.js";
import { cachedShape } from "../entities/features.js";
import { findQuotes, type QuoteSpan } from "./quotes.js";

// Feature templates, hashed once. Their names are part of the trained models: keep them.
const T = {
  bias: template("b"),
  pos: template("p="),
  posPrev: template("pp="),
  posNext: template("pn="),
  pos3: template("p3="),
  word: template("w="),
  shape: template("s="),
  suffix: template("x3="),
  prev: template("w-1="),
  next: template("w+1="),
  prev2: template("w-2="),
  next2: template("w+2="),
  bigramPrev: template("ww="),
  bigramNext: template("ww+="),
  quote: template("q="),
  cue: template("c="),
  entity: template("e="),
  entityPrev: template("e-1="),
  entityNext: template("e+1="),
  cueLeft: template("cl="),
  cueRight: template("cr="),
  cueLeftWord: template("clw="),
  cueRightWord: template("crw="),
  position: template("pos="),
  laterSentence: template("later-sentence"),
};

/** Cue lexicon: lower-cased word -> share of its training occurrences inside a cue. */
export type CueLexicon = Readonly<Record<string, number>>;

/** Word -> its most frequent coarse part of speech in PolNeAR train (CoreNLP's tags). */
export type PosLexicon = Readonly<Record<string, string>>;

const PRONOUNS = new Set(["he", "she", "they", "i", "we", "it", "you", "who", "his", "her", "their"]);
const QUOTE_NAMES = ["o", "in", "open", "close"];

export interface AttributionFacts {
  quoteState: Uint8Array;
  quotes: QuoteSpan[];
  /** Cue strength bucket per token: 0 none, 1 weak, 2 medium, 3 strong. */
  cue: Uint8Array;
  /** Nearest strong-cue token to the left / right in the sentence, or -1. */
  cueLeft: Int32Array;
  cueRight: Int32Array;
  /** Entity label per token ("" outside entities). */
  entity: string[];
  shapes: string[];
  /** Coarse part of speech per token from the POS lexicon ("?" unknown). */
  pos: string[];
}

const DIGIT = ["0", "1", "2", "3"];

function bucket(d: number): string {
  return d <= 3 ? DIGIT[d] : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "far";
}

export function attributionFacts(
  doc: Doc,
  cues: CueLexicon,
  entitySpans: ReadonlyArray<{ start: number; end: number; label?: string }>,
  posLexicon?: PosLexicon,
): AttributionFacts {
  const n = doc.tokens.count;
  const { state: quoteState, quotes } = findQuotes(doc);
  const cue = new Uint8Array(n);
  const shapes = new Array<string>(n);
  const pos = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    pos[i] = posLexicon ? (posLexicon[doc.lower[i]] ?? "?") : "";
    const r = cues[doc.lower[i]];
    cue[i] = r === undefined ? 0 : r >= 0.4 ? 3 : r >= 0.15 ? 2 : 1;
    shapes[i] = cachedShape(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));
  }
  const cueLeft = new Int32Array(n).fill(-1);
  const cueRight = new Int32Array(n).fill(-1);
  const { sentences } = doc;
  for (let s = 0; s < sentences.count; s++) {
    const a = sentences.firstToken[s];
    const b = sentences.lastToken[s];
    let last = -1;
    for (let i = a; i < b; i++) {
      cueLeft[i] = last;
      if (cue[i] === 3 && quoteState[i] !== 1) last = i;
    }
    last = -1;
    for (let i = b - 1; i >= a; i--) {
      cueRight[i] = last;
      if (cue[i] === 3 && quoteState[i] !== 1) last = i;
    }
  }
  const entity = new Array<string>(n).fill("");
  let k = 0;
  const spans = [...entitySpans].sort((x, y) => x.start - y.start);
  for (let i = 0; i < n; i++) {
    const s = doc.tokens.start[i];
    while (k < spans.length && spans[k].end <= s) k++;
    if (k < spans.length && spans[k].start <= s) entity[i] = spans[k].label ?? "E";
  }
  return { quoteState, quotes, cue, cueLeft, cueRight, entity, shapes, pos };
}

/** Emits features of tokens [first, last) (one paragraph) into `sink`. */
export function paragraphFeatures(
  doc: Doc,
  facts: AttributionFacts,
  first: number,
  last: number,
  sink: FeatureSink,
): void {
  const { lower, sentenceOf } = doc;
  const { quoteState, cue, cueLeft, cueRight, entity, shapes, pos } = facts;
  const p = (i: number) => (i < first ? "<p>" : i >= last ? "</p>" : pos[i]);
  const w = (i: number) => (i < first ? "<p>" : i >= last ? "</p>" : lower[i]);
  const q = (i: number) => (i < first || i >= last ? "o" : QUOTE_NAMES[quoteState[i]]);
  for (let i = first; i < last; i++) {
    const word = lower[i];
    const s = sentenceOf[i];
    const sentenceStart = doc.sentences.firstToken[s];
    const sentenceEnd = doc.sentences.lastToken[s];
    const ent = entity[i] || (PRONOUNS.has(word) ? "PRON" : "-");
    sink.add(T.bias);
    if (pos[i]) {
      sink.add(T.pos, pos[i]);
      sink.add(T.posPrev, p(i - 1), pos[i]);
      sink.add(T.posNext, pos[i], p(i + 1));
      sink.add(T.pos3, p(i - 1), pos[i], p(i + 1));
    }
    sink.add(T.word, word);
    sink.add(T.shape, shapes[i]);
    sink.add(T.suffix, word.length > 3 ? word.slice(-3) : word);
    sink.add(T.prev, w(i - 1));
    sink.add(T.next, w(i + 1));
    sink.add(T.prev2, w(i - 2));
    sink.add(T.next2, w(i + 2));
    sink.add(T.bigramPrev, w(i - 1), word);
    sink.add(T.bigramNext, word, w(i + 1));
    sink.add(T.quote, q(i), q(i - 1), q(i + 1));
    sink.add(T.cue, DIGIT[cue[i]], DIGIT[cue[i - 1] ?? 0], DIGIT[cue[i + 1] ?? 0]);
    sink.add(T.entity, ent);
    sink.add(T.entityPrev, i > first ? entity[i - 1] || "-" : "<p>", ent);
    sink.add(T.entityNext, ent, i + 1 < last ? entity[i + 1] || "-" : "</p>");
    const l = cueLeft[i];
    const r = cueRight[i];
    sink.add(T.cueLeft, l < 0 ? "none" : bucket(i - l));
    sink.add(T.cueRight, r < 0 ? "none" : bucket(r - i));
    if (l >= 0) sink.add(T.cueLeftWord, lower[l], q(i));
    if (r >= 0) sink.add(T.cueRightWord, lower[r], ent);
    sink.add(T.position, i === sentenceStart ? "first" : i === sentenceEnd - 1 ? "last" : "mid", q(i));
    if (s !== sentenceOf[first]) sink.add(T.laterSentence, q(i));
    sink.next();
  }
}
