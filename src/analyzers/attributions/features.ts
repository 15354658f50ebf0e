/**
 * Token features for the attribution tagger (BIO over Source / Cue / Content). Shared by
 * training and analysis. Besides the words, the tagger sees quotation state, the nearest
 * likely cue word on each side (from a cue lexicon learned on PolNeAR train), and the
 * entity tags of the upstream entities analyzer.
 */
import type { Doc } from "../../document/document.js";
import { type FeatureSink, part, template } from "../entities/fast-tagger.js";
import { tokenHashes } from "../entities/features.js";
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
const QUOTE_NAMES = ["o", "in", "open", "close"].map(part);
const P_START = part("<p>");
const P_END = part("</p>");
const DASH = part("-");
const PRON = part("PRON");
const NONE = part("none");
const FIRST = part("first");
const LAST = part("last");
const MID = part("mid");
// Entity labels and coarse POS tags are few; their hashes are kept once computed.
const labelHashes = new Map<string, number>();
function labelHash(s: string): number {
  let h = labelHashes.get(s);
  if (h === undefined) labelHashes.set(s, (h = part(s)));
  return h;
}

export interface AttributionFacts {
  quoteState: Uint8Array;
  quotes: QuoteSpan[];
  /** Cue strength bucket per token: 0 none, 1 weak, 2 medium, 3 strong. */
  cue: Uint8Array;
  /** Nearest strong-cue token to the left / right in the sentence, or -1. */
  cueLeft: Int32Array;
  cueRight: Int32Array;
  /** Entity label hash per token (part("-") outside entities, part("PRON") for pronouns there). */
  entity: Int32Array;
  /** Coarse part of speech per token from the POS lexicon ("?" unknown, "" without a lexicon). */
  pos: string[];
  posHash: Int32Array;
}

const DIGIT = ["0", "1", "2", "3"].map(part);
const BUCKETS = [...DIGIT, ...["4-6", "7-12", "far"].map(part)];

function bucket(d: number): number {
  return BUCKETS[d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6];
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
  const pos = new Array<string>(n);
  const posHash = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Own properties only: "constructor" or "toString" must not find Object.prototype's.
    const word = doc.lower[i];
    pos[i] = posLexicon ? (Object.hasOwn(posLexicon, word) ? posLexicon[word] : "?") : "";
    posHash[i] = labelHash(pos[i]);
    const r = Object.hasOwn(cues, word) ? cues[word] : undefined;
    cue[i] = r === undefined ? 0 : r >= 0.4 ? 3 : r >= 0.15 ? 2 : 1;
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
  const entity = new Int32Array(n).fill(DASH);
  let k = 0;
  const spans = [...entitySpans].sort((x, y) => x.start - y.start);
  for (let i = 0; i < n; i++) {
    const s = doc.tokens.start[i];
    while (k < spans.length && spans[k].end <= s) k++;
    if (k < spans.length && spans[k].start <= s) entity[i] = labelHash(spans[k].label || "E");
  }
  return { quoteState, quotes, cue, cueLeft, cueRight, entity, pos, posHash };
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
  const { word: words, shape, suffix } = tokenHashes(doc);
  const { quoteState, cue, cueLeft, cueRight, entity, pos, posHash } = facts;
  const p = (i: number) => (i < first ? P_START : i >= last ? P_END : posHash[i]);
  const w = (i: number) => (i < first ? P_START : i >= last ? P_END : words[i]);
  const q = (i: number) => (i < first || i >= last ? QUOTE_NAMES[0] : QUOTE_NAMES[quoteState[i]]);
  for (let i = first; i < last; i++) {
    const word = words[i];
    const s = sentenceOf[i];
    const sentenceStart = doc.sentences.firstToken[s];
    const sentenceEnd = doc.sentences.lastToken[s];
    const ent = entity[i] !== DASH ? entity[i] : PRONOUNS.has(lower[i]) ? PRON : DASH;
    const qi = q(i);
    sink.add(T.bias);
    if (pos[i]) {
      const ph = posHash[i];
      sink.add(T.pos, ph);
      sink.add(T.posPrev, p(i - 1), ph);
      sink.add(T.posNext, ph, p(i + 1));
      sink.add(T.pos3, p(i - 1), ph, p(i + 1));
    }
    sink.add(T.word, word);
    sink.add(T.shape, shape[i]);
    sink.add(T.suffix, suffix[i]);
    sink.add(T.prev, w(i - 1));
    sink.add(T.next, w(i + 1));
    sink.add(T.prev2, w(i - 2));
    sink.add(T.next2, w(i + 2));
    sink.add(T.bigramPrev, w(i - 1), word);
    sink.add(T.bigramNext, word, w(i + 1));
    sink.add(T.quote, qi, q(i - 1), q(i + 1));
    sink.add(T.cue, DIGIT[cue[i]], DIGIT[cue[i - 1] ?? 0], DIGIT[cue[i + 1] ?? 0]);
    sink.add(T.entity, ent);
    sink.add(T.entityPrev, i > first ? entity[i - 1] : P_START, ent);
    sink.add(T.entityNext, ent, i + 1 < last ? entity[i + 1] : P_END);
    const l = cueLeft[i];
    const r = cueRight[i];
    sink.add(T.cueLeft, l < 0 ? NONE : bucket(i - l));
    sink.add(T.cueRight, r < 0 ? NONE : bucket(r - i));
    if (l >= 0) sink.add(T.cueLeftWord, words[l], qi);
    if (r >= 0) sink.add(T.cueRightWord, words[r], ent);
    sink.add(T.position, i === sentenceStart ? FIRST : i === sentenceEnd - 1 ? LAST : MID, qi);
    if (s !== sentenceOf[first]) sink.add(T.laterSentence, qi);
    sink.next();
  }
}
