/**
 * The one test suite every Store implementation must pass. sqlite.test.ts and
 * postgres.test.ts call `defineStoreSuite` with a factory that opens a fresh, empty store.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { languageAnalyzer } from "../analyzers/language/index.js";
import { createPipeline } from "../analyzers/pipeline.js";
import { checkSpans } from "../document/invariant.js";
import type { AnalysisResult, Annotation, Entity, Meta } from "../document/types.js";
import type { Store } from "./types.js";

const pipeline = createPipeline({ analyzers: [languageAnalyzer] });

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

type Marker = [type: Annotation["type"], label: string, phrase: string, extra?: Record<string, unknown>];

/** An analysis result for a text, with annotations placed on the first occurrence of each phrase. */
export function analysed(
  text: string,
  options: {
    id?: string;
    meta?: Partial<Meta>;
    marks?: Marker[];
    entities?: Array<[string, string]>;
    concern?: number;
  } = {},
): AnalysisResult {
  const result = pipeline({ text, id: options.id ?? "doc", source: options.id ?? "doc", meta: options.meta });
  for (const [type, label, phrase, extra] of options.marks ?? []) {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
    result.annotations.push({
      type,
      label,
      start,
      end: start + phrase.length,
      text: phrase,
      why: ["fixture"],
      ...extra,
    });
  }
  result.entities = (options.entities ?? []).map(([label, name], i): Entity => {
    const start = text.indexOf(name);
    return {
      id: `e${i + 1}`,
      label,
      name,
      roles: [],
      mentions: [{ start, end: start + name.length, text: name }],
    };
  });
  if (options.concern !== undefined)
    result.summary.concern = { score: options.concern, level: "low", reasons: [] };
  expect(checkSpans(result)).toEqual([]);
  return result;
}

const bridge = () =>
  analysed(fixture("bridge.txt"), {
    id: "bridge.txt",
    meta: {
      publisher: "Riverside Courier",
      url: "https://www.courier.example/bridge",
      published: "2024-03-05T09:00:00Z",
    },
    marks: [
      ["entity", "PERSON", "Ana Kovac", { entity: "e1" }],
      [
        "attribution",
        "direct",
        '"We will not gamble with the safety of our residents," Kovac told reporters',
      ],
    ],
    entities: [["PERSON", "Ana Kovac"]],
    concern: 0.1,
  });
const repost = () =>
  analysed(fixture("bridge-repost.txt"), {
    id: "bridge-repost.txt",
    meta: { url: "https://mirror.example/news/123", published: "2024-03-06" },
  });
const other = () =>
  analysed(fixture("bridge-other.txt"), {
    id: "bridge-other.txt",
    meta: { publisher: "Valley Post", published: "2024-04-02" },
  });
const appeal = () =>
  analysed(fixture("appeal.txt"), {
    id: "appeal.txt",
    meta: { publisher: "Farm Voice", published: "2023-11-20" },
    marks: [
      ["technique", "Loaded_Language", "heartless ministry", { score: 0.8 }],
      ["technique", "Name_Calling,Labeling", "bureaucrats in the capital", { score: 0.6 }],
      ["citation", "scripture", "Proverbs 12:11", { ref: "Bible Proverbs 12:11" }],
      ["call_to_action", "join", "Join the march on Saturday", { addressee: null, quoted: false }],
      ["entity", "ORGANIZATION", "Farmers Union", { entity: "e1" }],
    ],
    entities: [["ORGANIZATION", "Farmers Union"]],
    concern: 0.55,
  });

export function defineStoreSuite(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a result and returns it with the store id, input id and cluster", async () => {
      const [outcome] = await store.upsert([appeal()]);
      expect(outcome).toMatchObject({ ok: true, created: true, cluster: null });
      if (!outcome.ok) throw new Error("not stored");
      expect(outcome.id).toMatch(/^[0-9a-f]{16}$/);
      const doc = await store.get(outcome.id);
      expect(doc).not.toBeNull();
      expect(doc?.id).toBe(outcome.id);
      expect(doc?.inputId).toBe("appeal.txt");
      expect(doc?.cluster).toBeNull();
      expect(doc?.text).toBe(fixture("appeal.txt"));
      expect(doc?.annotations.map((a) => a.label)).toContain("Loaded_Language");
      expect(checkSpans(doc!)).toEqual([]);
      expect(await store.get("0000000000000000")).toBeNull();
    });

    it("updates a re-ingested document with the same text instead of duplicating it", async () => {
      const first = await store.upsert([appeal()]);
      const changed = appeal();
      changed.annotations = changed.annotations.filter((a) => a.type !== "technique");
      changed.meta.title = "A new title";
      const second = await store.upsert([changed]);
      expect(second[0]).toMatchObject({ ok: true, created: false });
      expect(second[0].ok && first[0].ok && second[0].id === first[0].id).toBe(true);
      const stats = await store.stats();
      expect(stats.documents).toBe(1);
      expect(stats.techniques).toEqual([]);
      expect((await store.search({ q: "title" })).hits[0]?.title).toBe("A new title");
    });

    it("searches document text with stemming and marks the matched words in the snippet", async () => {
      await store.upsert([bridge(), other(), appeal()]);
      const page = await store.search({ q: "inspector cracks" });
      expect(page.total).toBe(1);
      const hit = page.hits[0];
      expect(hit.title).toBeNull();
      expect(hit.outlet).toBe("Riverside Courier");
      expect(hit.domain).toBe("courier.example");
      expect(hit.snippet.marks.length).toBeGreaterThan(0);
      const marked = hit.snippet.marks.map(([s, e]) => hit.snippet.text.slice(s, e).toLowerCase());
      expect(marked.some((m) => m.startsWith("crack"))).toBe(true);
      expect((await store.search({ q: "traders" })).hits.map((h) => h.outlet)).toEqual(["Valley Post"]);
    });

    it("supports phrases and exclusion, and never interprets query syntax from user input", async () => {
      await store.upsert([bridge(), other()]);
      expect((await store.search({ q: '"support fund"' })).total).toBe(2);
      expect((await store.search({ q: '"support fund" -traders' })).total).toBe(1);
      for (const q of [
        'AND OR NOT "',
        "NEAR(a b) *",
        "col:x ^y",
        "'; DROP TABLE documents; --",
        "???",
        "-only",
      ]) {
        await expect(store.search({ q })).resolves.toMatchObject({ total: expect.any(Number) });
      }
      expect((await store.search({})).total).toBe(2);
    });

    it("searches annotation text and returns the matching annotations", async () => {
      await store.upsert([bridge(), appeal()]);
      const page = await store.search({ q: "heartless" });
      expect(page.total).toBe(1);
      expect(page.hits[0].annotations).toEqual([
        expect.objectContaining({ type: "technique", label: "Loaded_Language", text: "heartless ministry" }),
      ]);
    });

    it("filters by technique, entity, citation, call, outlet, dates and concern", async () => {
      await store.upsert([bridge(), other(), appeal()]);
      const ids = async (filters: Parameters<Store["search"]>[0]) =>
        (await store.search(filters)).hits.map((h) => h.outlet).sort();
      expect(await ids({ technique: "Loaded_Language" })).toEqual(["Farm Voice"]);
      expect(await ids({ technique: "Slogans" })).toEqual([]);
      expect(await ids({ entity: "ana kovac" })).toEqual(["Riverside Courier"]);
      expect(await ids({ entity: "Farmers Union" })).toEqual(["Farm Voice"]);
      expect(await ids({ citation: "scripture" })).toEqual(["Farm Voice"]);
      expect(await ids({ call: "join" })).toEqual(["Farm Voice"]);
      expect(await ids({ call: "violence" })).toEqual([]);
      expect(await ids({ domain: "www.courier.example" })).toEqual(["Riverside Courier"]);
      expect(await ids({ domain: "valley post" })).toEqual(["Valley Post"]);
      expect(await ids({ from: "2024-01-01" })).toEqual(["Riverside Courier", "Valley Post"]);
      expect(await ids({ to: "2024-03" })).toEqual(["Farm Voice", "Riverside Courier"]);
      expect(await ids({ from: "2024-03-05", to: "2024-03-05" })).toEqual(["Riverside Courier"]);
      expect(await ids({ concernMin: 0.5 })).toEqual(["Farm Voice"]);
      expect(await ids({ q: "support", concernMin: 0.05 })).toEqual(["Riverside Courier"]);
    });

    it("pages results and rejects bad paging values, quoting them", async () => {
      await store.upsert([bridge(), other(), appeal()]);
      const first = await store.search({ limit: 2 });
      const rest = await store.search({ limit: 2, offset: 2 });
      expect(first.total).toBe(3);
      expect(first.hits).toHaveLength(2);
      expect(rest.hits).toHaveLength(1);
      expect(first.hits.map((h) => h.published)).toEqual([
        "2024-04-02T00:00:00.000Z",
        "2024-03-05T09:00:00.000Z",
      ]);
      await expect(store.search({ limit: 0 })).rejects.toThrow(/got 0/);
      await expect(store.search({ offset: -1 })).rejects.toThrow(/got -1/);
    });

    it("puts a reposted copy in the cluster of the original, first publisher first, and keeps other articles out", async () => {
      // The mirror copy is ingested first but was published a day later than the original.
      const out = await store.upsert([repost(), other()]);
      expect(out.map((o) => o.ok && o.cluster)).toEqual([null, null]);
      const [orig] = await store.upsert([bridge(), appeal()]);
      expect(orig.ok && orig.cluster).toMatch(/^c_/);
      const { total, clusters } = await store.clusters();
      expect(total).toBe(1);
      expect(clusters[0].size).toBe(2);
      expect(clusters[0].members.map((m) => m.outlet)).toEqual(["Riverside Courier", "mirror.example"]);
      const otherDoc = (await store.search({ q: "traders" })).hits[0];
      expect(otherDoc.cluster).toBeNull();
      const stored = await store.get(clusters[0].members[1].id);
      expect(stored?.cluster).toBe(clusters[0].id);
      expect((await store.search({ cluster: clusters[0].id })).total).toBe(2);
    });

    it("merges two clusters when a document bridges them", async () => {
      const base = fixture("bridge.txt");
      const sentences = base.split("\n");
      // a and b share too little to match directly; m overlaps both enough.
      const a = sentences.slice(0, 7).join("\n");
      const b = sentences.slice(4).join("\n");
      const m = base;
      await store.upsert([analysed(a, { id: "a" }), analysed(`${a}\nExtra line one.`, { id: "a2" })]);
      await store.upsert([analysed(b, { id: "b" }), analysed(`${b}\nExtra line two.`, { id: "b2" })]);
      expect((await store.clusters()).total).toBe(2);
      await store.upsert([analysed(m, { id: "m" })]);
      const { total, clusters } = await store.clusters();
      expect(total).toBe(1);
      expect(clusters[0].size).toBe(5);
    });

    it("assigns and merges clusters within one batch the same way", async () => {
      const sentences = fixture("bridge.txt").split("\n");
      const a = sentences.slice(0, 7).join("\n");
      const b = sentences.slice(4).join("\n");
      const out = await store.upsert([
        analysed(a, { id: "a" }),
        analysed(`${a}\nExtra line one.`, { id: "a2" }),
        analysed(b, { id: "b" }),
        analysed(`${b}\nExtra line two.`, { id: "b2" }),
        analysed(fixture("bridge.txt"), { id: "m" }),
        analysed(fixture("appeal.txt"), { id: "alone" }),
      ]);
      const clusters = new Set(out.slice(0, 5).map((o) => o.ok && o.cluster));
      expect(clusters.size).toBe(1);
      expect([...clusters][0]).toMatch(/^c_/);
      expect(out[5]).toMatchObject({ ok: true, cluster: null });
      expect((await store.clusters()).clusters.map((c) => c.size)).toEqual([5]);
    });

    it("stores a text repeated within one batch once, the last version winning", async () => {
      const first = appeal();
      const second = appeal();
      second.meta.title = "Second version";
      second.annotations = second.annotations.filter((a) => a.type !== "technique");
      const out = await store.upsert([first, second]);
      expect(out.map((o) => o.ok && o.created)).toEqual([true, false]);
      const stats = await store.stats();
      expect(stats.documents).toBe(1);
      expect(stats.techniques).toEqual([]);
      expect((await store.search({ q: "version" })).hits[0]?.title).toBe("Second version");
    });

    it("counts per technique, outlet and month", async () => {
      await store.upsert([bridge(), repost(), other(), appeal()]);
      const stats = await store.stats({ bucket: "month" });
      expect(stats).toMatchObject({ documents: 4, clusters: 1, errors: 0, undated: 0, bucket: "month" });
      expect(stats.techniques).toEqual([
        { label: "Loaded_Language", count: 1, documents: 1 },
        { label: "Name_Calling,Labeling", count: 1, documents: 1 },
      ]);
      expect(stats.outlets).toEqual(
        expect.arrayContaining([
          { outlet: "Riverside Courier", documents: 1, techniques: {} },
          { outlet: "mirror.example", documents: 1, techniques: {} },
          {
            outlet: "Farm Voice",
            documents: 1,
            techniques: { Loaded_Language: 1, "Name_Calling,Labeling": 1 },
          },
        ]),
      );
      expect(stats.timeline).toEqual([
        { bucket: "2023-11", documents: 1, techniques: { Loaded_Language: 1, "Name_Calling,Labeling": 1 } },
        { bucket: "2024-03", documents: 2, techniques: {} },
        { bucket: "2024-04", documents: 1, techniques: {} },
      ]);
      expect((await store.stats({ bucket: "year", domain: "farm voice" })).timeline).toEqual([
        { bucket: "2023", documents: 1, techniques: { Loaded_Language: 1, "Name_Calling,Labeling": 1 } },
      ]);
      await expect(store.stats({ bucket: "week" as "day" })).rejects.toThrow(/"week"/);
    });

    it("places documents on the timeline by ingestion date when asked, so undated ones count too", async () => {
      const before = new Date().toISOString().slice(0, 10);
      await store.upsert([bridge(), appeal(), analysed("No date on this one.", { id: "undated.txt" })]);
      const after = new Date().toISOString().slice(0, 10);
      expect((await store.stats()).undated).toBe(1);
      const stats = await store.stats({ bucket: "day", by: "ingested" });
      expect(stats).toMatchObject({ by: "ingested", undated: 0, documents: 3 });
      expect(stats.timeline.reduce((n, t) => n + t.documents, 0)).toBe(3);
      for (const t of stats.timeline) expect([before, after]).toContain(t.bucket);
      const techniques = stats.timeline.flatMap((t) => Object.values(t.techniques));
      expect(techniques.reduce((a, b) => a + b, 0)).toBe(2);
      await expect(store.stats({ by: "updated" as "published" })).rejects.toThrow(/"updated"/);
    });

    it("keeps failed inputs and clears them when the same input later succeeds", async () => {
      await store.recordErrors([
        {
          version: "1.0",
          id: "appeal.txt",
          source: "appeal.txt",
          error: { code: "E_ANALYZE", message: "boom" },
        },
        { version: "1.0", id: "x.bin", source: "x.bin", error: { code: "E_NOT_TEXT", message: "binary" } },
      ]);
      expect((await store.stats()).errors).toBe(2);
      const listed = await store.errors();
      expect(listed.total).toBe(2);
      expect(listed.errors.map((e) => [e.inputId, e.code]).sort()).toEqual([
        ["appeal.txt", "E_ANALYZE"],
        ["x.bin", "E_NOT_TEXT"],
      ]);
      expect(Date.parse(listed.errors[0].at)).not.toBeNaN();
      expect(await store.errors({ code: "E_NOT_TEXT" })).toMatchObject({
        total: 1,
        errors: [{ source: "x.bin", message: "binary" }],
      });
      expect((await store.errors({ limit: 1, offset: 1 })).errors).toHaveLength(1);
      await expect(store.errors({ limit: 0 })).rejects.toThrow(RangeError);
      await store.upsert([appeal()]);
      expect((await store.stats()).errors).toBe(1);
      expect((await store.errors()).errors.map((e) => e.inputId)).toEqual(["x.bin"]);
    });

    it("reports a document it cannot store without losing the rest of the batch", async () => {
      const bad = analysed("A text with a \u0000 NUL in it, which full-text indexes refuse.", { id: "bad" });
      const out = await store.upsert([bad, appeal()]);
      expect(out[0]).toMatchObject({ ok: false, inputId: "bad", error: { code: "E_STORE" } });
      expect(out[1]).toMatchObject({ ok: true, created: true });
      expect((await store.stats()).documents).toBe(1);
    });

    it("re-running an ingest converges to the same state", async () => {
      const batch = () => [bridge(), repost(), other(), appeal()];
      await store.upsert(batch());
      const once = await store.stats();
      const again = await store.upsert(batch());
      expect(again.every((o) => o.ok && !o.created)).toBe(true);
      expect(await store.stats()).toEqual(once);
    });
  });
}
