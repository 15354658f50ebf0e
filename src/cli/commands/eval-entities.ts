import { evaluateEntities } from "../../analyzers/entities/train.js";
import type { TaggerJSON } from "../../learn/sequence-tagger.js";
import type { CommandSpec } from "../command.js";
import { corpusDir, polnearGoldOption, readJsonOption } from "../options.js";

/** `unspun eval entities --gold DIR`: typed exact-span F1 against PolNeAR's CoreNLP tags. */
export const evalEntitiesCommand: CommandSpec = {
  name: "entities",
  description:
    "Score the entities analyzer against the CoreNLP NER tags of a PolNeAR split (typed, exact span).",
  options: {
    gold: polnearGoldOption,
    model: { type: "string", hint: "FILE", description: "Tagger model instead of the shipped one" },
    json: { type: "boolean", description: "Print the scores as JSON" },
  },
  run: async (ctx) => {
    const { values, io } = ctx;
    const gold = corpusDir(ctx, "gold", ["corenlp-tsv"]);
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
