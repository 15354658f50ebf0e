/**
 * Training and evaluating the attribution model on PolNeAR. Deterministic for a seed.
 * Used by `unspun train attributions` / `unspun eval attributions`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../../document/document.js";
import { createDocument } from "../../document/document.js";
import {
  AttributionScorer,
  type AttributionScores,
  type Fragment,
  type SpanSets,
} from "../../eval/attributions/metrics.js";
import { listArticles, type PolnearArticle, readAttributionSplit, readCoreNlp } from "../../eval/polnear.js";
import { SequenceTagger } from "../../learn/sequence-tagger.js";
import { createEntities } from "../entities/index.js";
import type { Analyze } from "../types.js";
import { attributionSequences, learnCueLexicon, learnPosLexicon, prepareArticles } from "./gold.js";
import { type AttributionModel, createAttributions } from "./index.js";

export interface AttributionTrainOptions {
  epochs?: number;
  seed?: number;
  bits?: number;
  minWeight?: number;
  /** Leave these train articles out (a tuning slice). */
  holdOut?: (name: string) => boolean;
  log?: (line: string) => void;
}

/**
 * Tuning slice `k` (0-9) of PolNeAR train, used while developing rules and decoding
 * settings instead of dev: every tenth article by sorted name, starting with the (k+1)th.
 * Slices 0 and 5 are the ones the README reports.
 */
export function tuningSliceNames(polnearDir: string, k: number): Set<string> {
  return new Set(listArticles(join(polnearDir, "train")).filter((_, i) => i % 10 === k));
}

export function trainAttributionModel(
  polnearDir: string,
  options: AttributionTrainOptions = {},
): { model: AttributionModel; articles: number; sequences: number } {
  const { epochs = 24, seed = 1, bits = 20, minWeight = 24, log } = options;
  // Every annotator's file of the few multiply annotated articles: a little more data, and
  // better cue and content scores on the tuning slice of train.
  const articles = readAttributionSplit(join(polnearDir, "train"), { allAnnotators: true }).filter(
    (a) => !options.holdOut?.(a.name),
  );
  const prepared = prepareArticles(articles, createEntities());
  const cues = learnCueLexicon(prepared);
  const seen = new Set<string>();
  const tagged = [];
  for (const a of articles) {
    if (seen.has(a.name) || !existsSync(join(polnearDir, "train", "corenlp-tsv", `${a.name}.tsv`))) continue;
    seen.add(a.name);
    tagged.push({ text: a.text, tokens: readCoreNlp(join(polnearDir, "train"), a.name).flat() });
  }
  const pos = learnPosLexicon(tagged);
  const data = attributionSequences(prepared, cues, pos);
  const tagger = SequenceTagger.train(data, {
    epochs,
    seed,
    bits,
    onEpoch: (e, m) => log?.(`epoch ${e}/${epochs}: ${m} token errors`),
  });
  return {
    model: { kind: "attribution-model", tagger: tagger.toJSON(minWeight), cues, pos },
    articles: prepared.length,
    sequences: data.length,
  };
}

/** The spans of attribution annotations, by kind, for scoring. */
export function predictedSpans(annotations: ReturnType<Analyze>["annotations"]): {
  source: Fragment[][];
  cue: Fragment[][];
  content: Fragment[][];
} {
  const out = { source: [] as Fragment[][], cue: [] as Fragment[][], content: [] as Fragment[][] };
  for (const a of annotations) {
    if (a.type !== "attribution") continue;
    const source = a.source as Fragment | null;
    const cue = a.cue as Fragment | null;
    if (source) out.source.push([source]);
    if (cue) out.cue.push([cue]);
    out.content.push((a.contentParts as Fragment[] | undefined) ?? [a.content as Fragment]);
  }
  return out;
}

/** Scores the entities + attributions analyzers on a PolNeAR split directory. */
export function evaluateAttributions(splitDir: string, model?: AttributionModel): AttributionScores {
  return evaluateArticles(readAttributionSplit(splitDir), model);
}

export function evaluateArticles(
  articles: readonly PolnearArticle[],
  model?: AttributionModel,
): AttributionScores {
  const entities = createEntities();
  const attributions = createAttributions(model ? { model } : {});
  const scorer = new AttributionScorer();
  for (const article of articles) {
    const doc: Doc = createDocument({ text: article.text, id: article.name });
    const upstream = { entities: entities(doc) };
    const predicted = predictedSpans(attributions(doc, upstream).annotations);
    scorer.add(doc.text, goldSpans(article), predicted);
  }
  return scorer.result();
}

/** An article's annotated spans by kind, as the scorer takes them. */
export function goldSpans(article: PolnearArticle): SpanSets {
  return {
    source: article.attributions.flatMap((a) => (a.source ? [a.source] : [])),
    cue: article.attributions.map((a) => a.cue),
    content: article.attributions.map((a) => a.content),
  };
}

/**
 * Human agreement, the ceiling for the analyzer's scores: on the articles of a split that
 * were annotated more than once, the second annotator's file (by name) scored against the
 * first with the same scorer and the same exact and overlap matching.
 */
export function annotatorAgreement(splitDir: string): AttributionScores {
  const byArticle = new Map<string, PolnearArticle[]>();
  for (const a of readAttributionSplit(splitDir, { allAnnotators: true })) {
    const files = byArticle.get(a.name);
    if (files) files.push(a);
    else byArticle.set(a.name, [a]);
  }
  const scorer = new AttributionScorer();
  for (const [first, second] of byArticle.values()) {
    if (second) scorer.add(first.text, goldSpans(first), goldSpans(second));
  }
  return scorer.result();
}
