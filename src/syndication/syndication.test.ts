import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seededRandom as prng } from "../learn/hash.js";
import { assignCluster } from "./cluster.js";
import { bandKeys, candidateProbability, DEFAULT_LSH } from "./lsh.js";
import { createMinHasher, estimateJaccard, jaccard, shingleHashes } from "./minhash.js";
import { editWords, measureRecall } from "./recall.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ptc = path.resolve(repoRoot, "../shared/data/ptc/articles");

const STORY =
  "The city council voted on Tuesday to close the old bridge for repairs after engineers found cracks " +
  "in two of its supports. Traffic will be diverted through the northern ring road for at least six weeks, " +
  "the transport office said. Shop owners near the bridge said they feared losing customers during the works, " +
  "while the mayor promised a fund to help affected businesses. The repairs are expected to cost four million.";

describe("shingles and MinHash", () => {
  it("ignores case and punctuation and counts distinct 5-word shingles", () => {
    const a = shingleHashes("One two three four five six.");
    const b = shingleHashes("one, TWO three -- four five six");
    expect(a.length).toBe(2);
    expect(jaccard(a, b)).toBe(1);
    expect(shingleHashes("too short").length).toBe(1);
    expect(shingleHashes("  ,, ").length).toBe(0);
  });

  it("gives identical signatures for identical texts and null for texts without words", () => {
    const hash = createMinHasher();
    expect(hash(STORY)).toEqual(hash(STORY));
    expect(hash("!!! ...")).toBeNull();
    expect(hash(STORY)?.length).toBe(128);
  });

  it("estimates Jaccard within a few points of the exact value", () => {
    const hash = createMinHasher();
    const random = prng(7);
    const long = Array.from({ length: 12 }, () => STORY)
      .map((s, i) => editWords(s, 0.2, prng(i)))
      .join(" ");
    for (const rate of [0.01, 0.03, 0.06]) {
      const copy = editWords(long, rate, random);
      const exact = jaccard(shingleHashes(long), shingleHashes(copy));
      const est = estimateJaccard(hash(long)!, hash(copy)!);
      expect(Math.abs(est - exact)).toBeLessThan(0.13);
    }
  });

  it("rejects bad parameters, quoting them", () => {
    expect(() => createMinHasher({ permutations: 0 })).toThrow(/got 0/);
    expect(() => createMinHasher({ shingle: 1.5 })).toThrow(/got 1.5/);
    expect(() => bandKeys(new Uint32Array(10))).toThrow(/10 values/);
  });
});

describe("LSH", () => {
  it("has the documented candidate probabilities", () => {
    expect(candidateProbability(0.8, DEFAULT_LSH)).toBeGreaterThan(0.9999);
    expect(candidateProbability(0.2, DEFAULT_LSH)).toBeLessThan(0.06);
  });

  it("shares band keys between near copies, not between different texts", () => {
    const hash = createMinHasher();
    const a = new Set(bandKeys(hash(STORY)!));
    const copy = bandKeys(hash(STORY.replace("four million", "four million euros"))!);
    const other = bandKeys(
      hash("Nothing in this sentence resembles the story about the bridge at all, really.")!,
    );
    expect(copy.some((k) => a.has(k))).toBe(true);
    expect(other.some((k) => a.has(k))).toBe(false);
  });
});

describe("cluster assignment", () => {
  const hash = createMinHasher();
  const sig = hash(STORY)!;
  const near = hash(`${STORY} Republished with permission.`)!;
  const far = hash(
    "An entirely different report on football results and the weather this weekend in the valley.",
  )!;

  it("matches nothing when no candidate is similar enough", () => {
    const a = assignCluster(sig, [{ id: "x", cluster: null, signature: far, seq: 1 }]);
    expect(a).toEqual({ cluster: null, merge: [], adopt: [], matches: [] });
  });

  it("starts a cluster named for the oldest singleton it matches", () => {
    const a = assignCluster(near, [
      { id: "new", cluster: null, signature: sig, seq: 5 },
      { id: "old", cluster: null, signature: sig, seq: 2 },
    ]);
    expect(a.cluster).toBe("c_old");
    expect(a.adopt.sort()).toEqual(["new", "old"]);
  });

  it("merges clusters into the one with the oldest matched member", () => {
    const a = assignCluster(near, [
      { id: "p", cluster: "c_late", signature: sig, seq: 9 },
      { id: "q", cluster: "c_early", signature: sig, seq: 3 },
    ]);
    expect(a.cluster).toBe("c_early");
    expect(a.merge).toEqual(["c_late"]);
  });
});

describe.runIf(existsSync(ptc))("recall on synthetic pairs from PTC articles", () => {
  it("finds >= 95% of pairs with Jaccard >= 0.8 and never matches pairs below 0.3", () => {
    const texts = readdirSync(ptc)
      .sort()
      .slice(0, 60)
      .map((f) => readFileSync(path.join(ptc, f), "utf8"));
    const report = measureRecall(texts, { seed: 3 });
    expect(report.above.pairs).toBeGreaterThan(50);
    expect(report.above.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.below.pairs).toBeGreaterThan(20);
    expect(report.below.matched).toBe(0);
  });
});
