import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isPostgresUrl } from "./open.js";
import { numberPlaceholders, openPostgresStore, withDefaultUser } from "./postgres.js";
import { defineStoreSuite } from "./store.suite.js";

// CI and development machines run a server with trust auth; UNSPUN_TEST_PG points elsewhere.
const url = process.env.UNSPUN_TEST_PG ?? "postgres://127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
const schemas: string[] = [];

defineStoreSuite("PostgreSQL", () => {
  const schema = `unspun_test_${run}_${schemas.length}`;
  schemas.push(schema);
  return openPostgresStore(url, { schema });
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: withDefaultUser(url) });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe("PostgreSQL helpers", () => {
  it("numbers placeholders in order", () => {
    expect(numberPlaceholders("a = ? AND b IN (?, ?)")).toBe("a = $1 AND b IN ($2, $3)");
  });

  it("recognises postgres URLs only by their scheme", () => {
    expect(isPostgresUrl("postgres://h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://h/db")).toBe(true);
    expect(isPostgresUrl("./postgres.db")).toBe(false);
  });

  it("rejects a schema name that is not a plain identifier, quoting it", async () => {
    await expect(openPostgresStore(url, { schema: "x; drop" })).rejects.toThrow(/'x; drop'/);
  });

  it("hides credentials when it cannot connect", async () => {
    await expect(openPostgresStore("postgres://user:secret@127.0.0.1:1/none")).rejects.toThrow(
      /\*\*\*@127\.0\.0\.1/,
    );
  });
});
