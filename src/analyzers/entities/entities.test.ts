import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import type { Entity } from "../../document/types.js";
import { seededRandom } from "../../learn/hash.js";
import { SequenceTagger, type TaggerJSON } from "../../learn/sequence-tagger.js";
import { clusterMentions, type Mention } from "./aliases.js";
import { CompiledTagger, featureHash, HashSink, part, template } from "./fast-tagger.js";
import { shapeHash, tokenHashes } from "./features.js";
import { createEntities, entitiesAnalyzer } from "./index.js";
import { evaluateEntities } from "./train.js";

const analyze = createEntities();

function run(name: string) {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
  const output = analyze(createDocument({ text }));
  // The invariant must hold for every fixture: annotations, entities and their mentions.
  const checked = { text, annotations: output.annotations, entities: output.entities };
  expect(checkSpans(checked)).toEqual([]);
  return { text, ...output };
}

function byName(entities: Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity '${name}' in ${entities.map((x) => x.name).join(", ")}`);
  return e;
}

describe("entities analyzer", () => {
  it("merges a person's full name, initial form, surname and role into one entity", () => {
    const { entities, annotations } = run("aliases.txt");
    const blinken = byName(entities, "Antony Blinken");
    expect(blinken.label).toBe("PERSON");
    expect(blinken.mentions.map((m) => m.text)).toEqual([
      "Antony Blinken",
      "Blinken",
      "A. Blinken",
      "US Secretary of State",
    ]);
    expect(blinken.roles).toEqual(["US Secretary of State"]);
    // Every annotation of a mention carries the entity id.
    const ids = annotations
      .filter((a) => blinken.mentions.some((m) => m.start === a.start && m.end === a.end))
      .map((a) => a.entity);
    expect(new Set(ids)).toEqual(new Set([blinken.id]));
  });

  it("merges country aliases under the canonical name", () => {
    const { entities } = run("aliases.txt");
    const us = byName(entities, "United States");
    expect(us.label).toBe("LOCATION");
    expect(us.mentions.map((m) => m.text)).toEqual(["US", "United States", "America", "US"]);
  });

  it("reads titles before and appositions after a name as roles", () => {
    const { entities } = run("titles.txt");
    expect(byName(entities, "Askar Mamin").roles).toEqual(["Prime Minister of Kazakhstan"]);
    expect(byName(entities, "Kazakhstan").label).toBe("LOCATION");
    expect(byName(entities, "Ivan Sokolov").roles).toEqual([
      "head of the Third European Department of the Foreign Ministry",
    ]);
    expect(byName(entities, "Maria Zakharova").roles).toEqual([
      "spokeswoman for the Russian Foreign Ministry",
    ]);
    const { entities: more } = run("aliases.txt");
    expect(byName(more, "Olaf Scholz").roles).toEqual(["German Chancellor"]);
  });

  it("does not take sentence-initial or headline capitals for names", () => {
    const { entities } = run("capitals.txt");
    const names = entities.map((e) => e.name);
    // A title-cased headline names nobody; a credit line of names keeps its names.
    expect(names.filter((n) => /Peace|Talks|Trap|Faithful/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["Valerie Volcovici", "Lawrence Hurley", "Will Dunham"]));
    // "Did" and the vocative "O" are not part of any name.
    expect(names.some((n) => n.startsWith("Did") || n === "O")).toBe(false);
    expect(names.some((n) => n.startsWith("UN Security Council"))).toBe(true);
  });

  it("reads a role set off by a comma before the name, only as an apposition, and lower-case offices", () => {
    const { entities } = run("capitals.txt");
    expect(byName(entities, "Rustam Nazarov").roles).toEqual(["foreign minister of the interim government"]);
    expect(byName(entities, "Putin").roles).toEqual([]);
    // Lower-case office words before a title belong to the role.
    expect(byName(entities, "Martin Keller").roles).toEqual(["UN special envoy"]);
  });

  it("joins an acronym to the organisation it abbreviates", () => {
    const { entities } = run("titles.txt");
    const nato = byName(entities, "North Atlantic Treaty Organization");
    expect(nato.label).toBe("ORGANIZATION");
    expect(nato.mentions.map((m) => m.text)).toEqual(["North Atlantic Treaty Organization", "NATO"]);
  });

  it("finds transliterated Arabic, Russian and Central Asian names, also inside quotations", () => {
    const { entities } = run("transliterated.txt");
    const people = entities.filter((e) => e.label === "PERSON").map((e) => e.name);
    expect(people).toEqual([
      "Mohammed bin Rashid Al Maktoum",
      "Shavkat Mirziyoyev",
      "Sergei Lavrov",
      "Ilham Aliyev",
      "Kassym-Jomart Tokayev",
      "Dmitry Peskov",
    ]);
    expect(byName(entities, "Sergei Lavrov").roles).toEqual(["Russian Foreign Minister"]);
    expect(byName(entities, "Shavkat Mirziyoyev").roles).toEqual(["Uzbek President"]);
    expect(byName(entities, "Tashkent").label).toBe("LOCATION");
  });

  it("gives ids in order of first mention and lists each entity once", () => {
    const { entities } = run("transliterated.txt");
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
    expect(new Set(entities.map((e) => e.name)).size).toBe(entities.length);
  });

  it("rejects a model option that is not a tagger", () => {
    expect(() => entitiesAnalyzer.create({ model: { kind: "nope" } as never })).toThrow(/not a tagger model/);
  });
});

describe("alias clustering", () => {
  const m = (text: string, label = "PERSON"): Mention => ({
    start: 0,
    end: text.length,
    text,
    label,
    words: text.split(" ").map((w) => w.replace(/\.$/, "")),
  });

  it("keeps two people with one surname apart and sends the short form to the latest", () => {
    const clusters = clusterMentions([
      m("Hillary Clinton"),
      m("Bill Clinton"),
      m("Clinton"),
      m("H. Clinton"),
    ]);
    expect(clusters.map((c) => c.mentions)).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it("does not merge a surname with a different given name", () => {
    const clusters = clusterMentions([m("Olaf Scholz"), m("Anna Scholz")]);
    expect(clusters).toHaveLength(2);
  });
});

const polnearDev = resolve(
  fileURLToPath(new URL("../../../", import.meta.url)),
  "../shared/data/polnear/dev",
);

describe("shipped model", () => {
  it("reproduces the dev F1 recorded in its provenance file", () => {
    const provenance = JSON.parse(
      readFileSync(new URL("../../../models/entities/ner.provenance.json", import.meta.url), "utf8"),
    );
    const { scores } = evaluateEntities(polnearDev);
    expect(scores.ALL.f1).toBeCloseTo(provenance.devScores.ALL.f1, 4);
    expect(scores.ALL.f1).toBeGreaterThan(0.8);
  }, 60_000);
});

describe("entity feature hashing", () => {
  const hashOfShape = (word: string) => shapeHash(word, 0, word.length);

  it("hashes a word's collapsed shape as the hash of the shape string", () => {
    expect(hashOfShape("Blinken")).toBe(part("Xx"));
    expect(hashOfShape("U.S.")).toBe(part("X.X."));
    expect(hashOfShape("2016")).toBe(part("d"));
    expect(hashOfShape("McCain")).toBe(part("XxXx"));
    expect(hashOfShape("Ünal")).toBe(part("Xx"));
    expect(hashOfShape("état-major")).toBe(part("x-x"));
    // Only the first 12 code units count.
    expect(hashOfShape("Internationalisation-2020")).toBe(part("Xx"));
    expect(shapeHash("say Obama.", 4, 9)).toBe(part("Xx"));
  });

  it("hashes each token's word, suffix and prefix once per document", () => {
    const doc = createDocument({ text: "Mr Blinken met us." });
    const hashes = tokenHashes(doc);
    expect(tokenHashes(doc)).toBe(hashes);
    expect(Array.from(hashes.word)).toEqual(doc.lower.map(part));
    expect(hashes.suffix[1]).toBe(part("ken"));
    expect(hashes.prefix[1]).toBe(part("bli"));
    expect(hashes.suffix[0]).toBe(part("mr"));
  });

  it("combines components in order, so swapped or missing components differ", () => {
    const t = template("w=");
    const [a, b] = [part("new"), part("york")];
    expect(featureHash(t, a, b)).not.toBe(featureHash(t, b, a));
    expect(featureHash(t, a)).not.toBe(featureHash(t, a, b));
    expect(featureHash(t, a)).not.toBe(featureHash(template("w-1="), a));
    expect(featureHash(t, a, b)).toBe(featureHash(template("w="), part("new"), part("york")));
  });
});

describe("compiled tagger", () => {
  it("decodes like SequenceTagger, also for features the model has no row for", () => {
    const L = 3;
    const rowCount = 6000;
    const rows = Uint32Array.from({ length: rowCount }, (_, r) => (r * 2654435761) >>> 12);
    const random = seededRandom(5);
    const weights = Int16Array.from({ length: rowCount * L }, () => Math.round((random() - 0.5) * 2000));
    const json: TaggerJSON = {
      kind: "sequence-tagger",
      version: 1,
      labels: ["A", "B", "C"],
      bits: 20,
      scale: 0.01,
      rows: Buffer.from(rows.buffer).toString("base64"),
      weights: Buffer.from(weights.buffer).toString("base64"),
      transitions: Array.from({ length: (L + 1) * L }, () => Math.round((random() - 0.5) * 400) / 100),
    };
    const reference = SequenceTagger.fromJSON(json);
    const compiled = new CompiledTagger(json);
    const sink = new HashSink();
    const path = new Uint8Array(40);
    for (let s = 0; s < 20; s++) {
      sink.reset();
      const hashes: number[] = [];
      const offsets = [0];
      for (let i = 0; i < 40; i++) {
        for (let f = 0; f < 6; f++) {
          // Kept rows from anywhere in the list, and hashes the model does not have.
          const h = random() < 0.8 ? rows[Math.floor(random() * rowCount)] : Math.floor(random() * 2 ** 32);
          hashes.push(h);
          sink.hashes[sink.size++] = h | 0;
        }
        offsets.push(hashes.length);
        sink.ends[sink.count++] = sink.size;
      }
      compiled.decode(sink, path);
      const expected = reference.predict({
        rows: Uint32Array.from(hashes),
        offsets: Uint32Array.from(offsets),
      });
      expect(Array.from(path, (y) => json.labels[y])).toEqual(expected.labels);
    }
  });
});
