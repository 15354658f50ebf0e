import type { AttributionModel } from "../../analyzers/attributions/index.js";
import { annotatorAgreement, evaluateAttributions } from "../../analyzers/attributions/train.js";
import { KINDS } from "../../eval/attributions/metrics.js";
import type { CommandSpec } from "../command.js";
import { corpusDir, polnearGoldOption, readJsonOption } from "../options.js";

/** `unspun eval attributions --gold DIR`: source/cue/content P/R/F1, exact and overlap. */
export const evalAttributionsCommand: CommandSpec = {
  name: "attributions",
  description:
    "Score entities+attributions on a PolNeAR split (text/ and attributions/): precision, recall, F1 for source, cue, content, exact and overlap.",
  options: {
    gold: polnearGoldOption,
    model: { type: "string", hint: "FILE", description: "Attribution model instead of the shipped one" },
    json: { type: "boolean", description: "Print the scores as JSON" },
    agreement: {
      type: "boolean",
      description:
        "Score human agreement instead: on articles annotated twice, the second annotator against the first (the ceiling for these scores)",
    },
  },
  run: async (ctx) => {
    const { values, io } = ctx;
    const gold = corpusDir(ctx, "gold", ["text", "attributions"]);
    const model = readJsonOption<AttributionModel>(values.model, io.cwd, "model");
    const scores = values.agreement ? annotatorAgreement(gold) : evaluateAttributions(gold, model);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
      return 0;
    }
    const f = (x: number) => x.toFixed(3);
    let out = `${scores.documents} documents\nkind      match    precision  recall  F1\n`;
    for (const match of ["exact", "overlap"] as const) {
      for (const kind of KINDS) {
        const s = scores[match][kind];
        out += `${kind.padEnd(9)} ${match.padEnd(8)} ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}\n`;
      }
    }
    io.stdout.write(out);
    return 0;
  },
};
