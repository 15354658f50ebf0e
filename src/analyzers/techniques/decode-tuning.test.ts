import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { type ScoredArticle, tuneDecode } from "./decode-tuning.js";
import { DENSITY_CENTRE, decodeSpans } from "./model.js";

const TEXT = "They are corrupt liars who hate us.\n\nThe meeting starts at noon today.";
const doc = createDocument({ text: TEXT, id: "t" });
const at = (word: string) => TEXT.indexOf(word);

/** Token scores: `hot` words get `high`, every other token `low`. */
function tokenProbs(hot: string[], high: number, low = 0.05): Float64Array {
  return Float64Array.from({ length: doc.tokens.count }, (_, i) => (hot.includes(doc.lower[i]) ? high : low));
}

describe("decodeSpans with an article density shift", () => {
  it("has two sentences in its fixture", () => {
    expect(doc.sentences.count).toBe(2);
  });

  const tp = tokenProbs(["corrupt", "liars"], 0.35);
  const decode = { sentenceGate: 0.4, tokenThreshold: 0.3 };

  it("keeps a sentence below the gate out when density is off", () => {
    const sp = Float64Array.of(0.9, 0.5);
    expect(decodeSpans(doc, sp, tp, decode)).toEqual([]);
  });

  it("lowers the gate in an article whose sentences score high on average", () => {
    const sp = Float64Array.of(0.9, 0.5); // mean 0.7: gate 0.4 - 1 x (0.7 - centre)
    const spans = decodeSpans(doc, sp, tp, { ...decode, density: 1 });
    expect(spans).toHaveLength(1);
    expect(TEXT.slice(spans[0].start, spans[0].end)).toBe("corrupt liars");
    expect(spans[0].sentence).toBe(0);
  });

  it("raises the gate in an article whose sentences score low on average", () => {
    const strong = tokenProbs(["corrupt", "liars"], 0.45);
    const low = Float64Array.of(0.1, 0.1);
    expect(decodeSpans(doc, low, strong, decode)).toHaveLength(1);
    // mean 0.1 < centre: the gate rises to 0.4 + 1 x (centre - 0.1) > 0.45
    expect(DENSITY_CENTRE - 0.1).toBeGreaterThan(0.05);
    expect(decodeSpans(doc, low, strong, { ...decode, density: 1 })).toEqual([]);
  });
});

describe("decodeSpans with a relative token floor", () => {
  // "corrupt" is the strong cue; "are" and "us" pass the token threshold but are weak beside it.
  const tp = Float64Array.from({ length: doc.tokens.count }, (_, i) =>
    doc.lower[i] === "corrupt" ? 0.9 : ["are", "liars", "us"].includes(doc.lower[i]) ? 0.35 : 0.05,
  );
  const sp = Float64Array.of(0.5, 0.5);
  const decode = { sentenceGate: 0.4, tokenThreshold: 0.3 };

  it("stretches the span to every token above the threshold without it, less a leading auxiliary", () => {
    const [s] = decodeSpans(doc, sp, tp, decode);
    expect(TEXT.slice(s.start, s.end)).toBe("corrupt liars who hate us");
  });

  it("keeps only tokens reaching the share of the sentence's best score", () => {
    const [s] = decodeSpans(doc, sp, tp, { ...decode, relative: 0.5 });
    expect(TEXT.slice(s.start, s.end)).toBe("corrupt");
    const [t] = decodeSpans(doc, sp, tp, { ...decode, relative: 0.3 });
    expect(TEXT.slice(t.start, t.end)).toBe("corrupt liars who hate us");
  });
});

describe("decodeSpans completes spans to phrases", () => {
  const decode = { sentenceGate: 0.4, tokenThreshold: 0.3 };
  const sp = Float64Array.of(0.5, 0.5);

  it("runs an end that needs its head on to the head, within the sentence", () => {
    const [s] = decodeSpans(doc, sp, tokenProbs(["starts", "at"], 0.8), decode);
    expect(TEXT.slice(s.start, s.end)).toBe("starts at noon");
  });

  it("drops an auxiliary at the end", () => {
    const [s] = decodeSpans(doc, sp, tokenProbs(["they", "are"], 0.8), decode);
    expect(TEXT.slice(s.start, s.end)).toBe("They");
  });

  it("keeps a span that is only an auxiliary", () => {
    const [s] = decodeSpans(doc, sp, tokenProbs(["are"], 0.8), decode);
    expect(TEXT.slice(s.start, s.end)).toBe("are");
  });
});

describe("tuneDecode", () => {
  const article = (id: string, sp: number[], tp: Float64Array, gold: [string, string][]): ScoredArticle => ({
    id,
    doc,
    sentenceProb: Float64Array.from(sp),
    tokenProb: tp,
    gold: gold.map(([from, to]) => ({ start: at(from), end: at(to) + to.length })),
  });

  it("finds the setting that reproduces the gold spans", () => {
    // Gold covers "corrupt liars" in a dense article; a sober article has no gold and a
    // spurious weak token that only a density-raised gate keeps out.
    const dense = article("a", [0.9, 0.5], tokenProbs(["corrupt", "liars"], 0.35), [["corrupt", "liars"]]);
    const sober = article("b", [0.1, 0.1], tokenProbs(["meeting"], 0.45), []);
    const grid = { sentenceGate: [0.3, 0.4, 0.5], tokenThreshold: [0.3], density: [0, 1], relative: [0] };
    const { decode, si } = tuneDecode([dense, sober], grid);
    expect(si.f1).toBe(1);
    expect(decode.density).toBe(1);
    expect(tuneDecode([dense, sober], { ...grid, density: [0] }).si.f1).toBeLessThan(1);
  });

  it("rejects a grid where every token threshold exceeds every gate", () => {
    const a = article("a", [0.5, 0.5], tokenProbs([], 0.5), []);
    expect(() =>
      tuneDecode([a], { sentenceGate: [0.2], tokenThreshold: [0.3], density: [0], relative: [0] }),
    ).toThrow(RangeError);
  });
});
