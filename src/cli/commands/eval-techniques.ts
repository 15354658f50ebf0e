import { resolve } from "node:path";
import { loadTechniquesModel, MODEL_URL } from "../../analyzers/techniques/index.js";
import { PTC_LABELS, type PtcArticle, type PtcSpan, readArticles, readLabels } from "../../eval/ptc.js";
import { crossValidate } from "../../eval/techniques/cv.js";
import { evaluateTechniques, formatEval, type TechniquesEval } from "../../eval/techniques/run.js";
import { loadSplit, selectIds } from "../../eval/techniques/split.js";
import { CliError, type CommandSpec } from "../command.js";

/** `unspun eval techniques`: official SemEval-2020 Task 11 SI and TC scores. */
export const evalTechniquesCommand: CommandSpec = {
  name: "techniques",
  description:
    "Score the techniques model on PTC gold labels: SI P/R/F1 and TC micro-F1 with per-technique scores.",
  options: {
    gold: {
      type: "string",
      hint: "LABEL_DIR",
      description: "Directory (or file) of ID<TAB>technique<TAB>start<TAB>end labels",
    },
    articles: { type: "string", hint: "DIR", description: "Directory of articleID.txt files" },
    split: {
      type: "string",
      hint: "NAME",
      default: "all",
      description: "train, dev, test, train+dev (from models/techniques/split.json) or all given articles",
    },
    model: { type: "string", hint: "FILE", description: "Model file instead of the shipped one" },
    cv: {
      type: "string",
      hint: "K",
      description:
        "Instead of scoring the shipped model: K-fold cross-validation (train, tune, score) over the chosen articles",
    },
    json: { type: "boolean", description: "Print the scores as JSON" },
  },
  run: async ({ values, io }) => {
    if (typeof values.gold !== "string" || typeof values.articles !== "string") {
      throw new CliError("E_USAGE", "eval techniques needs --gold LABEL_DIR and --articles DIR");
    }
    const model = loadTechniquesModel(
      typeof values.model === "string" ? resolve(io.cwd, values.model) : MODEL_URL,
    );
    let articles: PtcArticle[];
    try {
      articles = readArticles(resolve(io.cwd, values.articles));
    } catch (e) {
      throw new CliError("E_NOT_FOUND", (e as Error).message);
    }
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    let gold: Map<string, PtcSpan[]>;
    try {
      gold = readLabels(resolve(io.cwd, values.gold), texts);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === "ENOENT" ? "E_NOT_FOUND" : "E_PARSE";
      throw new CliError(code, (e as Error).message);
    }
    const splitName = String(values.split ?? "all");
    let keep: Set<string>;
    try {
      keep = new Set(
        selectIds(splitName === "all" ? { seed: 0, train: [], dev: [], test: [] } : loadSplit(), splitName, [
          ...texts.keys(),
        ]),
      );
    } catch (e) {
      throw new CliError("E_USAGE", (e as Error).message);
    }
    const chosen = articles.filter((a) => keep.has(a.id));
    if (chosen.length === 0)
      throw new CliError("E_EMPTY", `no articles of split '${splitName}' in '${values.articles}'`);
    let result: TechniquesEval;
    if (typeof values.cv === "string") {
      const folds = Number(values.cv);
      if (!Number.isInteger(folds) || folds < 2 || folds > chosen.length) {
        throw new CliError(
          "E_USAGE",
          `--cv must be an integer from 2 to ${chosen.length}, got '${values.cv}'`,
        );
      }
      // The folds reuse the model's part-of-speech table: it comes from PolNeAR, not from PTC.
      result = crossValidate(chosen, gold, { folds, pos: model.pos, log: (m) => io.stderr.write(`${m}\n`) });
    } else result = evaluateTechniques(model, chosen, gold);
    if (values.json) io.stdout.write(`${JSON.stringify({ split: splitName, ...result }, null, 2)}\n`);
    else {
      const how = typeof values.cv === "string" ? `, ${values.cv}-fold cross-validation` : "";
      io.stdout.write(`split: ${splitName}${how}\n${formatEval(result, PTC_LABELS)}`);
    }
    return 0;
  },
};
