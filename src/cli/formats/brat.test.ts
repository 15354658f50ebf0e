import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { AnalysisResult, Annotation } from "../../document/types.js";
import { parseAnn } from "../../eval/polnear.js";
import { bratFormat, bratName, toBrat } from "./brat.js";

const text = '"We will win," Smith said, "and soon."\n\nThey claimed it was over.';
const at = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};

const direct: Annotation = {
  type: "attribution",
  label: "direct",
  ...at(text.split("\n")[0]),
  source: at("Smith"),
  cue: at("said"),
  content: at(text.split("\n")[0]),
  contentParts: [at('"We will win,"'), at('"and soon."')],
  direct: true,
  entity: null,
  via: null,
  why: [],
};
const noSource: Annotation = {
  type: "attribution",
  label: "indirect",
  ...at("claimed it was over"),
  source: null,
  cue: at("claimed"),
  content: at("it was over"),
  direct: false,
  entity: null,
  via: null,
  why: [],
};

describe("brat format", () => {
  it("writes PolNeAR's layout and reads back the same spans", () => {
    const ann = toBrat(text, [direct, noSource]);
    expect(ann).toContain("T1\tSource ");
    expect(ann).toMatch(/T3\tContent 0 14;27 38\t"We will win," "and soon."/);
    expect(ann).toMatch(/E2\tAttribution-no-source:T\d+ Content:T\d+ Cue:T\d+\n/);
    const back = parseAnn(ann);
    expect(back).toEqual([
      {
        source: [{ start: 15, end: 20 }],
        cue: [{ start: 21, end: 25 }],
        content: [
          { start: 0, end: 14 },
          { start: 27, end: 38 },
        ],
      },
      { source: null, cue: [{ start: 45, end: 52 }], content: [{ start: 53, end: 64 }] },
    ]);
  });

  it("splits spans at line breaks, which brat cannot hold", () => {
    const across: Annotation = { ...noSource, content: { start: 0, end: text.length, text } };
    const line = toBrat(text, [across])
      .split("\n")
      .find((l) => l.includes("Content"))!;
    expect(line).toMatch(/Content 0 38;40 65\t/);
    expect(line).not.toMatch(/\n/);
  });

  it("writes NAME.ann and NAME.txt into the output directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "unspun-brat-"));
    const sink = bratFormat.open({ stream: new PassThrough(), outPath: dir, color: false });
    const result = {
      id: "doc 1/a",
      source: "x.txt",
      text,
      annotations: [direct],
    } as unknown as AnalysisResult;
    sink.write(result);
    sink.end();
    expect(bratName("doc 1/a", "x.txt")).toBe("doc_1_a");
    expect(readFileSync(join(dir, "doc_1_a.txt"), "utf8")).toBe(text);
    expect(parseAnn(readFileSync(join(dir, "doc_1_a.ann"), "utf8"))).toHaveLength(1);
  });
});
