/**
 * Small corrections to tagger spans where news-trained silver labels are weakest:
 * a title fused with a name ("Prime Minister of Kazakhstan Askar Mamin" as one ORG),
 * and Arabic names with particles ("Mohammed bin Rashid Al Maktoum" cut at "bin").
 */
import type { Doc } from "../../document/document.js";
import { CITIES, COUNTRIES, DEMONYMS, NAME_HINTS, ORG_WORDS, PLACE_ALIASES, TITLES } from "./lexicon.js";

export interface TaggedSpan {
  first: number;
  last: number;
  label: string;
  why: string;
}

const INITIAL = /^\p{Lu}$/u;
/**
 * Words that are capitalised only because they open a sentence or sit in a title-cased
 * headline; the tagger fuses them with a following name ("Did UN Security Council ...",
 * "... Peace Talks Are").
 */
const FUNCTION_WORDS = new Set(
  `did|does|do|is|are|was|were|be|been|would|can|could|should|shall|might|must|has|have|had|
  why|how|what|when|where|who|whom|whose|which|if|but|and|or|nor|so|yet|then|while|although|though|
  because|since|once|every|each|all|no|not|never|this|these|those|that|there|here|it|we|they|he|she|
  i|you|our|their|his|her|my|your|its|let|o|oh|yes|says|said|to|for|with|from|by|on|in|at|as|of`
    .split(/\s*\|\s*/)
    .map((w) => w.trim()),
);
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
 * A function word fused with a name, written as one ("Did", "Are"): not an acronym ("IT",
 * "WHO") and not an initial ("O. Henry").
 */
function fusedFunctionWord(doc: Doc, i: number): boolean {
  if (!FUNCTION_WORDS.has(doc.lower[i])) return false;
  const word = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return !(
    i + 1 < doc.tokens.count &&
    doc.lower[i + 1] === "." &&
    doc.tokens.start[i + 1] === doc.tokens.end[i]
  );
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
  let { last } = span;
  while (first < last && fusedFunctionWord(doc, first)) first++;
  while (last > first && fusedFunctionWord(doc, last - 1)) last--;
  if (first >= last) return null;
  // A lone capital letter is a vocative "O" or a list marker, not a name.
  if (last - first === 1 && INITIAL.test(doc.text.slice(doc.tokens.start[first], doc.tokens.end[first])))
    return null;
  let label = span.label;
  if (label !== "PERSON" && NAME_HINTS.has(doc.lower[first]) && last - first >= 2 && last - first <= 3) {
    let names = true;
    for (let i = first; i < last; i++) if (!capitalised(doc, i) || ORG_WORDS.has(doc.lower[i])) names = false;
    if (names) label = "PERSON";
  }
  return first === span.first && last === span.last && label === span.label
    ? span
    : { ...span, first, last, label };
}

const KNOWN_WORDS = new Set([...COUNTRIES, ...CITIES, ...DEMONYMS, ...NAME_HINTS, ...ORG_WORDS, ...TITLES]);
for (const group of PLACE_ALIASES) for (const form of group) KNOWN_WORDS.add(form.toLowerCase());

/** Words the document writes in lower case somewhere: common words, not names. */
function lowerCaseWords(doc: Doc): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < doc.tokens.count; i++) {
    if (doc.tokens.kind[i] === 1 && !capitalised(doc, i)) seen.add(doc.lower[i]);
  }
  return seen;
}

/**
 * A headline in title case: nearly every content word capitalised, and many of them words
 * the document also writes in lower case ("Peace Talks Are a Trap"). A credit line
 * ("Reporting by Valerie Volcovici and Will Dunham") is capitalised too, but with names.
 */
function titleCased(doc: Doc, p: number, common: () => Set<string>): boolean {
  let content = 0;
  let capitals = 0;
  let commonCapitals = 0;
  for (let i = doc.paragraphs.firstToken[p]; i < doc.paragraphs.lastToken[p]; i++) {
    const w = doc.lower[i];
    if (doc.tokens.kind[i] !== 1 || FUNCTION_WORDS.has(w) || w === "the" || w === "a" || w === "an") continue;
    content++;
    if (!capitalised(doc, i)) continue;
    capitals++;
    if (common().has(w)) commonCapitals++;
  }
  return content >= 3 && capitals >= 0.8 * content && commonCapitals >= 0.4 * capitals;
}

/**
 * In a title-cased paragraph a tagged span needs other evidence: a gazetteer word, or the
 * same words written elsewhere in the document ("Hillary Clinton" in a headline and the
 * story). "The So-Called Peace Talks Are a Trap" names nobody.
 */
function supported(doc: Doc, span: TaggedSpan, p: number): boolean {
  for (let i = span.first; i < span.last; i++) if (KNOWN_WORDS.has(doc.lower[i])) return true;
  const text = doc.text.slice(doc.tokens.start[span.first], doc.tokens.end[span.last - 1]);
  for (let at = doc.text.indexOf(text); at >= 0; at = doc.text.indexOf(text, at + 1)) {
    if (at < doc.paragraphs.start[p] || at >= doc.paragraphs.end[p]) return true;
  }
  return false;
}

function inTitleCase(doc: Doc, spans: TaggedSpan[]): TaggedSpan[] {
  const kept: TaggedSpan[] = [];
  let lower: Set<string> | null = null;
  const common = () => {
    lower ??= lowerCaseWords(doc);
    return lower;
  };
  let p = 0;
  let titled = -1; // paragraph index whose title-case state is cached in `isTitled`
  let isTitled = false;
  for (const span of spans) {
    while (p + 1 < doc.paragraphs.count && doc.paragraphs.firstToken[p + 1] <= span.first) p++;
    if (titled !== p) {
      titled = p;
      isTitled = titleCased(doc, p, common);
    }
    if (!isTitled || supported(doc, span, p)) kept.push(span);
  }
  return kept;
}

export function repairSpans(doc: Doc, tagged: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const spans: TaggedSpan[] = [];
  for (const t of tagged) {
    const fixed = fixEdges(doc, t);
    if (fixed) spans.push(fixed);
  }
  for (const span of inTitleCase(doc, spans)) {
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
