/**
 * Writes one batch of prepared documents inside a transaction with a fixed number of
 * statements per batch rather than per document (PostgreSQL round trips dominate otherwise):
 * existing documents are looked up together, children are inserted in bulk, and LSH
 * candidates for the whole batch come from one query. Cluster assignment then runs in
 * memory, document by document in input order, so a copy later in the batch finds an
 * original earlier in it; the resulting cluster changes are replayed in the same order.
 */
import { assignCluster, type Candidate } from "../syndication/cluster.js";
import type { Db } from "./db.js";
import type { PreparedDocument } from "./prepare.js";
import type { UpsertOutcome } from "./types.js";

const toBlob = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export const fromBlob = (buf: Uint8Array) => new Uint32Array(Uint8Array.from(buf).buffer);
const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/** Splits a list into chunks small enough for one statement's parameter limit. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function writeBatch(
  tx: Db,
  docs: readonly PreparedDocument[],
  now: string,
  threshold: number,
): Promise<UpsertOutcome[]> {
  if (docs.length === 0) return [];
  const ids = [...new Set(docs.map((d) => d.id))];
  const existing = new Map<string, { seq: number; cluster: string | null }>();
  for (const part of chunks(ids, 500)) {
    const rows = await tx.all<{ id: string; seq: number; cluster: string | null }>(
      `SELECT id, seq, cluster FROM documents WHERE id IN (${marks(part.length)})`,
      part,
    );
    for (const r of rows) existing.set(r.id, { seq: Number(r.seq), cluster: r.cluster });
  }

  // A later success for an input clears its earlier failure.
  for (const part of chunks(docs, 200)) {
    await tx.run(
      `DELETE FROM errors WHERE ${part.map(() => "(source = ? AND input_id = ?)").join(" OR ")}`,
      part.flatMap((d) => [d.source, d.inputId]),
    );
  }

  const fields = (d: PreparedDocument) => [
    d.inputId,
    d.source,
    d.title,
    d.author,
    d.publisher,
    d.domain,
    d.url,
    d.published,
    d.language,
    d.concern,
    d.result,
  ];
  const outcomes: UpsertOutcome[] = [];
  const fresh: Array<PreparedDocument & { seq: number }> = [];
  const rewritten: number[] = [];
  const written = new Map<string, number>();
  for (const d of docs) {
    const known = existing.get(d.id);
    const seq = known?.seq ?? written.get(d.id);
    if (seq !== undefined) {
      // Same text, so signature and cluster stand; analysis and metadata may have changed.
      await tx.run(
        "UPDATE documents SET input_id = ?, source = ?, title = ?, author = ?, publisher = ?, domain = ?, url = ?," +
          " published = ?, language = ?, concern = ?, result = ?, updated_at = ? WHERE seq = ?",
        [...fields(d), now, seq],
      );
      rewritten.push(seq);
      outcomes.push({ ok: true, id: d.id, created: false, cluster: null });
      continue;
    }
    const [row] = await tx.all<{ seq: number }>(
      "INSERT INTO documents (input_id, source, title, author, publisher, domain, url, published, language, concern," +
        ` result, id, hash, text, ingested_at, updated_at) VALUES (${marks(16)}) RETURNING seq`,
      [...fields(d), d.id, d.hash, d.text, now, now],
    );
    const s = Number(row.seq);
    written.set(d.id, s);
    fresh.push({ ...d, seq: s });
    outcomes.push({ ok: true, id: d.id, created: true, cluster: null });
  }

  for (const part of chunks(rewritten, 500)) {
    await tx.run(`DELETE FROM annotations WHERE doc_seq IN (${marks(part.length)})`, part);
    await tx.run(`DELETE FROM entities WHERE doc_seq IN (${marks(part.length)})`, part);
  }
  // Children of every document written in this batch, the last version of a repeated text winning.
  const last = new Map<number, PreparedDocument>();
  for (const d of docs) last.set(existing.get(d.id)?.seq ?? written.get(d.id)!, d);
  await tx.insertRows(
    "annotations",
    ["doc_seq", "idx", "type", "label", "span_start", "span_end", "text", "ref", "entity"],
    [...last].flatMap(([seq, d]) =>
      d.annotations.map((a) => [seq, a.idx, a.type, a.label, a.start, a.end, a.text, a.ref, a.entity]),
    ),
  );
  await tx.insertRows(
    "entities",
    ["doc_seq", "entity_id", "label", "name"],
    [...last].flatMap(([seq, d]) => d.entities.map((e) => [seq, e.entityId, e.label, e.name])),
  );

  await assignBatch(tx, fresh, threshold);
  // Each outcome reports the cluster as of the end of its batch (a later copy can still join it).
  const final = new Map<string, string | null>();
  for (const part of chunks(ids, 500)) {
    const rows = await tx.all<{ id: string; cluster: string | null }>(
      `SELECT id, cluster FROM documents WHERE id IN (${marks(part.length)})`,
      part,
    );
    for (const r of rows) final.set(r.id, r.cluster ?? null);
  }
  for (const o of outcomes) if (o.ok) o.cluster = final.get(o.id) ?? null;
  return outcomes;
}

async function assignBatch(
  tx: Db,
  fresh: ReadonlyArray<PreparedDocument & { seq: number }>,
  threshold: number,
): Promise<void> {
  const hashed = fresh.filter((d) => d.signature);
  if (hashed.length === 0) return;
  // Stored candidates for every band of the batch, then the batch's own documents as they go.
  const byBand = new Map<number, Candidate[]>();
  const byId = new Map<string, Candidate>();
  const keys = [...new Set(hashed.flatMap((d) => d.bands))];
  for (const part of chunks(keys, 2000)) {
    const rows = await tx.all<{
      band_key: number;
      seq: number;
      id: string;
      cluster: string | null;
      signature: Uint8Array;
    }>(
      "SELECT b.band_key, d.seq, d.id, d.cluster, s.signature FROM lsh_bands b JOIN documents d ON d.seq = b.doc_seq" +
        ` JOIN signatures s ON s.doc_seq = d.seq WHERE b.band_key IN (${marks(part.length)})`,
      part,
    );
    for (const r of rows) {
      let c = byId.get(r.id);
      if (!c) {
        c = { id: r.id, cluster: r.cluster, seq: Number(r.seq), signature: fromBlob(r.signature) };
        byId.set(r.id, c);
      }
      const key = Number(r.band_key);
      const list = byBand.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      byBand.set(key, list);
    }
  }
  // Cluster changes in the order they happened; replayed against the table afterwards.
  const ops: Array<{ to: string; ids?: string[]; clusters?: string[] }> = [];
  for (const d of hashed) {
    const seen = new Set<Candidate>();
    for (const k of d.bands) for (const c of byBand.get(k) ?? []) seen.add(c);
    const a = assignCluster(d.signature!, [...seen], threshold);
    const self: Candidate = { id: d.id, cluster: a.cluster, seq: d.seq, signature: d.signature! };
    if (a.cluster) {
      const to = a.cluster;
      ops.push({ to, ids: [...a.adopt, d.id] });
      for (const id of a.adopt) byId.get(id)!.cluster = to;
      if (a.merge.length) {
        ops.push({ to, clusters: a.merge });
        const merged = new Set(a.merge);
        for (const c of byId.values()) if (c.cluster && merged.has(c.cluster)) c.cluster = to;
      }
    }
    byId.set(d.id, self);
    for (const k of d.bands) {
      const list = byBand.get(k) ?? [];
      list.push(self);
      byBand.set(k, list);
    }
  }
  for (const op of ops) {
    if (op.ids) {
      await tx.run(`UPDATE documents SET cluster = ? WHERE id IN (${marks(op.ids.length)})`, [
        op.to,
        ...op.ids,
      ]);
    }
    if (op.clusters) {
      await tx.run(`UPDATE documents SET cluster = ? WHERE cluster IN (${marks(op.clusters.length)})`, [
        op.to,
        ...op.clusters,
      ]);
    }
  }
  await tx.insertRows(
    "signatures",
    ["doc_seq", "signature"],
    hashed.map((d) => [d.seq, toBlob(d.signature!)]),
  );
  await tx.insertRows(
    "lsh_bands",
    ["band_key", "doc_seq"],
    hashed.flatMap((d) => [...new Set(d.bands)].map((k) => [k, d.seq])),
  );
}
