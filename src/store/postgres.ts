/**
 * PostgreSQL store through pg: generated tsvector columns with GIN indexes for full-text
 * search, JSONB for the stored result. Writers take a transaction-scoped advisory lock so
 * concurrent ingests (also from other processes) assign clusters one at a time.
 */
import { userInfo } from "node:os";
import pg from "pg";
import { createMutex, type Db } from "./db.js";
import { postgresMigrations } from "./migrations/postgres/index.js";
import { createSqlStore, migrate, type SqlStoreOptions } from "./sql-store.js";
import type { Store } from "./types.js";

// Arbitrary constant naming the lock that serialises unspun writers in one database.
const WRITE_LOCK = 0x756e7370;
const MAX_PARAMS = 60000;

/** Numbers `?` placeholders as $1, $2, ...; the store's SQL never contains a literal question mark. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.PoolClient, "query">;

function pgDb(pool: pg.Pool, client: Queryable | null, exclusive: ReturnType<typeof createMutex>): Db {
  const target: Queryable = client ?? pool;
  const conn: Db = {
    dialect: "postgres",
    async all<T>(sql: string, params: readonly unknown[] = []) {
      const res = await target.query(numberPlaceholders(sql), params as unknown[]);
      return res.rows as T[];
    },
    async run(sql, params = []) {
      // Migrations are multi-statement and parameterless: send them as a simple query.
      if (params.length === 0) await target.query(sql);
      else await target.query(numberPlaceholders(sql), params as unknown[]);
    },
    async insertRows(table, columns, rows) {
      const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        let n = 0;
        const values = chunk.map(() => `(${columns.map(() => `$${++n}`).join(", ")})`).join(", ");
        await target.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}`, chunk.flat());
      }
    },
    transaction(fn) {
      if (client) throw new Error("nested store transactions are not supported");
      return exclusive(async () => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          await c.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
          const value = await fn(pgDb(pool, c, exclusive));
          await c.query("COMMIT");
          return value;
        } catch (error) {
          await c.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          c.release();
        }
      });
    },
    async close() {
      await exclusive(async () => pool.end());
    },
  };
  return conn;
}

/** pg falls back to $USER, which service environments often lack; libpq would use the OS user, so do the same. */
export function withDefaultUser(url: string): string {
  if (process.env.PGUSER || process.env.USER) return url;
  try {
    const u = new URL(url);
    if (u.username !== "") return url;
    u.username = encodeURIComponent(userInfo().username);
    return u.toString();
  } catch {
    return url;
  }
}

export interface PostgresOptions extends SqlStoreOptions {
  /** Schema to create (if missing) and use via search_path; default: the server's default (public). */
  schema?: string;
}

/** Connects to a PostgreSQL database by URL (postgres://...) and brings its schema up to date. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`schema must be a lower-case SQL identifier, got '${schema}'`);
  }
  const pool = new pg.Pool({
    connectionString: withDefaultUser(url),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection emits 'error'; without a listener that would crash the process.
  pool.on("error", () => undefined);
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const conn = pgDb(pool, null, createMutex());
    await migrate(conn, postgresMigrations);
    return createSqlStore(conn, options);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const redacted = url.replace(/\/\/[^@/]*@/, "//***@");
    throw new Error(`cannot open PostgreSQL store at ${redacted}: ${(error as Error).message}`);
  }
}
