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
import type { AnalyzerSpec, Upstream } from "../types.js";
import {
  assembleParagraph,
  claimQuoteBefore,
  continueQuotes,
  cutAtClause,
  cutAtFrontedClause,
  dropSourceClause,
  extendToSentenceEnd,
  fixAccordingTo,
  hasWord,
  isDirect,
  paragraphOf,
  passiveStatements,
  prepositionToCue,
  type Relation,
  type Run,
  runsFromLabels,
  skipAddressee,
  sourceComma,
  spanParenthetical,
  splitAccordingTo,
  wrapSubject,
} from "./assemble.js";
import {
  type AttributionFacts,
  attributionFacts,
  type CueLexicon,
  type PosLexicon,
  paragraphFeatures,
} from "./features.js";
import {
  antecedentSource,
  chainVia,
  type EntityMention,
  isOutlet,
  outletNear,
  participleSubject,
  relativeSource,
  resolveSource,
  type Via,
  wholeSubject,
} from "./sources.js";
import { isVetoed } from "./vetoes.js";

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

/**
 * Decoding calibration in the scale of the tagger's scores: the perceptron starts too many
 * cues, runs cues over too many words and stops content early. Chosen by coordinate search
 * on two train tuning slices (every 10th article from the 1st and from the 6th, each with a
 * model trained on the rest); mean exact F1 of the two, with the other rules in place: cue
 * 0.633 -> 0.659, source 0.672 -> 0.681, content 0.495 -> 0.501.
 */
const LABEL_BIAS: Readonly<Record<string, number>> = { "B-CUE": -100, "I-CUE": -45, "I-CON": 30 };

const MODEL_URL = new URL("../../../models/attributions/attribution.json", import.meta.url);

export function loadAttributionModel(): AttributionModel {
  return JSON.parse(readFileSync(MODEL_URL, "utf8")) as AttributionModel;
}

/**
 * Whether a paragraph can hold an attribution worth tagging: a quotation mark, or a word that
 * is part of a cue in at least 15% of its PolNeAR training uses. About one paragraph in six
 * has neither (in PTC and PolNeAR text); skipping them changes no score on PolNeAR dev
 * (exact and overlap F1 equal or +0.001) and drops 49 of 19,964 attributions on 1,005 PTC
 * unlabelled and PolNeAR train articles.
 */
function mayAttribute(facts: AttributionFacts, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (facts.cue[i] >= 2 || facts.quoteState[i] !== 0) return true;
  return false;
}

export function createAttributions(options: AttributionsOptions = {}) {
  const model = options.model ?? loadAttributionModel();
  if (model?.kind !== "attribution-model") {
    throw new TypeError(`attributions: not an attribution model: ${JSON.stringify(model)?.slice(0, 60)}`);
  }
  const tagger = new CompiledTagger(model.tagger);
  const sink = new HashSink();
  const { cues, pos } = model;
  let path = new Uint8Array(1024);
  // Label offsets in the tagger's int16 emission units, added to every token before decoding.
  const bias = Int32Array.from(tagger.labels, (l) => Math.round((LABEL_BIAS[l] ?? 0) / model.tagger.scale));

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
      if (!mayAttribute(facts, a, b)) continue;
      if (b - a > path.length) path = new Uint8Array((b - a) * 2);
      sink.reset();
      paragraphFeatures(doc, facts, a, b, sink);
      tagger.decode(sink, path, bias);
      const runs = runsFromLabels(path, tagger.labels, a, b - a);
      let found = runs.length ? assembleParagraph(doc, runs, facts.quoteState, facts.quotes) : [];
      for (const rel of passiveStatements(doc, a, b)) {
        const taken = found.some((f) => f.cue && f.cue.first < rel.cue!.last && rel.cue!.first < f.cue.last);
        if (!taken) found.push(rel);
      }
      found = claimQuoteBefore(doc, found, facts.quoteState);
      found = continueQuotes(doc, found, runs, facts.quotes, facts.quoteState);
      found = found.filter((rel) => !isVetoed(doc, rel));
      const according = splitAccordingTo(doc, found);
      if (according.length)
        found = [...found, ...according].sort((x, y) => x.content[0].first - y.content[0].first);
      for (const rel of found) {
        fixAccordingTo(doc, rel);
        sourceComma(doc, rel);
        relativeSource(doc, rel);
        antecedentSource(doc, rel, mentions);
        wholeSubject(doc, rel, facts.pos);
        if (!rel.source && rel.cue) rel.source = participleSubject(doc, rel.cue, mentions);
        extendToSentenceEnd(doc, rel, runs);
        prepositionToCue(doc, rel, facts.quoteState);
        skipAddressee(doc, rel, facts.pos, facts.quoteState);
        dropSourceClause(rel);
        cutAtClause(doc, rel, facts.quoteState);
        cutAtFrontedClause(doc, rel, facts.quoteState);
        spanParenthetical(doc, rel, runs, facts.quoteState);
        wrapSubject(doc, rel, runs, facts.quoteState);
        // A quotation running on into this paragraph (the mark reopened, no new cue)
        // is one more part of the previous paragraph's quotation, as annotators mark it.
        const prev = relations[relations.length - 1];
        const prevEnd = prev
          ? Math.max(
              prev.content[prev.content.length - 1].last,
              prev.cue?.last ?? -1,
              prev.source?.last ?? -1,
            )
          : -1;
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

export const attributionsAnalyzer: AnalyzerSpec<AttributionsOptions> = {
  name: "attributions",
  description: "Who said what: direct and reported speech with source, cue, content and outlet.",
  after: ["entities"],
  create: (options) => createAttributions(options),
};
