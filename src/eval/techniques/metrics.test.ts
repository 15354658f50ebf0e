import { describe, expect, it } from "vitest";
import { mergeSpans, scoreSi, scoreTc } from "./metrics.js";

describe("SI metric (SemEval-2020 Task 11)", () => {
  it("gives partial credit by character overlap", () => {
    // gold [0,10); predicted [5,15): |s∩t| = 5, P = 5/10, R = 5/10
    const s = scoreSi(new Map([["1", [{ start: 5, end: 15 }]]]), new Map([["1", [{ start: 0, end: 10 }]]]));
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it("merges overlapping gold spans before scoring", () => {
    expect(
      mergeSpans([
        { start: 0, end: 5 },
        { start: 3, end: 8 },
        { start: 8, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 8 },
      { start: 8, end: 9 },
    ]);
    // gold [0,5) and [3,8) merge to [0,8); one prediction [0,8) is perfect
    const s = scoreSi(
      new Map([["1", [{ start: 0, end: 8 }]]]),
      new Map([
        [
          "1",
          [
            { start: 0, end: 5 },
            { start: 3, end: 8 },
          ],
        ],
      ]),
    );
    expect(s.f1).toBeCloseTo(1);
    expect(s.gold).toBe(1);
  });

  it("counts spans over all articles and misses in other articles", () => {
    // article 1: perfect; article 2: a prediction with no gold; article 3: a gold span missed
    const s = scoreSi(
      new Map([
        ["1", [{ start: 0, end: 4 }]],
        ["2", [{ start: 0, end: 4 }]],
      ]),
      new Map([
        ["1", [{ start: 0, end: 4 }]],
        ["3", [{ start: 2, end: 6 }]],
      ]),
    );
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
  });

  it("credits one prediction against two gold spans it covers", () => {
    // predicted [0,20) covers gold [0,5) and [10,15): P = (5+5)/20, R = (1 + 1)/2
    const s = scoreSi(
      new Map([["1", [{ start: 0, end: 20 }]]]),
      new Map([
        [
          "1",
          [
            { start: 0, end: 5 },
            { start: 10, end: 15 },
          ],
        ],
      ]),
    );
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1);
  });

  it("rejects overlapping predictions", () => {
    expect(() =>
      scoreSi(
        new Map([
          [
            "7",
            [
              { start: 0, end: 5 },
              { start: 4, end: 9 },
            ],
          ],
        ]),
        new Map(),
      ),
    ).toThrow(/article 7.*overlap/);
  });

  it("scores zero, not NaN, when nothing is predicted", () => {
    const s = scoreSi(new Map(), new Map([["1", [{ start: 0, end: 3 }]]]));
    expect(s).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("TC metric", () => {
  const span = (label: string, start = 0, end = 5, id = "1") => ({ id, label, start, end });

  it("is accuracy over the given spans", () => {
    const gold = [span("A"), span("B", 10, 12), span("C", 20, 30)];
    const pred = [span("A"), span("A", 10, 12), span("C", 20, 30)];
    const s = scoreTc(pred, gold);
    expect(s.microF1).toBeCloseTo(2 / 3);
    expect(s.correct).toBe(2);
    expect(s.confusion.B.A).toBe(1);
    expect(s.perLabel.A).toMatchObject({ precision: 0.5, recall: 1, support: 1 });
    expect(s.perLabel.B).toMatchObject({ precision: 0, recall: 0, support: 1 });
  });

  it("matches identical spans with two techniques as a multiset", () => {
    const gold = [span("A"), span("B")];
    expect(scoreTc([span("B"), span("A")], gold).microF1).toBeCloseTo(1);
    expect(scoreTc([span("A"), span("A")], gold).microF1).toBeCloseTo(0.5);
  });
});
