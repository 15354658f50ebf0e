/**
 * The persuasion-techniques analyzer: marks fragments that use one of the 14 techniques of
 * the Propaganda Techniques Corpus, with a calibrated score and the reasons behind it.
 * The model ships in models/techniques/model.json and is read once, in create().
 */
import { readFileSync } from "node:fs";
import { textSpan } from "../../document/span.js";
import type { Annotation } from "../../document/types.js";
import type { AnalyzerSpec } from "../types.js";
import { describe } from "./explain.js";
import { docContext } from "./features.js";
import { classifySpan, detectSpans, modelFromJSON, spanConfidence, type TechniquesModel } from "./model.js";

export const MODEL_URL = new URL("../../../models/techniques/model.json", import.meta.url);

export interface TechniquesOptions {
  /** Report only spans whose score is at least this (0..1). Default 0: everything decoded. */
  threshold?: number;
  /** Report a second technique when its score is at least this. Default 0.25. */
  secondaryThreshold?: number;
  /** A model file path or URL instead of the shipped one. */
  model?: string | URL;
}

const cache = new Map<string, TechniquesModel>();

export function loadTechniquesModel(from: string | URL = MODEL_URL): TechniquesModel {
  const key = String(from);
  let model = cache.get(key);
  if (!model) {
    model = modelFromJSON(JSON.parse(readFileSync(from, "utf8")));
    cache.set(key, model);
  }
  return model;
}

function checkProbability(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new RangeError(`techniques: ${name} must be a number in 0..1, got ${JSON.stringify(value)}`);
  }
  return value;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export const techniquesAnalyzer: AnalyzerSpec<TechniquesOptions> = {
  name: "techniques",
  description:
    "Persuasion techniques (the 14 PTC classes) with evidence spans, calibrated scores and reasons.",
  create: (options = {}) => {
    const threshold = checkProbability("threshold", options.threshold) ?? 0;
    const secondaryThreshold = checkProbability("secondaryThreshold", options.secondaryThreshold) ?? 0.25;
    const model = loadTechniquesModel(options.model);
    return (doc) => {
      const ctx = docContext(doc);
      const annotations: Annotation[] = [];
      for (const span of detectSpans(model, ctx)) {
        const confidence = spanConfidence(model, span);
        const c = classifySpan(model, ctx, span.start, span.end);
        const score = confidence * c.prob;
        if (score < threshold) continue;
        const why = [`propaganda-like sentence (p=${round(span.sentenceProb)})`];
        for (const { feature } of model.technique.explain(c.features, c.label, 6)) {
          const reason = describe(feature, ctx, span.start, span.end);
          if (reason && !why.includes(reason)) why.push(reason);
          if (why.length >= 4) break;
        }
        const annotation: Annotation = {
          type: "technique",
          label: c.label,
          ...textSpan(doc, span.start, span.end),
          score: round(score),
          why,
        };
        const second = c.ranked[1];
        if (second && confidence * second.prob >= secondaryThreshold) {
          annotation.secondary = { label: second.label, score: round(confidence * second.prob) };
        }
        annotations.push(annotation);
      }
      return { annotations };
    };
  },
};
