import { describe, expect, it } from "vitest";
import { createPipeline } from "../analyzers/pipeline.js";
import { createWorkerPool } from "./pool.js";

const texts = [
  "The minister said the talks would continue.",
  "Never give up the struggle, brothers!",
  "Rain is expected in Geneva on Tuesday.",
  "According to Reuters, the envoy left early.",
  "A short line.",
];

describe("worker pool", () => {
  it("analyses on worker threads exactly as the pipeline does in this thread", async () => {
    const pool = createWorkerPool(2, { only: ["entities", "calls"] });
    const local = createPipeline({ only: ["entities", "calls"] });
    try {
      const inputs = texts.map((text, i) => ({ id: `t${i}`, source: `t${i}.txt`, text, meta: {} }));
      const results = await Promise.all(inputs.map((input) => pool.analyze(input)));
      expect(results).toEqual(inputs.map((input) => local(input)));
      await expect(pool.ready()).resolves.toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it("answers inputs still queued at close with an E_ANALYZE record, and refuses new ones", async () => {
    const pool = createWorkerPool(1);
    const running = pool.analyze({ id: "a", source: "a.txt", text: texts[0] });
    const queued = pool.analyze({ id: "b", source: "b.txt", text: texts[1] });
    await pool.close();
    expect(await queued).toMatchObject({ id: "b", error: { code: "E_ANALYZE", message: /closed/ } });
    // The input a worker held when the pool closed is answered too, whichever way it went.
    expect(await running).toMatchObject({ id: "a" });
    await expect(pool.analyze({ text: "late" })).rejects.toThrow(/closed/);
  });

  it("answers with the cause when its workers cannot start, instead of replacing them forever", async () => {
    const pool = createWorkerPool(1, { only: ["techniques"], options: { techniques: { threshold: 5 } } });
    try {
      expect(pool.failure).toBeNull();
      const result = await pool.analyze({ id: "x", source: "x.txt", text: texts[0] });
      expect(result).toMatchObject({ id: "x", error: { code: "E_ANALYZE", message: /threshold/ } });
      // The replacements die too; after a few the pool stops and says why.
      await expect.poll(() => pool.failure?.message, { timeout: 10_000 }).toMatch(/threshold/);
      await expect(pool.ready()).resolves.toBeUndefined();
      expect(await pool.analyze({ id: "y", text: texts[1] })).toMatchObject({
        id: "y",
        error: { code: "E_ANALYZE" },
      });
    } finally {
      await pool.close();
    }
  });

  it("rejects a size that is not a positive integer and unknown analyzers, quoting them", () => {
    expect(() => createWorkerPool(0)).toThrow(/got 0/);
    expect(() => createWorkerPool(1.5)).toThrow(/got 1.5/);
    expect(() => createWorkerPool(1, { only: ["nope"] })).toThrow(/'nope'/);
  });
});
