/**
 * Attributions: who said or thought what, direct or reported, and through which outlet.
 * A perceptron tagger trained on PolNeAR marks Source / Cue / Content runs; rules group
 * them into relations, resolve sources to upstream entities (pronouns to the nearest
 * fitting person or organisation) and detect media chains ("Interfax reported", "told
 * Reuters", a statement reported inside an agency's report).
 */
import { readFileSync } from "node:fs";
import type { Doc } from "../../document/document.js";
import { textSpan } from "../../document/span.js";
import type { Annotation, TextSpan } from "../../document/types.js";
import type { TaggerJSON } from "../../learn/sequence-tagger.js";
import { CompiledTagger, HashSink } from "../entities/fast-tagger.js";
import { OUTLET_WORDS } from "../entities/lexicon.js";
import type { AnalyzerSpec, Upstream } from "../types.js";
import {
  assembleParagraph,
  fixAccordingTo,
  isDirect,
  passiveStatements,
  type Relation,
  type Run,
  runsFromLabels,
} from "./assemble.js";
import { attributionFacts, type CueLexicon, type PosLexicon, paragraphFeatures } from "./features.js";

export interface AttributionModel {
  kind: "attribution-model";
  tagger: TaggerJSON;
  cues: CueLexicon;
  /** Absent in models trained without part-of-speech features. */
  pos?: PosLexicon;
}

export interface AttributionsOptions {
  /** Defaults to the shipped models/attributions/attribution.json. */
  model?: AttributionModel;
}

const MODEL_URL = new URL("../../../models/attributions/attribution.json", import.meta.url);

export function loadAttributionModel(): AttributionModel {
  return JSON.parse(readFileSync(MODEL_URL, "utf8")) as AttributionModel;
}

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "i", "me", "my"]);
const GROUP_PRONOUNS = new Set(["they", "them", "their", "it", "its", "we", "our"]);
const VIA_LEAD = new Set(["to", "told", "with", "by", "according", "in", "on"]);

/** The outlet a statement reached the author through. */
export interface Via extends TextSpan {
  name: string;
  entity: string | null;
}

interface EntityMention {
  start: number;
  end: number;
  label: string;
  entity: string;
  name: string;
}

export function createAttributions(options: AttributionsOptions = {}) {
  const model = options.model ?? loadAttributionModel();
  if (model?.kind !== "attribution-model") {
    throw new TypeError(`attributions: not an attribution model: ${JSON.stringify(model)?.slice(0, 60)}`);
  }
  const tagger = new CompiledTagger(model.tagger);
  const sink = new HashSink(tagger);
  const { cues, pos } = model;
  let path = new Uint8Array(1024);

  return (doc: Doc, upstream: Upstream) => {
    const entityOut = upstream.entities;
    const names = new Map((entityOut?.entities ?? []).map((e) => [e.id, e.name]));
    const mentions: EntityMention[] = (entityOut?.annotations ?? [])
      .filter((a) => a.type === "entity" && typeof a.entity === "string")
      .map((a) => ({
        start: a.start,
        end: a.end,
        label: a.label ?? "MISC",
        entity: a.entity as string,
        name: names.get(a.entity as string) ?? a.text,
      }))
      .sort((a, b) => a.start - b.start);
    const facts = attributionFacts(doc, cues, mentions, pos);
    const relations: Relation[] = [];
    const { paragraphs } = doc;
    for (let p = 0; p < paragraphs.count; p++) {
      const a = paragraphs.firstToken[p];
      const b = paragraphs.lastToken[p];
      if (b - a > path.length) path = new Uint8Array((b - a) * 2);
      sink.reset(b - a);
      paragraphFeatures(doc, facts, a, b, sink);
      tagger.decode(sink, path);
      const runs = runsFromLabels(path, tagger.labels, a, b - a);
      const found = runs.length ? assembleParagraph(doc, runs, facts.quoteState, facts.quotes) : [];
      for (const rel of passiveStatements(doc, a, b)) {
        const taken = found.some((f) => f.cue && f.cue.first < rel.cue!.last && rel.cue!.first < f.cue.last);
        if (!taken) found.push(rel);
      }
      for (const rel of found) {
        fixAccordingTo(doc, rel);
        extendToSentenceEnd(doc, rel, runs);
        // A quotation running on into this paragraph (the mark reopened, no new cue)
        // is one more part of the previous paragraph's quotation, as annotators mark it.
        const prev = relations[relations.length - 1];
        const prevEnd = prev?.content[prev.content.length - 1].last ?? -1;
        if (
          !rel.cue &&
          prev &&
          rel.content[0].first <= a + 1 &&
          p > 0 &&
          prevEnd >= paragraphs.lastToken[p - 1] - 1 &&
          isDirect(prev.content, facts.quoteState)
        ) {
          prev.content.push(...rel.content);
          continue;
        }
        relations.push(rel);
      }
    }
    // The other direction: quotation paragraphs without a cue, followed by the paragraph
    // where the quotation is attributed ("... the martyrs," he said.), belong to it.
    for (let k = relations.length - 2; k >= 0; k--) {
      const rel = relations[k];
      const next = relations[k + 1];
      if (rel.cue || !next.cue || !isDirect(rel.content, facts.quoteState)) continue;
      const end = rel.content[rel.content.length - 1].last;
      const p = paragraphOf(doc, end - 1);
      if (p + 1 >= paragraphs.count || end < paragraphs.lastToken[p] - 1) continue;
      if (next.content[0].first > paragraphs.firstToken[p + 1] + 1) continue;
      next.content.unshift(...rel.content);
      relations.splice(k, 1);
    }

    const span = (r: Run): TextSpan => textSpan(doc, doc.tokens.start[r.first], doc.tokens.end[r.last - 1]);
    const annotations: Annotation[] = [];
    let lastQuoted: { entity: string | null; source: TextSpan | null } | null = null;
    for (const rel of relations) {
      if (!rel.content.some((r) => hasWord(doc, r))) continue; // marks alone say nothing
      const why: string[] = [];
      const direct = isDirect(rel.content, facts.quoteState);
      const parts = rel.content.map(span);
      const source = rel.source ? span(rel.source) : null;
      const cue = rel.cue ? span(rel.cue) : null;
      let entity: string | null = null;
      let via: Via | null = null;
      if (source) {
        const resolved = resolveSource(doc, source, mentions, facts.quoteState);
        entity = resolved.entity;
        why.push(...resolved.why);
        if (isOutlet(doc, rel.source!)) {
          const outlet = mentions.find((m) => m.start >= source.start && m.end <= source.end);
          via = {
            name: outlet?.name ?? source.text.replace(/^the\s+/i, ""),
            entity: outlet?.entity ?? null,
            ...source,
          };
          why.push("the source is a news outlet");
        }
      } else if (!cue && lastQuoted) {
        entity = lastQuoted.entity;
        why.push("continues the previous quotation");
      }
      if (!via && rel.cue) via = outletNear(doc, rel, mentions, facts.cue);
      if (via && !why.includes("the source is a news outlet")) why.push(`reported via ${via.name}`);
      if (cue) why.push(`cue '${cue.text}'`);
      why.push(direct ? "verbatim quotation" : "reported speech or paraphrase");
      const pieces = [...parts, ...(source ? [source] : []), ...(cue ? [cue] : [])];
      const start = Math.min(...pieces.map((x) => x.start));
      const end = Math.max(...pieces.map((x) => x.end));
      const content = textSpan(doc, parts[0].start, parts[parts.length - 1].end);
      const annotation: Annotation = {
        type: "attribution",
        label: direct ? "direct" : "indirect",
        ...textSpan(doc, start, end),
        source,
        cue,
        content,
        direct,
        entity,
        via,
        why,
      };
      if (parts.length > 1) annotation.contentParts = parts;
      annotations.push(annotation);
      if (direct) lastQuoted = { entity, source };
    }
    // A statement reported inside an outlet's report reaches the author via that outlet.
    chainVia(annotations);
    return { annotations };
  };
}

function resolveSource(
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
      const t = tokenIndex(doc, m.start);
      if (t >= 0 && quoteState[t] === 1) continue;
      return { entity: m.entity, why: [`'${source.text}' resolved to ${m.name}`] };
    }
  }
  return { entity: null, why: [] };
}

/**
 * Reported content after its cue runs to the end of the sentence far more often than the
 * tagger predicts; extend it there unless another run or a quotation mark lies in between.
 */
function extendToSentenceEnd(doc: Doc, rel: Relation, runs: readonly Run[]): void {
  if (!rel.cue || rel.content.length !== 1) return;
  const con = rel.content[0];
  if (con.last <= rel.cue.first) {
    // "..., officials said": the content starts where its sentence starts.
    const s = doc.sentenceOf[con.last - 1];
    const start = doc.sentences.firstToken[s];
    if (start >= con.first) return;
    for (const r of runs) if (r.last <= con.first && r.last > start) return;
    for (let i = start; i < con.first; i++) {
      const c = doc.text[doc.tokens.start[i]];
      if (c === '"' || c === "“" || c === "”" || c === "(") return;
    }
    rel.content = [{ kind: "CON", first: start, last: con.last }];
    return;
  }
  if (con.first < rel.cue.last) return;
  const s = doc.sentenceOf[con.first];
  let end = doc.sentences.lastToken[s];
  while (end > con.last && doc.tokens.kind[end - 1] === 3) end--;
  if (end <= con.last) return;
  for (const r of runs) if (r.first >= con.last && r.first < end) return;
  for (let i = con.last; i < end; i++) {
    const c = doc.text[doc.tokens.start[i]];
    if (c === '"' || c === "“" || c === "”" || c === "(") return;
  }
  rel.content = [{ kind: "CON", first: con.first, last: end }];
}

function hasWord(doc: Doc, run: Run): boolean {
  for (let i = run.first; i < run.last; i++)
    if (doc.tokens.kind[i] === 1 || doc.tokens.kind[i] === 2) return true;
  return false;
}

function paragraphOf(doc: Doc, token: number): number {
  const { firstToken, count } = doc.paragraphs;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstToken[mid] <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tokenIndex(doc: Doc, offset: number): number {
  const { start, count } = doc.tokens;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < count ? lo : -1;
}

function isOutlet(doc: Doc, run: Run): boolean {
  for (let i = run.first; i < run.last; i++) if (OUTLET_WORDS.has(doc.lower[i])) return true;
  return false;
}

/**
 * An outlet named around the cue: "told Reuters", "in an interview with RIA Novosti",
 * "according to TASS", or earlier in the sentence as the reporter of the whole statement
 * ("Interfax reported that the envoy said ...").
 */
function outletNear(
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
    const t = tokenIndex(doc, m.start);
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
function chainVia(annotations: Annotation[]): void {
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

export const attributionsAnalyzer: AnalyzerSpec<AttributionsOptions> = {
  name: "attributions",
  description: "Who said what: direct and reported speech with source, cue, content and outlet.",
  after: ["entities"],
  create: (options) => createAttributions(options),
};
