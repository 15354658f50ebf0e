import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { docContext, spanFeatures } from "./features.js";
import { buildPosLexicon, coarseTag, posLexiconFromJSON, posLexiconToJSON } from "./pos.js";

// Hand-written lines in the PolNeAR CoreNLP layout: start, end, word, lemma, POS, NER.
const row = (word: string, tag: string) => `0\t1\t${word}\t${word}\t${tag}\tO`;
const tsv = [
  [row("Thugs", "NNS"), row("thugs", "NNS"), row("thugs", "VBZ"), row("crooked", "JJ")],
  [row("crooked", "VBN"), row("crooked", "JJ"), row("the", "DT"), row("the", "DT"), row("the", "DT")],
  [row(",", ","), row(",", ","), row(",", ","), row("rare", "JJ")],
].map((lines) => lines.join("\n"));

describe("part-of-speech table", () => {
  it("keeps each frequent word's majority coarse tag, case-folded, and drops rare words and punctuation", () => {
    const pos = buildPosLexicon(tsv);
    expect([...pos].sort()).toEqual([
      ["crooked", "J"],
      ["the", "D"],
      ["thugs", "N"],
    ]);
    expect(coarseTag("NNPS")).toBe("P");
    expect(coarseTag("VBG")).toBe("Vg");
    expect(coarseTag(",")).toBeNull();
  });

  it("round-trips through its JSON form (tag -> sorted words)", () => {
    const pos = buildPosLexicon(tsv, 1);
    const json = posLexiconToJSON(pos);
    expect(json.J).toBe("crooked rare");
    expect(posLexiconFromJSON(json)).toEqual(pos);
  });

  it("gives a span the tags of its words and of its neighbours, unknown words as '?'", () => {
    const pos = buildPosLexicon(tsv);
    const text = "Those crooked thugs zorped the vote.";
    const ctx = docContext(createDocument({ text }));
    const start = text.indexOf("crooked");
    const f = spanFeatures(ctx, start, start + "crooked thugs zorped".length, pos);
    expect(f).toEqual(
      expect.arrayContaining(["pos=J", "pos=N", "pos=?", "pfirst=J", "plast=?", "pseq=J N ?", "pr1=D"]),
    );
    expect(new Set(f).size).toBe(f.length);
    expect(spanFeatures(ctx, start, start + 7).some((x) => x.startsWith("pos="))).toBe(false);
  });
});
