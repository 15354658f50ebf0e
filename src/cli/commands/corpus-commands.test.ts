import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { languageAnalyzer } from "../../analyzers/language/index.js";
import { createPipeline } from "../../analyzers/pipeline.js";
import type { Result } from "../../document/types.js";
import { withDefaultUser } from "../../store/postgres.js";
import { openSqliteStore } from "../../store/sqlite.js";
import type { Store } from "../../store/types.js";
import { captureIo } from "../../test-support.js";
import { main } from "../main.js";
import { clustersCommand } from "./clusters.js";
import { ingestResults } from "./ingest.js";
import { serveUntil } from "./serve.js";

const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../store/fixtures");
const dir = mkdtempSync(path.join(tmpdir(), "unspun-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const io = captureIo(dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("ingest, search and clusters commands", () => {
  const input = path.join(dir, "in");
  const jsonl = path.join(dir, "feed.jsonl");

  it("ingests files into ./unspun.db by default, records failures and exits 1 when any failed", async () => {
    rmSync(input, { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    for (const f of ["bridge.txt", "bridge-other.txt", "appeal.txt"])
      copyFileSync(path.join(fixtures, f), path.join(input, f));
    writeFileSync(path.join(input, "empty.txt"), "");
    const repost = readFileSync(path.join(fixtures, "bridge-repost.txt"), "utf8");
    writeFileSync(
      jsonl,
      `${JSON.stringify({ id: "mirror-1", text: repost, url: "https://mirror.example/a", published: "2024-03-09" })}\n`,
    );
    const first = await cli(["ingest", "in", "feed.jsonl", "--batch", "2"]);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/stored 4 documents \(4 new, 0 updated, 1 in syndication clusters\), 1 failed/);
    expect(first.err).toMatch(/E_EMPTY: in\/empty\.txt/);
    const again = await cli(["ingest", "in/bridge.txt", "--db", "unspun.db"]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/stored 1 document \(0 new, 1 updated/);
  });

  it("searches with snippets and filters", async () => {
    const res = await cli(["search", "support", "fund", "--domain", "mirror.example"]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/mirror\.example {2}cluster c_/);
    expect(res.out).toMatch(/\[support\] \[fund\]/);
    expect(res.out).toMatch(/1-1 of 1 results/);
    const json = JSON.parse((await cli(["search", "traders", "--format", "json"])).out);
    expect(json.total).toBe(1);
    expect((await cli(["search", "nothingmatcheshere"])).out).toMatch(/no results/);
    const bad = await cli(["search", "x", "--concern-min", "7"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/'7'/);
    const badDate = await cli(["search", "--from", "last week"]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/'last week'/);
  });

  it("counts techniques, outlets and a timeline by publication or ingestion date", async () => {
    const res = await cli(["stats", "--bucket", "day"]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^4 documents, \d+ findings, 1 syndication cluster, 1 recorded error\n/);
    expect(res.out).toMatch(/timeline by published day \(3 undated\)/);
    expect(res.out).toMatch(/\n {2}2024-03-09 +1 /);
    const json = JSON.parse((await cli(["stats", "--by", "ingested", "--format", "json"])).out);
    expect(json).toMatchObject({ by: "ingested", bucket: "month", undated: 0, documents: 4 });
    expect(json.timeline.reduce((n: number, t: { documents: number }) => n + t.documents, 0)).toBe(4);
    const one = JSON.parse((await cli(["stats", "--domain", "mirror.example", "--format", "json"])).out);
    expect(one.documents).toBe(1);
    const bad = await cli(["stats", "--by", "updated"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--by must be published or ingested, got 'updated'/);
  });

  it("lists clusters with the first publisher first", async () => {
    const res = await cli(["clusters"]);
    expect(res.code).toBe(0);
    const lines = res.out.split("\n");
    expect(lines[0]).toMatch(/^c_[0-9a-f]+ {2}2 copies$/);
    // Dated copies come before undated ones: the plain-text original carries no date.
    expect(lines[1]).toMatch(/^ {2}first {2}2024-03-09 {2}mirror\.example/);
    expect(lines[2]).toMatch(/^ {7} {2}undated/);
    expect(res.out).toMatch(/1 of 1 clusters/);
    expect(clustersCommand.options?.["min-size"]).toBeDefined();
  });

  it("lists the inputs that failed, by code, until they succeed", async () => {
    const res = await cli(["errors"]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/E_EMPTY\s+in\/empty\.txt: /);
    expect(res.out).toMatch(/1 of 1 recorded errors/);
    const json = JSON.parse((await cli(["errors", "--code", "E_ANALYZE", "--format", "json"])).out);
    expect(json).toEqual({ total: 0, errors: [] });
  });

  it("names a database it cannot open", async () => {
    const res = await cli(["clusters", "--db", "no/such/dir/x.db"]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/E_DB: .*no\/such\/dir\/x\.db/);
  });
});

describe("the corpus commands on PostgreSQL", () => {
  const base = process.env.UNSPUN_TEST_PG ?? "postgres://127.0.0.1:5432/test";
  const schema = `unspun_cli_${process.pid}_${Date.now() % 1e6}`;
  const url = `${base}${base.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: withDefaultUser(base) });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  afterAll(() => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));

  it("ingests, searches and lists clusters through a postgres:// URL", async () => {
    await admin(`CREATE SCHEMA ${schema}`);
    const pgDir = path.join(dir, "pg-in");
    mkdirSync(pgDir, { recursive: true });
    for (const f of ["bridge.txt", "bridge-repost.txt", "appeal.txt"])
      copyFileSync(path.join(fixtures, f), path.join(pgDir, f));
    const ingest = await cli(["ingest", "pg-in", "--db", url]);
    expect(ingest.err).toBe("");
    expect(ingest.code).toBe(0);
    expect(ingest.out).toMatch(/stored 3 documents \(3 new, 0 updated, 2 in syndication clusters\)/);
    const search = await cli(["search", "gamble", "safety", "--db", url]);
    expect(search.out).toMatch(/\[gamble\] with the \[safety\]/);
    expect(search.out).toMatch(/of 2 results/);
    expect((await cli(["clusters", "--db", url])).out).toMatch(/2 copies/);
  });
});

describe("an interrupted ingest", () => {
  it("keeps every committed batch and completes on a re-run without duplicates", async () => {
    const pipeline = createPipeline({ analyzers: [languageAnalyzer] });
    const results = (): AsyncIterable<Result> =>
      (async function* () {
        for (let i = 0; i < 10; i++)
          yield pipeline({ text: `Report number ${i}: the river rose ${i} metres overnight.`, id: `r${i}` });
      })();
    const file = path.join(dir, "interrupted.db");
    const real = await openSqliteStore(file);
    let calls = 0;
    // Dies while writing the third batch, as a killed process would.
    const dying: Store = {
      ...real,
      upsert: async (batch) => {
        if (++calls === 3) throw new Error("killed");
        return real.upsert(batch);
      },
    };
    await expect(ingestResults(dying, results(), { batch: 3 })).rejects.toThrow("killed");
    await real.close();
    const reopened = await openSqliteStore(file);
    expect((await reopened.stats()).documents).toBe(6);
    const summary = await ingestResults(reopened, results(), { batch: 3 });
    expect(summary).toEqual({ created: 4, updated: 6, clustered: 0, failed: 0 });
    expect((await reopened.stats()).documents).toBe(10);
    await reopened.close();
  });
});

describe("serve command", () => {
  it("serves the store over HTTP until stopped, with the token protecting writes", async () => {
    const io = captureIo(dir);
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const running = serveUntil(
      { io, positionals: [], values: { port: "0", token: "t0k", db: "served.db", "no-web": true } },
      stopped,
    );
    let url = "";
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((r) => setTimeout(r, 20));
      url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(io.err())?.[1] ?? "";
    }
    expect(url).not.toBe("");
    const denied = await fetch(`${url}/v1/documents`, { method: "POST", body: "Some text to keep." });
    expect(denied.status).toBe(401);
    const stored = await fetch(`${url}/v1/documents`, {
      method: "POST",
      body: "Some text to keep.",
      headers: { authorization: "Bearer t0k", "content-type": "text/plain" },
    });
    expect(stored.status).toBe(201);
    stop();
    expect(await running).toBe(0);
  });
});
