/**
 * Token features for the attribution tagger (BIO over Source / Cue / Content). Shared by
 * training and analysis. Besides the words, the tagger sees quotation state, the nearest
 * likely cue word on each side (from a cue lexicon learned on PolNeAR train), and the
 * entity tags of the upstream entities analyzer.
 */
import type { Doc } from "../../document/document.js";
import type { FeatureSink } from "../entities/fast-tagger.js";
import { cachedShape } from "../entities/features.js";
import { findQuotes, type QuoteSpan } from "./quotes.js";

/** Cue lexicon: lower-cased word -> share of its training occurrences inside a cue. */
export type CueLexicon = Readonly<Record<string, number>>;

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
}

function bucket(d: number): string {
  return d <= 3 ? String(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "far";
}

export function attributionFacts(
  doc: Doc,
  cues: CueLexicon,
  entitySpans: ReadonlyArray<{ start: number; end: number; label?: string }>,
): AttributionFacts {
  const n = doc.tokens.count;
  const { state: quoteState, quotes } = findQuotes(doc);
  const cue = new Uint8Array(n);
  const shapes = new Array<string>(n);
  for (let i = 0; i < n; i++) {
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
  return { quoteState, quotes, cue, cueLeft, cueRight, entity, shapes };
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
  const { quoteState, cue, cueLeft, cueRight, entity, shapes } = facts;
  const w = (i: number) => (i < first ? "<p>" : i >= last ? "</p>" : lower[i]);
  const q = (i: number) => (i < first || i >= last ? "o" : QUOTE_NAMES[quoteState[i]]);
  for (let i = first; i < last; i++) {
    const word = lower[i];
    const s = sentenceOf[i];
    const sentenceStart = doc.sentences.firstToken[s];
    const sentenceEnd = doc.sentences.lastToken[s];
    const ent = entity[i] || (PRONOUNS.has(word) ? "PRON" : "-");
    sink.add("b");
    sink.add("w=", word);
    sink.add("s=", shapes[i]);
    sink.add("x3=", word.length > 3 ? word.slice(-3) : word);
    sink.add("w-1=", w(i - 1));
    sink.add("w+1=", w(i + 1));
    sink.add("w-2=", w(i - 2));
    sink.add("w+2=", w(i + 2));
    sink.add("ww=", w(i - 1), word);
    sink.add("ww+=", word, w(i + 1));
    sink.add("q=", q(i), q(i - 1), q(i + 1));
    sink.add("c=", String(cue[i]), String(cue[i - 1] ?? 0), String(cue[i + 1] ?? 0));
    sink.add("e=", ent);
    sink.add("e-1=", i > first ? entity[i - 1] || "-" : "<p>", ent);
    sink.add("e+1=", ent, i + 1 < last ? entity[i + 1] || "-" : "</p>");
    const l = cueLeft[i];
    const r = cueRight[i];
    sink.add("cl=", l < 0 ? "none" : bucket(i - l));
    sink.add("cr=", r < 0 ? "none" : bucket(r - i));
    if (l >= 0) sink.add("clw=", lower[l], q(i));
    if (r >= 0) sink.add("crw=", lower[r], ent);
    sink.add("pos=", i === sentenceStart ? "first" : i === sentenceEnd - 1 ? "last" : "mid", q(i));
    if (s !== sentenceOf[first]) sink.add("later-sentence", q(i));
    sink.next();
  }
}
