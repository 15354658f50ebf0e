/** Argument parsing and help text derived from the command declarations. */
import { parseArgs } from "node:util";
import { CliError, type CommandSpec, type OptionSpec, type OptionValues } from "./command.js";

const HELP: OptionSpec = { type: "boolean", short: "h", description: "Show help for this command" };

export interface Resolved {
  /** The chain of commands from the root, e.g. [unspun, eval, techniques]. */
  path: CommandSpec[];
  values: OptionValues;
  positionals: string[];
}

/** Walks subcommands by leading words, then parses the rest strictly against the leaf's options. */
export function resolve(root: CommandSpec, argv: readonly string[]): Resolved {
  const path = [root];
  let rest = [...argv];
  for (;;) {
    const current = path[path.length - 1];
    const word = rest[0];
    const sub = word && !word.startsWith("-") ? current.subcommands?.find((c) => c.name === word) : undefined;
    if (!sub) break;
    path.push(sub);
    rest = rest.slice(1);
  }
  const leaf = path[path.length - 1];
  const options: Record<string, OptionSpec> = { ...leaf.options, help: HELP };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(
        Object.entries(options).map(([name, o]) => [
          name,
          {
            type: o.type,
            ...(o.short ? { short: o.short } : {}),
            ...(o.multiple ? { multiple: true } : {}),
            ...(o.default !== undefined ? { default: o.default } : {}),
          },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new CliError("E_USAGE", `${(e as Error).message}\n\n${usage(path)}`);
  }
  if (!parsed.values.help && leaf.subcommands?.length && !leaf.run) {
    const word = parsed.positionals[0];
    throw new CliError(
      "E_USAGE",
      `${word ? `unknown command '${word}'` : "missing command"}\n\n${usage(path)}`,
    );
  }
  return { path, values: parsed.values as OptionValues, positionals: parsed.positionals };
}

export function usage(path: CommandSpec[]): string {
  const leaf = path[path.length - 1];
  const name = path.map((c) => c.name).join(" ");
  const lines = [
    `${leaf.description}`,
    "",
    `Usage: ${name}${leaf.subcommands?.length ? " COMMAND" : ""}${leaf.options ? " [OPTIONS]" : ""}${leaf.usage ? ` ${leaf.usage}` : ""}`,
  ];
  if (leaf.subcommands?.length) {
    lines.push("", "Commands:");
    const width = Math.max(...leaf.subcommands.map((c) => c.name.length));
    for (const c of leaf.subcommands) lines.push(`  ${c.name.padEnd(width)}  ${c.description}`);
  }
  const options: Record<string, OptionSpec> = { ...leaf.options, help: HELP };
  const flags = Object.entries(options).map(([n, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${n}${o.type === "string" ? ` ${o.hint ?? "VALUE"}` : ""}`;
    const more = [
      o.multiple ? "repeatable" : "",
      o.default !== undefined && o.default !== false ? `default: ${o.default}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return [flag, `${o.description}${more ? ` (${more})` : ""}`];
  });
  const width = Math.max(...flags.map(([f]) => f.length));
  lines.push("", "Options:", ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`));
  if (leaf.subcommands?.length) lines.push("", `Run '${name} COMMAND --help' for a command's options.`);
  return lines.join("\n");
}
