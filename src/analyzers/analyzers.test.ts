import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpans } from "../document/invariant.js";
import { readTexts, repoRoot, schemaErrors, sharedData } from "../test-support.js";
import { createPipeline, selectAnalyzers, UsageError } from "./pipeline.js";
import { builtinAnalyzers } from "./registry.js";
import type { AnalyzerSpec } from "./types.js";

// Every fixture any analyzer ships, the bundled examples, and a few real PTC articles.
function fixtures(): Array<[string, string]> {
  const texts = readTexts(join(repoRoot, "examples")).map(
    ([p, t]) => [`examples/${p}`, t] as [string, string],
  );
  const analyzers = join(repoRoot, "src/analyzers");
  for (const name of readdirSync(analyzers)) {
    const dir = join(analyzers, name, "fixtures");
    if (existsSync(dir))
      texts.push(...readTexts(dir).map(([p, t]) => [`${name}/${p}`, t] as [string, string]));
  }
  const ptc = join(sharedData, "ptc/articles");
  texts.push(
    ...readTexts(ptc)
      .slice(0, 12)
      .map(([p, t]) => [`ptc/${p}`, t] as [string, string]),
  );
  return texts;
}

describe("every analyzer on every fixture", () => {
  const texts = fixtures();
  it("has fixtures to check", () => {
    expect(texts.length).toBeGreaterThan(12);
  });
  for (const spec of builtinAnalyzers) {
    it(`${spec.name}: spans are exact and results match the schema`, () => {
      const analyze = createPipeline({ only: [spec.name] });
      for (const [name, text] of texts) {
        const result = analyze({ id: name, source: name, text });
        expect(checkSpans(result), name).toEqual([]);
        expect(schemaErrors(result), name).toEqual([]);
        for (const a of result.annotations)
          expect(a.end, `${name} ${a.type}`).toBeGreaterThanOrEqual(a.start);
      }
    });
  }
  it("the full pipeline too", () => {
    const analyze = createPipeline();
    for (const [name, text] of texts) {
      const result = analyze({ id: name, source: name, text });
      expect(checkSpans(result), name).toEqual([]);
      expect(schemaErrors(result), name).toEqual([]);
    }
  });
});

describe("pipeline", () => {
  const spec = (name: string, after: string[] = []): AnalyzerSpec => ({
    name,
    description: name,
    after,
    create: () => (_doc, upstream) => ({
      annotations: [],
      summary: { [name]: Object.keys(upstream).sort() },
    }),
  });
  const analyzers = [spec("a"), spec("b", ["a"]), spec("c", ["b"])];

  it("runs prerequisites first but reports only what was selected", () => {
    const result = createPipeline({ analyzers, only: ["c"] })({ text: "x" });
    expect(result.summary.c).toEqual(["a", "b"]);
    expect(result.summary.a).toBeUndefined();
    expect(result.summary.analyzers).toEqual(["c"]);
  });

  it("rejects unknown names and cycles with a usage error naming them", () => {
    expect(() => selectAnalyzers({ analyzers, only: ["nope"] })).toThrow(UsageError);
    expect(() => selectAnalyzers({ analyzers, skip: ["zzz"] })).toThrow("'zzz'");
    expect(() => selectAnalyzers({ analyzers: [spec("x", ["y"]), spec("y", ["x"])] })).toThrow(
      /cycle: x -> y -> x/,
    );
  });

  it("skips what --skip names", () => {
    expect(createPipeline({ analyzers, skip: ["b", "c"] }).analyzers).toEqual(["a"]);
  });
});
