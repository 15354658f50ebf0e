import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSpans } from "../../document/invariant.js";
import type { Annotation } from "../../document/types.js";
import { callsAnalyzer } from "../calls/index.js";
import { citationsAnalyzer } from "../citations/index.js";
import { type Actor, framingAnalyzer } from "../framing/index.js";
import { createPipeline } from "../pipeline.js";
import type { AnalyzerSpec } from "../types.js";
import { concernOf } from "./concern.js";
import { type Profile, profileAnalyzer } from "./index.js";

// Upstream analyzers are replaced by hand-built outputs in these tests, so dependencies are dropped.
const standalone = (spec: AnalyzerSpec): AnalyzerSpec => ({ ...spec, after: [] });

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const pipeline = createPipeline({
  analyzers: [
    standalone(citationsAnalyzer),
    standalone(callsAnalyzer),
    standalone(framingAnalyzer),
    standalone(profileAnalyzer),
  ],
});

const call = (label: string, quoted: boolean): Annotation => ({
  type: "call_to_action",
  label,
  start: 0,
  end: 1,
  text: "x",
  addressee: null,
  quoted,
  why: [],
});
const actor = (name: string, stance: Actor["stance"], labels: number): Actor => ({
  name,
  entity: null,
  stance,
  labels: Array.from({ length: labels }, () => ({ start: 0, end: 1, text: "x" })),
  techniques: 0,
  mentions: 1,
  why: [],
});

describe("profile analyzer", () => {
  it("reads author and publisher from a 'Written for ... by ...' footer and the title line", () => {
    const result = pipeline({ text: fixture("footer.txt") });
    expect(result.meta).toMatchObject({
      title: "The Call of the Hour",
      author: "Abu Zayd al-Example",
      publisher: "Al-Nida Media",
    });
    const profile = result.summary.profile as Profile;
    expect(profile.domains.map((d) => d.domain)).toEqual(["archive.example.net", "example-nida.org"]);
    expect(profile.calls).toMatchObject({ remember: 1, violence: 1 });
    expect(checkSpans(result)).toEqual([]);
  });

  it("reads an organisation's byline as author and publisher, not a person's name", () => {
    const org = pipeline({
      text: "Statement on the talks\n\nBy the Media Office of the Northern Front\n\nThe talks are a trap.",
    });
    expect(org.meta.author).toBe("Media Office of the Northern Front");
    expect(org.meta.publisher).toBe("Media Office of the Northern Front");
    const plain = pipeline({
      text: "Statement on the talks\n\nBy the river we waited for news.\n\nNothing came.",
    });
    expect(plain.meta.author).toBeNull();
    expect(checkSpans(org)).toEqual([]);
  });

  it("reads a byline, measures quotation share and fills meta gaps only", () => {
    const text = fixture("byline.txt");
    const result = pipeline({
      text,
      meta: { title: "Given title", links: [{ href: "https://a.example.org/x", domain: "a.example.org" }] },
    });
    expect(result.meta.title).toBe("Given title");
    expect(result.meta.author).toBe("Helen Marsh");
    expect(result.meta.publisher).toBe("City Desk");
    const profile = result.summary.profile as Profile;
    expect(profile.stated.title?.text).toBe("Why the bridge vote matters");
    expect(profile.domains).toEqual([{ domain: "a.example.org", count: 1 }]);
    const quotedChars = "We have waited long enough,".replace(/\s/g, "").length;
    const visible = text.replace(/\s/g, "").length;
    expect(profile.quotation).toBeCloseTo(quotedChars / visible, 2);
    expect(profile.ownVoice).toBeCloseTo(1 - profile.quotation, 3);
    expect(checkSpans(result)).toEqual([]);
  });

  it("rates a text that calls for violence in its own voice high, and says why", () => {
    const result = pipeline({ text: fixture("footer.txt") });
    const concern = result.summary.concern as { score: number; level: string; reasons: string[] };
    expect(concern.level).toBe("high");
    expect(concern.reasons[0]).toMatch(/1 call\(s\) to violence in the author's own voice/);
  });

  it("computes the documented formula", () => {
    const none = concernOf({ calls: [], actors: [], techniques: 0, techniquesKnown: true, words: 500 });
    expect(none).toMatchObject({ score: 0, level: "low" });
    const quoted = concernOf({
      calls: [call("violence", true)],
      actors: [],
      techniques: 0,
      techniquesKnown: true,
      words: 500,
    });
    expect(quoted.score).toBeCloseTo(0.15, 3);
    // 1 - (1-0.6)(1-(0.1*2+0.05*3))(1-0.3*(20/40))(1-0.05*2)
    const mixed = concernOf({
      calls: [call("violence", false), call("act", false), call("join", false)],
      actors: [actor("A", "out", 2), actor("B", "out", 1), actor("C", "in", 0)],
      techniques: 10,
      techniquesKnown: true,
      words: 500,
    });
    expect(mixed.score).toBeCloseTo(1 - 0.4 * 0.65 * 0.85 * 0.9, 3);
    expect(mixed.level).toBe("high");
    expect(mixed.reasons.join(" ")).toContain("A, B");
  });
});
