/** The `unspun` entry point: resolves a command from argv and runs it. Only bin/ exits. */
import { readFileSync } from "node:fs";
import { UsageError } from "../analyzers/pipeline.js";
import { CliError, type CommandSpec, type Io } from "./command.js";
import { analyzeCommand } from "./commands/analyze.js";
import { commands } from "./commands/index.js";
import { resolve, usage } from "./parse.js";

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version as string;
}

export const rootCommand: CommandSpec = {
  name: "unspun",
  description: "unspun: takes the spin out of text, with exact evidence spans.",
  options: { version: { type: "boolean", short: "v", description: "Print the version" } },
  subcommands: [analyzeCommand, ...commands],
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { path, values, positionals } = resolve(rootCommand, argv);
    const leaf = path[path.length - 1];
    if (values.help || (leaf === rootCommand && !values.version)) {
      io.stdout.write(`${usage(path)}\n`);
      return 0;
    }
    if (values.version) {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (!leaf.run) throw new CliError("E_USAGE", usage(path));
    return await leaf.run({ values, positionals, io });
  } catch (e) {
    if (e instanceof CliError || e instanceof UsageError) {
      io.stderr.write(`unspun: ${e.code}: ${e.message}\n`);
      return e instanceof CliError ? e.exitCode : 2;
    }
    const err = e as Error & { code?: string };
    io.stderr.write(`unspun: ${err.code ?? "E_INTERNAL"}: ${err.message}\n`);
    return 70;
  }
}
