import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { docContext } from "../../analyzers/techniques/features.js";
import { loadTechniquesModel, MODEL_URL } from "../../analyzers/techniques/index.js";
import { labelSpans } from "../../analyzers/techniques/label.js";
import { createDocument } from "../../document/document.js";
import { formatSpanLine, type PtcSpan, parseSpanLines, readArticles } from "../../eval/ptc.js";
import { CliError, type CommandSpec } from "../command.js";

/** `unspun label-spans`: fills the technique column of a SemEval TC template. */
export const labelSpansCommand: CommandSpec = {
  name: "label-spans",
  description:
    "Label given spans with a technique: reads ID<TAB>?<TAB>start<TAB>end lines, writes them with the technique filled in.",
  options: {
    spans: {
      type: "string",
      hint: "TEMPLATE",
      description: "Template file (code-point offsets, as in the corpus)",
    },
    articles: { type: "string", hint: "DIR", description: "Directory of articleID.txt files" },
    model: { type: "string", hint: "FILE", description: "Model file instead of the shipped one" },
  },
  run: async ({ values, io }) => {
    if (typeof values.spans !== "string" || typeof values.articles !== "string") {
      throw new CliError("E_USAGE", "label-spans needs --spans TEMPLATE and --articles DIR");
    }
    const model = loadTechniquesModel(
      typeof values.model === "string" ? resolve(io.cwd, values.model) : MODEL_URL,
    );
    let template: string;
    let spans: PtcSpan[];
    let texts: Map<string, string>;
    try {
      texts = new Map(readArticles(resolve(io.cwd, values.articles)).map((a) => [a.id, a.text]));
      const path = resolve(io.cwd, values.spans);
      template = readFileSync(path, "utf8");
      spans = parseSpanLines(template, texts, values.spans);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === "ENOENT" ? "E_NOT_FOUND" : "E_PARSE";
      throw new CliError(code, (e as Error).message);
    }
    const byId = new Map<string, number[]>();
    spans.forEach((s, i) => {
      byId.set(s.id, [...(byId.get(s.id) ?? []), i]);
    });
    const labels = new Array<string>(spans.length);
    for (const [id, indices] of byId) {
      const ctx = docContext(createDocument({ text: texts.get(id)!, id }));
      const got = labelSpans(
        model,
        ctx,
        indices.map((i) => spans[i]),
      );
      indices.forEach((i, k) => {
        labels[i] = got[k];
      });
    }
    const out = spans.map((s, i) => formatSpanLine(texts.get(s.id)!, { ...s, label: labels[i] }));
    io.stdout.write(out.length ? `${out.join("\n")}\n` : "");
    return 0;
  },
};
