/**
 * Training the techniques model from PTC articles. Phase 1 fits on `train` and tunes the
 * decoding thresholds, the softmax temperature and the span calibration on `dev`. Phase 2
 * refits the same models on train + dev and keeps the phase-1 settings. The test part is
 * never read here. Deterministic for a seed: fixed shuffles, no clocks, sorted inputs.
 */
import { createDocument } from "../../document/document.js";
import type { PtcArticle, PtcSpan } from "../../eval/ptc.js";
import { type LabelledSpan, scoreSi, scoreTc } from "../../eval/techniques/metrics.js";
import { type Example, LogisticModel, type LogisticTrainOptions } from "../../learn/logistic.js";
import type { ScoredArticle } from "./decode-tuning.js";
import { tuneDecode } from "./decode-tuning.js";
import {
  type DocContext,
  docContext,
  sentenceFeatures,
  spanFeatures,
  tokenFeatures,
  tokenRange,
} from "./features.js";
import { labelSpans } from "./label.js";
import {
  DENSITY_CENTRE,
  decodeSpans,
  fitPlatt,
  positive,
  spanConfidence,
  type TechniquesModel,
  type TechniquesModelJSON,
  withSentenceScore,
} from "./model.js";
import { type PosLexicon, posLexiconToJSON } from "./pos.js";

export const HYPER = {
  // bag: models trained with that many seeds (shuffles) and averaged into one.
  sentence: { epochs: 10, rate: 0.02, l2: 1e-6, bits: 18, bag: 1 },
  token: { epochs: 3, rate: 0.05, l2: 1e-6, bits: 19, bag: 1 },
  technique: { epochs: 10, rate: 0.02, l2: 1e-6, bits: 18, bag: 3 },
  /**
   * The technique model adds this multiple of a naive Bayes model (smoothing `alpha`) over the
   * same features to the logistic one (5-fold CV on train+dev, with the POS and cue features:
   * 0.612 -> 0.622).
   */
  naiveBayes: { alpha: 0.1, weight: 0.06 },
  /**
   * Inside tokens of gold spans longer than this many tokens weigh sqrt(this / length) in the
   * token model, so long clause-level spans do not drown the short cue words the sentence gate
   * relies on (cross-fitted train + dev SI F1 0.376 -> 0.382; dev 0.360 -> 0.367 at those settings).
   */
  fullWeightTokens: 12,
  folds: 5,
  /** Weights smaller than this are pruned from the saved model. */
  prune: 0.005,
};

export interface Prepared {
  id: string;
  ctx: DocContext;
  tokenFeats: string[][];
  inside: Uint8Array;
  sentences: Example[];
  spans: Example[];
  gold: PtcSpan[];
}

export interface TrainReport {
  model: TechniquesModelJSON;
  dev: { si: { precision: number; recall: number; f1: number }; tc: number };
  /** SI of the chosen decoding on the cross-fitted train + dev scores it was tuned on. */
  decodeTuning: { articles: number; si: { precision: number; recall: number; f1: number } };
  /** Reliability on dev: per score bin, the mean predicted probability, the observed rate, the count. */
  calibration: { span: ReliabilityBin[]; technique: ReliabilityBin[] };
  counts: { train: number; dev: number; spansTrain: number; spansDev: number };
}

export function prepare(article: PtcArticle, gold: PtcSpan[], pos?: PosLexicon): Prepared {
  const doc = createDocument({ text: article.text, id: article.id });
  const ctx = docContext(doc);
  const inside = new Uint8Array(doc.tokens.count);
  for (const s of gold) {
    for (let i = 0; i < doc.tokens.count; i++) {
      if (doc.tokens.start[i] < s.end && doc.tokens.end[i] > s.start) inside[i] = 1;
    }
  }
  const sentences: Example[] = [];
  for (let s = 0; s < doc.sentences.count; s++) {
    const hit = inside.subarray(doc.sentences.firstToken[s], doc.sentences.lastToken[s]).some((x) => x === 1);
    sentences.push({ features: sentenceFeatures(ctx, s), label: hit ? "P" : "N" });
  }
  return {
    id: article.id,
    ctx,
    tokenFeats: tokenFeatures(ctx),
    inside,
    sentences,
    spans: gold.map((s) => ({ features: spanFeatures(ctx, s.start, s.end, pos), label: s.label })),
    gold,
  };
}

interface Fitted {
  sentence: LogisticModel;
  token: LogisticModel;
  technique: LogisticModel;
}

export function sentenceProbs(model: LogisticModel, p: Prepared): Float64Array {
  return Float64Array.from(p.sentences, (e) => positive(model, e.features));
}

function trainBagged(
  examples: readonly Example[],
  options: LogisticTrainOptions & { bag: number },
  seed: number,
): LogisticModel {
  const models = Array.from({ length: options.bag }, (_, k) =>
    LogisticModel.train(examples, { ...options, seed: seed + k }),
  );
  return models.length === 1 ? models[0] : LogisticModel.average(models);
}

/** Training weight of each token: 1 outside spans, sqrt(fullWeightTokens / n) inside the shortest n-token gold span. */
export function insideWeights(p: Prepared): Float64Array {
  const shortest = new Float64Array(p.ctx.doc.tokens.count).fill(Number.POSITIVE_INFINITY);
  for (const g of p.gold) {
    const [first, last] = tokenRange(p.ctx.doc, g.start, g.end);
    for (let i = first; i < last; i++) shortest[i] = Math.min(shortest[i], last - first);
  }
  return shortest.map((n) => (Number.isFinite(n) ? Math.min(1, Math.sqrt(HYPER.fullWeightTokens / n)) : 1));
}

/** The two span-identification models: sentence, then token (fed cross-fitted sentence scores). */
export function fitSpanModels(
  parts: Prepared[],
  seed: number,
  log: (m: string) => void,
): Pick<Fitted, "sentence" | "token"> {
  const sentence = trainBagged(
    parts.flatMap((p) => p.sentences),
    HYPER.sentence,
    seed,
  );
  // The token model learns from sentence scores it would see on unseen text: cross-fitted.
  const sp = new Map<string, Float64Array>();
  for (let k = 0; k < HYPER.folds; k++) {
    const rest = parts.filter((_, i) => i % HYPER.folds !== k);
    const m = trainBagged(
      rest.flatMap((p) => p.sentences),
      HYPER.sentence,
      seed,
    );
    for (const p of parts.filter((_, i) => i % HYPER.folds === k)) sp.set(p.id, sentenceProbs(m, p));
  }
  log(`  sentence model: ${parts.reduce((n, p) => n + p.sentences.length, 0)} sentences`);
  const tokens: Example[] = [];
  for (const p of parts) {
    const feats = withSentenceScore(p.tokenFeats, p.ctx.doc, sp.get(p.id)!);
    const weight = insideWeights(p);
    for (let i = 0; i < feats.length; i++)
      tokens.push({ features: feats[i], label: p.inside[i] ? "I" : "O", weight: weight[i] });
  }
  const token = trainBagged(tokens, HYPER.token, seed);
  log(`  token model: ${tokens.length} tokens`);
  return { sentence, token };
}

/** Sentence and token scores of an article by the span models. */
export function spanScores(
  m: Pick<Fitted, "sentence" | "token">,
  p: Prepared,
): { sentenceProb: Float64Array; tokenProb: Float64Array } {
  const sentenceProb = sentenceProbs(m.sentence, p);
  const tokenProb = Float64Array.from(withSentenceScore(p.tokenFeats, p.ctx.doc, sentenceProb), (f) =>
    positive(m.token, f),
  );
  return { sentenceProb, tokenProb };
}

/** Every article scored by span models fitted on the other folds. */
export function crossFittedScores(parts: Prepared[], seed: number): ScoredArticle[] {
  const out: ScoredArticle[] = [];
  for (let k = 0; k < HYPER.folds; k++) {
    const m = fitSpanModels(
      parts.filter((_, i) => i % HYPER.folds !== k),
      seed,
      () => {},
    );
    for (const p of parts.filter((_, i) => i % HYPER.folds === k))
      out.push({ id: p.id, doc: p.ctx.doc, gold: p.gold, ...spanScores(m, p) });
  }
  return out;
}

export function fitModels(parts: Prepared[], seed: number, log: (m: string) => void): Fitted {
  const { sentence, token } = fitSpanModels(parts, seed, log);
  const spans = parts.flatMap((p) => p.spans);
  const technique = LogisticModel.blend(
    [
      trainBagged(spans, HYPER.technique, seed),
      LogisticModel.naiveBayes(spans, { bits: HYPER.technique.bits, alpha: HYPER.naiveBayes.alpha }),
    ],
    [1, HYPER.naiveBayes.weight],
  );
  log(`  technique model: ${parts.reduce((n, p) => n + p.spans.length, 0)} spans`);
  return { sentence, token, technique };
}

export interface ReliabilityBin {
  bin: string;
  predicted: number;
  observed: number;
  n: number;
}

/** Groups (probability, outcome) pairs into fifths of the probability range. */
export function reliability(pairs: ReadonlyArray<[number, boolean]>, bins = 5): ReliabilityBin[] {
  const out: ReliabilityBin[] = [];
  for (let k = 0; k < bins; k++) {
    const lo = k / bins;
    const hi = (k + 1) / bins;
    const inBin = pairs.filter(([p]) => p >= lo && (p < hi || (k === bins - 1 && p <= 1)));
    if (inBin.length === 0) continue;
    const r = (x: number) => Math.round(x * 1000) / 1000;
    out.push({
      bin: `${lo.toFixed(1)}-${hi.toFixed(1)}`,
      predicted: r(inBin.reduce((a, [p]) => a + p, 0) / inBin.length),
      observed: r(inBin.filter(([, y]) => y).length / inBin.length),
      n: inBin.length,
    });
  }
  return out;
}

export function trainTechniques(
  articles: PtcArticle[],
  labels: ReadonlyMap<string, PtcSpan[]>,
  split: { train: string[]; dev: string[] },
  options: { seed?: number; log?: (message: string) => void; pos?: PosLexicon } = {},
): TrainReport {
  const { seed = 1, log = () => {}, pos } = options;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const load = (ids: string[]) =>
    [...ids].sort().map((id) => {
      const a = byId.get(id);
      if (!a) throw new Error(`split names article ${id}, which is not in the articles directory`);
      return prepare(a, labels.get(id) ?? [], pos);
    });
  const train = load(split.train);
  const dev = load(split.dev);
  log(`phase 1: fit on ${train.length} train articles, tune on ${dev.length} dev articles`);
  const m1 = fitModels(train, seed, log);

  const devProbs = dev.map((p) => {
    const { sentenceProb: sp, tokenProb: tp } = spanScores(m1, p);
    return { p, sp, tp };
  });
  // Decoding is tuned on cross-fitted scores of all train + dev articles, steadier than dev alone.
  const tuned = tuneDecode(crossFittedScores([...train, ...dev], seed));
  const decode = tuned.decode;
  const best = scoreSi(
    new Map(devProbs.map(({ p, sp, tp }) => [p.id, decodeSpans(p.ctx.doc, sp, tp, decode)])),
    new Map(dev.map((p) => [p.id, p.gold])),
  );
  log(
    `  decoding tuned on ${train.length + dev.length} cross-fitted train + dev articles (SI F1 ${tuned.si.f1.toFixed(4)}): sentences whose best token >= ${decode.sentenceGate} - ${decode.density} x (article mean sentence score - ${DENSITY_CENTRE}), tokens >= ${decode.tokenThreshold} and >= ${decode.relative} x the sentence's best; phase-1 dev SI F1 ${best.f1.toFixed(4)}`,
  );

  const samples: Array<[number, number, boolean]> = [];
  for (const { p, sp, tp } of devProbs) {
    for (const s of decodeSpans(p.ctx.doc, sp, tp, decode)) {
      samples.push([s.tokenProb, s.sentenceProb, p.gold.some((g) => g.start < s.end && g.end > s.start)]);
    }
  }
  const spanCalibration = fitPlatt(samples);
  const temperature = m1.technique.calibrate(dev.flatMap((p) => p.spans));
  const provisional: TechniquesModel = { ...m1, decode, spanCalibration, pos };
  const spanReliability = reliability(
    samples.map(([tokenProb, sentenceProb, hit]) => [
      spanConfidence(provisional, { start: 0, end: 0, sentence: 0, tokenProb, sentenceProb }),
      hit,
    ]),
  );
  const techniqueReliability = reliability(
    dev.flatMap((p) =>
      p.spans.map((e): [number, boolean] => {
        const probs = m1.technique.probabilities(e.features);
        let best = 0;
        for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
        return [probs[best], m1.technique.labels[best] === e.label];
      }),
    ),
  );
  const tcPred: LabelledSpan[] = [];
  for (const p of dev) {
    const got = labelSpans(provisional, p.ctx, p.gold);
    for (let i = 0; i < got.length; i++) tcPred.push({ ...p.gold[i], label: got[i] });
  }
  const tc = scoreTc(
    tcPred,
    dev.flatMap((p) => p.gold),
  ).microF1;
  log(`  dev TC micro-F1 ${tc.toFixed(4)} (temperature ${temperature})`);

  log(`phase 2: refit on train + dev (${train.length + dev.length} articles) with the tuned settings`);
  const m2 = fitModels([...train, ...dev], seed, log);
  m2.technique.temperature = temperature;
  const json: TechniquesModelJSON = {
    kind: "unspun-techniques",
    version: 1,
    sentence: m2.sentence.toJSON(HYPER.prune),
    token: m2.token.toJSON(HYPER.prune),
    technique: m2.technique.toJSON(HYPER.prune),
    decode,
    spanCalibration,
    ...(pos ? { pos: posLexiconToJSON(pos) } : {}),
  };
  return {
    model: json,
    decodeTuning: {
      articles: train.length + dev.length,
      si: { precision: tuned.si.precision, recall: tuned.si.recall, f1: tuned.si.f1 },
    },
    dev: { si: { precision: best.precision, recall: best.recall, f1: best.f1 }, tc },
    calibration: { span: spanReliability, technique: techniqueReliability },
    counts: {
      train: train.length,
      dev: dev.length,
      spansTrain: train.reduce((n, p) => n + p.gold.length, 0),
      spansDev: dev.reduce((n, p) => n + p.gold.length, 0),
    },
  };
}
