import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import type { Annotation, Entity } from "../../document/types.js";
import { callsAnalyzer } from "../calls/index.js";
import { createPipeline } from "../pipeline.js";
import type { AnalyzerOutput, AnalyzerSpec } from "../types.js";
import { type Actor, framingAnalyzer } from "./index.js";

// Upstream analyzers are replaced by hand-built outputs in these tests, so dependencies are dropped.
const standalone = (spec: AnalyzerSpec): AnalyzerSpec => ({ ...spec, after: [] });

const text = readFileSync(new URL("./fixtures/speech.txt", import.meta.url), "utf8");
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

// Upstream outputs built by hand, following the entities and techniques contracts.
const kane: Entity = {
  id: "e1",
  label: "PERSON",
  name: "Senator Kane",
  roles: ["senator"],
  mentions: [at("Senator Kane")],
};
const brussels: Entity = {
  id: "e2",
  label: "LOCATION",
  name: "Brussels",
  roles: [],
  mentions: [at("Brussels")],
};
const entities: AnalyzerOutput = {
  annotations: [kane, brussels].map((e) => ({
    type: "entity",
    label: e.label,
    ...e.mentions[0],
    entity: e.id,
  })),
  entities: [kane, brussels],
};
const technique = (label: string, s: string): Annotation => ({
  type: "technique",
  label,
  ...at(s),
  score: 0.9,
  why: ["test"],
});
const techniques: AnalyzerOutput = {
  annotations: [
    technique("Name_Calling,Labeling", "corrupt globalists"),
    technique("Loaded_Language", "under siege"),
    technique("Name_Calling,Labeling", "a traitor"),
  ],
};

function actorsOf(upstream: Record<string, AnalyzerOutput>): Actor[] {
  const doc = createDocument({ text });
  const calls = callsAnalyzer.create()(doc, upstream);
  return framingAnalyzer.create()(doc, { ...upstream, calls }).summary?.actors as Actor[];
}

describe("framing analyzer", () => {
  it("casts labelled, blamed and targeted groups as out-group and the addressed as in-group", () => {
    const actors = actorsOf({ entities, techniques });
    const by = (name: string) => actors.find((a) => a.name === name);
    const globalists = by("globalists");
    expect(globalists?.stance).toBe("out");
    expect(globalists?.labels.some((l) => l.text.includes("corrupt"))).toBe(true);
    expect(globalists?.why).toContain("target of a call to violence");
    expect(globalists?.mentions).toBe(2);
    expect(by("Senator Kane")).toMatchObject({ entity: "e1", stance: "out" });
    expect(by("Senator Kane")?.labels.map((l) => l.text)).toContain("traitor");
    expect(by("brothers")?.stance).toBe("in");
    expect(by("patriots")?.stance).toBe("in");
    expect(by("the nation")?.stance).toBe("in");
  });

  it("counts the technique spans in the sentences that mention an actor", () => {
    const actors = actorsOf({ entities, techniques });
    expect(actors.find((a) => a.name === "Senator Kane")?.techniques).toBe(2);
    expect(actors.find((a) => a.name === "the nation")?.techniques).toBe(1);
  });

  it("works without upstream entities, from group words alone", () => {
    const actors = actorsOf({});
    expect(actors.find((a) => a.name === "globalists")?.stance).toBe("out");
    expect(actors.every((a) => a.entity === null)).toBe(true);
  });

  it("keeps every span exact", () => {
    const result = createPipeline({ analyzers: [standalone(callsAnalyzer), standalone(framingAnalyzer)] })({
      text,
    });
    expect((result.summary.actors as Actor[]).length).toBeGreaterThan(0);
    expect(checkSpans(result)).toEqual([]);
  });
});
