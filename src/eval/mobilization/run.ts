/**
 * Scores the calls and citations analyzers on the mobilization set, per split. The
 * analyzers run without upstream attributions, so `quoted` relies on quotation marks:
 * the numbers do not depend on other analyzers' progress. With `second`, a second
 * annotator's records of some documents are scored instead of the analyzers: the
 * agreement between annotators, the ceiling for the analyzers' scores.
 */
import { callsAnalyzer } from "../../analyzers/calls/index.js";
import { citationsAnalyzer } from "../../analyzers/citations/index.js";
import { createDocument } from "../../document/document.js";
import { overlaps } from "../../document/span.js";
import { type LoadedDoc, readGold, readRecords } from "./gold.js";
import { type Counts, match, type Score, score, tally } from "./metrics.js";

export const CALL_LABELS = ["act", "refuse", "remember", "join", "believe", "violence", "donate", "share"];
export const CITATION_LABELS = ["scripture", "hadith", "agency", "document", "url"];

export interface SplitReport {
  documents: number;
  calls: Record<string, Score>;
  citations: Record<string, Score>;
  /** Among matched citations, the share whose normalised ref equals the gold ref. */
  refAccuracy: number;
  /** Among calls matched regardless of label, the share with the right `quoted` flag. */
  quotedAccuracy: number;
}

export interface Miss {
  id: string;
  /** The annotation batch the document belongs to ("dev" when it has none). */
  part: string;
  start: number;
  end: number;
  text: string;
  label: string;
}

export interface MobilizationReport {
  splits: Record<string, SplitReport>;
  missedViolence: Miss[];
  errors: { calls: Miss[]; citations: Miss[] };
}

/** What is scored against the records: an analyzer's annotation or another annotator's span. */
interface Predicted {
  start: number;
  end: number;
  label?: string;
  ref?: unknown;
  quoted?: unknown;
}
type Predict = (d: LoadedDoc) => { calls: Predicted[]; citations: Predicted[] };

const span = (a: Predicted) => ({ start: a.start, end: a.end, label: a.label ?? "" });

function analyzersPredict(): Predict {
  const calls = callsAnalyzer.create();
  const citations = citationsAnalyzer.create();
  return (d) => {
    const doc = createDocument({ text: d.text, id: d.id });
    return { calls: calls(doc, {}).annotations, citations: citations(doc, {}).annotations };
  };
}

export function evaluateMobilization(
  setDir: string,
  dataDir: string,
  options: { strict?: boolean; second?: string; exclude?: readonly string[] } = {},
): MobilizationReport {
  let docs = readGold(setDir, dataDir, options);
  // "--exclude train-8,test-8": the groups as they stood before those parts joined the set.
  if (options.exclude?.length) {
    const known = new Set(docs.map((d) => d.part ?? d.split));
    const unknown = options.exclude.filter((p) => !known.has(p));
    if (unknown.length) throw new RangeError(`no part '${unknown[0]}' in the set`);
    docs = docs.filter((d) => !options.exclude!.includes(d.part ?? d.split));
  }
  let predict = analyzersPredict();
  if (options.second) {
    const second = new Map(readRecords(options.second).map((r) => [r.id, r]));
    docs = docs.filter((d) => second.has(d.id));
    if (docs.length === 0) throw new Error(`no document of '${options.second}' is in the set`);
    predict = (d) => second.get(d.id)!;
  }
  const splits: Record<string, SplitReport> = {};
  const missedViolence: Miss[] = [];
  const errors = { calls: [] as Miss[], citations: [] as Miss[] };
  const groups: Record<string, LoadedDoc[]> = {
    dev: docs.filter((d) => d.split === "dev"),
    heldout: docs.filter((d) => d.split === "heldout"),
    train: docs.filter((d) => d.split === "train"),
  };
  // Every annotation batch on its own (heldout-N, test-N, train-N), in numeric order.
  for (const part of [...new Set(docs.map((d) => d.part ?? ""))]
    .filter((p) => p && p !== "dev")
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true })))
    groups[part] = docs.filter((d) => d.part === part);
  // Every part but the test splits: the rule writer's parts and the train split.
  groups["without-test"] = docs.filter((d) => !d.part?.startsWith("test-"));
  groups.all = docs;
  for (const [name, group] of Object.entries(groups)) {
    if (group.length === 0) continue;
    const callCounts = new Map<string, Counts>();
    const citeCounts = new Map<string, Counts>();
    let refs = 0;
    let refsRight = 0;
    let quotes = 0;
    let quotesRight = 0;
    for (const d of group) {
      const scored = (a: Predicted) => !d.ignore?.some((s) => overlaps(s, a));
      const predicted = predict(d);
      const predCalls = predicted.calls.filter(scored);
      const predCites = predicted.citations.filter(scored);
      tally(callCounts, predCalls.map(span), d.calls);
      tally(citeCounts, predCites.map(span), d.citations);
      const citePairs = match(predCites.map(span), d.citations);
      citePairs.forEach((g, p) => {
        if (g < 0) return;
        refs++;
        if (predCites[p].ref === d.citations[g].ref) refsRight++;
      });
      const callPairs = match(predCalls.map(span), d.calls, false);
      callPairs.forEach((g, p) => {
        if (g < 0) return;
        quotes++;
        if (predCalls[p].quoted === d.calls[g].quoted) quotesRight++;
      });
      if (name !== "all") continue;
      const labelPairs = match(predCalls.map(span), d.calls);
      const found = new Set(labelPairs.filter((g) => g >= 0));
      const miss = (s: { start: number; end: number; label: string }, label: string): Miss => ({
        id: d.id,
        part: d.part ?? d.split,
        start: s.start,
        end: s.end,
        text: d.text.slice(s.start, s.end),
        label,
      });
      d.calls.forEach((g, i) => {
        if (found.has(i)) return;
        errors.calls.push(miss(g, `missed ${g.label}`));
        if (g.label === "violence") missedViolence.push(miss(g, g.label));
      });
      labelPairs.forEach((g, p) => {
        if (g < 0) errors.calls.push(miss(span(predCalls[p]), `spurious ${predCalls[p].label}`));
      });
      const citeFound = new Set(citePairs.filter((g) => g >= 0));
      d.citations.forEach((g, i) => {
        if (!citeFound.has(i)) errors.citations.push(miss(g, `missed ${g.label}`));
      });
      citePairs.forEach((g, p) => {
        if (g < 0) errors.citations.push(miss(span(predCites[p]), `spurious ${predCites[p].label}`));
      });
    }
    const scores = (counts: Map<string, Counts>, labels: string[]) =>
      Object.fromEntries(
        [...labels, "all", "any"].map((l) => [l, score(counts.get(l) ?? { tp: 0, fp: 0, fn: 0 })]),
      );
    splits[name] = {
      documents: group.length,
      calls: scores(callCounts, CALL_LABELS),
      citations: scores(citeCounts, CITATION_LABELS),
      refAccuracy: refs ? refsRight / refs : 1,
      quotedAccuracy: quotes ? quotesRight / quotes : 1,
    };
  }
  return { splits, missedViolence, errors };
}
