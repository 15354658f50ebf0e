import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import type { LoadedDoc } from "../../eval/mobilization/gold.js";
import { citationsAnalyzer, findCitations } from "./index.js";
import { crossFitted, crossValidateGate, gateDocs, trainGate } from "./learn-gate.js";
import { gateCandidates, gateFeatures, outletGateFromJSON, shippedOutletGate } from "./outlet-gate.js";
import { outletNames } from "./outlets.js";

/** A document of a made-up set whose agency citations are every occurrence of `cited`. */
function record(id: string, part: string, text: string, cited: string[]): LoadedDoc {
  const citations = cited.map((name) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`'${name}' is not in '${text}'`);
    return { start, end: start + name.length, label: "agency", ref: name };
  });
  return { id, split: "train", part, source: `texts/${id}.txt`, text, calls: [], citations };
}

// In this made-up set CNN counts after "a count by", which the rules do not read as reporting,
// and never when a politician "attacked" it.
const counted = (n: number) =>
  `Clinton leads by ${n} delegates, according to a count by CNN. Trump attacked CNN again.`;
const set = Array.from({ length: 12 }, (_, k) => record(`d${k}`, `part-${k % 3}`, counted(k + 2), ["CNN"]));

describe("outlet gate", () => {
  it("reads the words around each known name and the rules' verdict on it", () => {
    const doc = createDocument({ text: "The senator told CNN on Sunday that he attacked Reuters." });
    const found = findCitations(doc, null);
    const [told, attacked] = gateCandidates(doc, outletNames(doc), found);
    expect(doc.text.slice(told.start, told.end)).toBe("CNN");
    expect(told.rule?.ref).toBe("CNN");
    expect(gateFeatures(doc, told)).toEqual(
      expect.arrayContaining(["l1:told", "l21:senator_told", "r1:on", "rule:yes", "src:list"]),
    );
    expect(attacked.rule).toBeUndefined();
    expect(gateFeatures(doc, attacked)).toEqual(expect.arrayContaining(["l1:attacked", "rule:no"]));
  });

  it("learns a reporting context the rules miss and explains the citation it adds", () => {
    const gate = trainGate(gateDocs(set));
    expect(gate.parts).toEqual(["part-0", "part-1", "part-2"]);
    const text = "Sanders trails by 40 delegates, according to a count by CNN. Trump attacked CNN again.";
    const doc = createDocument({ text });
    const rulesOnly = findCitations(doc, null).filter((f) => f.label === "agency");
    const gated = findCitations(doc, gate).filter((f) => f.label === "agency");
    expect(rulesOnly.map((f) => text.slice(f.start, f.end))).not.toContain("CNN");
    expect(gated.map((f) => f.start)).toEqual([text.indexOf("CNN")]);
    expect(gated[0].why).toMatch(/^a reporting context learned from annotated news \(p 0\.\d\d; .*l\d/);
    const annotations = citationsAnalyzer.create({ gate })(doc, {}).annotations;
    expect(annotations.map((a) => a.text)).toEqual(["CNN"]);
    const result = { text, annotations };
    expect(checkSpans(result)).toEqual([]);
  });

  it("scores each part of the set with a gate that never saw it", () => {
    const docs = gateDocs(set);
    const gate = trainGate(docs);
    const gateFor = crossFitted(gate, docs);
    expect(gateFor("part-1")).not.toBe(gate);
    expect(gateFor("part-1")).toBe(gateFor("part-1"));
    expect(gateFor("a-part-it-never-saw")).toBe(gate);
    const estimates = crossValidateGate(docs, gate);
    expect(estimates.map((e) => [e.part, e.documents])).toEqual([
      ["part-0", 4],
      ["part-1", 4],
      ["part-2", 4],
    ]);
    // The rules find none of the 12 citations; each held-out gate finds them all.
    const sum = (key: "rules" | "gate") => estimates.reduce((n, e) => n + e[key].tp, 0);
    expect([sum("rules"), sum("gate")]).toEqual([0, 12]);
  });

  it("ships a gate with a threshold and the parts it learned from, and refuses a bad one", () => {
    const gate = shippedOutletGate();
    expect(gate.threshold).toBeGreaterThan(0);
    expect(gate.parts).toContain("test-8");
    const model = trainGate(gateDocs(set)).model.toJSON();
    expect(() => outletGateFromJSON({ threshold: 1.5, parts: [], model })).toThrow(/got 1\.5/);
  });
});
