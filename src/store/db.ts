/**
 * The little a store needs from a database connection. SQL is written once with `?`
 * placeholders; the PostgreSQL adapter numbers them. Dialect differences (full-text
 * search, JSON) are handled where they occur, keyed on `dialect`.
 */
export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: "sqlite" | "postgres";
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** Inserts many rows into a table (one statement per row in SQLite, multi-row VALUES in PostgreSQL). */
  insertRows(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  /** Runs fn inside one transaction; writers are serialised (also across processes). */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A promise chain that runs one task at a time, so transactions on one connection never interleave. */
export function createMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}
