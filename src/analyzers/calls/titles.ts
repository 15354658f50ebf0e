/**
 * Lines that name rather than call: headlines in Title Case and short labels (list items,
 * section titles). A sentence that is one of these is not read as an appeal unless it opens
 * with an imperative (see detect.ts).
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { CLOSE_QUOTES } from "./quotes.js";

// Words Title Case keeps in lower case: "... Take EU’s Willingness to Extend for Granted."
const TITLE_MINOR = wordSet("a an the and but or nor for of to in on at by as 's ’s");

/** A line without final punctuation whose words are mostly capitalised: a title, not a call. */
export function isHeadline(doc: Doc, first: number, last: number): boolean {
  const { text, tokens, lower } = doc;
  if (lower[last - 1] === "!") return false; // an exclamation calls out, it does not title
  const final = lower[last - 1] === ".";
  let words = 0;
  let caps = 0;
  for (let k = first; k < last; k++) {
    if (tokens.kind[k] !== TokenKind.Word) continue;
    words++;
    // Title Case counts, SHOUTED CAPITALS do not: "RISE UP AND FIGHT THEM" is no headline.
    // Read character by character: this runs on every sentence.
    const c = text[tokens.start[k]];
    // Title Case leaves short function words and clitics ("to", "for", "’s") lower case.
    if (c === c.toLowerCase()) {
      if (final && TITLE_MINOR.has(lower[k])) words--;
      continue;
    }
    const c2 = tokens.end[k] - tokens.start[k] > 1 ? text[tokens.start[k] + 1] : "";
    if (c2 === "" || c2 === c2.toLowerCase()) caps++;
    // An acronym ("EU’s", "FBI") is written so in any line: it tells nothing of the line's case.
    else words--;
  }
  // "Lynch Closes The Door on Clinton Probe." (titles with a period added): mostly capitals.
  return words > 0 && (final ? words >= 3 && caps * 4 >= words * 3 : caps * 2 > words);
}

/** Fewer than four words and no final "." or "!" (or any clause of a headline): a title or a list item. */
export function shortLabel(doc: Doc, first: number, last: number, inHeadline = false): boolean {
  const end = doc.lower[last - 1];
  if (!inHeadline && (end === "." || end === "!" || CLOSE_QUOTES.has(end) || end === '"')) return false;
  let words = 0;
  let shouted = true;
  for (let k = first; k < last; k++) {
    if (doc.tokens.kind[k] !== TokenKind.Word) continue;
    // Four words are no label, shouted or not: the rest need not be read.
    if (++words >= 4) return false;
    const word = doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]);
    if (word !== word.toUpperCase()) shouted = false;
  }
  // "DO NOT COMPLY" shouts; capitals are not a title's style.
  return !shouted;
}
