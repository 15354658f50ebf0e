import { describe, expect, it } from "vitest";
import { type Example, LogisticModel } from "./logistic.js";

// Three classes cued by one word each, plus a shared noise word.
function toyData(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 60; i++) {
    const label = ["red", "green", "blue"][i % 3];
    out.push({ features: [`w=${label}`, `w=noise${i % 5}`, "bias"], label });
  }
  return out;
}

describe("LogisticModel", () => {
  it("learns a separable problem and ranks the cue feature first in explanations", () => {
    const model = LogisticModel.train(toyData(), { epochs: 5, seed: 3, bits: 12 });
    expect(model.labels).toEqual(["blue", "green", "red"]);
    const p = model.probabilities(["w=green", "w=noise1", "bias"]);
    expect(p[1]).toBeGreaterThan(0.8);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(model.explain(["w=noise1", "w=green"], "green")[0].feature).toBe("w=green");
  });

  it("is deterministic for a seed", () => {
    const a = LogisticModel.train(toyData(), { epochs: 3, seed: 9, bits: 12 });
    const b = LogisticModel.train(toyData(), { epochs: 3, seed: 9, bits: 12 });
    expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(b.toJSON()));
  });

  it("round-trips through its compact JSON with int8 weights", () => {
    const model = LogisticModel.train(toyData(), { epochs: 5, seed: 3, bits: 12 });
    const back = LogisticModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    const f = ["w=blue", "w=noise2", "bias"];
    const p1 = model.probabilities(f);
    const p2 = back.probabilities(f);
    for (let i = 0; i < 3; i++) expect(p2[i]).toBeCloseTo(p1[i], 1);
    expect(back.labels).toEqual(model.labels);
  });

  it("stores one weight column for a binary model and keeps margins", () => {
    const data: Example[] = [];
    for (let i = 0; i < 40; i++) data.push({ features: [i % 2 ? "yes" : "no"], label: i % 2 ? "P" : "N" });
    const model = LogisticModel.train(data, { epochs: 5, seed: 1, bits: 10 });
    const json = model.toJSON();
    expect(json.columns).toBe(1);
    const back = LogisticModel.fromJSON(json);
    expect(back.margin(["yes"])).toBeGreaterThan(1);
    expect(back.margin(["no"])).toBeLessThan(-1);
    expect(back.margin(["yes"])).toBeCloseTo(model.margin(["yes"]), 1);
  });

  it("fits a temperature that lowers held-out log-loss of an overconfident model", () => {
    // Label noise: the cue is right 70% of the time, so a sharp model should be softened.
    const data: Example[] = [];
    for (let i = 0; i < 200; i++) {
      const cue = i % 2 ? "a" : "b";
      const flip = i % 10 < 3;
      data.push({ features: [`w=${cue}`], label: flip ? (cue === "a" ? "B" : "A") : cue.toUpperCase() });
    }
    const model = LogisticModel.train(data, { epochs: 30, rate: 1, seed: 1, bits: 10 });
    const t = model.calibrate(data);
    const pa = model.probabilities(["w=a"])[0];
    expect(t).toBeGreaterThan(0);
    expect(pa).toBeGreaterThan(0.6);
    expect(pa).toBeLessThan(0.8);
  });

  it("averages models trained with different shuffles into one", () => {
    const a = LogisticModel.train(toyData(), { epochs: 2, seed: 1, bits: 12 });
    const b = LogisticModel.train(toyData(), { epochs: 2, seed: 2, bits: 12 });
    const avg = LogisticModel.average([a, b]);
    const f = ["w=red", "w=noise3", "bias"];
    const [sa, sb, sv] = [a.scores(f), b.scores(f), avg.scores(f)];
    for (let c = 0; c < 3; c++) expect(sv[c]).toBeCloseTo((sa[c] + sb[c]) / 2, 4);
    const other = LogisticModel.train(toyData(), { epochs: 2, seed: 1, bits: 13 });
    expect(() => LogisticModel.average([a, other])).toThrow(/different labels or bits/);
  });

  it("fits naive Bayes as a linear model whose weights are centred log-likelihoods", () => {
    const nb = LogisticModel.naiveBayes(toyData(), { bits: 12, alpha: 0.5 });
    expect(nb.labels).toEqual(["blue", "green", "red"]);
    const p = nb.probabilities(["w=red", "w=noise4"]);
    expect(p[2]).toBeGreaterThan(0.9);
    // "w=red" occurs 20 times with red and never elsewhere; each label saw 60 feature tokens
    // over 8 distinct features: the red-vs-blue weight gap is log((20 + α) / α).
    const s = nb.scores(["w=red"]);
    const prior = nb.scores([]);
    expect(s[2] - prior[2] - (s[0] - prior[0])).toBeCloseTo(Math.log(20.5 / 0.5), 4);
  });

  it("blends models row by row: the blend's scores are the weighted sum of theirs", () => {
    const a = LogisticModel.train(toyData(), { epochs: 2, seed: 1, bits: 12 });
    const b = LogisticModel.naiveBayes(toyData(), { bits: 12 });
    const mix = LogisticModel.blend([a, b], [1, 0.25]);
    const f = ["w=green", "w=noise3", "bias", "w=unseen"];
    const sa = a.scores(f);
    const sb = b.scores(f);
    const sm = mix.scores(f);
    for (let c = 0; c < 3; c++) expect(sm[c]).toBeCloseTo(sa[c] + 0.25 * sb[c], 5);
    expect(() => LogisticModel.blend([a, b], [1])).toThrow(/one weight per model, got 1 for 2/);
  });

  it("rejects misuse with the bad value in the message", () => {
    expect(() => LogisticModel.train(toyData(), { bits: 40 })).toThrow(/bits must be 8..24, got 40/);
    expect(() => LogisticModel.train([])).toThrow(/no training examples/);
    expect(() => LogisticModel.fromJSON({ kind: "x" } as never)).toThrow(/not a logistic model/);
  });
});
