/**
 * Sentence and paragraph segmentation over tokens. Ranges are flat typed arrays:
 * character offsets plus the half-open token range each segment covers.
 */
import type { Tokens } from "./tokenize.js";

export interface Segments {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly firstToken: Int32Array;
  /** Exclusive. */
  readonly lastToken: Int32Array;
}

const TERMINAL = new Set([".", "!", "?", "…", "؟", "。", "！", "？", "۔"]);
const CLOSING = new Set(['"', "”", "’", "'", "»", ")", "]", "“"]);
// Abbreviations after which a period rarely ends a sentence in news text.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm st jr sr vs etc inc co corp ltd no nos " +
    "jan feb mar apr jun jul aug sep sept oct nov dec rev hon pres dept univ approx fig vol pp al ca cf e.g i.e"
  ).split(" "),
);

function isUpperStart(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return false;
  const up = c.toUpperCase();
  const low = c.toLowerCase();
  // Scripts without case (Arabic, CJK) count as a possible sentence start.
  return up === low ? !/[a-z]/.test(c) : c === up;
}

/** Sentences end at terminal punctuation (plus closing quotes) before a likely start, and at line breaks. */
export function segmentSentences(text: string, tokens: Tokens): Segments {
  const bounds: number[] = []; // token indices where a new sentence starts
  const n = tokens.count;
  if (n > 0) bounds.push(0);
  for (let i = 1; i < n; i++) {
    const gapStart = tokens.end[i - 1];
    const gapEnd = tokens.start[i];
    if (gapEnd > gapStart && text.slice(gapStart, gapEnd).includes("\n")) {
      bounds.push(i);
      continue;
    }
    if (gapEnd === gapStart) continue;
    // Walk back over closing quotes/brackets to the terminal mark.
    let j = i - 1;
    while (j >= 0 && CLOSING.has(text.slice(tokens.start[j], tokens.end[j]))) j--;
    if (j < 0) continue;
    const mark = text.slice(tokens.start[j], tokens.end[j]);
    const endsWithDot = mark.endsWith(".") && mark.length > 1 && /\p{Lu}\./u.test(mark); // U.S.
    if (!TERMINAL.has(mark) && !endsWithDot) continue;
    if (endsWithDot) continue; // acronym-final dots are ambiguous; keep together
    if (mark === ".") {
      const prev = j > 0 ? text.slice(tokens.start[j - 1], tokens.end[j - 1]) : "";
      const adjacent = j > 0 && tokens.end[j - 1] === tokens.start[j];
      if (adjacent && (ABBREVIATIONS.has(prev.toLowerCase()) || /^\p{Lu}$/u.test(prev))) continue;
    }
    const next = text[tokens.start[i]];
    if (isUpperStart(text, tokens.start[i]) || /[\d"“‘'«„([]/.test(next)) bounds.push(i);
  }
  return fromBounds(tokens, bounds);
}

/** Paragraphs are separated by a blank line (two or more line breaks). */
export function segmentParagraphs(text: string, tokens: Tokens): Segments {
  const bounds: number[] = [];
  const n = tokens.count;
  if (n > 0) bounds.push(0);
  for (let i = 1; i < n; i++) {
    const gap = text.slice(tokens.end[i - 1], tokens.start[i]);
    if (/\n[^\S\n]*\r?\n/.test(gap)) bounds.push(i);
  }
  return fromBounds(tokens, bounds);
}

function fromBounds(tokens: Tokens, bounds: number[]): Segments {
  const count = bounds.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const firstToken = new Int32Array(count);
  const lastToken = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const first = bounds[k];
    const last = k + 1 < count ? bounds[k + 1] : tokens.count;
    firstToken[k] = first;
    lastToken[k] = last;
    start[k] = tokens.start[first];
    end[k] = tokens.end[last - 1];
  }
  return { count, start, end, firstToken, lastToken };
}
