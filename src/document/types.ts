/**
 * The document model: exact text plus standoff annotations.
 * Offsets are UTF-16 code units (JavaScript string indices), 0-based, end exclusive,
 * and `text.slice(start, end) === annotation.text` always holds.
 */

export const RESULT_VERSION = "1.0";

export type AnnotationType =
  | "technique"
  | "attribution"
  | "entity"
  | "citation"
  | "call_to_action"
  | "language";

/** A half-open character range into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers, as written into results. */
export interface TextSpan extends Span {
  text: string;
}

export interface Annotation extends TextSpan {
  type: AnnotationType;
  label?: string;
  /** Confidence 0..1 where the analyzer has one. */
  score?: number;
  /** Human-readable reasons behind the finding. */
  why?: string[];
  /** Analyzer-specific fields (source, cue, content, entity, ref, ...). */
  [field: string]: unknown;
}

export interface EntityMention extends TextSpan {}

export interface Entity {
  id: string;
  label: string;
  name: string;
  roles: string[];
  mentions: EntityMention[];
  [field: string]: unknown;
}

export interface Link {
  href: string;
  domain: string;
  text?: string;
}

export interface Meta {
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: string | null;
  links: Link[];
  url?: string | null;
  [field: string]: unknown;
}

export interface AnalysisResult {
  version: string;
  id: string;
  source: string;
  language: string;
  text: string;
  meta: Meta;
  annotations: Annotation[];
  entities: Entity[];
  summary: Record<string, unknown>;
}

export type ErrorCode =
  | "E_NOT_TEXT"
  | "E_ENCODING"
  | "E_EMPTY"
  | "E_TOO_LARGE"
  | "E_PARSE"
  | "E_NOT_FOUND"
  | "E_READ"
  | "E_ANALYZE";

export interface ErrorResult {
  version: string;
  id: string;
  source: string;
  error: { code: ErrorCode; message: string };
}

export type Result = AnalysisResult | ErrorResult;

export function isError(result: Result): result is ErrorResult {
  return "error" in result;
}
