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

/**
 * "Trump took a risk by winking at them, telling the crowd ...": a participle cue after a
 * comma, or a verb coordinated with "and" / "but" ("Bill Clinton came to the city and
 * recounted ..."), reports what the subject of its sentence said; the tagger seldom reaches
 * that far. Returns the sentence-initial pronoun or person/organisation mention, or null.
 */
export function participleSubject(doc: Doc, cue: Run, mentions: readonly EntityMention[]): Run | null {
  const prev = doc.lower[cue.first - 1];
  const participle = doc.lower[cue.first].endsWith("ing") && prev === ",";
  if (!participle && prev !== "and" && prev !== "but") return null;
  const s = doc.sentenceOf[cue.first];
  let a = doc.sentences.firstToken[s];
  if (OPENERS.has(doc.lower[a]) || doc.lower[a] === ",") a++;
  if (a >= cue.first) return null;
  if (SUBJECT_PRONOUNS.has(doc.lower[a])) return { kind: "SRC", first: a, last: a + 1 };
  // A title before the name belongs to the source: "Senator Mara Quinn".
  let b = a;
  while (b < a + 3 && b < cue.first && TITLE_CASE.test(doc.text[doc.tokens.start[b]] ?? "")) {
    const start = doc.tokens.start[b];
    if (mentions.some((x) => x.start === start)) break;
    b++;
  }
  const start = doc.tokens.start[b];
  const m = mentions.find((x) => x.start === start);
  if (!m || (m.label !== "PERSON" && m.label !== "ORGANIZATION")) return null;
  let last = a;
  while (last < cue.first && doc.tokens.end[last] <= m.end) last++;
  return last > a ? { kind: "SRC", first: a, last } : null;
}
