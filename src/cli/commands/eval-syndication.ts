import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureRecall } from "../../syndication/recall.js";
import { CliError, type CommandSpec } from "../command.js";
import { intOption } from "../options.js";

// src/cli/commands and dist/cli/commands sit at the same depth below the repo root.
const defaultData = path.resolve(
  fileURLToPath(new URL("../../../", import.meta.url)),
  "../shared/data/ptc/articles",
);

/** `unspun eval syndication`: recall of MinHash/LSH + verification on synthetic copies of real articles. */
export const evalSyndicationCommand: CommandSpec = {
  name: "syndication",
  description: "Near-duplicate recall at Jaccard >= 0.8 on synthetic edited copies of PTC articles.",
  options: {
    data: {
      type: "string",
      hint: "DIR",
      description: "Directory of .txt articles (default ../shared/data/ptc/articles)",
    },
    seed: { type: "string", hint: "N", default: "1", description: "Seed for the random edits" },
    variants: { type: "string", hint: "N", default: "8", description: "Edited copies per article" },
  },
  async run({ values, io }) {
    const dir = typeof values.data === "string" ? path.resolve(io.cwd, values.data) : defaultData;
    let files: string[];
    try {
      files = readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort();
    } catch (error) {
      throw new CliError("E_NOT_FOUND", `cannot read articles from '${dir}': ${(error as Error).message}`);
    }
    if (files.length === 0) throw new CliError("E_NOT_FOUND", `no .txt articles in '${dir}'`);
    const texts = files.map((f) => readFileSync(path.join(dir, f), "utf8"));
    const report = measureRecall(texts, {
      seed: intOption(values.seed, "seed", 0),
      variants: intOption(values.variants, "variants", 1),
    });
    io.stdout.write(`${JSON.stringify({ articles: texts.length, ...report }, null, 2)}\n`);
    return 0;
  },
};
