import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { buildPosLexicon, type PosLexicon } from "../../analyzers/techniques/pos.js";
import { trainTechniques } from "../../analyzers/techniques/train.js";
import { readArticles, readLabels } from "../../eval/ptc.js";
import { makeSplit, type Split } from "../../eval/techniques/split.js";
import { CliError, type CommandSpec } from "../command.js";
import { corpusDir, intOption } from "../options.js";

/** `unspun train techniques`: fits the techniques model on PTC train+dev (never test). */
export const trainTechniquesCommand: CommandSpec = {
  name: "techniques",
  description:
    "Train the persuasion-techniques model on the PTC corpus (split from OUT/split.json, created if missing).",
  options: {
    data: {
      type: "string",
      hint: "DIR",
      default: "../shared/data/ptc",
      description: "PTC directory with articles/ and labels/",
    },
    polnear: {
      type: "string",
      hint: "DIR",
      default: "../shared/data/polnear",
      description: "PolNeAR directory whose CoreNLP tags (*/corenlp-tsv/) give the part-of-speech table",
    },
    out: { type: "string", hint: "DIR", default: "models/techniques", description: "Where model.json goes" },
    seed: { type: "string", hint: "N", default: "1", description: "Random seed for shuffling" },
  },
  run: async (ctx) => {
    const { values, io } = ctx;
    const data = corpusDir(ctx, "data", ["articles", "labels"]);
    const out = resolve(io.cwd, String(values.out ?? "models/techniques"));
    const seed = intOption(values.seed ?? "1", "seed", 0) as number;
    const polnear = resolve(io.cwd, String(values.polnear ?? "../shared/data/polnear"));
    const { pos, files: posFiles } = readPosLexicon(polnear);
    const articles = readArticles(join(data, "articles"));
    const labels = readLabels(join(data, "labels"), new Map(articles.map((a) => [a.id, a.text])));
    mkdirSync(out, { recursive: true });
    const splitPath = join(out, "split.json");
    let split: Split;
    if (existsSync(splitPath)) split = JSON.parse(readFileSync(splitPath, "utf8"));
    else {
      split = makeSplit(articles.map((a) => a.id));
      writeFileSync(splitPath, `${JSON.stringify(split, null, 1)}\n`);
    }
    const started = Date.now();
    const report = trainTechniques(articles, labels, split, {
      seed,
      pos,
      log: (m) => io.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s ${m}\n`),
    });
    const modelText = JSON.stringify(report.model);
    writeFileSync(join(out, "model.json"), modelText);
    const provenance = {
      model: "model.json",
      bytes: Buffer.byteLength(modelText),
      corpus:
        "Propaganda Techniques Corpus (SemEval-2020 Task 11), Da San Martino et al., EMNLP 2019; 296 labelled articles",
      data: relative(io.cwd, data) || ".",
      partOfSpeech: {
        source: `${relative(io.cwd, polnear) || "."}/{train,dev}/corenlp-tsv (${posFiles} files of Stanford CoreNLP silver tags shipped with PolNeAR v1.0.0, Newell et al., LREC 2018)`,
        words: pos.size,
        rule: "lower-cased words seen at least 3 times, each with its most frequent coarse tag",
      },
      split: {
        file: "split.json",
        seed: split.seed,
        fittedOn: `train (${report.counts.train} articles, ${report.counts.spansTrain} spans) then train+dev`,
        tunedOn: `dev (${report.counts.dev} articles, ${report.counts.spansDev} spans): technique temperature and span calibration; decoding (sentence gate, token threshold, density): scores of all ${report.decodeTuning.articles} train+dev articles, each from span models fitted on the other 4 of 5 folds`,
        test: `${split.test.length} articles, never used in training or tuning`,
      },
      command: `unspun train techniques --data ${relative(io.cwd, data)} --polnear ${relative(io.cwd, polnear)} --out ${relative(io.cwd, out)} --seed ${seed}`,
      date: new Date().toISOString().slice(0, 10),
      seed,
      decode: report.model.decode,
      decodeTuningSi: roundAll(report.decodeTuning.si),
      calibrationOnDev: {
        note: "per score bin: mean predicted probability vs observed rate (span: overlaps a gold span; technique: top label correct on gold spans)",
        ...report.calibration,
      },
      devScores: {
        si: roundAll(report.dev.si),
        tcMicroF1: Math.round(report.dev.tc * 1e4) / 1e4,
        note: "dev scores of the phase-1 model (fitted on train only); test scores: unspun eval techniques --split test",
      },
    };
    writeFileSync(join(out, "provenance.json"), `${JSON.stringify(provenance, null, 2)}\n`);
    io.stdout.write(
      `wrote ${join(relative(io.cwd, out), "model.json")} (${(provenance.bytes / 1e6).toFixed(2)} MB); ` +
        `dev SI F1 ${report.dev.si.f1.toFixed(4)}, dev TC micro-F1 ${report.dev.tc.toFixed(4)}\n`,
    );
    return 0;
  },
};

/** The part-of-speech table from every CoreNLP TSV file under DIR/{train,dev}/corenlp-tsv, read in sorted order. */
function readPosLexicon(dir: string): { pos: PosLexicon; files: number } {
  const parts = ["train", "dev"].map((p) => join(dir, p, "corenlp-tsv")).filter((d) => existsSync(d));
  if (parts.length === 0) throw new CliError("E_NOT_FOUND", `expected train/corenlp-tsv/ under '${dir}'`);
  const files = parts.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".tsv"))
      .sort()
      .map((f) => join(d, f)),
  );
  return { pos: buildPosLexicon(files.map((f) => readFileSync(f, "utf8"))), files: files.length };
}

function roundAll(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
}
