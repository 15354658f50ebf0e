/**
 * Small corrections to tagger spans where news-trained silver labels are weakest:
 * a title fused with a name ("Prime Minister of Kazakhstan Askar Mamin" as one ORG),
 * and Arabic names with particles ("Mohammed bin Rashid Al Maktoum" cut at "bin").
 */
import type { Doc } from "../../document/document.js";
import { CITIES, COUNTRIES, DEMONYMS, ORG_WORDS, TITLES } from "./lexicon.js";

export interface TaggedSpan {
  first: number;
  last: number;
  label: string;
  why: string;
}

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

/** Splits "TITLE (of PLACE) Name" spans into the name alone, as PERSON. */
function splitTitled(doc: Doc, span: TaggedSpan): TaggedSpan {
  if (span.label === "PERSON") return span;
  let hasTitle = false;
  let after = span.first;
  for (let i = span.first; i < span.last; i++) {
    const w = doc.lower[i];
    if (TITLES.has(w)) hasTitle = true;
    if (TITLES.has(w) || COUNTRIES.has(w) || CITIES.has(w) || DEMONYMS.has(w)) after = i + 1;
    else if (w === "of" && i + 1 < span.last && after === i) {
      after = i + 2; // "of State", "of Kazakhstan"
      i++;
    }
  }
  if (!hasTitle || after >= span.last || span.last - after > 4) return span;
  for (let i = after; i < span.last; i++) {
    if (!capitalised(doc, i) || ORG_WORDS.has(doc.lower[i])) return span;
  }
  return { first: after, last: span.last, label: "PERSON", why: span.why };
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

export function repairSpans(doc: Doc, spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const s = doc.sentenceOf[span.first];
    const fixed = extendParticles(doc, splitTitled(doc, span), doc.sentences.firstToken[s]);
    // An extension may swallow the previous span; keep spans disjoint.
    while (out.length && out[out.length - 1].last > fixed.first) out.pop();
    out.push(fixed);
  }
  return out;
}
