import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  crossValidateGate,
  GATE_TRAINING,
  gateDocs,
  type PartEstimate,
  trainGate,
} from "../../analyzers/citations/learn-gate.js";
import type { OutletGateJSON } from "../../analyzers/citations/outlet-gate.js";
import { readGold } from "../../eval/mobilization/gold.js";
import { type Counts, score } from "../../eval/mobilization/metrics.js";
import type { CommandSpec } from "../command.js";
import { corpusDir } from "../options.js";

const sum = (rows: readonly PartEstimate[], key: "rules" | "gate"): Counts =>
  rows.reduce((c, r) => ({ tp: c.tp + r[key].tp, fp: c.fp + r[key].fp, fn: c.fn + r[key].fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });

const pr = (c: Counts) => {
  const s = score(c);
  return { precision: +s.precision.toFixed(3), recall: +s.recall.toFixed(3), ...c };
};

/** `unspun train outlet-gate`: the learned check on known outlet names (outlet-gate.ts). */
export const trainOutletGateCommand: CommandSpec = {
  name: "outlet-gate",
  description:
    "Train the outlet gate on the mobilization set's agency citations, print its leave-one-part-out estimate against the rules, and write outlet-gate.json with its provenance.",
  options: {
    data: {
      type: "string",
      hint: "DIR",
      default: "../shared/data",
      description: "Shared data directory (the set's corpus documents)",
    },
    set: {
      type: "string",
      hint: "DIR",
      default: "eval/mobilization",
      description: "Evaluation set to learn from",
    },
    exclude: {
      type: "string",
      hint: "PARTS",
      description: "Parts left out of training and estimate (comma-separated), e.g. a blind split",
    },
    out: {
      type: "string",
      hint: "DIR",
      default: "models/citations",
      description: "Where outlet-gate.json goes",
    },
  },
  run: async (ctx) => {
    const { values, io } = ctx;
    const data = corpusDir(ctx, "data", ["polnear", "ptc"]);
    const set = resolve(io.cwd, String(values.set));
    const out = resolve(io.cwd, String(values.out));
    const exclude = values.exclude === undefined ? [] : String(values.exclude).split(",").filter(Boolean);
    const gold = readGold(set, data).filter((d) => !exclude.includes(d.part ?? d.split));
    const docs = gateDocs(gold);
    const gate = trainGate(docs);
    const estimates = crossValidateGate(docs, gate);
    const json: OutletGateJSON = {
      threshold: gate.threshold,
      parts: [...gate.parts],
      model: gate.model.toJSON(),
    };
    const text = `${JSON.stringify(json)}\n`;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "outlet-gate.json"), text);
    const lines = ["part           documents  rules P / R    gate P / R"];
    const row = (name: string, rows: readonly PartEstimate[]) => {
      const r = pr(sum(rows, "rules"));
      const g = pr(sum(rows, "gate"));
      const docsIn = rows.reduce((n, e) => n + e.documents, 0);
      lines.push(
        `${name.padEnd(15)}${String(docsIn).padStart(9)}  ${r.precision.toFixed(3)} / ${r.recall.toFixed(3)}  ${g.precision.toFixed(3)} / ${g.recall.toFixed(3)}`,
      );
    };
    for (const e of estimates) row(e.part, [e]);
    row(
      "test-*",
      estimates.filter((e) => e.part.startsWith("test-")),
    );
    row("all", estimates);
    const provenance = {
      model: "outlet-gate.json",
      bytes: Buffer.byteLength(text),
      data: `${relative(io.cwd, set)}/gold.jsonl (agency citations; corpus texts from ${relative(io.cwd, data)})`,
      goldSha256: createHash("sha256")
        .update(readFileSync(join(set, "gold.jsonl")))
        .digest("hex"),
      leftOut: exclude,
      documents: docs.length,
      examples: docs.reduce((n, d) => n + d.examples.length, 0),
      cited: docs.reduce((n, d) => n + d.examples.filter((e) => e.label === "cite").length, 0),
      training: GATE_TRAINING,
      threshold: gate.threshold,
      command: `unspun train outlet-gate --data ${relative(io.cwd, data)} --set ${relative(io.cwd, set)}${exclude.length ? ` --exclude ${exclude.join(",")}` : ""} --out ${relative(io.cwd, out)}`,
      date: new Date().toISOString().slice(0, 10),
      method:
        "logistic regression over the words around each known outlet name and the rules' verdict (src/analyzers/citations/outlet-gate.ts: gateFeatures); an example is 'cite' when the name overlaps a gold agency citation",
      heldOut: {
        note: "leave-one-part-out agency precision/recall: each part scored by a gate trained on the other parts, against the rules alone; the rules were tuned on most parts, the gate on none of the part it scores",
        parts: estimates.map((e) => ({
          part: e.part,
          documents: e.documents,
          rules: pr(e.rules),
          gate: pr(e.gate),
        })),
        all: { rules: pr(sum(estimates, "rules")), gate: pr(sum(estimates, "gate")) },
      },
    };
    writeFileSync(join(out, "outlet-gate.provenance.json"), `${JSON.stringify(provenance, null, 2)}\n`);
    io.stdout.write(
      `${lines.join("\n")}\noutlet gate from ${docs.length} documents (${provenance.examples} names) -> ${relative(io.cwd, out)}\n`,
    );
    return 0;
  },
};
