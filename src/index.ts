export {
  createPipeline,
  type Pipeline,
  type PipelineOptions,
  selectAnalyzers,
  UsageError,
} from "./analyzers/pipeline.js";
export { builtinAnalyzers } from "./analyzers/registry.js";
export type { Analyze, AnalyzerOutput, AnalyzerSpec, Upstream } from "./analyzers/types.js";
export { createDocument, type Doc, type DocInput, tokenAt, tokenText } from "./document/document.js";
export { checkSpans, type SpanViolation } from "./document/invariant.js";
export { detectLanguage } from "./document/language.js";
export { type Segments, segmentParagraphs, segmentSentences } from "./document/segment.js";
export { fromCodePoint, textSpan, toCodePoint } from "./document/span.js";
export { TokenKind, type Tokens, tokenize } from "./document/tokenize.js";
export * from "./document/types.js";
export { type AppOptions, createApp } from "./http/app.js";
export { openApiDocument } from "./http/openapi.js";
export { startServer } from "./http/server.js";
export { extractHtml } from "./ingest/html.js";
export {
  DEFAULT_MAX_BYTES,
  expandArgs,
  type InputDoc,
  type Item,
  readInputs,
  readPaths,
} from "./ingest/read.js";
export { analyzeItems, type RunOptions } from "./runner/analyze.js";
export { type AnalyzerPool, createWorkerPool } from "./runner/pool.js";
export { resultSchema } from "./schema.js";
export { openStore } from "./store/open.js";
export type * from "./store/types.js";
export { createMinHasher, estimateJaccard, jaccard, shingleHashes } from "./syndication/minhash.js";
