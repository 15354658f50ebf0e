/**
 * Small corrections to tagger spans where news-trained silver labels are weakest:
 * a title fused with a name ("Prime Minister of Kazakhstan Askar Mamin" as one ORG),
 * and Arabic names with particles ("Mohammed bin Rashid Al Maktoum" cut at "bin").
 */
import type { Doc } from "../../document/document.js";
import { CITIES, COUNTRIES, DEMONYMS, NAME_HINTS, ORG_WORDS, TITLES } from "./lexicon.js";

export interface TaggedSpan {
  first: number;
  last: number;
  label: string;
  why: string;
}

const INITIAL = /^\p{Lu}$/u;
const PARTICLES = new Set([
  "bin",
  "ibn",
  "bint",
  "al",
  "al-",
  "el",
  "abu",
  "abd",
  "ben",
  "ould",
  "uulu",
  "kyzy",
]);

function capitalised(doc: Doc, i: number): boolean {
  const c = doc.text[doc.tokens.start[i]];
  return doc.tokens.kind[i] === 1 && c !== c.toLowerCase();
}

/**
 * Splits "TITLE (of PLACE) Name" spans into the name alone, as PERSON, keeping a place
 * inside as LOCATION. The title may also sit just before the span ("Minister of | Kazakhstan
 * Askar Mamin").
 */
function splitTitled(doc: Doc, span: TaggedSpan): TaggedSpan[] {
  if (span.label === "PERSON") return [span];
  const before = span.first - 1;
  let hasTitle =
    (before >= 0 && TITLES.has(doc.lower[before])) ||
    (before > 0 && doc.lower[before] === "of" && TITLES.has(doc.lower[before - 1]));
  let after = span.first;
  let place = -1;
  for (let i = span.first; i < span.last; i++) {
    const w = doc.lower[i];
    if (TITLES.has(w)) hasTitle = true;
    if (COUNTRIES.has(w) || CITIES.has(w)) place = i;
    if (TITLES.has(w) || COUNTRIES.has(w) || CITIES.has(w) || DEMONYMS.has(w)) after = i + 1;
    else if (w === "of" && i + 1 < span.last && after === i) {
      after = i + 2; // "of State", "of Kazakhstan"
      i++;
    }
  }
  if (!hasTitle || after >= span.last || span.last - after > 4) return [span];
  for (let i = after; i < span.last; i++) {
    if (!capitalised(doc, i) || ORG_WORDS.has(doc.lower[i])) return [span];
  }
  const person: TaggedSpan = { first: after, last: span.last, label: "PERSON", why: span.why };
  if (place >= 0 && place + 1 === after) {
    return [{ first: place, last: place + 1, label: "LOCATION", why: span.why }, person];
  }
  return [person];
}

/** Extends a PERSON span left over Arabic/Central Asian name particles. */
function extendParticles(doc: Doc, span: TaggedSpan, sentenceStart: number): TaggedSpan {
  if (span.label !== "PERSON") return span;
  let first = span.first;
  while (
    first - 2 >= sentenceStart &&
    PARTICLES.has(doc.lower[first - 1]) &&
    capitalised(doc, first - 2) &&
    !TITLES.has(doc.lower[first - 2])
  ) {
    first -= 2;
  }
  return first === span.first ? span : { ...span, first };
}

/**
 * Punctuation never starts a name, but an initial does: ". Blinken" after "A" becomes
 * "A. Blinken". A known given name followed by capitalised words is a person whatever
 * label the tagger chose ("Dmitry Peskov" as ORGANIZATION inside a quotation).
 */
function fixEdges(doc: Doc, span: TaggedSpan): TaggedSpan | null {
  let { first } = span;
  while (first < span.last && doc.tokens.kind[first] === 3 && doc.lower[first] !== ".") first++;
  if (first < span.last && doc.lower[first] === ".") {
    if (first > 0 && INITIAL.test(doc.text.slice(doc.tokens.start[first - 1], doc.tokens.end[first - 1])))
      first--;
    else first++;
  }
  if (first >= span.last) return null;
  let label = span.label;
  if (
    label !== "PERSON" &&
    NAME_HINTS.has(doc.lower[first]) &&
    span.last - first >= 2 &&
    span.last - first <= 3
  ) {
    let names = true;
    for (let i = first; i < span.last; i++)
      if (!capitalised(doc, i) || ORG_WORDS.has(doc.lower[i])) names = false;
    if (names) label = "PERSON";
  }
  return first === span.first && label === span.label ? span : { ...span, first, label };
}

export function repairSpans(doc: Doc, tagged: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const spans: TaggedSpan[] = [];
  for (const t of tagged) {
    const fixed = fixEdges(doc, t);
    if (fixed) spans.push(fixed);
  }
  for (const span of spans) {
    const s = doc.sentenceOf[span.first];
    for (const part of splitTitled(doc, span)) {
      const fixed = extendParticles(doc, part, doc.sentences.firstToken[s]);
      // An extension may swallow the previous span; keep spans disjoint.
      while (out.length && out[out.length - 1].last > fixed.first) out.pop();
      out.push(fixed);
    }
  }
  return out;
}
