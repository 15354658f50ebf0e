/**
 * The corpus store: analysed documents with their annotations, searchable and grouped
 * into syndication clusters. SQLite and PostgreSQL implement the same interface and pass
 * the same test suite (store.suite.ts).
 */
import type { AnalysisResult, ErrorResult } from "../document/types.js";

export interface SearchFilters {
  /** Technique label, e.g. "Loaded_Language". */
  technique?: string;
  /** Entity name or mention text, case-insensitive. */
  entity?: string;
  /** Citation kind: scripture, hadith, agency, document, url. */
  citation?: string;
  /** Call-to-action label: act, refuse, violence, ... */
  call?: string;
  /** Outlet: the publisher name or the domain of the document's URL. */
  domain?: string;
  /** Published on or after (ISO date or prefix, e.g. "2016-05"). */
  from?: string;
  /** Published on or before (ISO date or prefix, inclusive). */
  to?: string;
  /** Minimum summary.concern.score, 0..1. */
  concernMin?: number;
  /** Only members of this cluster. */
  cluster?: string;
}

export interface SearchQuery extends SearchFilters {
  /** Full-text query over document text, title and annotation text; words are ANDed, "quoted phrases" and -negation allowed. */
  q?: string;
  limit?: number;
  offset?: number;
}

/** A snippet of text; `marks` are [start, end) ranges of matched terms within `text`. */
export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  publisher: string | null;
  domain: string | null;
  /** publisher, else domain. */
  outlet: string | null;
  published: string | null;
  ingestedAt: string;
  language: string;
  concern: number | null;
  cluster: string | null;
}

export interface SearchHit extends DocumentSummary {
  snippet: Snippet;
  /** Annotations whose text matches the query (at most 5). */
  annotations: Array<{ type: string; label: string | null; start: number; end: number; text: string }>;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** A stored analysis: the result as analysed, with the store's id, the input's own id and the cluster. */
export interface StoredDocument extends AnalysisResult {
  inputId: string;
  hash: string;
  ingestedAt: string;
  cluster: string | null;
}

export interface ClusterInfo {
  id: string;
  size: number;
  /** Members, first publisher first (by meta.published, undated after dated, then ingest order). */
  members: DocumentSummary[];
}

export type UpsertOutcome =
  | { ok: true; id: string; created: boolean; cluster: string | null }
  | { ok: false; source: string; inputId: string; error: { code: string; message: string } };

/** An input that could not be analysed or stored, kept until the same input succeeds. */
export interface StoredError {
  source: string;
  inputId: string;
  code: string;
  message: string;
  /** When it was recorded (ISO 8601). */
  at: string;
}

export interface ErrorPage {
  total: number;
  errors: StoredError[];
}

export type Bucket = "day" | "month" | "year";

/** Which date places a document on the timeline: its stated publication date or when the store received it. */
export type TimelineDate = "published" | "ingested";

export interface Stats {
  documents: number;
  annotations: number;
  clusters: number;
  errors: number;
  techniques: Array<{ label: string; count: number; documents: number }>;
  /** The 100 outlets with most documents, with their technique counts. */
  outlets: Array<{ outlet: string; documents: number; techniques: Record<string, number> }>;
  bucket: Bucket;
  by: TimelineDate;
  /**
   * Documents and technique counts per time bucket of the `by` date; documents without a
   * publication date are counted apart (`undated`, always 0 by ingestion date).
   */
  timeline: Array<{ bucket: string; documents: number; techniques: Record<string, number> }>;
  undated: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Stores a batch in one transaction; a document with the same text (content hash) is updated, not duplicated. */
  upsert(results: readonly AnalysisResult[]): Promise<UpsertOutcome[]>;
  /** Keeps failed inputs so a re-run can report and retry them; a later success for the same input clears it. */
  recordErrors(errors: readonly ErrorResult[]): Promise<void>;
  get(id: string): Promise<StoredDocument | null>;
  search(query: SearchQuery): Promise<SearchPage>;
  clusters(options?: {
    limit?: number;
    offset?: number;
    minSize?: number;
  }): Promise<{ total: number; clusters: ClusterInfo[] }>;
  stats(options?: { bucket?: Bucket; by?: TimelineDate } & SearchFilters): Promise<Stats>;
  /** Recorded failures, newest first; `code` keeps one error code (E_NOT_TEXT, E_ANALYZE, ...). */
  errors(options?: { limit?: number; offset?: number; code?: string }): Promise<ErrorPage>;
  close(): Promise<void>;
}
