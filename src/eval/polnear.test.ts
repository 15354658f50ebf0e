import { describe, expect, it } from "vitest";
import { parseAnn, parseCoreNlpTsv, parseFragments } from "./polnear.js";

describe("PolNeAR readers", () => {
  it("reads discontinuous brat offsets", () => {
    expect(parseFragments("10 20;25 30")).toEqual([
      { start: 10, end: 20 },
      { start: 25, end: 30 },
    ]);
    expect(() => parseFragments("20 10")).toThrow(/bad brat offsets '20 10'/);
  });

  it("ties Source, Cue and Content together through E lines, source optional", () => {
    const ann = [
      "T1\tSource 0 5\tSmith",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 20;22 30\tsomething else",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tCue 40 44\tseen",
      "T6\tContent 45 50\tthing",
      "T7\tAttribution-no-source 40 44\tseen",
      "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
      "#1\tAnnotatorNotes T1\ta note",
      "",
    ].join("\n");
    expect(parseAnn(ann)).toEqual([
      {
        source: [{ start: 0, end: 5 }],
        cue: [{ start: 6, end: 10 }],
        content: [
          { start: 11, end: 20 },
          { start: 22, end: 30 },
        ],
      },
      { source: null, cue: [{ start: 40, end: 44 }], content: [{ start: 45, end: 50 }] },
    ]);
  });

  it("groups CoreNLP tokens by sentence", () => {
    const tsv = "0\t3\tThe\tthe\tDT\tO\n4\t9\tSmith\tSmith\tNNP\tPERSON\n\n10\t12\tHe\the\tPRP\tO\n";
    const sentences = parseCoreNlpTsv(tsv);
    expect(sentences).toHaveLength(2);
    expect(sentences[0][1]).toEqual({ start: 4, end: 9, pos: "NNP", ner: "PERSON" });
  });
});
