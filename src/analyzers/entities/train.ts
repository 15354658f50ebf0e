/**
 * Training and evaluating the entity tagger on PolNeAR's CoreNLP (silver) tags.
 * Deterministic for a seed. Used by `unspun train entities` / `unspun eval entities`.
 */
import { join } from "node:path";
import { EntityScorer, type Prf } from "../../eval/entities/metrics.js";
import { SequenceTagger, type TaggerJSON } from "../../learn/sequence-tagger.js";
import { createEntities } from "./index.js";
import { readSilverSplit, trainingSequences } from "./silver.js";

export interface EntityTrainOptions {
  epochs?: number;
  seed?: number;
  bits?: number;
  /** Feature rows whose largest weight is below this are dropped on save. */
  minWeight?: number;
  log?: (line: string) => void;
}

export function trainEntityModel(
  polnearDir: string,
  options: EntityTrainOptions = {},
): { model: TaggerJSON; articles: number; sentences: number } {
  const { epochs = 9, seed = 1, bits = 20, minWeight = 2, log } = options;
  const articles = readSilverSplit(join(polnearDir, "train"));
  const data = trainingSequences(articles);
  const tagger = SequenceTagger.train(data, {
    epochs,
    seed,
    bits,
    onEpoch: (e, m) => log?.(`epoch ${e}/${epochs}: ${m} token errors`),
  });
  return { model: tagger.toJSON(minWeight), articles: articles.length, sentences: data.length };
}

/**
 * Typed exact-span F1 of the whole entities analyzer (tagger plus rules) against the
 * CoreNLP tags of a split. Role phrases standing for a person are not names and are left out.
 */
export function evaluateEntities(
  splitDir: string,
  model?: TaggerJSON,
): { scores: Record<string, Prf>; articles: number } {
  const analyze = createEntities(model ? { model } : {});
  const scorer = new EntityScorer();
  const articles = readSilverSplit(splitDir);
  for (const { doc, gold } of articles) {
    const predicted = analyze(doc)
      .annotations.filter((a) => !(a.why as string[]).some((w) => w.startsWith("role given")))
      .map((a) => ({ start: a.start, end: a.end, label: a.label as string }));
    scorer.add(gold, predicted);
  }
  return { scores: scorer.result(), articles: articles.length };
}
