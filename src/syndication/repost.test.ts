/**
 * End to end over the SQLite store with real articles: reposted copies (new headline, an
 * added footer, a few edited sentences) land in their original's cluster; different
 * articles, many of them on the same news events, do not share clusters.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RESULT_VERSION } from "../document/types.js";
import { openSqliteStore } from "../store/sqlite.js";
import { jaccard, shingleHashes } from "./minhash.js";
import { repostOf } from "./recall.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ptc = path.resolve(repoRoot, "../shared/data/ptc/articles");

const asResult = (id: string, text: string, published: string) => ({
  version: RESULT_VERSION,
  id,
  source: id,
  language: "en",
  text,
  meta: { title: null, author: null, publisher: null, published, links: [] },
  annotations: [],
  entities: [],
  summary: {},
});

describe.runIf(existsSync(ptc))("syndication clusters on PTC articles", () => {
  it("clusters every repost with its original and keeps distinct articles apart", async () => {
    const names = readdirSync(ptc)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    const texts = new Map(names.map((n) => [n, readFileSync(path.join(ptc, n), "utf8")]));
    const store = await openSqliteStore(":memory:");
    // Half the copies arrive before their original, as when a mirror is crawled first.
    const batch = names.flatMap((n, i) => {
      const original = asResult(n, texts.get(n)!, "2019-01-01");
      const copy = asResult(`copy-${n}`, repostOf(texts.get(n)!), "2019-01-02");
      return i % 2 ? [original, copy] : [copy, original];
    });
    const outcomes = await store.upsert(batch);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const clusterOf = new Map<string, string | null>();
    for (let i = 0; i < batch.length; i++) {
      const o = outcomes[i];
      if (o.ok) clusterOf.set(batch[i].id, (await store.get(o.id))!.cluster);
    }
    const missed = names.filter((n) => !clusterOf.get(n) || clusterOf.get(n) !== clusterOf.get(`copy-${n}`));
    expect(missed).toEqual([]);
    const { clusters } = await store.clusters({ limit: 500 });
    for (const c of clusters) {
      const originals = c.members.map((m) => m.source).filter((s) => !s.startsWith("copy-"));
      // Two originals share a cluster only if they really are near copies of each other.
      for (let i = 1; i < originals.length; i++) {
        const j = jaccard(shingleHashes(texts.get(originals[0])!), shingleHashes(texts.get(originals[i])!));
        expect(j, `${originals[0]} ~ ${originals[i]}`).toBeGreaterThan(0.3);
      }
      // The original is listed first: it was published a day before the copy.
      expect(c.members[0].source.startsWith("copy-")).toBe(false);
    }
    expect(clusters.length).toBeGreaterThan(names.length * 0.9);
    await store.close();
  });
});
