import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { miningFiles } from "../../cli/commands/train-outlets.js";
import { createDocument } from "../../document/document.js";
import {
  addCredit,
  addDocument,
  emptyEvidence,
  mediaContext,
  nameSpans,
  notAName,
  selectOutlets,
} from "./learn-outlets.js";
import { OUTLETS } from "./outlet-list.js";
import { isListedKey, LEARNED } from "./outlet-names.js";
import { PROGRAMMES } from "./programme-list.js";

const contextOf = (text: string, name: string) => {
  const doc = createDocument({ text });
  const span = nameSpans(doc).find((s) => s.surface === name);
  if (!span) throw new Error(`no name '${name}' in: ${text}`);
  return mediaContext(doc, span.a, span.b);
};

describe("outlet mining", () => {
  it("cuts capitalised names, leaving out a leading 'The', dates and title-case headlines", () => {
    const doc = createDocument({
      text: "The Times of Israel said on Twitter Thursday that 60 Minutes aired it. Fbi Makes Final Preparations To Interview Her.",
    });
    expect(nameSpans(doc).map((s) => s.key)).toEqual(["times of israel", "twitter", "60 minutes"]);
  });

  it("tells strong media contexts from weak ones and from none", () => {
    expect(contextOf("CNN anchor Jake Tapper asked.", "CNN")).toEqual({
      why: "'anchor' after it",
      weak: false,
    });
    expect(contextOf("She appeared on Morning Joe today.", "Morning Joe")?.weak).toBe(false);
    expect(contextOf("In an op-ed in the Tennessean, he argued.", "Tennessean")?.weak).toBe(false);
    expect(contextOf("He wrote for The Washington Informer that.", "Washington Informer")?.weak).toBe(false);
    expect(contextOf("Sources told TheDCNF on Monday.", "TheDCNF")?.weak).toBe(true);
    expect(contextOf("It uncritically peddled the Russiagate story.", "Russiagate")?.weak).toBe(true);
    // A write-in vote, a language, a place before its station: no medium.
    expect(contextOf("He wrote in Ron Paul in 2012.", "Ron Paul")).toBeNull();
    expect(contextOf("Practice writing in Hebrew daily.", "Hebrew")).toBeNull();
    expect(contextOf("It was broadcast on New York's AM 970.", "New York")).toBeNull();
    expect(contextOf("Trump attacked CNN again.", "CNN")).toBeNull();
  });

  it("learns names from repeated evidence and rejects people, pollsters, platforms and common words", () => {
    const ev = emptyEvidence();
    const texts = [
      "Sources told TheDCNF on Monday. A source told TheDCNF it was true. TheDCNF reported in May that it grew.",
      "He told Smith. Smith said it was true. Smith went home. Smith wrote in Latin.",
      "Morning Consult editor Jane Roe said so. A Morning Consult poll showed it. A Morning Consult poll again.",
      "He said on Twitter that it was over. He appeared on Twitter again.",
      "Senior editor John Doe said it. He is a senior man in a senior post.",
      "Acme Weekly columnist Ann Roe said it. Acme Weekly host Bob Poe agreed.",
    ];
    const people = new Set(["John", "Doe", "Jane", "Roe", "Ann", "Bob", "Poe"]);
    for (const text of texts) {
      const doc = createDocument({ text });
      addDocument(ev, doc, (i) => people.has(text.slice(doc.tokens.start[i], doc.tokens.end[i])));
    }
    addCredit(ev, "The BizPac Review");
    addCredit(ev, "CNN");
    expect(selectOutlets(ev, isListedKey).map((o) => o.name)).toEqual([
      "Acme Weekly",
      "BizPac Review",
      "TheDCNF",
    ]);
  });

  it("names a reason why a key cannot be an outlet", () => {
    const never = () => false;
    expect(notAName("mexican", never)).toBe("an adjective");
    expect(notAName("r-texas", never)).toBe("a party and state ('R-Texas')");
    expect(notAName("former breitbart", never)).toBe("a title before a name");
    expect(notAName("additional", (w) => w === "additional")).toBe("a common word");
    expect(notAName("jezebel", never)).toBeNull();
  });

  it("mines only PolNeAR train and even-position PTC files outside the evaluation set", () => {
    const data = mkdtempSync(join(tmpdir(), "unspun-outlets-"));
    for (const [dir, names] of [
      ["polnear/train/text", ["a.txt", "b.txt"]],
      ["polnear/dev/text", ["c.txt"]],
      ["ptc/articles", ["a1.txt", "a2.txt", "a3.txt", "a2.labels.tsv"]],
      ["ptc/unlabeled", ["u1.txt", "u2.txt"]],
    ] as const) {
      mkdirSync(join(data, dir), { recursive: true });
      for (const n of names) writeFileSync(join(data, dir, n), "x");
    }
    expect(miningFiles(data, new Set(["polnear/train/text/b.txt", "ptc/articles/a3.txt"]))).toEqual([
      "polnear/train/text/a.txt",
      "ptc/articles/a1.txt",
      "ptc/unlabeled/u1.txt",
    ]);
  });

  it("ships a learned table the analyzer reads", () => {
    expect(LEARNED).toContain("TheDCNF");
    expect(LEARNED.some((n) => isListedKey(n.toLowerCase()))).toBe(false);
  });

  it("keeps each name of the hand lists on one line only", () => {
    const lines = new Map<string, string>();
    for (const line of [...OUTLETS, ...PROGRAMMES])
      for (const form of line.split("|")) {
        const key = form.replace(/^\??(?:The )?/, "").toLowerCase();
        expect([key, lines.get(key) ?? line]).toEqual([key, line]);
        lines.set(key, line);
      }
  });
});
