import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { evaluateEntities } from "../../analyzers/entities/train.js";
import type { TaggerJSON } from "../../learn/sequence-tagger.js";
import { CliError, type CommandSpec } from "../command.js";
import { readJsonOption } from "../options.js";

/** `unspun eval entities --gold DIR`: typed exact-span F1 against PolNeAR's CoreNLP tags. */
export const evalEntitiesCommand: CommandSpec = {
  name: "entities",
  description:
    "Score the entities analyzer against the CoreNLP NER tags of a PolNeAR split (typed, exact span).",
  options: {
    gold: {
      type: "string",
      hint: "DIR",
      default: "../shared/data/polnear/dev",
      description: "PolNeAR split directory",
    },
    model: { type: "string", hint: "FILE", description: "Tagger model instead of the shipped one" },
    json: { type: "boolean", description: "Print the scores as JSON" },
  },
  run: async ({ values, io }) => {
    const gold = resolve(io.cwd, String(values.gold));
    if (!existsSync(join(gold, "corenlp-tsv")))
      throw new CliError("E_NOT_FOUND", `expected corenlp-tsv/ under '${gold}'`);
    const model = readJsonOption<TaggerJSON>(values.model, io.cwd, "model");
    const { scores, articles } = evaluateEntities(gold, model);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ articles, scores }, null, 2)}\n`);
      return 0;
    }
    const f = (x: number) => x.toFixed(3);
    let out = `${articles} documents\nlabel          precision  recall  F1\n`;
    for (const [label, s] of Object.entries(scores)) {
      out += `${label.padEnd(14)} ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}\n`;
    }
    io.stdout.write(out);
    return 0;
  },
};
