/** Options shared by the commands that analyse: declared once so their help and parsing agree. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { selectAnalyzers } from "../analyzers/pipeline.js";
import { DEFAULT_MAX_BYTES } from "../ingest/read.js";
import { CliError, type CommandContext, type OptionSpec, type OptionValues } from "./command.js";

export const analyzerOptions: Readonly<Record<string, OptionSpec>> = {
  only: {
    type: "string",
    multiple: true,
    hint: "NAMES",
    description: "Run only these analyzers (comma-separated)",
  },
  skip: {
    type: "string",
    multiple: true,
    hint: "NAMES",
    description: "Leave these analyzers out (comma-separated)",
  },
};

export const maxBytesOption: OptionSpec = {
  type: "string",
  hint: "N",
  default: String(DEFAULT_MAX_BYTES),
  description: "Largest input accepted, in bytes",
};

/** The pipeline selection given by --only/--skip. */
export function analyzerSelection(values: OptionValues): { only: string[]; skip: string[] } {
  const selection = { only: listOption(values.only), skip: listOption(values.skip) };
  selectAnalyzers(selection); // unknown names fail here, before any input is read or model loaded
  return selection;
}

/**
 * What the analysing commands (analyze, ingest) read from their options: worker threads, the
 * input size limit, and the inputs (stdin when none are given and it is not a terminal).
 */
export function inputOptions(ctx: CommandContext): { jobs: number; maxBytes: number; args: string[] } {
  const { values, io } = ctx;
  const jobs = intOption(values.jobs, "jobs", 1) ?? 1;
  const maxBytes = intOption(values["max-bytes"], "max-bytes", 1) ?? DEFAULT_MAX_BYTES;
  if (ctx.positionals.length > 0) return { jobs, maxBytes, args: ctx.positionals };
  if (io.stdin.isTTY)
    throw new CliError("E_USAGE", "no input: give files, directories, or - for stdin (see --help)");
  return { jobs, maxBytes, args: ["-"] };
}

/** Comma-separated and repeatable list options: --only a,b --only c. */
export function listOption(value: OptionValues[string]): string[] {
  const parts = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return parts
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function intOption(value: OptionValues[string], name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new CliError("E_USAGE", `--${name} must be an integer >= ${min}, got '${value}'`);
  }
  return n;
}

/** An option that takes one of a few words: "--by must be published or ingested, got 'x'". */
export function choiceOption<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}` : allowed[0];
    throw new CliError("E_USAGE", `--${name} must be ${list}, got '${value}'`);
  }
  return value as T;
}

/** The options every `unspun train SUBJECT` takes: corpus, output folder, epochs and seed. */
export function trainingOptions(defaults: {
  data: string;
  dataDescription: string;
  out: string;
  outDescription: string;
  epochs: number;
}): Record<string, OptionSpec> {
  return {
    data: { type: "string", hint: "DIR", default: defaults.data, description: defaults.dataDescription },
    out: { type: "string", hint: "DIR", default: defaults.out, description: defaults.outDescription },
    epochs: { type: "string", hint: "N", default: String(defaults.epochs), description: "Training epochs" },
    seed: { type: "string", hint: "N", default: "1", description: "Random seed for shuffling" },
  };
}

/** A JSON file named by an option (e.g. --model), or undefined when the option is absent. */
export function readJsonOption<T>(value: OptionValues[string], cwd: string, what: string): T | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(readFileSync(resolve(cwd, value), "utf8")) as T;
  } catch (e) {
    throw new CliError("E_READ", `cannot read ${what} '${value}': ${(e as Error).message}`);
  }
}

/** --gold for the commands scored on a PolNeAR split. */
export const polnearGoldOption: OptionSpec = {
  type: "string",
  hint: "DIR",
  default: "../shared/data/polnear/dev",
  description: "PolNeAR split directory",
};

/** A corpus directory given by an option (--gold, --data), checked to hold the folders a command reads. */
export function corpusDir(
  ctx: Pick<CommandContext, "values" | "io">,
  option: string,
  folders: readonly string[],
): string {
  const dir = resolve(ctx.io.cwd, String(ctx.values[option]));
  if (!folders.every((f) => existsSync(join(dir, f))))
    throw new CliError("E_NOT_FOUND", `expected ${folders.map((f) => `${f}/`).join(" and ")} under '${dir}'`);
  return dir;
}
