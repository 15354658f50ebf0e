/**
 * Titles and offices around a person mention: "German Chancellor Olaf Scholz",
 * "the Prime Minister of Kazakhstan Askar Mamin", "Zakharova, spokeswoman for the Foreign
 * Ministry,". Works on tokens only: title lexicon plus capitalisation.
 */
import type { Doc } from "../../document/document.js";
import { wordSet } from "../word-set.js";
import { COUNTRIES, DEMONYMS, HONORIFICS, TITLES } from "./lexicon.js";

const LINKS = new Set(["of", "for", "the", "and", "on", "at", "to", "in", "-", "’s", "'s", "&"]);
/** Words that make an office out of a title: "Foreign Minister", "Deputy Prime Minister". */
const OFFICE_WORDS = wordSet(
  "foreign defense defence interior finance home justice health economy energy state deputy vice first prime chief press education labor labour trade culture transport agriculture special senior",
);
const ARTICLES = new Set(["the", "a", "an", "then", "former", "current"]);
const RIGHT_STOP = new Set([",", ";", ".", ":", "(", ")", '"', "“", "”", "«", "»", "—", "–", "!", "?"]);

export interface RoleSpan {
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

function isCapitalised(doc: Doc, i: number): boolean {
  const c = doc.text[doc.tokens.start[i]];
  return c !== c.toLowerCase();
}

/** Trims link words and articles off both ends of [a, b); returns null when no title is left. */
function trimRole(doc: Doc, a: number, b: number): RoleSpan | null {
  while (a < b && (LINKS.has(doc.lower[a]) || ARTICLES.has(doc.lower[a]))) a++;
  while (b > a && (LINKS.has(doc.lower[b - 1]) || doc.lower[b - 1] === ",")) b--;
  if (a >= b) return null;
  let title = false;
  for (let i = a; i < b; i++) if (TITLES.has(doc.lower[i]) && !HONORIFICS.has(doc.lower[i])) title = true;
  if (!title) return null;
  return { start: doc.tokens.start[a], end: doc.tokens.end[b - 1], first: a, last: b };
}

/**
 * The role written right before a mention starting at token `first`: a run of capitalised
 * words, title words and links ending at the name, e.g. "US Secretary of State".
 */
export function roleBefore(
  doc: Doc,
  first: number,
  sentenceStart: number,
  inEntity: Uint8Array,
): RoleSpan | null {
  let a = first;
  let sawTitle = false;
  for (let i = first - 1; i >= sentenceStart && first - i <= 10; i--) {
    const w = doc.lower[i];
    if (TITLES.has(w)) {
      sawTitle = true;
      a = i;
    } else if (sawTitle && OFFICE_WORDS.has(w)) {
      a = i; // "the special envoy", "the foreign minister", in any case
    } else if (
      isCapitalised(doc, i) &&
      doc.tokens.kind[i] === 1 &&
      (!sawTitle || inEntity[i] || OFFICE_WORDS.has(w) || DEMONYMS.has(w) || COUNTRIES.has(w))
    ) {
      // Left of the title only named things qualify ("German", "US"), not "Yesterday".
      a = i;
    } else if (LINKS.has(w) && i > sentenceStart) continue;
    else break;
  }
  if (!sawTitle) return null;
  return trimRole(doc, a, first);
}

/** An appositive role after a mention ending at token `last`: ", head of the X Department,". */
export function roleAfter(doc: Doc, last: number, sentenceEnd: number): RoleSpan | null {
  if (last >= sentenceEnd || doc.lower[last] !== ",") return null;
  let a = last + 1;
  while (a < sentenceEnd && ARTICLES.has(doc.lower[a])) a++;
  // The appositive must open with a title (possibly after a nationality or office word).
  let opens = false;
  for (let i = a; i < Math.min(a + 4, sentenceEnd); i++) {
    if (TITLES.has(doc.lower[i])) {
      opens = true;
      break;
    }
    if (!isCapitalised(doc, i)) break;
  }
  if (!opens) return null;
  let b = a;
  while (b < sentenceEnd && b - a < 16 && !RIGHT_STOP.has(doc.lower[b])) b++;
  // An appositive that runs to the sentence end without a closing comma is usually a clause.
  if (b >= sentenceEnd || doc.lower[b] !== ",") {
    if (b - a > 6) return null;
  }
  return trimRole(doc, a, b);
}

/**
 * A role set off before the name: "the foreign minister of the interim government, Rustam
 * Nazarov, declared". The name must close the apposition (a comma or the sentence end after
 * it), so that "After meeting the minister, Putin said" gives Putin no role.
 */
export function roleBeforeComma(
  doc: Doc,
  first: number,
  last: number,
  sentenceStart: number,
): RoleSpan | null {
  const comma = first - 1;
  if (comma <= sentenceStart || doc.lower[comma] !== ",") return null;
  const after = doc.lower[last];
  if (
    last < doc.tokens.count &&
    doc.sentenceOf[last] === doc.sentenceOf[first] &&
    after !== "," &&
    after !== "."
  )
    return null;
  for (let i = comma - 1; i >= sentenceStart && comma - i <= 10; i--) {
    const w = doc.lower[i];
    if (RIGHT_STOP.has(w)) return null;
    if (!TITLES.has(w) || HONORIFICS.has(w)) continue;
    let a = i;
    while (
      a - 1 >= sentenceStart &&
      (OFFICE_WORDS.has(doc.lower[a - 1]) || DEMONYMS.has(doc.lower[a - 1]) || TITLES.has(doc.lower[a - 1]))
    )
      a--;
    // The role opens a noun phrase: an article or the sentence start right before it.
    if (a > sentenceStart && !ARTICLES.has(doc.lower[a - 1])) return null;
    return trimRole(doc, a, comma);
  }
  return null;
}
