/**
 * A learned second opinion on known outlet names. The hand rules (outlet-context.ts) decide
 * whether "CNN" or "The Associated Press" stands where a source of information stands; on
 * text they were not tuned on they let through outlets that are only the subject of a story
 * and miss reporting contexts nobody wrote down ("a count by The Associated Press"). A
 * logistic model over the words around each name, with the rules' own verdict as one of its
 * features, keeps or adds the name as a citation when its probability reaches the threshold
 * stored with it. It was trained on the mobilization set (`unspun train outlet-gate`); its
 * reasons are the features that weighed most, so the decision stays readable.
 */
import { readFileSync } from "node:fs";
import type { Doc } from "../../document/document.js";
import { overlaps } from "../../document/span.js";
import { type LogisticJSON, LogisticModel } from "../../learn/logistic.js";
import type { Found } from "./found.js";
import type { Match } from "./programmes.js";

export interface OutletGate {
  model: LogisticModel;
  /** Probability of "cite" at or above which a name is a citation. */
  threshold: number;
  /** The evaluation set's parts it learned from: scores on them would be in-sample. */
  parts: readonly string[];
}

export interface OutletGateJSON {
  threshold: number;
  parts: string[];
  model: LogisticJSON;
}

export const CITE = "cite";
export const NOT_CITED = "no";

const MODEL_URL = new URL("../../../models/citations/outlet-gate.json", import.meta.url);
let shipped: OutletGate | undefined;

/** The gate shipped in models/citations/outlet-gate.json, read once. */
export function shippedOutletGate(): OutletGate {
  shipped ??= outletGateFromJSON(JSON.parse(readFileSync(MODEL_URL, "utf8")) as OutletGateJSON);
  return shipped;
}

export function outletGateFromJSON(json: OutletGateJSON): OutletGate {
  if (!(json?.threshold > 0 && json.threshold < 1))
    throw new TypeError(`outlet gate threshold must be in (0, 1), got ${String(json?.threshold)}`);
  return { model: LogisticModel.fromJSON(json.model), threshold: json.threshold, parts: json.parts ?? [] };
}

/** One candidate: a known name, where it would be cited, and the rules' finding on it if any. */
export interface GateCandidate {
  match: Match;
  start: number;
  end: number;
  rule: Found | undefined;
}

/**
 * The known names a gate decides on, paired with the rules' agency finding over each. Names
 * under a finding of another kind ("the New York Times v. Sullivan" decision) are left to it.
 */
export function gateCandidates(doc: Doc, names: readonly Match[], found: readonly Found[]): GateCandidate[] {
  const { start, end } = doc.tokens;
  const out: GateCandidate[] = [];
  for (const match of names) {
    const [a, b] = match.cite ?? [match.a, match.b];
    const span = { start: start[a], end: end[b] };
    if (found.some((f) => f.label !== "agency" && overlaps(f, span))) continue;
    out.push({ match, ...span, rule: found.find((f) => f.label === "agency" && overlaps(f, span)) });
  }
  return out;
}

/** What the model reads: words around the name by position, sentence cues, the name's kind, the rules' verdict. */
export function gateFeatures(doc: Doc, c: GateCandidate): string[] {
  const { lower, text, sentenceOf, sentences, tokens } = doc;
  const { start, end, count } = tokens;
  const { a, b, name } = c.match;
  const w = (i: number) => (i >= 0 && i < count ? lower[i] : "<s>");
  const f = [
    `l1:${w(a - 1)}`,
    `l2:${w(a - 2)}`,
    `l3:${w(a - 3)}`,
    `l21:${w(a - 2)}_${w(a - 1)}`,
    `r1:${w(b + 1)}`,
    `r2:${w(b + 2)}`,
    `r3:${w(b + 3)}`,
    `r12:${w(b + 1)}_${w(b + 2)}`,
  ];
  // Farther words count as a bag, within the sentence.
  for (let k = Math.max(0, a - 10); k < a - 3; k++)
    if (sentenceOf[k] === sentenceOf[a]) f.push(`lw:${lower[k]}`);
  for (let k = b + 4; k < Math.min(count, b + 11); k++)
    if (sentenceOf[k] === sentenceOf[b]) f.push(`rw:${lower[k]}`);
  const s = sentenceOf[a];
  const first = sentences.firstToken[s];
  let quote = false;
  for (let k = first; k < sentences.lastToken[s] && !quote; k++) quote = /["“”]/.test(lower[k]);
  f.push(
    `q:${quote}`,
    `first:${a === first || (a - 1 === first && lower[first] === "the")}`,
    `cb:${text[start[a] - 1] ?? "^"}`,
    `ca:${text[end[b]] ?? "$"}`,
    `len:${Math.min(b - a + 1, 4)}`,
    `src:${name.source ? "doc" : "list"}`,
    `acr:${name.acronym}`,
    `prog:${name.programme === true}`,
    `rule:${c.rule ? "yes" : "no"}`,
  );
  if (c.rule) f.push(`why:${c.rule.why.split(/[ (]/)[0]}`);
  return f;
}

/** Probability that the candidate is cited. */
export function citeProbability(gate: OutletGate, features: readonly string[]): number {
  return gate.model.probabilities(features)[gate.model.labels.indexOf(CITE)];
}

/**
 * The agency findings after the gate: findings on known names stay only when the model agrees,
 * names the rules passed over are added when it is confident; other findings are untouched.
 */
export function gateOutlets(
  doc: Doc,
  found: readonly Found[],
  names: readonly Match[],
  gate: OutletGate,
): Found[] {
  const candidates = gateCandidates(doc, names, found);
  const decided = new Set(candidates.flatMap((c) => (c.rule ? [c.rule] : [])));
  const out = found.filter((f) => !decided.has(f));
  for (const c of candidates) {
    const features = gateFeatures(doc, c);
    const p = citeProbability(gate, features);
    if (p < gate.threshold) continue;
    if (c.rule) {
      if (!out.includes(c.rule)) out.push(c.rule);
      continue;
    }
    const reasons = gate.model
      .explain(features, CITE, 3)
      .map((r) => r.feature)
      .join(", ");
    out.push({
      label: "agency",
      ref: c.match.name.canonical,
      start: c.start,
      end: c.end,
      why: `a reporting context learned from annotated news (p ${p.toFixed(2)}; ${reasons})`,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}
