import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDocument, type Doc } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import type { Annotation, Entity, TextSpan } from "../../document/types.js";
import { AttributionScorer } from "../../eval/attributions/metrics.js";
import { readAttributionSplit } from "../../eval/polnear.js";
import { entitiesAnalyzer } from "../entities/index.js";
import { createPipeline } from "../pipeline.js";
import {
  assembleParagraph,
  cutAtFrontedClause,
  prepositionToCue,
  type Relation,
  type Run,
  skipAddressee,
  splitAccordingTo,
} from "./assemble.js";
import { attributionFacts } from "./features.js";
import { attributionsAnalyzer, createAttributions } from "./index.js";
import { findQuotes } from "./quotes.js";
import { participleSubject, relativeSource } from "./sources.js";
import {
  annotatorAgreement,
  evaluateAttributions,
  goldSpans,
  predictedSpans,
  tuningSliceNames,
} from "./train.js";
import { isVetoed } from "./vetoes.js";

const pipeline = createPipeline({ analyzers: [entitiesAnalyzer, attributionsAnalyzer] });

interface Found {
  source: string | null;
  cue: string | null;
  content: string;
  parts: string[] | null;
  direct: boolean;
  entity: string | null;
  via: string | null;
}

function run(name: string): { found: Found[]; entities: Entity[]; annotations: Annotation[] } {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
  const result = pipeline({ text });
  expect(checkSpans(result)).toEqual([]);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const found = result.annotations
    .filter((a) => a.type === "attribution")
    .map((a) => ({
      source: (a.source as TextSpan | null)?.text ?? null,
      cue: (a.cue as TextSpan | null)?.text ?? null,
      content: (a.content as TextSpan).text,
      parts: (a.contentParts as TextSpan[] | undefined)?.map((p) => p.text) ?? null,
      direct: a.direct as boolean,
      entity: a.entity === null ? null : (names.get(a.entity as string) ?? "?"),
      via: (a.via as { name: string } | null)?.name ?? null,
    }));
  return { found, entities: result.entities, annotations: result.annotations };
}

describe("attributions analyzer", () => {
  it("finds direct quotations in every quotation style", () => {
    const { found } = run("quote-styles.txt");
    expect(found.map((f) => [f.content, f.direct])).toEqual([
      ['"The sanctions will not change our course."', true],
      ["“We are ready for talks,”", true],
      ["«The decision has already been made.»", true],
      ["„We stand with our partners.“", true],
      ["‘The bridge will reopen next week.’", true],
    ]);
    expect(found.map((f) => f.entity)).toEqual([
      "Sergei Lavrov",
      "Dmitry Peskov",
      "Olga Petrova",
      "Olaf Scholz",
      null,
    ]);
    expect(found[1].source).toBe("the spokesman Dmitry Peskov");
    expect(found[1].cue).toBe("told");
    expect(found[4].source).toBe("The mayor");
  });

  it("finds reported speech, 'according to' and passive statements", () => {
    const { found } = run("reported.txt");
    const tokayev = found.find((f) => f.entity === "Kassym-Jomart Tokayev");
    expect(tokayev).toMatchObject({
      source: "President Kassym-Jomart Tokayev",
      cue: "said",
      content: "that the government would raise pensions next year",
      direct: false,
    });
    expect(found.find((f) => f.cue === "declared")).toMatchObject({
      source: "Uzbek officials",
      content: "their readiness to resume gas deliveries",
    });
    expect(found.find((f) => f.cue === "According to")).toMatchObject({
      source: "the United Nations",
      content: "more than two million people have fled the region",
      entity: "United Nations",
    });
    expect(found.find((f) => f.cue === "was made by")).toMatchObject({
      content: "A similar statement",
      entity: "Ivan Sokolov",
    });
  });

  it("records the outlet a statement came through, also along a chain", () => {
    const { found } = run("reported.txt");
    expect(found.find((f) => f.source === "The Interfax agency")).toMatchObject({
      cue: "reported:",
      content: '"The special envoy arrived in Damascus on Monday."',
      direct: true,
      via: "Interfax",
    });
    // "RIA Novosti reported that the special envoy ... said ...": the envoy's words come via the agency.
    expect(found.find((f) => f.entity === "Alexander Lavrentiev")).toMatchObject({
      cue: "said",
      via: "RIA Novosti",
    });
    // "told Izvestia": the newspaper is the channel.
    expect(found.find((f) => f.cue === "told")).toMatchObject({ entity: "Ivan Sokolov", via: "Izvestia" });
  });

  it("joins the two halves of an interrupted quotation", () => {
    const { found } = run("interrupted.txt");
    expect(found[0]).toMatchObject({
      source: "Ahmed Hassan",
      cue: "said",
      parts: ['"We will not give up our land,"', '"and we will not forget who took it."'],
      direct: true,
      entity: "Ahmed Hassan",
    });
  });

  it("follows PolNeAR's content conventions around the cue", () => {
    const { found } = run("conventions.txt");
    expect(found.map((f) => [f.source, f.cue, f.parts])).toEqual([
      // A second quotation right after the cue sentence continues the same speaker.
      [
        "Mayor Ana Ruiz",
        "said",
        ["''The bridge will stay closed all winter,''", "''We have no money left. The council knows it.''"],
      ],
      ["Ruiz", "told", ['"The port is our lifeline,"', '"Without it the town dies."']],
      // A cue set off by commas reports both halves of its sentence.
      ["she", "said", ["For the fishermen of the north shore", "the closure means months without income"]],
      // A sourceless cue inside its clause: the content wraps it.
      [null, "is expected", ["The governor", "to visit the harbor next week"]],
      // An appositive source before its cue keeps its closing comma; content stops at "; ...".
      ["Tom Hale, the harbor master,", "said", null],
      // Content stops where ", but ..." starts another clause.
      ["The council", "said", null],
      // A participle cue after a comma reports the sentence's subject.
      ["Senator Mara Quinn", "telling", null],
    ]);
    expect(found.slice(4).map((f) => f.content)).toEqual([
      "the storm damaged three piers",
      "the budget was exhausted",
      "that the vote was rigged",
    ]);
  });

  it("wraps the subject of a passive cue into the content, not the source", () => {
    const { found } = run("passive.txt");
    expect(found.map((f) => [f.source, f.parts?.[0] ?? f.content])).toEqual([
      [null, "The harbor master"],
      // The subject stops at the comma after an introductory phrase ...
      [null, "many fishermen"],
      // ... and a relative pronoun stands for it.
      [null, "who"],
      // The one asked is neither source nor content.
      [null, "the delays at the north pier on Monday"],
      // Whoever "seems" to hold a view is part of the content too.
      [null, "The governor"],
    ]);
  });

  it("reports no attribution for an action or an imperative in opinion text", () => {
    const { found } = run("opinion.txt");
    // "They raised prices", "Remember what they did", "and remember who closed the clinic".
    expect(found.map((f) => [f.source, f.cue])).toEqual([
      ["The opposition leader Marta Lind", "raised concerns"],
      ["she", "said"],
    ]);
  });

  it("resolves a pronoun source to the nearest person", () => {
    const { found } = run("interrupted.txt");
    const she = found.filter((f) => f.source === "She");
    expect(she.length).toBeGreaterThan(0);
    for (const f of she) expect(f.entity).toBe("Maria Zakharova");
  });

  it("keeps a quotation over several paragraphs together with its speaker", () => {
    const { found } = run("multi-paragraph.txt");
    expect(found).toHaveLength(1);
    expect(found[0].source).toBe("he");
    expect(found[0].entity).toBe("Abu Bakr al-Rashid");
    expect(found[0].parts?.[0]).toMatch(/^"Brothers, the time of waiting is over\./);
    expect(found[0].parts?.at(-1)).toMatch(/Remember the martyrs,"$/);
  });

  it("works without upstream entities (sources then have no entity id)", () => {
    const analyze = createAttributions();
    const doc = createDocument({ text: 'The minister said: "We will win."' });
    const out = analyze(doc, {});
    expect(out.annotations).toHaveLength(1);
    expect(out.annotations[0]).toMatchObject({ direct: true, entity: null });
    const checked = { text: doc.text, annotations: out.annotations };
    expect(checkSpans(checked)).toEqual([]);
  });

  it("finds nothing in empty text or in quotation marks alone", () => {
    for (const text of ["", "  \n\n ", '"""«»„“']) {
      expect(pipeline({ text }).annotations.filter((a) => a.type === "attribution")).toEqual([]);
    }
  });

  it("rejects a model that is not an attribution model", () => {
    expect(() => attributionsAnalyzer.create({ model: { kind: "x" } as never })).toThrow(
      /not an attribution model/,
    );
  });
});

describe("vetoes", () => {
  /** A one-token cue (the first token spelled `cue`) with content after it. */
  const relation = (doc: Doc, cue: string, source: string | null): Relation => {
    const c = doc.lower.indexOf(cue);
    const src = source === null ? -1 : doc.lower.indexOf(source);
    return {
      source: src < 0 ? null : { kind: "SRC", first: src, last: src + 1 },
      cue: { kind: "CUE", first: c, last: c + 1 },
      content: [{ kind: "CON", first: c + 1, last: c + 3 }],
    };
  };

  it("drops a sourceless imperative, also after ', and'", () => {
    const doc = createDocument({
      text: "Share this page, and remember who closed the clinic. Ask them why.",
    });
    expect(isVetoed(doc, relation(doc, "remember", null))).toBe(true);
    expect(isVetoed(doc, relation(doc, "ask", null))).toBe(true);
  });

  it("keeps a cue with a subject or a past-tense opener", () => {
    const doc = createDocument({ text: "Voters remember the cuts. Asked about it, he declined." });
    expect(isVetoed(doc, relation(doc, "remember", "voters"))).toBe(false);
    expect(isVetoed(doc, relation(doc, "asked", null))).toBe(false);
  });

  it("drops a cue of prepositions and 'be' alone", () => {
    const doc = createDocument({ text: "Activists about the shift met. She spoke about the shift." });
    expect(isVetoed(doc, relation(doc, "about", "activists"))).toBe(true);
    expect(isVetoed(doc, relation(doc, "spoke", "she"))).toBe(false);
  });

  it("takes 'raise' as a cue only when what is raised is said", () => {
    const prices = createDocument({ text: "They raised prices again." });
    const concerns = createDocument({ text: "She raised serious concerns about it." });
    expect(isVetoed(prices, relation(prices, "raised", "they"))).toBe(true);
    expect(isVetoed(concerns, relation(concerns, "raised", "she"))).toBe(false);
  });
});

describe("assembly", () => {
  it("ends reported content with a clause fronted before the sentence's subject", () => {
    const cut = (text: string, cue: string, source: string | null = null) => {
      const doc = createDocument({ text });
      const at = (w: string) => doc.lower.indexOf(w);
      const rel: Relation = {
        source: source ? { kind: "SRC", first: at(source), last: at(source) + 1 } : null,
        cue: { kind: "CUE", first: at(cue), last: at(cue) + 1 },
        content: [{ kind: "CON", first: at(cue) + 1, last: doc.tokens.count - 1 }],
      };
      cutAtFrontedClause(doc, rel, findQuotes(doc).state);
      const con = rel.content[0];
      return doc.text.slice(doc.tokens.start[con.first], doc.tokens.end[con.last - 1]);
    };
    expect(
      cut("Though Trump claims that he is rich, the research firms put him far lower.", "claims", "trump"),
    ).toBe("that he is rich");
    expect(
      cut("But in describing the plan as a buzz, the journalists are missing the point.", "describing"),
    ).toBe("the plan as a buzz");
    // Not fronted: the content runs on; nor after "in" without a gerund, nor before a quotation.
    expect(cut("Trump claims that he is rich, and the firms disagree.", "claims", "trump")).toBe(
      "that he is rich, and the firms disagree",
    );
    expect(cut("In a turn that called to mind, for some, an old refrain, he spoke.", "called")).toBe(
      "to mind, for some, an old refrain, he spoke",
    );
    expect(cut('As they say about the doctor, "gifted hands, great mind."', "say")).toBe(
      'about the doctor, "gifted hands, great mind.',
    );
  });

  it("gives a content run left over by a later cue block to the nearest cue still without one", () => {
    const text =
      'According to the agency, the envoy Martin Keller said on Tuesday that "talks will resume." The agency also reported that the minister agreed.';
    const doc = createDocument({ text });
    const at = (w: string, from = 0) => doc.lower.indexOf(w, from);
    const agency2 = at("agency", at("agency") + 1);
    const runs: Run[] = [
      { kind: "CUE", first: at("according"), last: at("according") + 2 },
      { kind: "SRC", first: at("the"), last: at("keller") + 1 },
      { kind: "CUE", first: at("said"), last: at("said") + 1 },
      { kind: "CON", first: at("that"), last: agency2 - 1 },
      { kind: "SRC", first: agency2 - 1, last: agency2 + 1 },
      { kind: "CUE", first: agency2 + 1, last: agency2 + 3 },
      { kind: "CON", first: agency2 + 3, last: doc.tokens.count - 1 },
    ];
    const { state, quotes } = findQuotes(doc);
    const cues = assembleParagraph(doc, runs, state, quotes).map((r) =>
      doc.text.slice(doc.tokens.start[r.cue!.first], doc.tokens.end[r.cue!.last - 1]),
    );
    expect(cues).toEqual(["said", "also reported"]);
  });
});

describe("coordinated cues", () => {
  it("gives a cue after 'and' / 'but' the sentence's subject as source", () => {
    const doc = createDocument({
      text: "She thanked the volunteers and promised that the clinic would reopen. The plan, however, failed.",
    });
    const cue = (w: string): Run => ({
      kind: "CUE",
      first: doc.lower.indexOf(w),
      last: doc.lower.indexOf(w) + 1,
    });
    const source = participleSubject(doc, cue("promised"), []);
    expect(source && doc.lower.slice(source.first, source.last)).toEqual(["she"]);
    expect(participleSubject(doc, cue("failed"), [])).toBeNull();
  });
});

describe("according to", () => {
  it("splits 'According to X, Y said Z' into X reporting 'Y said Z' and Y saying Z", () => {
    const doc = createDocument({ text: "According to the agency, the envoy said that talks will resume." });
    const at = (w: string) => doc.lower.indexOf(w);
    const said: Relation = {
      source: { kind: "SRC", first: at("the"), last: at("said") },
      cue: { kind: "CUE", first: at("said"), last: at("said") + 1 },
      content: [{ kind: "CON", first: at("that"), last: at(".") }],
    };
    const span = (r: Run | null) =>
      r && doc.text.slice(doc.tokens.start[r.first], doc.tokens.end[r.last - 1]);
    const [according] = splitAccordingTo(doc, [said]);
    expect([span(according.source), span(according.cue), span(according.content[0])]).toEqual([
      "the agency",
      "According to",
      "the envoy said that talks will resume",
    ]);
    expect(span(said.source)).toBe("the envoy");
  });
});

describe("quotation marks", () => {
  it("pairs marks per style and ignores apostrophes", () => {
    const doc = createDocument({ text: 'He said «no» and „yes“ and ‘maybe’, but didn’t say "why".' });
    const quoted = findQuotes(doc).quotes.map((q) =>
      doc.text.slice(doc.tokens.start[q.first], doc.tokens.end[q.last - 1]),
    );
    expect(quoted).toEqual(["no", "yes", "maybe", "why"]);
  });

  it("closes an unclosed quotation at the paragraph end", () => {
    const doc = createDocument({ text: '"First part of a long quote\n\nNext paragraph.' });
    const { quotes } = findQuotes(doc);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].close).toBe(-1);
    expect(doc.text.slice(doc.tokens.start[quotes[0].last - 1], doc.tokens.end[quotes[0].last - 1])).toBe(
      "quote",
    );
  });
});

// Corpus texts are read from ../shared/data (never copied into the repository).
const polnearDev = resolve(
  fileURLToPath(new URL("../../../", import.meta.url)),
  "../shared/data/polnear/dev",
);

describe("on PolNeAR dev articles", () => {
  it("keeps the span invariant and finds most gold contents", () => {
    const articles = readAttributionSplit(polnearDev).slice(0, 8);
    const scorer = new AttributionScorer();
    for (const article of articles) {
      const result = pipeline({ text: article.text });
      expect(checkSpans(result)).toEqual([]);
      scorer.add(article.text, goldSpans(article), predictedSpans(result.annotations));
    }
    // A floor well below the measured dev scores: catches a broken model or assembly.
    expect(scorer.result().overlap.content.f1).toBeGreaterThan(0.6);
    expect(scorer.result().exact.cue.f1).toBeGreaterThan(0.4);
  });
});

describe("annotator agreement", () => {
  it("scores the second annotator of each twice-annotated article against the first", () => {
    const dir = mkdtempSync(join(tmpdir(), "unspun-agreement-"));
    try {
      mkdirSync(join(dir, "text"));
      mkdirSync(join(dir, "attributions"));
      writeFileSync(join(dir, "text", "a.txt"), "Ann Lee said on Monday that taxes would rise.");
      const ann = (cue: string) =>
        `T1\tSource 0 7\tAnn Lee\nT2\tCue ${cue}\nT3\tContent 23 44\tthat taxes would rise\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n`;
      writeFileSync(join(dir, "attributions", "a_first.ann"), ann("8 12\tsaid"));
      writeFileSync(join(dir, "attributions", "a_second.ann"), ann("8 22\tsaid on Monday"));
      // Annotated once: not part of the agreement.
      writeFileSync(join(dir, "text", "b.txt"), "Bo said no.");
      writeFileSync(
        join(dir, "attributions", "b_first.ann"),
        "T1\tCue 3 7\tsaid\nT2\tContent 8 10\tno\nE1\tAttribution:T1 Content:T2 Cue:T1\n",
      );
      const scores = annotatorAgreement(dir);
      expect(scores.documents).toBe(1);
      expect(scores.exact.source.f1).toBe(1);
      expect(scores.exact.content.f1).toBe(1);
      // The annotators disagree on where the cue ends: no exact match, but an overlap.
      expect(scores.exact.cue.f1).toBe(0);
      expect(scores.overlap.cue.f1).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("tuning slices of train", () => {
  it("partition train into ten disjoint tenths", () => {
    const polnear = resolve(polnearDev, "..");
    const slices = Array.from({ length: 10 }, (_, k) => tuningSliceNames(polnear, k));
    const all = new Set(slices.flatMap((s) => [...s]));
    expect(slices.reduce((n, s) => n + s.size, 0)).toBe(all.size);
    for (const s of slices) expect(Math.abs(s.size - all.size / 10)).toBeLessThanOrEqual(1);
    expect(readAttributionSplit(resolve(polnear, "train")).length).toBe(all.size);
  });
});

describe("shipped model", () => {
  it("reproduces the dev scores recorded in its provenance file", () => {
    const provenance = JSON.parse(
      readFileSync(
        new URL("../../../models/attributions/attribution.provenance.json", import.meta.url),
        "utf8",
      ),
    );
    const scores = evaluateAttributions(polnearDev);
    for (const match of ["exact", "overlap"] as const) {
      for (const kind of ["source", "cue", "content"] as const) {
        expect(scores[match][kind].f1).toBeCloseTo(provenance.devScores[match][kind].f1, 4);
      }
    }
  }, 60_000);
});

describe("source and cue extents", () => {
  const tokens = (doc: Doc, from: string, to: string, kind: Run["kind"]): Run => ({
    kind,
    first: doc.lower.indexOf(from),
    last: doc.lower.indexOf(to) + 1,
  });
  const text = (doc: Doc, run: Run | null) => run && doc.lower.slice(run.first, run.last).join(" ");

  it("reads PolNeAR's conventions for subjects, appositions and participles", () => {
    const { found } = run("sources.txt");
    expect(found.filter((f) => f.cue !== "had").map((f) => [f.source, f.cue])).toEqual([
      ["who", "say"],
      // A postposed apposition keeps its closing comma when a comma follows it ...
      ["Dana Ortiz, an engineer with the county,", "said"],
      // ... but not before a participle cue of its own.
      ["Dana Ortiz, an engineer with the county", "referring to"],
      // A participle cue takes the subject with its title and place.
      ["Mr. Reyes", "noting"],
      ["Texas Gov. Ann Lowry", "telling"],
      // The source is the whole sentence-initial noun phrase, not only its last noun.
      ["Audit files from the county", "show"],
      ["The senator", "complained about"],
      // After a closed relative clause the speaker is its antecedent, not "who".
      ["Mr. Tran", "told"],
      ["who", "has called"],
      ["Warren", "told"],
      ["Mayor Ruiz", "has said"],
    ]);
    // A relative clause between source and cue describes the source, it is not content.
    expect(found[found.length - 1].content).toBe("the harbor will reopen in the spring");
  });

  it("continues a quotation after a long cue sentence with the same speaker", () => {
    const { found } = run("continued.txt");
    expect(found.filter((f) => f.cue === "said").map((f) => [f.source, f.parts])).toEqual([
      ["Ruiz", ['"The harbor is the heart of this town,"', '"We cannot wait another year."']],
      ["Ms. Okafor", ["''Nobody asked the fishermen,''", "''They found out from the newspaper.''"]],
    ]);
  });

  it("gives a cue right after a closing quotation that quotation, not the phrase after it", () => {
    const { found } = run("continued.txt");
    expect(found.filter((f) => f.cue === "says").map((f) => [f.source, f.parts])).toEqual([
      ["she", ['"The port will reopen in spring,"', '"The money is already there."']],
    ]);
    expect(found.filter((f) => f.cue === null)).toEqual([]);
  });

  it("gives a cue right after a relative pronoun the pronoun as source", () => {
    const doc = createDocument({ text: "It angered farmers in the valley who say the dam is unsafe." });
    const rel: Relation = {
      source: tokens(doc, "farmers", "who", "SRC"),
      cue: tokens(doc, "say", "say", "CUE"),
      content: [tokens(doc, "the", "unsafe", "CON")],
    };
    relativeSource(doc, rel);
    expect(text(doc, rel.source)).toBe("who");
    const far: Relation = {
      source: tokens(doc, "farmers", "valley", "SRC"),
      cue: tokens(doc, "say", "say", "CUE"),
      content: [],
    };
    relativeSource(doc, far);
    expect(text(doc, far.source)).toBe("farmers in the valley");
  });

  it("leaves the one spoken to out of the content", () => {
    const doc = createDocument({
      text: "She told the harbor workers that the pier would close. They urged him to stay.",
    });
    const pos = doc.lower.map((w) => (w === "him" ? "PR" : w === "the" ? "DT" : "NN"));
    const rel = (cue: string, from: string, to: string): Relation => ({
      source: null,
      cue: tokens(doc, cue, cue, "CUE"),
      content: [tokens(doc, from, to, "CON")],
    });
    const told = rel("told", "the", "close");
    const urged = rel("urged", "him", "stay");
    for (const r of [told, urged]) skipAddressee(doc, r, pos, findQuotes(doc).state);
    expect([text(doc, told.content[0]), text(doc, urged.content[0])]).toEqual([
      "that the pier would close",
      "to stay",
    ]);
    const said = rel("told", "the", "close");
    said.cue = tokens(doc, "pier", "pier", "CUE");
    said.content = [tokens(doc, "would", "close", "CON")];
    skipAddressee(doc, said, pos, findQuotes(doc).state);
    expect(text(doc, said.content[0])).toBe("would close");
  });

  it("moves a preposition opening reported content into the cue", () => {
    const doc = createDocument({ text: "She complained about the cost of the bridge." });
    const rel: Relation = {
      source: tokens(doc, "she", "she", "SRC"),
      cue: tokens(doc, "complained", "complained", "CUE"),
      content: [tokens(doc, "about", "bridge", "CON")],
    };
    prepositionToCue(doc, rel, findQuotes(doc).state);
    expect([text(doc, rel.cue), text(doc, rel.content[0])]).toEqual([
      "complained about",
      "the cost of the bridge",
    ]);
  });
});

describe("token facts", () => {
  it("looks words up in the cue and part-of-speech tables as own keys only", () => {
    const doc = createDocument({ text: "The constructor said toString works." });
    const facts = attributionFacts(doc, { said: 0.9 }, [], { said: "V" });
    const at = (w: string) => doc.lower.indexOf(w);
    expect(facts.cue[at("said")]).toBe(3);
    expect(facts.pos[at("said")]).toBe("V");
    for (const w of ["constructor", "tostring"]) {
      expect(facts.cue[at(w)]).toBe(0);
      expect(facts.pos[at(w)]).toBe("?");
    }
  });
});
