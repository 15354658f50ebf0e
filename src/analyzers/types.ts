/**
 * Analyzers are small factories, `(options) => (doc, upstream) => output`: pure, no I/O,
 * findings as data. `upstream` holds the outputs of the analyzers named in `after`.
 */
import type { Doc } from "../document/document.js";
import type { Annotation, Entity, Meta } from "../document/types.js";

export interface AnalyzerOutput {
  annotations: Annotation[];
  /** Document-level entities (the entities analyzer). */
  entities?: Entity[];
  /** Merged into the result's `summary` under the analyzer's keys. */
  summary?: Record<string, unknown>;
  /** Merged into the result's `meta` (fields an analyzer found in the text itself). */
  meta?: Partial<Meta>;
}

export type Upstream = Readonly<Record<string, AnalyzerOutput>>;

export type Analyze = (doc: Doc, upstream: Upstream) => AnalyzerOutput;

export interface AnalyzerSpec<Options = Record<string, unknown>> {
  /** Stable name used by --only/--skip and as the key in `upstream`. */
  name: string;
  description: string;
  /** Analyzers whose output this one reads; they run first when selected. */
  after?: readonly string[];
  create: (options?: Options) => Analyze;
}
