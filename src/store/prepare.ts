/**
 * Turns an analysis result into the rows the store writes: the content hash that keys it,
 * outlet fields for filtering, normalised annotation and entity rows, and the MinHash
 * signature with its LSH band keys. Pure, shared by both stores.
 */
import { createHash } from "node:crypto";
import type { AnalysisResult } from "../document/types.js";
import { bandKeys } from "../syndication/lsh.js";
import type { MinHasher } from "../syndication/minhash.js";

export interface AnnotationRow {
  idx: number;
  type: string;
  label: string | null;
  start: number;
  end: number;
  text: string;
  ref: string | null;
  entity: string | null;
}

export interface EntityRow {
  entityId: string;
  label: string;
  name: string;
}

export interface PreparedDocument {
  id: string;
  hash: string;
  inputId: string;
  source: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  domain: string | null;
  url: string | null;
  published: string | null;
  language: string;
  concern: number | null;
  text: string;
  result: string;
  annotations: AnnotationRow[];
  entities: EntityRow[];
  signature: Uint32Array | null;
  bands: number[];
}

/** The store id: the first 16 hex digits of the SHA-256 of the text (64 bits: collisions are not a practical concern). */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

export function domainOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** ISO 8601 in UTC, or null when the value is not a date; ISO strings compare correctly as text. */
export function normaliseDate(value: unknown): string | null {
  const s = str(value);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function prepareDocument(result: AnalysisResult, hasher: MinHasher): PreparedDocument {
  if (typeof result?.text !== "string") {
    throw new TypeError(
      `store expects analysis results with a text, got ${JSON.stringify(result)?.slice(0, 80)}`,
    );
  }
  const meta = (result.meta ?? {}) as Record<string, unknown>;
  const url = str(meta.url) ?? (/^https?:\/\//i.test(result.source ?? "") ? result.source : null);
  const hash = contentHash(result.text);
  const concern = (result.summary?.concern as { score?: unknown } | undefined)?.score;
  const annotations: AnnotationRow[] = (result.annotations ?? []).map((a, idx) => ({
    idx,
    type: a.type,
    label: a.label ?? null,
    start: a.start,
    end: a.end,
    text: a.text,
    ref: typeof a.ref === "string" ? a.ref : null,
    entity: typeof a.entity === "string" ? a.entity : null,
  }));
  const entities: EntityRow[] = (result.entities ?? []).map((e) => ({
    entityId: e.id,
    label: e.label,
    name: e.name,
  }));
  const signature = hasher(result.text);
  return {
    id: hash.slice(0, 16),
    hash,
    inputId: result.id ?? "",
    source: result.source ?? "",
    title: str(meta.title),
    author: str(meta.author),
    publisher: str(meta.publisher),
    domain: domainOf(url),
    url,
    published: normaliseDate(meta.published),
    language: result.language ?? "und",
    concern: typeof concern === "number" && Number.isFinite(concern) ? concern : null,
    text: result.text,
    result: JSON.stringify(result),
    annotations,
    entities,
    signature,
    bands: signature ? bandKeys(signature) : [],
  };
}
