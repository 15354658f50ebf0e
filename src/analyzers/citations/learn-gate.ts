/**
 * Training data and held-out estimates for the outlet gate (outlet-gate.ts). Each known outlet
 * name in an annotated document is one example: "cite" when it overlaps a gold agency
 * citation, "no" otherwise. Cross-validation leaves out one annotation part at a time, so
 * every part is scored by a gate that never saw it, and compares the gate with the rules alone.
 */
import { createDocument } from "../../document/document.js";
import { overlaps } from "../../document/span.js";
import type { LoadedDoc } from "../../eval/mobilization/gold.js";
import { type Counts, match } from "../../eval/mobilization/metrics.js";
import { type Example, LogisticModel, type LogisticTrainOptions } from "../../learn/logistic.js";
import { findCitations } from "./index.js";
import {
  CITE,
  gateCandidates,
  gateFeatures,
  gateOutlets,
  NOT_CITED,
  type OutletGate,
  outletGateFromJSON,
} from "./outlet-gate.js";
import { outletNames } from "./outlets.js";

export const GATE_TRAINING: Required<Pick<LogisticTrainOptions, "epochs" | "bits" | "rate" | "l2" | "seed">> =
  {
    epochs: 8,
    bits: 18,
    rate: 0.05,
    l2: 1e-5,
    seed: 1,
  };
export const GATE_THRESHOLD = 0.6;

interface Agency {
  start: number;
  end: number;
  label: string;
}

/** One annotated document as the gate sees it. */
export interface GateDoc {
  part: string;
  examples: Example[];
  gold: Agency[];
  /** The rules' agency findings. */
  rules: Agency[];
  /** Agency findings with a given gate. */
  gated: (gate: OutletGate) => Agency[];
}

const agency = (f: { start: number; end: number; label: string }): Agency => ({
  start: f.start,
  end: f.end,
  label: f.label,
});

export function gateDocs(gold: readonly LoadedDoc[]): GateDoc[] {
  return gold.map((d) => {
    const doc = createDocument({ text: d.text });
    const found = findCitations(doc, null);
    const names = outletNames(doc);
    const goldAgency = d.citations.filter((c) => c.label === "agency").map(agency);
    const examples = gateCandidates(doc, names, found).map((c) => ({
      features: gateFeatures(doc, c),
      label: goldAgency.some((g) => overlaps(g, c)) ? CITE : NOT_CITED,
    }));
    return {
      part: d.part ?? d.split,
      examples,
      gold: goldAgency,
      rules: found.filter((f) => f.label === "agency").map(agency),
      gated: (gate) =>
        gateOutlets(doc, found, names, gate)
          .filter((f) => f.label === "agency")
          .map(agency),
    };
  });
}

/** A gate trained on these documents, as it will be stored (weights quantised by toJSON). */
export function trainGate(docs: readonly GateDoc[], threshold = GATE_THRESHOLD): OutletGate {
  const model = LogisticModel.train(
    docs.flatMap((d) => d.examples),
    GATE_TRAINING,
  );
  const parts = [...new Set(docs.map((d) => d.part))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  return outletGateFromJSON({ threshold, parts, model: model.toJSON() });
}

/**
 * For scoring the set with a gate that learned from it: each of `gate`'s training parts gets a
 * gate trained the same way on the others (trained once, when first asked for), so no score
 * of a part comes from a model that saw it; other parts get `gate` itself.
 */
export function crossFitted(gate: OutletGate, docs: readonly GateDoc[]): (part: string) => OutletGate {
  const trainedOn = new Set(gate.parts);
  const byPart = new Map<string, OutletGate>();
  return (part) => {
    if (!trainedOn.has(part)) return gate;
    let fitted = byPart.get(part);
    if (!fitted) {
      fitted = trainGate(
        docs.filter((d) => d.part !== part && trainedOn.has(d.part)),
        gate.threshold,
      );
      byPart.set(part, fitted);
    }
    return fitted;
  };
}

export function countAgency(predicted: Agency[], gold: Agency[], into: Counts): void {
  const tp = match(predicted, gold).filter((g) => g >= 0).length;
  into.tp += tp;
  into.fp += predicted.length - tp;
  into.fn += gold.length - tp;
}

export interface PartEstimate {
  part: string;
  documents: number;
  rules: Counts;
  gate: Counts;
}

/** Leave-one-part-out: each of `gate`'s training parts scored by a gate trained on all the others. */
export function crossValidateGate(docs: readonly GateDoc[], gate: OutletGate): PartEstimate[] {
  const gateFor = crossFitted(gate, docs);
  return gate.parts.map((part) => {
    const fitted = gateFor(part);
    const estimate: PartEstimate = {
      part,
      documents: 0,
      rules: { tp: 0, fp: 0, fn: 0 },
      gate: { tp: 0, fp: 0, fn: 0 },
    };
    for (const d of docs.filter((x) => x.part === part)) {
      estimate.documents++;
      countAgency(d.rules, d.gold, estimate.rules);
      countAgency(d.gated(fitted), d.gold, estimate.gate);
    }
    return estimate;
  });
}
