/**
 * Who a relation's source is (an upstream entity, a pronoun resolved to the nearest fitting
 * entity) and which news outlet carried the statement.
 */
import type { Doc } from "../../document/document.js";
import { firstTokenFrom } from "../../document/document.js";
import { textSpan } from "../../document/span.js";
import type { Annotation, TextSpan } from "../../document/types.js";
import { OUTLET_WORDS } from "../entities/lexicon.js";
import type { Relation, Run } from "./assemble.js";

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "i", "me", "my"]);
const GROUP_PRONOUNS = new Set(["they", "them", "their", "it", "its", "we", "our"]);
const VIA_LEAD = new Set(["to", "told", "with", "by", "according", "in", "on"]);

/** The outlet a statement reached the author through. */
export interface Via extends TextSpan {
  name: string;
  entity: string | null;
}

export interface EntityMention {
  start: number;
  end: number;
  label: string;
  entity: string;
  name: string;
}

export function resolveSource(
  doc: Doc,
  source: TextSpan,
  mentions: readonly EntityMention[],
  quoteState: Uint8Array,
): { entity: string | null; why: string[] } {
  let inside: EntityMention | null = null;
  for (const m of mentions) {
    if (m.start >= source.end) break;
    if (m.end > source.start && (!inside || m.label === "PERSON" || inside.label !== "PERSON")) inside = m;
  }
  if (inside) return { entity: inside.entity, why: [`source is ${inside.name}`] };
  const word = source.text.toLowerCase();
  const wanted = PERSON_PRONOUNS.has(word)
    ? ["PERSON"]
    : GROUP_PRONOUNS.has(word)
      ? ["ORGANIZATION", "PERSON"]
      : null;
  if (!wanted) return { entity: null, why: [] };
  for (const label of wanted) {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.end > source.start || m.label !== label) continue;
      // A name inside someone's quotation is rarely what a later pronoun points to.
      const t = firstTokenFrom(doc, m.start);
      if (t >= 0 && quoteState[t] === 1) continue;
      return { entity: m.entity, why: [`'${source.text}' resolved to ${m.name}`] };
    }
  }
  return { entity: null, why: [] };
}

export function isOutlet(doc: Doc, run: Run): boolean {
  for (let i = run.first; i < run.last; i++) if (OUTLET_WORDS.has(doc.lower[i])) return true;
  return false;
}

/**
 * An outlet named around the cue: "told Reuters", "in an interview with RIA Novosti",
 * "according to TASS", or earlier in the sentence as the reporter of the whole statement
 * ("Interfax reported that the envoy said ...").
 */
export function outletNear(
  doc: Doc,
  rel: Relation,
  mentions: readonly EntityMention[],
  cueStrength: Uint8Array,
): Via | null {
  const cue = rel.cue!;
  const s = doc.sentenceOf[cue.first];
  const sentenceStart = doc.sentences.firstToken[s];
  const end = doc.sentences.lastToken[s];
  const contentStart = rel.content.length ? rel.content[0].first : end;
  const after = Math.min(end, contentStart > cue.first ? contentStart : end, cue.last + 8);
  const before = rel.source ? rel.source.first : cue.first;
  for (const m of mentions) {
    const t = firstTokenFrom(doc, m.start);
    if (t < sentenceStart) continue;
    if (t >= after) break;
    let outlet = false;
    let last = t;
    for (let i = t; i < doc.tokens.count && doc.tokens.start[i] < m.end; i++) {
      if (OUTLET_WORDS.has(doc.lower[i])) outlet = true;
      last = i;
    }
    const lead = t > 0 ? doc.lower[t - 1] : "";
    const lead2 = t > 1 ? doc.lower[t - 2] : "";
    if (OUTLET_WORDS.has(lead) || OUTLET_WORDS.has(lead2) || OUTLET_WORDS.has(doc.lower[last + 1] ?? ""))
      outlet = true;
    if (!outlet) continue;
    const near = t >= cue.first && (VIA_LEAD.has(lead) || VIA_LEAD.has(lead2) || OUTLET_WORDS.has(lead));
    let reports = false;
    if (t < before)
      for (let i = last + 1; i < Math.min(before, last + 4); i++) if (cueStrength[i] === 3) reports = true;
    if (near || reports) return { name: m.name, entity: m.entity, ...textSpan(doc, m.start, m.end) };
  }
  return null;
}

/** Relations whose cue lies inside an outlet-sourced relation's content inherit its outlet. */
export function chainVia(annotations: Annotation[]): void {
  for (const outer of annotations) {
    const via = outer.via as Via | null;
    if (!via || !outer.source) continue;
    const content = outer.content as TextSpan;
    for (const inner of annotations) {
      const cue = inner.cue as TextSpan | null;
      if (inner === outer || inner.via || !cue) continue;
      if (cue.start >= content.start && cue.end <= content.end) {
        inner.via = outer.via;
        (inner.why as string[]).push(`reported via ${via.name}`);
      }
    }
  }
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const OPENERS = new Set(["but", "and", "so", "yet", "still"]);
const TITLE_CASE = /\p{Lu}/u;
const PARTICIPLE_LEAD = new Set([",", "by", "while", "--", "—"]);

/**
 * "Trump took a risk by winking at them, telling the crowd ...": a participle cue after a
 * comma, or a verb coordinated with "and" / "but" ("Bill Clinton came to the city and
 * recounted ..."), reports what the subject of its sentence said; the tagger seldom reaches
 * that far. Returns the sentence-initial pronoun or person/organisation mention, or null.
 */
export function participleSubject(doc: Doc, cue: Run, mentions: readonly EntityMention[]): Run | null {
  const prev = doc.lower[cue.first - 1];
  const participle = doc.lower[cue.first].endsWith("ing") && PARTICIPLE_LEAD.has(prev);
  if (!participle && prev !== "and" && prev !== "but") return null;
  const s = doc.sentenceOf[cue.first];
  let a = doc.sentences.firstToken[s];
  if (OPENERS.has(doc.lower[a]) || doc.lower[a] === ",") a++;
  if (a >= cue.first) return null;
  if (SUBJECT_PRONOUNS.has(doc.lower[a])) return { kind: "SRC", first: a, last: a + 1 };
  // A title before the name belongs to the source: "Senator Mara Quinn", "Mr. Trump", and so
  // does a place before the title: "Ohio Gov. John Kasich".
  let b = a;
  let m: EntityMention | undefined;
  while (b < a + 5 && b < cue.first) {
    const start = doc.tokens.start[b];
    m = mentions.find((x) => x.start === start);
    const next = doc.tokens.start[b + 1];
    if (
      m?.label === "LOCATION" &&
      TITLE_CASE.test(doc.text[next] ?? "") &&
      !mentions.some((x) => x.start === next)
    ) {
      while (b < cue.first && doc.tokens.end[b] <= m.end) b++;
      m = undefined;
      continue;
    }
    if (m || (!TITLE_CASE.test(doc.text[start] ?? "") && !(b > a && doc.lower[b] === "."))) break;
    b++;
  }
  if (!m || (m.label !== "PERSON" && m.label !== "ORGANIZATION")) return null;
  let last = a;
  while (last < cue.first && doc.tokens.end[last] <= m.end) last++;
  return last > a ? { kind: "SRC", first: a, last } : null;
}

const RELATIVES = new Set(["who", "which"]);

/**
 * "Democrats in Congress who agree that ...": a cue right after a relative pronoun has the
 * pronoun alone as source in PolNeAR (train: 453 times, a longer source ending in the pronoun
 * 6 times), where the tagger runs the source back over its antecedent.
 */
export function relativeSource(doc: Doc, rel: Relation): void {
  const src = rel.source;
  const cue = rel.cue;
  if (!src || !cue || src.last > cue.first) return;
  for (let w = src.last - 1; w > src.first && w >= cue.first - 4; w--) {
    if (doc.lower[w] === ",") return;
    if (RELATIVES.has(doc.lower[w])) {
      rel.source = { kind: "SRC", first: w, last: w + 1 };
      return;
    }
  }
}

const NOUN_PHRASE_TAGS = new Set(["DT", "JJ", "NN", "CD", "?"]);
const OF_WORDS = new Set(["of", "from", "in"]);
const LOWER = /^\p{Ll}/u;

/**
 * "Audit files from NGP VAN show ...", "The retired neurosurgeon has ...": the tagger starts
 * the source at the name or head noun; PolNeAR's source is the whole sentence-initial noun
 * phrase. Extends a source before its cue back to the sentence start when every word between
 * is a determiner, adjective, noun, number or "of" / "from" / "in", one of them in lower case.
 */
export function wholeSubject(doc: Doc, rel: Relation, pos: readonly string[]): void {
  const src = rel.source;
  if (!src || !rel.cue || src.last > rel.cue.first) return;
  const a = doc.sentences.firstToken[doc.sentenceOf[src.first]];
  if (
    a >= src.first ||
    src.first - a > 8 ||
    OF_WORDS.has(doc.lower[a]) ||
    RELATIVES.has(doc.lower[src.first])
  )
    return;
  let lower = false;
  for (let i = a; i < src.first; i++) {
    const w = doc.lower[i];
    if (!NOUN_PHRASE_TAGS.has(pos[i]) && !OF_WORDS.has(w)) return;
    if (LOWER.test(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]))) lower = true;
  }
  if (lower) rel.source = { ...src, first: a };
}

const CLAUSE_MARKS = new Set([",", "-", "--", "—", "–"]);

/**
 * "Mr. Scott, who has called the remarks toxic, portrayed ...": when the tagger takes the
 * relative pronoun (or the relative clause, or the name with ", who") as source of a cue
 * after the clause has closed, the speaker is the clause's antecedent, the name (with its
 * title) before ", who".
 */
export function antecedentSource(doc: Doc, rel: Relation, mentions: readonly EntityMention[]): void {
  const src = rel.source;
  const cue = rel.cue;
  if (!src || !cue || src.last > cue.first) return;
  // The relative pronoun opens the source, or closes one that also holds its antecedent.
  const r = RELATIVES.has(doc.lower[src.first]) ? src.first : src.last - 1;
  if (!RELATIVES.has(doc.lower[r]) || r < 2 || !CLAUSE_MARKS.has(doc.lower[r - 1])) return;
  let closed = false;
  for (let i = r + 1; i < cue.first; i++) if (CLAUSE_MARKS.has(doc.lower[i])) closed = true;
  if (!closed) return;
  const end = doc.tokens.end[r - 2];
  const m = mentions.find((x) => x.end === end && (x.label === "PERSON" || x.label === "ORGANIZATION"));
  if (!m) return;
  const sentenceStart = doc.sentences.firstToken[doc.sentenceOf[src.first]];
  let first = firstTokenFrom(doc, m.start);
  const titled = (i: number) =>
    TITLE_CASE.test(doc.text[doc.tokens.start[i]] ?? "") && !OPENERS.has(doc.lower[i]);
  for (;;) {
    if (first > sentenceStart && titled(first - 1)) first--;
    else if (first > sentenceStart + 1 && doc.lower[first - 1] === "." && titled(first - 2)) first -= 2;
    else break;
  }
  rel.source = { kind: "SRC", first, last: r - 1 };
}
