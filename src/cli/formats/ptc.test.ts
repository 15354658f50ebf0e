import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { emptyMeta } from "../../document/document.js";
import { type AnalysisResult, RESULT_VERSION, type Result } from "../../document/types.js";
import { ptcFormat } from "./ptc.js";

function result(id: string, source: string, text: string, spans: Array<[string, string]>): AnalysisResult {
  return {
    version: RESULT_VERSION,
    id,
    source,
    language: "en",
    text,
    meta: emptyMeta(),
    annotations: spans.map(([label, needle]) => {
      const start = text.indexOf(needle);
      return {
        type: "technique",
        label,
        start,
        end: start + needle.length,
        text: needle,
        score: 0.5,
        why: [],
      };
    }),
    entities: [],
    summary: {},
  };
}

async function write(results: Result[]): Promise<string> {
  const stream = new PassThrough();
  let out = "";
  stream.on("data", (d) => (out += d));
  const sink = ptcFormat.open({ stream, color: false });
  for (const r of results) await sink.write(r);
  await sink.end();
  return out;
}

describe("ptc format", () => {
  it("writes ID<TAB>technique<TAB>start<TAB>end with code-point offsets and the article digits", async () => {
    // "😡 " is two UTF-16 units but one code point: "evil" is at UTF-16 4, code point 3
    const text = "😡 A evil plan";
    const out = await write([
      result("article77", "/x/article77.txt", text, [["Loaded_Language", "evil"]]),
      result("notes", "/x/article88.txt", "plain and evil", [["Name_Calling,Labeling", "evil"]]),
    ]);
    expect(out).toBe("77\tLoaded_Language\t4\t8\n88\tName_Calling,Labeling\t10\t14\n");
  });

  it("skips other annotation types and error results", async () => {
    const r = result("article1", "article1.txt", "They said no.", []);
    r.annotations.push({ type: "entity", label: "PERSON", start: 0, end: 4, text: "They" });
    const err: Result = {
      version: RESULT_VERSION,
      id: "x",
      source: "x",
      error: { code: "E_EMPTY", message: "empty" },
    };
    expect(await write([r, err])).toBe("");
  });
});
