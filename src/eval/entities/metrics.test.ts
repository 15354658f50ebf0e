import { describe, expect, it } from "vitest";
import { EntityScorer, prf } from "./metrics.js";

describe("entity metrics", () => {
  it("needs the same start, end and label", () => {
    const scorer = new EntityScorer();
    scorer.add(
      [
        { start: 0, end: 5, label: "PERSON" },
        { start: 10, end: 16, label: "LOCATION" },
        { start: 20, end: 23, label: "ORGANIZATION" },
      ],
      [
        { start: 0, end: 5, label: "PERSON" }, // hit
        { start: 10, end: 16, label: "ORGANIZATION" }, // wrong label
        { start: 20, end: 22, label: "ORGANIZATION" }, // wrong end
      ],
    );
    const r = scorer.result();
    expect(r.ALL).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(r.ALL.f1).toBeCloseTo(1 / 3, 6);
    expect(r.PERSON).toMatchObject({ precision: 1, recall: 1 });
    expect(r.LOCATION).toMatchObject({ tp: 0, fn: 1, recall: 0 });
  });

  it("gives zero rather than NaN on empty input", () => {
    expect(new EntityScorer().result().ALL).toEqual(prf(0, 0, 0));
    expect(prf(0, 0, 0).f1).toBe(0);
  });
});
