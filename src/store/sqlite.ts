/**
 * SQLite store through better-sqlite3: one file, WAL journal so readers never block the
 * writer, FTS5 for full-text search. better-sqlite3 is synchronous; the Db adapter wraps
 * it in promises and serialises transactions so async callers cannot interleave them.
 */
import Database from "better-sqlite3";
import { createMutex, type Db, type Row } from "./db.js";
import { sqliteMigrations } from "./migrations/sqlite/index.js";
import { createSqlStore, migrate, type SqlStoreOptions } from "./sql-store.js";
import type { Store } from "./types.js";

function sqliteDb(db: Database.Database): Db {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const bind = (params: readonly unknown[] = []) => params.map((p) => (p === undefined ? null : p));
  const exclusive = createMutex();
  let inTransaction = false;
  const conn: Db = {
    dialect: "sqlite",
    async all<T>(sql: string, params?: readonly unknown[]) {
      const stmt = prepare(sql);
      if (stmt.reader) return stmt.all(...bind(params)) as T[];
      stmt.run(...bind(params));
      return [];
    },
    async run(sql, params) {
      // Multi-statement SQL (migrations) cannot be prepared; it never has parameters.
      if (!params?.length && sql.includes(";")) db.exec(sql);
      else prepare(sql).run(...bind(params));
    },
    async insertRows(table, columns, rows) {
      if (rows.length === 0) return;
      const stmt = prepare(
        `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const row of rows) stmt.run(...bind(row));
    },
    transaction(fn) {
      if (inTransaction) throw new Error("nested store transactions are not supported");
      return exclusive(async () => {
        inTransaction = true;
        // IMMEDIATE takes the write lock up front, so two ingesting processes queue instead of deadlocking.
        db.exec("BEGIN IMMEDIATE");
        try {
          const value = await fn(conn);
          db.exec("COMMIT");
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        } finally {
          inTransaction = false;
        }
      });
    },
    async close() {
      await exclusive(async () => db.close());
    },
  };
  return conn;
}

/** Opens (creating if needed) a SQLite store at a file path, or ":memory:". */
export async function openSqliteStore(file: string, options: SqlStoreOptions = {}): Promise<Store> {
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw new Error(`cannot open SQLite database '${file}': ${(error as Error).message}`);
  }
  const conn = sqliteDb(db);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 10000");
    await migrate(conn, sqliteMigrations);
  } catch (error) {
    db.close();
    throw new Error(`cannot use SQLite database '${file}': ${(error as Error).message}`);
  }
  return createSqlStore(conn, options);
}

export type { Row };
