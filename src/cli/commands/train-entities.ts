import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { evaluateEntities, trainEntityModel } from "../../analyzers/entities/train.js";
import { roundScores } from "../../eval/entities/metrics.js";
import type { CommandSpec } from "../command.js";
import { corpusDir, intOption, trainingOptions } from "../options.js";

/** `unspun train entities`: the NER tagger on PolNeAR train's CoreNLP tags. */
export const trainEntitiesCommand: CommandSpec = {
  name: "entities",
  description:
    "Train the entity tagger on the CoreNLP tags of PolNeAR train; scores it on dev and writes ner.json with its provenance.",
  options: trainingOptions({
    data: "../shared/data/polnear",
    dataDescription: "PolNeAR directory with train/ and dev/",
    out: "models/entities",
    outDescription: "Where ner.json goes",
    epochs: 9,
  }),
  run: async (ctx) => {
    const { values, io } = ctx;
    const data = corpusDir(ctx, "data", ["train/corenlp-tsv"]);
    const out = resolve(io.cwd, String(values.out));
    const epochs = intOption(values.epochs, "epochs", 1)!;
    const seed = intOption(values.seed, "seed", 0)!;
    const started = Date.now();
    const log = (m: string) => io.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s ${m}\n`);
    const { model, articles, sentences } = trainEntityModel(data, { epochs, seed, log });
    const text = JSON.stringify(model);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "ner.json"), text);
    const dev = evaluateEntities(join(data, "dev"), model);
    const provenance = {
      model: "ner.json",
      bytes: Buffer.byteLength(text),
      corpus:
        "PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018), CoreNLP 4-class NER column (silver labels)",
      split: {
        trainedOn: `train (${articles} articles, ${sentences} sentences)`,
        scoredOn: `dev (${dev.articles} articles)`,
      },
      command: `unspun train entities --data ${relative(io.cwd, data)} --out ${relative(io.cwd, out)} --epochs ${epochs} --seed ${seed}`,
      date: new Date().toISOString().slice(0, 10),
      learner:
        "averaged structured perceptron over IO labels, first-order Viterbi, 2^20 hashed features, int16 weights",
      devScores: roundScores(dev.scores),
      note: "typed exact-span F1 of the whole analyzer against CoreNLP's tags of dev (silver, not gold)",
    };
    writeFileSync(join(out, "ner.provenance.json"), `${JSON.stringify(provenance, null, 2)}\n`);
    io.stdout.write(
      `dev F1 ${provenance.devScores.ALL.f1} (${text.length} bytes) -> ${relative(io.cwd, out)}\n`,
    );
    return 0;
  },
};
