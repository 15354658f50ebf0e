/**
 * Commands are declared as data (name, options, subcommands, run); the parser and the
 * help text are derived from the declaration. `run` returns an exit code and never
 * calls process.exit: only main does.
 */
import type { Readable, Writable } from "node:stream";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  description: string;
  default?: string | boolean;
  /** May be given several times (values collected into an array). */
  multiple?: boolean;
  /** Placeholder in help, e.g. FILE. */
  hint?: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  io: Io;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Positional arguments as shown in usage, e.g. "[FILES|DIRS|-]". */
  usage?: string;
  options?: Readonly<Record<string, OptionSpec>>;
  subcommands?: readonly CommandSpec[];
  run?: (ctx: CommandContext) => Promise<number>;
}

/** An error meant for the user: printed as `unspun: CODE message`, exit code 2 unless given. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
