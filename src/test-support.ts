/** Helpers shared by tests: the repo root, the shared corpora, and schema validation. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Io } from "./cli/command.js";
import { resultSchema } from "./schema.js";

export const repoRoot = resolve(import.meta.dirname, "..");
export const sharedData = resolve(repoRoot, "../shared/data");

let validator: ReturnType<Ajv2020["compile"]> | undefined;

/** Validates against schema/result.schema.json; returns the errors, or [] when valid. */
export function schemaErrors(value: unknown): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(resultSchema());
  return validator(value) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Texts of files with the given extension in a directory (recursively), by relative path. */
export function readTexts(dir: string, ext = ".txt"): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) {
      const path = join(entry.parentPath, entry.name);
      out.push([path.slice(dir.length + 1), readFileSync(path, "utf8")]);
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** An Io for running CLI commands in-process: a terminal stdin, and what was written to stdout and stderr. */
export function captureIo(cwd: string): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += d));
  stderr.on("data", (d) => (err += d));
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  return { stdin, stdout, stderr, cwd, env: {}, out: () => out, err: () => err };
}
