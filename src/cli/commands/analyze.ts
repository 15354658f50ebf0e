import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { builtinAnalyzers } from "../../analyzers/registry.js";
import { isError } from "../../document/types.js";
import { expandArgs, readPaths } from "../../ingest/read.js";
import { analyzeItems } from "../../runner/analyze.js";
import { CliError, type CommandContext, type CommandSpec } from "../command.js";
import { formats } from "../formats/index.js";
import { analyzerOptions, analyzerSelection, inputOptions, maxBytesOption } from "../options.js";
import { createProgress } from "../progress.js";

/** Colour on a TTY unless NO_COLOR is set; FORCE_COLOR or --color forces it. */
export function wantsColour(ctx: CommandContext, stream: { isTTY?: boolean }): boolean {
  if (ctx.values.color === true || (ctx.io.env.FORCE_COLOR && ctx.io.env.FORCE_COLOR !== "0")) return true;
  return !!stream.isTTY && !ctx.io.env.NO_COLOR;
}

export const analyzeCommand: CommandSpec = {
  name: "analyze",
  description:
    "Analyse articles (text, HTML, JSON Lines; files, directories or - for stdin) and print the findings.",
  usage: "[FILES|DIRS|-]",
  options: {
    format: {
      type: "string",
      short: "f",
      hint: "NAME",
      default: "json",
      description: `Output format: ${formats.map((f) => f.name).join(", ")}`,
    },
    out: {
      type: "string",
      short: "o",
      hint: "FILE",
      description: "Write to FILE (or DIR for directory formats) instead of stdout",
    },
    jobs: {
      type: "string",
      short: "j",
      hint: "N",
      default: "1",
      description: "Worker threads; output order equals input order",
    },
    ...analyzerOptions,
    "max-bytes": maxBytesOption,
    color: { type: "boolean", description: "Colour the pretty format even when not writing to a terminal" },
    "list-analyzers": { type: "boolean", description: "List the analyzers and formats, then exit" },
  },
  async run(ctx) {
    const { values, io } = ctx;
    if (values["list-analyzers"]) {
      io.stdout.write("Analyzers:\n");
      for (const a of builtinAnalyzers) io.stdout.write(`  ${a.name.padEnd(14)} ${a.description}\n`);
      io.stdout.write("Formats:\n");
      for (const f of formats) io.stdout.write(`  ${f.name.padEnd(14)} ${f.description}\n`);
      return 0;
    }
    const format = formats.find((f) => f.name === values.format);
    if (!format) {
      throw new CliError(
        "E_USAGE",
        `unknown format '${values.format}'; known: ${formats.map((f) => f.name).join(", ")}`,
      );
    }
    const pipeline = analyzerSelection(values);
    const { jobs, maxBytes, args } = inputOptions(ctx);
    const outPath = typeof values.out === "string" ? resolve(io.cwd, values.out) : undefined;
    if (format.directory && !outPath)
      throw new CliError("E_USAGE", `--format ${format.name} writes files: give --out DIR`);
    let stream: Writable = io.stdout;
    let file: Writable | undefined;
    if (outPath && format.directory) await mkdir(outPath, { recursive: true });
    else if (outPath) stream = file = createWriteStream(outPath);
    const sink = format.open({ stream, outPath, color: !file && wantsColour(ctx, io.stdout) });

    const paths = await expandArgs(args, io.cwd);
    const batch = paths.length > 1 || paths.some((p) => /\.(jsonl|ndjson)$/i.test(p));
    const progress =
      io.stderr.isTTY && batch
        ? createProgress(
            io.stderr,
            paths.length > 1 && !paths.some((p) => /\.(jsonl|ndjson)$/i.test(p)) ? paths.length : null,
          )
        : null;
    let failed = 0;
    for await (const result of analyzeItems(readPaths(paths, { maxBytes, io }), { jobs, pipeline })) {
      const bad = isError(result);
      if (bad) failed++;
      await sink.write(result);
      progress?.tick(bad);
    }
    await sink.end();
    progress?.done();
    if (file) {
      file.end();
      await finished(file);
    }
    if (failed)
      io.stderr.write(`unspun: ${failed} input${failed === 1 ? "" : "s"} failed (see their error records)\n`);
    return failed ? 1 : 0;
  },
};
