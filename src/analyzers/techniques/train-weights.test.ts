import { describe, expect, it } from "vitest";
import { HYPER, insideWeights, prepare } from "./train.js";

const long = Array.from({ length: 48 }, (_, i) => `word${i}`).join(" ");
const TEXT = `They are corrupt liars.\n\nExperts say ${long} today.`;
const span = (text: string, label: string) => {
  const start = TEXT.indexOf(text);
  return { id: "1", label, start, end: start + text.length };
};

describe("insideWeights", () => {
  const gold = [span("corrupt", "Loaded_Language"), span(long, "Doubt")];
  const p = prepare({ id: "1", path: "article1.txt", text: TEXT }, gold);
  const weights = insideWeights(p);
  const tokenOf = (word: string) => p.ctx.doc.lower.indexOf(word);

  it("gives outside tokens and short spans full weight", () => {
    expect(weights[tokenOf("they")]).toBe(1);
    expect(weights[tokenOf("liars")]).toBe(1);
    expect(weights[tokenOf("corrupt")]).toBe(1);
  });

  it("down-weights tokens of a span longer than fullWeightTokens by the square root of the ratio", () => {
    const w = weights[tokenOf("word7")];
    expect(p.inside[tokenOf("word7")]).toBe(1);
    expect(w).toBeCloseTo(Math.sqrt(HYPER.fullWeightTokens / 48), 6);
    expect(w).toBeLessThan(1);
  });
});
