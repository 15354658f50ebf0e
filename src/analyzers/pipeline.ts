import { createDocument, type Doc, type DocInput } from "../document/document.js";
import { type AnalysisResult, type Annotation, RESULT_VERSION } from "../document/types.js";
import { builtinAnalyzers } from "./registry.js";
import type { Analyze, AnalyzerOutput, AnalyzerSpec } from "./types.js";

export interface PipelineOptions {
  /** Run only these analyzers (their prerequisites run too, but only these are reported). */
  only?: readonly string[];
  /** Leave these analyzers out. */
  skip?: readonly string[];
  /** Options per analyzer name. */
  options?: Readonly<Record<string, Record<string, unknown>>>;
  /** Defaults to the built-in registry. */
  analyzers?: readonly AnalyzerSpec[];
}

export class UsageError extends Error {
  readonly code = "E_USAGE";
}

/** Resolves which analyzers run, in order, and which of them are reported. */
export function selectAnalyzers(options: PipelineOptions = {}): { run: AnalyzerSpec[]; report: Set<string> } {
  const all = options.analyzers ?? builtinAnalyzers;
  const byName = new Map(all.map((a) => [a.name, a]));
  for (const name of [...(options.only ?? []), ...(options.skip ?? [])]) {
    if (!byName.has(name)) {
      throw new UsageError(`unknown analyzer '${name}'; known: ${[...byName.keys()].join(", ")}`);
    }
  }
  const skip = new Set(options.skip ?? []);
  const report = new Set(
    (options.only?.length ? options.only : all.map((a) => a.name)).filter((n) => !skip.has(n)),
  );
  const needed = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (path.includes(name)) throw new UsageError(`analyzer cycle: ${[...path, name].join(" -> ")}`);
    if (needed.has(name)) return;
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`analyzer '${path.at(-1)}' needs unknown analyzer '${name}'`);
    for (const dep of spec.after ?? []) visit(dep, [...path, name]);
    needed.add(name);
  };
  for (const name of report) visit(name, []);
  return { run: [...needed].map((n) => byName.get(n)!), report };
}

export type Pipeline = ((input: DocInput) => AnalysisResult) & { analyzers: readonly string[] };

/** Builds the analyzers once; the returned function analyses one input, purely. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const { run, report } = selectAnalyzers(options);
  const steps: Array<[string, Analyze]> = run.map((spec) => [
    spec.name,
    spec.create(options.options?.[spec.name]),
  ]);
  const analyze = (input: DocInput): AnalysisResult => assemble(createDocument(input), steps, report);
  return Object.assign(analyze, { analyzers: [...report] });
}

function assemble(doc: Doc, steps: Array<[string, Analyze]>, report: Set<string>): AnalysisResult {
  const upstream: Record<string, AnalyzerOutput> = {};
  const annotations: Annotation[] = [];
  const result: AnalysisResult = {
    version: RESULT_VERSION,
    id: doc.id,
    source: doc.source,
    language: doc.language,
    text: doc.text,
    meta: { ...doc.meta },
    annotations,
    entities: [],
    summary: {},
  };
  for (const [name, analyze] of steps) {
    const output = analyze(doc, upstream);
    upstream[name] = output;
    if (!report.has(name)) continue;
    annotations.push(...output.annotations);
    if (output.entities) result.entities.push(...output.entities);
    if (output.summary) Object.assign(result.summary, output.summary);
    if (output.meta) mergeMeta(result, output.meta);
  }
  annotations.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  result.summary = {
    analyzers: [...report],
    counts: countAnnotations(annotations),
    tokens: doc.tokens.count,
    sentences: doc.sentences.count,
    paragraphs: doc.paragraphs.count,
    ...result.summary,
  };
  return result;
}

/** Fields found in the text only fill gaps: metadata the input came with wins. */
function mergeMeta(result: AnalysisResult, found: Record<string, unknown>): void {
  const meta = result.meta as Record<string, unknown>;
  for (const [key, value] of Object.entries(found)) {
    const have = meta[key];
    if (have === null || have === undefined || (Array.isArray(have) && have.length === 0)) meta[key] = value;
  }
}

function countAnnotations(annotations: Annotation[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const a of annotations) {
    const byLabel = (counts[a.type] ??= {});
    const label = a.label ?? "_";
    byLabel[label] = (byLabel[label] ?? 0) + 1;
  }
  return counts;
}
