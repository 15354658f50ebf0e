/**
 * The store over either database: one implementation, dialect differences only in the
 * full-text parts. Ingest assigns syndication clusters inside the same transaction that
 * writes the document, so a killed ingest never leaves a half-clustered document.
 */
import type { AnalysisResult, ErrorResult } from "../document/types.js";
import { DEFAULT_CLUSTER_THRESHOLD } from "../syndication/cluster.js";
import { createMinHasher, type MinHasher } from "../syndication/minhash.js";
import type { Db, Migration, Row } from "./db.js";
import { type PreparedDocument, prepareDocument } from "./prepare.js";
import { decodeSnippet, filterConditions, leadSnippet, MARK_END, MARK_START, toFts5 } from "./query.js";
import type {
  Bucket,
  ClusterInfo,
  DocumentSummary,
  SearchHit,
  SearchPage,
  SearchQuery,
  Stats,
  Store,
  StoredDocument,
  TimelineDate,
  UpsertOutcome,
} from "./types.js";
import { writeBatch } from "./write.js";

export interface SqlStoreOptions {
  /** Estimated Jaccard at or above which a new document joins a candidate's cluster. */
  clusterThreshold?: number;
}

const SUMMARY_COLUMNS =
  "d.seq, d.id, d.source, d.title, d.publisher, d.domain, d.published, d.ingested_at, d.language, d.concern, d.cluster";
const BUCKET_LENGTH: Record<Bucket, number> = { day: 10, month: 7, year: 4 };
/** Both columns hold ISO 8601 text, so a prefix is a day, month or year bucket. */
const TIMELINE_COLUMN: Record<TimelineDate, string> = { published: "d.published", ingested: "d.ingested_at" };
const MAX_LIMIT = 500;
const PG_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;

export async function migrate(db: Db, migrations: readonly Migration[]): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.run(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const done = new Set(
      (await tx.all<{ version: number }>("SELECT version FROM schema_migrations")).map((r) =>
        Number(r.version),
      ),
    );
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new Error(`the database schema is at version ${newest}, newer than this unspun knows (${known})`);
    }
    let applied = 0;
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.run(m.sql);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      applied++;
    }
    return applied;
  });
}

const num = (v: unknown) => Number(v ?? 0);

function summaryOf(r: Row): DocumentSummary {
  const publisher = (r.publisher as string | null) ?? null;
  const domain = (r.domain as string | null) ?? null;
  return {
    id: r.id as string,
    source: r.source as string,
    title: (r.title as string | null) ?? null,
    publisher,
    domain,
    outlet: publisher ?? domain,
    published: (r.published as string | null) ?? null,
    ingestedAt: r.ingested_at as string,
    language: r.language as string,
    concern: r.concern === null || r.concern === undefined ? null : Number(r.concern),
    cluster: (r.cluster as string | null) ?? null,
  };
}

function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return Math.min(limit, MAX_LIMIT);
}

function checkOffset(offset: number | undefined): number {
  if (offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
  return offset;
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

export function createSqlStore(db: Db, options: SqlStoreOptions = {}): Store {
  const hasher: MinHasher = createMinHasher();
  const threshold = options.clusterThreshold ?? DEFAULT_CLUSTER_THRESHOLD;
  const pg = db.dialect === "postgres";

  function prepareAll(results: readonly AnalysisResult[]): Array<PreparedDocument | UpsertOutcome> {
    return results.map((result) => {
      try {
        if (result.text.includes("\u0000"))
          throw new Error("text contains a NUL character, which the store cannot index");
        return prepareDocument(result, hasher);
      } catch (error) {
        return {
          ok: false,
          source: result?.source ?? "",
          inputId: result?.id ?? "",
          error: { code: "E_STORE", message: (error as Error).message },
        };
      }
    });
  }

  /** Candidate documents for a full-text query: (seq, rank) rows, lower rank is better. */
  function matchSql(fts: string, q: string, params: unknown[]): string {
    if (pg) {
      params.push(q, q, q, q);
      return (
        "SELECT seq, -ts_rank(tsv, websearch_to_tsquery('english', ?)) AS rank FROM documents" +
        " WHERE tsv @@ websearch_to_tsquery('english', ?)" +
        " UNION ALL SELECT doc_seq AS seq, -ts_rank(tsv, websearch_to_tsquery('english', ?)) AS rank FROM annotations" +
        " WHERE tsv @@ websearch_to_tsquery('english', ?)"
      );
    }
    params.push(fts, fts);
    return (
      "SELECT rowid AS seq, bm25(documents_fts, 4.0, 1.0) AS rank FROM documents_fts WHERE documents_fts MATCH ?" +
      " UNION ALL SELECT a.doc_seq AS seq, bm25(annotations_fts) AS rank FROM annotations_fts" +
      " JOIN annotations a ON a.id = annotations_fts.rowid WHERE annotations_fts MATCH ?"
    );
  }

  async function snippets(seqs: number[], fts: string, q: string): Promise<Map<number, string>> {
    const rows = pg
      ? await db.all<{ seq: number; snip: string }>(
          `SELECT seq, ts_headline('english', text, websearch_to_tsquery('english', ?), ?) AS snip FROM documents WHERE seq IN (${placeholders(seqs.length)})`,
          [q, PG_HEADLINE, ...seqs],
        )
      : await db.all<{ seq: number; snip: string }>(
          "SELECT rowid AS seq, snippet(documents_fts, 1, char(2), char(3), ' … ', 24) AS snip FROM documents_fts" +
            ` WHERE documents_fts MATCH ? AND rowid IN (${placeholders(seqs.length)})`,
          [fts, ...seqs],
        );
    return new Map(rows.map((r) => [Number(r.seq), r.snip]));
  }

  async function matchingAnnotations(seqs: number[], fts: string, q: string): Promise<Row[]> {
    const cols = "a.doc_seq, a.type, a.label, a.span_start, a.span_end, a.text";
    return pg
      ? db.all(
          `SELECT ${cols} FROM annotations a WHERE a.tsv @@ websearch_to_tsquery('english', ?)` +
            ` AND a.doc_seq IN (${placeholders(seqs.length)}) ORDER BY a.doc_seq, a.span_start`,
          [q, ...seqs],
        )
      : db.all(
          `SELECT ${cols} FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid` +
            ` WHERE annotations_fts MATCH ? AND a.doc_seq IN (${placeholders(seqs.length)}) ORDER BY a.doc_seq, a.span_start`,
          [fts, ...seqs],
        );
  }

  const store: Store = {
    kind: db.dialect,

    async upsert(results) {
      const prepared = prepareAll(results);
      const now = new Date().toISOString();
      const valid = prepared.filter((p): p is PreparedDocument => "hash" in p);
      const written = await db.transaction((tx) => writeBatch(tx, valid, now, threshold));
      let next = 0;
      return prepared.map((p) => ("hash" in p ? written[next++] : p));
    },

    async recordErrors(errors: readonly ErrorResult[]) {
      if (errors.length === 0) return;
      const at = new Date().toISOString();
      await db.transaction(async (tx) => {
        for (const e of errors) {
          await tx.run("DELETE FROM errors WHERE source = ? AND input_id = ?", [e.source ?? "", e.id ?? ""]);
          await tx.run("INSERT INTO errors (source, input_id, code, message, at) VALUES (?, ?, ?, ?, ?)", [
            e.source ?? "",
            e.id ?? "",
            e.error.code,
            e.error.message,
            at,
          ]);
        }
      });
    },

    async get(id) {
      const rows = await db.all(
        "SELECT id, hash, input_id, ingested_at, cluster, result FROM documents WHERE id = ?",
        [id],
      );
      if (rows.length === 0) return null;
      const r = rows[0];
      const result = (typeof r.result === "string" ? JSON.parse(r.result) : r.result) as AnalysisResult;
      return {
        ...result,
        id: r.id as string,
        inputId: r.input_id as string,
        hash: r.hash as string,
        ingestedAt: r.ingested_at as string,
        cluster: (r.cluster as string | null) ?? null,
      } satisfies StoredDocument;
    },

    async search(query: SearchQuery): Promise<SearchPage> {
      const limit = clampLimit(query.limit, 20);
      const offset = checkOffset(query.offset);
      const q = query.q?.trim() ?? "";
      const fts = q ? toFts5(q) : null;
      const params: unknown[] = [];
      let from = "documents d";
      let order = "d.published DESC NULLS LAST, d.seq DESC";
      if (fts) {
        from = `(SELECT seq, MIN(rank) AS rank FROM (${matchSql(fts, q, params)}) u GROUP BY seq) h JOIN documents d ON d.seq = h.seq`;
        order = "h.rank, d.seq";
      }
      const where = filterConditions(query, params);
      const whereSql = where.length ? ` WHERE ${where.join(" AND ")}` : "";
      if (q && !fts) return { total: 0, hits: [] };
      const [{ total }] = await db.all<{ total: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS total FROM ${from}${whereSql}`,
        params,
      );
      const rows = await db.all(
        `SELECT ${SUMMARY_COLUMNS}, substr(d.text, 1, 400) AS head FROM ${from}${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      const seqs = rows.map((r) => Number(r.seq));
      const snips = fts && seqs.length ? await snippets(seqs, fts, q) : new Map<number, string>();
      const anns = fts && seqs.length ? await matchingAnnotations(seqs, fts, q) : [];
      const hits: SearchHit[] = rows.map((r) => {
        const seq = Number(r.seq);
        const snip = snips.get(seq);
        const decoded = snip ? decodeSnippet(snip) : null;
        return {
          ...summaryOf(r),
          snippet: decoded && decoded.marks.length > 0 ? decoded : leadSnippet(r.head as string),
          annotations: anns
            .filter((a) => Number(a.doc_seq) === seq)
            .slice(0, 5)
            .map((a) => ({
              type: a.type as string,
              label: (a.label as string | null) ?? null,
              start: Number(a.span_start),
              end: Number(a.span_end),
              text: a.text as string,
            })),
        };
      });
      return { total: Number(total), hits };
    },

    async clusters(options = {}) {
      const limit = clampLimit(options.limit, 50);
      const offset = checkOffset(options.offset);
      const minSize = options.minSize ?? 2;
      if (!Number.isInteger(minSize) || minSize < 1)
        throw new RangeError(`minSize must be a positive integer, got ${minSize}`);
      const grouped =
        "SELECT cluster, CAST(COUNT(*) AS INTEGER) AS size FROM documents WHERE cluster IS NOT NULL GROUP BY cluster HAVING COUNT(*) >= ?";
      const [{ total }] = await db.all<{ total: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS total FROM (${grouped}) c`,
        [minSize],
      );
      const groups = await db.all<{ cluster: string; size: number }>(
        `${grouped} ORDER BY COUNT(*) DESC, cluster LIMIT ? OFFSET ?`,
        [minSize, limit, offset],
      );
      if (groups.length === 0) return { total: Number(total), clusters: [] };
      const members = await db.all(
        `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.cluster IN (${placeholders(groups.length)})` +
          " ORDER BY d.published NULLS LAST, d.seq",
        groups.map((g) => g.cluster),
      );
      const clusters: ClusterInfo[] = groups.map((g) => ({
        id: g.cluster,
        size: Number(g.size),
        members: members.filter((m) => m.cluster === g.cluster).map(summaryOf),
      }));
      return { total: Number(total), clusters };
    },

    async errors(options = {}) {
      const limit = clampLimit(options.limit, 50);
      const offset = checkOffset(options.offset);
      const where = options.code === undefined ? "" : " WHERE code = ?";
      const params = options.code === undefined ? [] : [options.code];
      const [{ total }] = await db.all<{ total: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS total FROM errors${where}`,
        params,
      );
      const rows = await db.all<{
        source: string;
        input_id: string;
        code: string;
        message: string;
        at: string;
      }>(
        `SELECT source, input_id, code, message, at FROM errors${where} ORDER BY at DESC, source, input_id LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      const errors = rows.map((r) => ({
        source: r.source,
        inputId: r.input_id,
        code: r.code,
        message: r.message,
        at: r.at,
      }));
      return { total: Number(total), errors };
    },

    async stats(options = {}): Promise<Stats> {
      const bucket = options.bucket ?? "month";
      const length = BUCKET_LENGTH[bucket];
      if (!length) throw new RangeError(`bucket must be day, month or year, got ${JSON.stringify(bucket)}`);
      const by = options.by ?? "published";
      const date = TIMELINE_COLUMN[by];
      if (!date) throw new RangeError(`by must be published or ingested, got ${JSON.stringify(by)}`);
      const params: unknown[] = [];
      const where = filterConditions(options, params);
      const and = where.map((w) => ` AND ${w}`).join("");
      const count = async (sql: string, extra: unknown[] = []) =>
        num((await db.all<{ n: number }>(sql, [...extra, ...params]))[0]?.n);
      const documents = await count(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM documents d WHERE 1 = 1${and}`,
      );
      const annotations = await count(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM annotations a JOIN documents d ON d.seq = a.doc_seq WHERE 1 = 1${and}`,
      );
      const clusters = await count(
        `SELECT CAST(COUNT(DISTINCT d.cluster) AS INTEGER) AS n FROM documents d WHERE d.cluster IS NOT NULL${and}`,
      );
      const undated = await count(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM documents d WHERE ${date} IS NULL${and}`,
      );
      const errors = num(
        (await db.all<{ n: number }>("SELECT CAST(COUNT(*) AS INTEGER) AS n FROM errors"))[0]?.n,
      );
      const techniques = await db.all<{ label: string; count: number; documents: number }>(
        "SELECT a.label, CAST(COUNT(*) AS INTEGER) AS count, CAST(COUNT(DISTINCT a.doc_seq) AS INTEGER) AS documents" +
          ` FROM annotations a JOIN documents d ON d.seq = a.doc_seq WHERE a.type = 'technique' AND a.label IS NOT NULL${and}` +
          " GROUP BY a.label ORDER BY COUNT(*) DESC, a.label",
        params,
      );
      const outlets = await db.all<{ outlet: string; documents: number }>(
        "SELECT COALESCE(d.publisher, d.domain) AS outlet, CAST(COUNT(*) AS INTEGER) AS documents FROM documents d" +
          ` WHERE COALESCE(d.publisher, d.domain) IS NOT NULL${and} GROUP BY COALESCE(d.publisher, d.domain)` +
          " ORDER BY COUNT(*) DESC, COALESCE(d.publisher, d.domain) LIMIT 100",
        params,
      );
      const perOutletTechnique = await db.all<{ outlet: string; label: string; n: number }>(
        "SELECT COALESCE(d.publisher, d.domain) AS outlet, a.label, CAST(COUNT(*) AS INTEGER) AS n" +
          " FROM annotations a JOIN documents d ON d.seq = a.doc_seq" +
          ` WHERE a.type = 'technique' AND a.label IS NOT NULL AND COALESCE(d.publisher, d.domain) IS NOT NULL${and}` +
          " GROUP BY COALESCE(d.publisher, d.domain), a.label",
        params,
      );
      const perBucket = await db.all<{ bucket: string; documents: number }>(
        `SELECT substr(${date}, 1, ${length}) AS bucket, CAST(COUNT(*) AS INTEGER) AS documents FROM documents d` +
          ` WHERE ${date} IS NOT NULL${and} GROUP BY substr(${date}, 1, ${length}) ORDER BY 1`,
        params,
      );
      const perBucketTechnique = await db.all<{ bucket: string; label: string; n: number }>(
        `SELECT substr(${date}, 1, ${length}) AS bucket, a.label, CAST(COUNT(*) AS INTEGER) AS n` +
          " FROM annotations a JOIN documents d ON d.seq = a.doc_seq" +
          ` WHERE a.type = 'technique' AND a.label IS NOT NULL AND ${date} IS NOT NULL${and}` +
          ` GROUP BY substr(${date}, 1, ${length}), a.label`,
        params,
      );
      const timeline = perBucket.map((b) => ({
        bucket: b.bucket,
        documents: num(b.documents),
        techniques: {} as Record<string, number>,
      }));
      const byBucket = new Map(timeline.map((t) => [t.bucket, t]));
      for (const r of perBucketTechnique) {
        const t = byBucket.get(r.bucket);
        if (t) t.techniques[r.label] = num(r.n);
      }
      return {
        documents,
        annotations,
        clusters,
        errors,
        techniques: techniques.map((t) => ({
          label: t.label,
          count: num(t.count),
          documents: num(t.documents),
        })),
        outlets: outlets.map((o) => ({
          outlet: o.outlet,
          documents: num(o.documents),
          techniques: Object.fromEntries(
            perOutletTechnique.filter((r) => r.outlet === o.outlet).map((r) => [r.label, num(r.n)]),
          ),
        })),
        bucket,
        by,
        timeline,
        undated,
      };
    },

    close: () => db.close(),
  };
  return store;
}
