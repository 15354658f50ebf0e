import { describe, expect, it } from "vitest";
import { fnv1a, seededRandom } from "./hash.js";
import { type HashedSequence, SequenceTagger } from "./sequence-tagger.js";

/** Token feature strings hashed into the tagger's input form. */
function hashed(features: string[][]): HashedSequence {
  const offsets = [0];
  const rows: number[] = [];
  for (const token of features) {
    for (const f of token) rows.push(fnv1a(f));
    offsets.push(rows.length);
  }
  return { rows: Uint32Array.from(rows), offsets: Uint32Array.from(offsets) };
}

// A toy NER task: capitalised words after "Mr" are PERSON, "in" + capitalised is LOC.
function example(words: string[]): HashedSequence & { labels: string[] } {
  const labels = words.map((w, i) => {
    if (!/^[A-Z]/.test(w)) return "O";
    if (words[i - 1] === "Mr") return "B-PER";
    if (words[i - 1] === "in") return "B-LOC";
    return "O";
  });
  const features = words.map((w, i) => [
    `w=${w.toLowerCase()}`,
    `prev=${(words[i - 1] ?? "<s>").toLowerCase()}`,
    `cap=${/^[A-Z]/.test(w)}`,
  ]);
  return { ...hashed(features), labels };
}

const train = [
  "Mr Smith lives in Paris",
  "He met Mr Jones in Berlin",
  "Mr Brown went to work in Rome",
  "The talks in Vienna ended",
  "Mr Green said nothing",
].map((s) => example(s.split(" ")));

describe("SequenceTagger", () => {
  it("learns a separable toy task and generalises to unseen names", () => {
    const tagger = SequenceTagger.train(train, { epochs: 8, seed: 7, bits: 12 });
    const test = example("Yesterday Mr White arrived in Madrid".split(" "));
    const { labels, margins } = tagger.predict(test);
    expect(labels).toEqual(test.labels);
    expect(margins.length).toBe(labels.length);
    expect(Math.min(...margins)).toBeGreaterThan(0);
  });

  it("round-trips through its compact JSON form with the same predictions", () => {
    const tagger = SequenceTagger.train(train, { epochs: 8, seed: 7, bits: 12 });
    const json = JSON.parse(JSON.stringify(tagger.toJSON()));
    const loaded = SequenceTagger.fromJSON(json);
    const test = example("Mr Black stayed in Oslo".split(" "));
    expect(loaded.predict(test).labels).toEqual(tagger.predict(test).labels);
  });

  it("is deterministic for a seed", () => {
    const a = JSON.stringify(SequenceTagger.train(train, { epochs: 3, seed: 3, bits: 10 }).toJSON());
    const b = JSON.stringify(SequenceTagger.train(train, { epochs: 3, seed: 3, bits: 10 }).toJSON());
    expect(a).toBe(b);
  });

  it("rejects mismatched features and labels, quoting the lengths", () => {
    expect(() => SequenceTagger.train([{ ...hashed([["a"]]), labels: ["O", "O"] }])).toThrow(/\(1\).*\(2\)/);
    expect(() => SequenceTagger.fromJSON({} as never)).toThrow(/not a sequence-tagger/);
  });
});

describe("hash helpers", () => {
  it("fnv1a is the standard 32-bit FNV-1a", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
  });
  it("seededRandom repeats for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
