import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "./open.js";
import { openSqliteStore } from "./sqlite.js";
import { analysed, defineStoreSuite, fixture } from "./store.suite.js";

defineStoreSuite("SQLite", () => openSqliteStore(":memory:"));

describe("SQLite file store", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "unspun-store-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps committed batches across reopening and migrates only once", async () => {
    const file = path.join(dir, "corpus.db");
    const first = await openStore(file);
    await first.upsert([analysed(fixture("appeal.txt"), { id: "appeal" })]);
    await first.close();
    const second = await openStore("corpus.db", { cwd: dir });
    expect(second.kind).toBe("sqlite");
    expect((await second.stats()).documents).toBe(1);
    await second.close();
  });

  it("keeps both full-text indexes consistent through re-ingests", async () => {
    const file = path.join(dir, "fts.db");
    const store = await openSqliteStore(file);
    const doc = () =>
      analysed(fixture("appeal.txt"), {
        id: "appeal",
        marks: [
          ["entity", "ORGANIZATION", "Farmers Union", { entity: "e1" }],
          ["technique", "Loaded_Language", "heartless ministry"],
        ],
      });
    await store.upsert([doc()]);
    await store.upsert([doc()]);
    expect((await store.search({ q: "heartless" })).hits[0].annotations).toHaveLength(1);
    await store.close();
    const db = new Database(file);
    // FTS5 raises an error here if the index and its content table disagree.
    for (const table of ["documents_fts", "annotations_fts"]) {
      expect(() =>
        db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`),
      ).not.toThrow();
    }
    db.close();
  });

  it("refuses a database written by a newer schema version", async () => {
    const file = path.join(dir, "future.db");
    await (await openSqliteStore(file)).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    db.close();
    await expect(openSqliteStore(file)).rejects.toThrow(/version 99, newer than this unspun knows \(1\)/);
  });

  it("names the file it cannot open", async () => {
    await expect(openSqliteStore(path.join(dir, "missing", "x.db"))).rejects.toThrow(/missing\/x\.db/);
  });
});
