import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  addCredit,
  addDocument,
  DEFAULT_SELECT,
  emptyEvidence,
  selectOutlets,
} from "../../analyzers/citations/learn-outlets.js";
import { isListedKey } from "../../analyzers/citations/outlet-names.js";
import { createEntities } from "../../analyzers/entities/index.js";
import { createDocument } from "../../document/document.js";
import { readGold } from "../../eval/mobilization/gold.js";
import type { CommandSpec } from "../command.js";
import { corpusDir } from "../options.js";

/**
 * The documents outlet names are mined from: PolNeAR train and the PTC files at even
 * positions of each sorted listing (odd positions and PolNeAR dev are kept for blind tests),
 * never a document of the mobilization evaluation set, so that the set scores the table on
 * text it was not learned from.
 */
export function miningFiles(data: string, excluded: ReadonlySet<string>): string[] {
  const txt = (dir: string) =>
    readdirSync(join(data, dir))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => `${dir}/${f}`);
  const even = (list: string[]) => list.filter((_, k) => k % 2 === 0);
  return [...txt("polnear/train/text"), ...even(txt("ptc/articles")), ...even(txt("ptc/unlabeled"))].filter(
    (f) => !excluded.has(f),
  );
}

/** `unspun train outlets`: outlet names by distant supervision (learn-outlets.ts). */
export const trainOutletsCommand: CommandSpec = {
  name: "outlets",
  description:
    "Learn outlet names from PolNeAR train and even-position PTC files (contexts only a news medium fits), leaving out the mobilization set; writes outlets.json with its provenance.",
  options: {
    data: {
      type: "string",
      hint: "DIR",
      default: "../shared/data",
      description: "Shared data directory (polnear/, ptc/)",
    },
    set: {
      type: "string",
      hint: "DIR",
      default: "eval/mobilization",
      description: "Evaluation set whose documents are left out",
    },
    out: { type: "string", hint: "DIR", default: "models/citations", description: "Where outlets.json goes" },
  },
  run: async (ctx) => {
    const { values, io } = ctx;
    const data = corpusDir(ctx, "data", ["polnear/train/text", "ptc/articles", "ptc/unlabeled"]);
    const set = resolve(io.cwd, String(values.set));
    const out = resolve(io.cwd, String(values.out));
    const gold = readGold(set, data);
    // "ptc:articles/x.txt" in the set is "ptc/articles/x.txt" under the data directory.
    const excluded = new Set(
      gold.filter((d) => /^(?:ptc|polnear):/.test(d.source)).map((d) => d.source.replace(":", "/")),
    );
    const files = miningFiles(data, excluded);
    const entities = createEntities();
    const ev = emptyEvidence();
    const hash = createHash("sha256");
    for (const f of files) {
      const text = readFileSync(join(data, f), "utf8");
      hash.update(f).update("\0").update(text).update("\0");
      const doc = createDocument({ text });
      const person = new Uint8Array(doc.tokens.count);
      for (const m of entities(doc).annotations) {
        if (m.label !== "PERSON" && m.label !== "LOCATION") continue;
        for (let i = 0; i < doc.tokens.count; i++)
          if (doc.tokens.start[i] >= m.start && doc.tokens.end[i] <= m.end) person[i] = 1;
      }
      addDocument(ev, doc, (i) => person[i] === 1);
    }
    // PolNeAR's metadata credits the wire service and "h/t:" sources of each article.
    const metadata = readFileSync(join(data, "polnear/metadata.tsv"), "utf8").split("\n");
    const header = metadata[0].split("\t");
    const col = (name: string) => header.indexOf(name);
    let credits = 0;
    for (const line of metadata.slice(1)) {
      const row = line.split("\t");
      if (
        row[col("compartment")] !== "train" ||
        excluded.has(`polnear/train/text/${row[col("filename")]}.txt`)
      )
        continue;
      for (const value of [row[col("credit")], row[col("wire")]]) {
        const name = value?.replace(/^h\/t:\s*/i, "");
        if (!name || name === "None" || name === "NA") continue;
        addCredit(ev, name);
        credits++;
      }
    }
    const outlets = selectOutlets(ev, isListedKey);
    // How many outlet citations of the held-out set the table names outright (it was not mined from them).
    const learnedKeys = new Set(outlets.map((o) => o.name.toLowerCase()));
    const agency = gold.flatMap((d) =>
      d.citations.filter((c) => c.label === "agency").map((c) => d.text.slice(c.start, c.end)),
    );
    const named = agency.filter((t) => learnedKeys.has(t.replace(/^the\s+/i, "").toLowerCase())).length;
    const json = `${JSON.stringify({ kind: "outlet-names", version: 1, outlets: outlets.map((o) => o.name) })}\n`;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "outlets.json"), json);
    const provenance = {
      model: "outlets.json",
      bytes: Buffer.byteLength(json),
      corpus:
        "PolNeAR v1.0.0 train texts and metadata.tsv (credit, wire columns); PTC articles/ and unlabeled/ at even positions of the sorted listing",
      leftOut: `the ${excluded.size} corpus documents of ${relative(io.cwd, set)}/gold.jsonl; PTC odd positions and PolNeAR dev (reserved for blind tests)`,
      documents: files.length,
      metadataCredits: credits,
      textsSha256: hash.digest("hex"),
      command: `unspun train outlets --data ${relative(io.cwd, data)} --set ${relative(io.cwd, set)} --out ${relative(io.cwd, out)}`,
      date: new Date().toISOString().slice(0, 10),
      method:
        "distant supervision: a capitalised name counts once per occurrence in a context only a news medium fits (src/analyzers/citations/learn-outlets.ts: mediaContext) and once per metadata credit; person/place readings come from the shipped entity tagger",
      selection: DEFAULT_SELECT,
      heldOutCoverage: {
        note: "gold agency citations of the left-out evaluation set whose text is a learned name",
        agencyCitations: agency.length,
        named,
      },
      outlets,
    };
    writeFileSync(join(out, "outlets.provenance.json"), `${JSON.stringify(provenance, null, 2)}\n`);
    io.stdout.write(
      `${outlets.length} outlet names from ${files.length} documents -> ${relative(io.cwd, out)}\n`,
    );
    return 0;
  },
};
