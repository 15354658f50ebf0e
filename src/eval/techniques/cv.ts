/**
 * K-fold cross-validation by article: each fold is held out once while a model is trained
 * (and its thresholds tuned on an inner dev part) on the other folds; the held-out
 * predictions of all folds are pooled and scored as one corpus. More stable than one split.
 */
import { modelFromJSON } from "../../analyzers/techniques/model.js";
import type { PosLexicon } from "../../analyzers/techniques/pos.js";
import { trainTechniques } from "../../analyzers/techniques/train.js";
import { seededRandom, shuffle } from "../../learn/hash.js";
import type { PtcArticle, PtcSpan } from "../ptc.js";
import { poolPredictions, predictTechniques, scorePredictions, type TechniquesEval } from "./run.js";

export function crossValidate(
  articles: readonly PtcArticle[],
  gold: ReadonlyMap<string, PtcSpan[]>,
  options: { folds?: number; seed?: number; log?: (m: string) => void; pos?: PosLexicon } = {},
): TechniquesEval & { folds: number } {
  const { folds = 5, seed = 11, log = () => {}, pos } = options;
  if (!Number.isInteger(folds) || folds < 2 || folds > articles.length) {
    throw new RangeError(`folds must be an integer from 2 to the number of articles, got ${folds}`);
  }
  const ids = shuffle(articles.map((a) => a.id).sort(), seededRandom(seed));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const parts = [];
  for (let k = 0; k < folds; k++) {
    const held = ids.filter((_, i) => i % folds === k);
    const rest = ids.filter((_, i) => i % folds !== k);
    // One in six of the remaining articles tunes thresholds, as dev does for the shipped model.
    const dev = rest.filter((_, i) => i % 6 === 0);
    const train = rest.filter((_, i) => i % 6 !== 0);
    log(`fold ${k + 1}/${folds}: train ${train.length}, dev ${dev.length}, held out ${held.length}`);
    const { model } = trainTechniques(
      [...articles],
      gold as Map<string, PtcSpan[]>,
      { train, dev },
      { seed: 1, pos },
    );
    parts.push(
      predictTechniques(
        modelFromJSON(model),
        held.map((id) => byId.get(id)!),
        gold,
      ),
    );
  }
  return { folds, ...scorePredictions(poolPredictions(parts)) };
}
