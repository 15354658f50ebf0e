/**
 * `unspun eval mobilization`: precision, recall and F1 per call-to-action label and per
 * citation label on the hand-annotated set, for the dev part (used while writing the
 * rules), the held-out part (never used for tuning) and both; lists missed violence calls.
 * `--agreement FILE` scores a second annotator instead of the analyzers; `--exclude PARTS`
 * scores the set without parts not yet used for tuning, as it stood before they joined.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { evaluateMobilization, type SplitReport } from "../../eval/mobilization/run.js";
import { timeMobilization } from "../../eval/mobilization/speed.js";
import { CliError, type CommandSpec } from "../command.js";

const pct = (x: number) => x.toFixed(3);

function table(title: string, scores: SplitReport["calls"]): string {
  const rows = [`  ${title.padEnd(10)}    P      R      F1    tp  fp  fn`];
  for (const [label, s] of Object.entries(scores)) {
    if (label !== "all" && label !== "any" && s.tp + s.fp + s.fn === 0) continue;
    rows.push(
      `  ${label.padEnd(10)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  return rows.join("\n");
}

export const evalMobilizationCommand: CommandSpec = {
  name: "mobilization",
  description: "Score calls to action and citations on the hand-annotated set (eval/mobilization).",
  options: {
    set: {
      type: "string",
      description: "Evaluation set directory",
      default: "eval/mobilization",
      hint: "DIR",
    },
    data: { type: "string", description: "Shared corpora directory", default: "../shared/data", hint: "DIR" },
    json: { type: "boolean", description: "Print the full report as JSON", default: false },
    errors: { type: "boolean", description: "List every miss and spurious finding", default: false },
    strict: {
      type: "boolean",
      description:
        "Score without the gold spans marked as an annotator's convention (findings on them not counted)",
      default: false,
    },
    agreement: {
      type: "string",
      description:
        "Score a second annotator's records (gold.jsonl's format) against the set's, on the documents both annotated, instead of the analyzers",
      hint: "FILE",
    },
    exclude: {
      type: "string",
      description:
        "Leave these parts out (comma-separated, e.g. test-8,train-8): every group as it stood without them",
      hint: "PARTS",
    },
    speed: {
      type: "boolean",
      description: "Also time the four analyzers per document on <data>/ptc/unlabeled (one core)",
      default: false,
    },
  },
  run: async ({ values, io }) => {
    const setDir = resolve(io.cwd, String(values.set ?? "eval/mobilization"));
    const dataDir = resolve(io.cwd, String(values.data ?? "../shared/data"));
    if (!existsSync(resolve(setDir, "gold.jsonl"))) {
      throw new CliError("E_NOT_FOUND", `no gold.jsonl in '${setDir}'`);
    }
    const second = values.agreement === undefined ? undefined : resolve(io.cwd, String(values.agreement));
    if (second && !existsSync(second)) throw new CliError("E_NOT_FOUND", `no file '${second}'`);
    const exclude = values.exclude === undefined ? [] : String(values.exclude).split(",").filter(Boolean);
    let report: ReturnType<typeof evaluateMobilization>;
    try {
      report = evaluateMobilization(setDir, dataDir, { strict: values.strict === true, second, exclude });
    } catch (err) {
      if (err instanceof RangeError) throw new CliError("E_USAGE", err.message);
      throw err;
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const out: string[] = [];
    for (const [name, split] of Object.entries(report.splits)) {
      out.push(`== ${name} (${split.documents} documents)`);
      out.push(table("calls", split.calls));
      out.push(table("citations", split.citations));
      out.push(
        `  citation ref accuracy ${pct(split.refAccuracy)}; call quoted-flag accuracy ${pct(split.quotedAccuracy)}`,
      );
    }
    out.push(
      report.missedViolence.length
        ? `missed violence calls (${report.missedViolence.length}):\n${report.missedViolence.map((m) => `  ${m.id} [${m.start},${m.end}) ${JSON.stringify(m.text)}`).join("\n")}`
        : "missed violence calls: none",
    );
    if (values.speed) {
      const t = timeMobilization(resolve(dataDir, "ptc/unlabeled"));
      const parts = (times: Record<string, number>) =>
        Object.entries(times)
          .map(([n, ms]) => `${n} ${ms.toFixed(3)}`)
          .join(", ");
      out.push(`speed on ${t.documents} documents (avg ${Math.round(t.chars)} chars), ms/document`);
      out.push(`  cpu:  ${parts(t.cpuMs)}`);
      out.push(`  wall: ${parts(t.ms)}`);
    }
    if (values.errors) {
      for (const m of [...report.errors.calls, ...report.errors.citations])
        out.push(`  ${m.id} ${m.label} [${m.start},${m.end}) ${JSON.stringify(m.text)}`);
    }
    io.stdout.write(`${out.join("\n")}\n`);
    return 0;
  },
};
