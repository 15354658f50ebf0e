import { describe, expect, it } from "vitest";
import { LAYERS, marksFor, segment, topTechnique, type Visibility } from "./layout.js";
import type { Annotation } from "./types.js";

const text = "Brothers, the corrupt elites said they will never stop us. Rise up now!";
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture lacks '${s}'`);
  return { start, end: start + s.length, text: s };
};

const annotations: Annotation[] = [
  { type: "technique", label: "Loaded_Language", ...at("corrupt elites") },
  { type: "technique", label: "Name_Calling,Labeling", ...at("corrupt") },
  {
    type: "attribution",
    label: "indirect",
    ...at("the corrupt elites said they will never stop us"),
    source: at("the corrupt elites"),
    cue: at("said"),
    content: at("they will never stop us"),
  },
  { type: "call_to_action", label: "act", ...at("Rise up now!") },
  { type: "language", label: "en", start: 0, end: text.length, text },
];

const all: Visibility = { layers: new Set(LAYERS), hiddenTechniques: new Set() };

describe("marksFor", () => {
  it("gives an attribution one mark per part and skips layers that are not drawn", () => {
    const marks = marksFor(annotations, text.length, all);
    expect(marks.map((m) => [m.ann, m.role])).toEqual([
      [0, "technique"],
      [1, "technique"],
      [2, "source"],
      [2, "cue"],
      [2, "content"],
      [3, "call"],
    ]);
  });

  it("drops hidden techniques and switched-off layers", () => {
    const marks = marksFor(annotations, text.length, {
      layers: new Set(["technique"]),
      hiddenTechniques: new Set(["Loaded_Language"]),
    });
    expect(marks.map((m) => m.label)).toEqual(["Name_Calling,Labeling"]);
  });

  it("clips spans to the text and drops empty ones", () => {
    const marks = marksFor(
      [
        { type: "technique", label: "Doubt", start: -3, end: 4, text: "" },
        { type: "technique", label: "Doubt", start: 5, end: 5, text: "" },
      ],
      text.length,
      all,
    );
    expect(marks).toEqual([{ ann: 0, role: "technique", label: "Doubt", start: 0, end: 4 }]);
  });
});

describe("segment", () => {
  it("tiles the whole text in order with the marks covering each piece", () => {
    const marks = marksFor(annotations, text.length, all);
    const segs = segment(text.length, marks);
    expect(segs.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
    const corrupt = segs.find((s) => text.slice(s.start, s.end) === "corrupt");
    expect(corrupt?.marks.map((i) => marks[i].label).sort()).toEqual(
      ["Loaded_Language", "Name_Calling,Labeling", "indirect"].sort(),
    );
    const plain = segs.find((s) => text.slice(s.start, s.end) === "Brothers, ");
    expect(plain?.marks).toEqual([]);
  });

  it("renders crossing spans as pieces covered by one, both, then the other", () => {
    const t = "abcdefgh";
    const marks = marksFor(
      [
        { type: "technique", label: "A", start: 1, end: 5, text: "bcde" },
        { type: "technique", label: "B", start: 3, end: 7, text: "defg" },
      ],
      t.length,
      all,
    );
    const segs = segment(t.length, marks);
    expect(segs.map((s) => [t.slice(s.start, s.end), s.marks])).toEqual([
      ["a", []],
      ["bc", [0]],
      ["de", [0, 1]],
      ["fg", [1]],
      ["h", []],
    ]);
  });

  it("adds extra cuts (chip positions) inside the text only", () => {
    const segs = segment(6, [], [0, 2, 6, 9]);
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 6],
    ]);
  });

  it("colours an overlap with the narrowest technique", () => {
    const marks = marksFor(annotations, text.length, all);
    const segs = segment(text.length, marks);
    const corrupt = segs.find((s) => text.slice(s.start, s.end) === "corrupt")!;
    const elites = segs.find((s) => text.slice(s.start, s.end) === " elites")!;
    expect(topTechnique(corrupt, marks)?.label).toBe("Name_Calling,Labeling");
    expect(topTechnique(elites, marks)?.label).toBe("Loaded_Language");
  });
});
