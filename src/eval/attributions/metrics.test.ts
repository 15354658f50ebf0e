import { describe, expect, it } from "vitest";
import { AttributionScorer, normaliseSpan } from "./metrics.js";

const text = 'Smith said that taxes rise.\n\nJones added: "No."';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`'${s}' not in text`);
  return [{ start, end: start + s.length }];
};

describe("attribution metrics", () => {
  it("scores exact and overlap matches per kind", () => {
    const scorer = new AttributionScorer();
    scorer.add(
      text,
      {
        source: [span("Smith"), span("Jones")],
        cue: [span("said"), span("added:")],
        content: [span("that taxes rise"), span('"No."')],
      },
      // source: one exact, one missing; cue: one exact, one partial; content: one partial, one extra.
      {
        source: [span("Smith")],
        cue: [span("said"), span("added")],
        content: [span("taxes rise"), span("Jones")],
      },
    );
    const r = scorer.result();
    expect(r.exact.source).toMatchObject({ precision: 1, recall: 0.5 });
    expect(r.exact.cue).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(r.overlap.cue).toMatchObject({ precision: 1, recall: 1 });
    expect(r.exact.content).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(r.overlap.content).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(r.overlap.source.f1).toBeCloseTo(2 / 3, 6);
  });

  it("counts a span shared by two attributions once", () => {
    const scorer = new AttributionScorer();
    scorer.add(
      text,
      { source: [span("Smith"), span("Smith")], cue: [], content: [] },
      { source: [span("Smith")], cue: [], content: [] },
    );
    expect(scorer.result().exact.source).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it("joins fragments split only by whitespace and trims edges", () => {
    const t = "a quote\n\ncontinues here ";
    expect(
      normaliseSpan(t, [
        { start: 0, end: 7 },
        { start: 9, end: 24 },
      ]),
    ).toEqual([{ start: 0, end: 23 }]);
    // A real interruption stays two fragments.
    const u = '"A," he said, "B."';
    expect(
      normaliseSpan(u, [
        { start: 0, end: 4 },
        { start: 14, end: 18 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 14, end: 18 },
    ]);
  });

  it("scores nothing predicted as zero, not NaN", () => {
    const scorer = new AttributionScorer();
    scorer.add(text, { source: [span("Smith")], cue: [], content: [] }, { source: [], cue: [], content: [] });
    expect(scorer.result().exact.source).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
