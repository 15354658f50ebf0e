import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import { PTC_LABELS, readArticles, readLabels } from "../../eval/ptc.js";
import { evaluateTechniques } from "../../eval/techniques/run.js";
import { loadSplit } from "../../eval/techniques/split.js";
import { createPipeline } from "../pipeline.js";
import { describe as describeFeature } from "./explain.js";
import { docContext, spanFeatures } from "./features.js";
import { loadTechniquesModel, techniquesAnalyzer } from "./index.js";
import { labelSpans } from "./label.js";
import { fitPlatt, sentenceScores, tokenScores } from "./model.js";
import { reliability } from "./train.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const FIXTURES = ["oped.txt", "news.txt", "unicode.txt"];
const analyze = createPipeline({ analyzers: [techniquesAnalyzer] });
const techniques = (text: string) => analyze({ text }).annotations.filter((a) => a.type === "technique");

describe("techniques analyzer", () => {
  for (const name of FIXTURES) {
    it(`keeps the span invariant and the annotation contract on ${name}`, () => {
      const result = analyze({ text: fixture(name), id: name });
      expect(checkSpans(result)).toEqual([]);
      const found = result.annotations.filter((a) => a.type === "technique");
      let lastEnd = -1;
      for (const a of found) {
        expect(PTC_LABELS).toContain(a.label);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        expect(a.why?.length).toBeGreaterThan(0);
        for (const reason of a.why ?? []) expect(reason).toMatch(/\w/);
        expect(a.start).toBeGreaterThanOrEqual(lastEnd); // spans do not overlap
        lastEnd = a.end;
        const secondary = a.secondary as { label: string; score: number } | undefined;
        if (secondary) {
          expect(PTC_LABELS).toContain(secondary.label);
          expect(secondary.label).not.toBe(a.label);
          expect(secondary.score).toBeLessThanOrEqual(a.score!);
        }
      }
    });
  }

  it("finds techniques in an op-ed with emotive language, and scores them above plain news", () => {
    const oped = techniques(fixture("oped.txt"));
    const news = techniques(fixture("news.txt"));
    expect(oped.length).toBeGreaterThanOrEqual(2);
    const best = (list: typeof oped) => Math.max(0, ...list.map((a) => a.score ?? 0));
    expect(best(oped)).toBeGreaterThan(best(news));
    expect(oped.length).toBeGreaterThan(news.length);
    // the emotive cue words of the fixture lie inside found spans
    expect(oped.some((a) => /corrupt|betray|destroy|traitor|enem/i.test(a.text))).toBe(true);
  });

  it("explains decisions with cue words in plain language", () => {
    const reasons = techniques(fixture("oped.txt")).flatMap((a) => a.why ?? []);
    expect(reasons.some((r) => /propaganda-like sentence \(p=0\.\d+\)/.test(r))).toBe(true);
    expect(reasons.some((r) => /word|phrase|lexicon|starts with|ends with/.test(r))).toBe(true);
  });

  it("applies a score threshold", () => {
    const all = techniques(fixture("oped.txt"));
    const strict = createPipeline({
      analyzers: [techniquesAnalyzer],
      options: { techniques: { threshold: 0.3 } },
    })({ text: fixture("oped.txt") }).annotations;
    expect(strict.length).toBeLessThanOrEqual(all.length);
    for (const a of strict) expect(a.score).toBeGreaterThanOrEqual(0.3);
  });

  it("returns no findings for empty or whitespace text", () => {
    expect(techniques("")).toEqual([]);
    expect(techniques("  \n\n ")).toEqual([]);
  });

  it("rejects a bad threshold, quoting it", () => {
    expect(() => techniquesAnalyzer.create({ threshold: 2 })).toThrow(
      /threshold must be a number in 0..1, got 2/,
    );
    expect(() => techniquesAnalyzer.create({ secondaryThreshold: "x" as never })).toThrow(/got "x"/);
  });

  it("scores tokens and sentences with the fast path exactly as with feature strings", () => {
    const model = loadTechniquesModel();
    for (const name of FIXTURES) {
      const ctx = docContext(createDocument({ text: fixture(name) }));
      const sp = sentenceScores(model.sentence, ctx);
      const slow = tokenScores(model, ctx, sp);
      const fast = model.scoreTokens!(ctx, sp);
      expect(fast.length).toBe(slow.length);
      for (let i = 0; i < slow.length; i++) expect(fast[i]).toBeCloseTo(slow[i], 9);
      const fastSentences = model.scoreSentences!(ctx);
      expect(fastSentences.length).toBe(sp.length);
      for (let s = 0; s < sp.length; s++) expect(fastSentences[s]).toBeCloseTo(sp[s], 9);
    }
  });

  it("gives a span listed twice two different techniques", () => {
    const model = loadTechniquesModel();
    const text = fixture("oped.txt");
    const ctx = docContext(createDocument({ text }));
    const at = text.indexOf("corrupt elites");
    const span = { start: at, end: at + "corrupt elites".length };
    const [a, b] = labelSpans(model, ctx, [span, span]);
    expect(a).not.toBe(b);
  });
});

describe("repetition features", () => {
  const text = "The swamp must go. Voters hate the swamp. Swampy land is fine. THE SWAMP!";
  const ctx = docContext(createDocument({ text }));
  const at = (k: number) => {
    let i = -1;
    for (let n = 0; n <= k; n++) i = text.toLowerCase().indexOf("swamp", i + 1);
    return spanFeatures(ctx, i, i + 5);
  };

  it("counts whole-word occurrences of the span before and after it, ignoring case", () => {
    // occurrences of "swamp": 4, 35 ("Swampy", not a whole word), 47 ("SWAMP")
    expect(at(0)).toEqual(expect.arrayContaining(["occb=0", "occa=2", "occ-first"]));
    expect(at(1)).toEqual(expect.arrayContaining(["occb=1", "occa=1", "occ-later"]));
    expect(at(3)).toEqual(expect.arrayContaining(["occb=2", "occa=0", "occ-later"]));
    expect(at(2)).toEqual(expect.arrayContaining(["occb=2", "occa=1", "occ-later"])); // inside "Swampy"
  });

  it("gives no repetition feature to a phrase that occurs once, and explains a repeat", () => {
    const start = text.indexOf("Voters hate");
    const f = spanFeatures(ctx, start, start + "Voters hate".length);
    expect(f).toEqual(expect.arrayContaining(["occb=0", "occa=0"]));
    expect(f.some((x) => x.startsWith("occ-"))).toBe(false);
    expect(describeFeature("occ-later", ctx, 0, 5)).toBe("repeats a phrase used earlier in the article");
    expect(describeFeature("occb=0", ctx, 0, 5)).toBeNull();
    expect(describeFeature("lb=the_swamp", ctx, 0, 5)).toBe('ends with "the swamp"');
  });
});

describe("cue features", () => {
  it("marks a cue inside the span, or else in its sentence, and explains it", () => {
    const text = "They failed because of you. But what about their own record?";
    const ctx = docContext(createDocument({ text }));
    const f = spanFeatures(ctx, 0, "They failed because".length);
    expect(f).toContain("cue=because");
    expect(f).not.toContain("cue=what-about");
    const g = spanFeatures(ctx, text.indexOf("their"), text.indexOf("?"));
    expect(g).toEqual(expect.arrayContaining(["scue=what-about", "scue=question"]));
    expect(g).not.toContain("cue=because");
    expect(describeFeature("scue=what-about", ctx, 0, 4)).toMatch(
      /^its sentence contains a whataboutism cue/,
    );
  });
});

describe("span calibration", () => {
  it("recovers the generating Platt parameters from synthetic outcomes", () => {
    // Outcomes drawn deterministically with P(hit) = sigmoid(2 * logit(tokenProb) - 1).
    const samples: Array<[number, number, boolean]> = [];
    for (let i = 1; i < 400; i++) {
      const t = i / 400;
      const p = 1 / (1 + Math.exp(-(2 * Math.log(t / (1 - t)) - 1)));
      for (let k = 0; k < 10; k++) samples.push([t, 0.5, k < Math.round(p * 10)]);
    }
    const { a, b } = fitPlatt(samples);
    expect(a).toBeGreaterThan(1.6);
    expect(a).toBeLessThan(2.4);
    expect(b).toBeGreaterThan(-1.4);
    expect(b).toBeLessThan(-0.6);
  });

  it("summarises reliability per score bin", () => {
    const bins = reliability([
      [0.1, false],
      [0.15, true],
      [0.9, true],
      [1, true],
    ]);
    expect(bins).toEqual([
      { bin: "0.0-0.2", predicted: 0.125, observed: 0.5, n: 2 },
      { bin: "0.8-1.0", predicted: 0.95, observed: 1, n: 2 },
    ]);
  });
});

const DATA = resolve(new URL("../../../", import.meta.url).pathname, "../shared/data/ptc");

describe("techniques on held-out PTC test articles", () => {
  it("scores well above the organisers' baselines on the test articles, with valid spans", () => {
    const ids = new Set(loadSplit().test);
    const all = readArticles(join(DATA, "articles"));
    const gold = readLabels(join(DATA, "labels"), new Map(all.map((a) => [a.id, a.text])));
    const articles = all.filter((a) => ids.has(a.id));
    const e = evaluateTechniques(loadTechniquesModel(), articles, gold);
    expect(e.articles).toBe(60);
    expect(e.si.f1).toBeGreaterThan(0.25); // organisers' baseline 0.003
    expect(e.tc.microF1).toBeGreaterThan(0.45); // organisers' baseline 0.25
    for (const a of articles.slice(0, 10))
      expect(checkSpans(analyze({ text: a.text, id: a.id }))).toEqual([]);
  });
});
