import path from "node:path";
import type { Store } from "./types.js";

export const DEFAULT_DB = "unspun.db";

export function isPostgresUrl(dbArg: string): boolean {
  return /^postgres(ql)?:\/\//i.test(dbArg);
}

/**
 * A store from a --db value: a postgres:// or postgresql:// URL, else a SQLite file path
 * (relative to cwd). Drivers load on first use, so importing the library costs neither.
 */
export async function openStore(dbArg: string | undefined, options: { cwd?: string } = {}): Promise<Store> {
  const arg = dbArg?.trim() || DEFAULT_DB;
  if (isPostgresUrl(arg)) return (await import("./postgres.js")).openPostgresStore(arg);
  const { openSqliteStore } = await import("./sqlite.js");
  if (arg === ":memory:") return openSqliteStore(arg);
  return openSqliteStore(path.resolve(options.cwd ?? process.cwd(), arg));
}
