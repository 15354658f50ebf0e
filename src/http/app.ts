/**
 * The HTTP API as a Hono app, testable in-process with `app.request()`. Every error is a
 * problem+json response; nothing a client sends can throw past the error handler.
 */
import { timingSafeEqual } from "node:crypto";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createPipeline, type Pipeline, UsageError } from "../analyzers/pipeline.js";
import type { DocInput } from "../document/document.js";
import { type AnalysisResult, RESULT_VERSION, type Result } from "../document/types.js";
import type { AnalyzerPool } from "../runner/pool.js";
import { parseFilters } from "../store/query.js";
import type { Bucket, SearchFilters, Store } from "../store/types.js";
import { webRoutes } from "../web/routes.js";
import { readInput } from "./body.js";
import { openApiDocument } from "./openapi.js";
import { HttpProblem, problem } from "./problem.js";

export interface AppOptions {
  /** Without a store, the corpus routes answer 503 and only analysis works. */
  store?: Store;
  pipeline?: Pipeline;
  /**
   * Analyse on these worker threads instead of the request thread, so that a long text does
   * not hold up other requests. Takes precedence over `pipeline`.
   */
  pool?: AnalyzerPool;
  /** When set, writes (POST /v1/documents) need `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest request body in bytes; larger ones get 413. Default 10 MiB. */
  maxBodyBytes?: number;
  /** Serve the web UI at `/` (default true). */
  web?: boolean;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function intParam(c: Context, name: string, min: number): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new HttpProblem(400, "E_BAD_PARAM", `${name} must be an integer >= ${min}, got '${raw}'`);
  }
  return n;
}

function filtersOf(c: Context): SearchFilters {
  const param = (key: string) => (key === "concernMin" ? "concern_min" : key);
  return parseFilters(
    (key) => c.req.query(param(key))?.trim() || undefined,
    (key, rule, value) =>
      new HttpProblem(400, "E_BAD_PARAM", `${param(key)} must be ${rule}, got '${value}'`),
  );
}

export function createApp(options: AppOptions = {}): Hono {
  const { store, token } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new RangeError(`maxBodyBytes must be a positive integer, got ${maxBodyBytes}`);
  }
  let pipeline = options.pipeline;
  const analyze = async (input: DocInput): Promise<AnalysisResult> => {
    let result: Result;
    if (options.pool) {
      result = await options.pool.analyze(input);
    } else {
      pipeline ??= createPipeline();
      result = pipeline(input);
    }
    if ("error" in result) throw new HttpProblem(500, result.error.code, result.error.message);
    return result;
  };
  const needStore = (): Store => {
    if (!store)
      throw new HttpProblem(503, "E_NO_STORE", "this server has no corpus store (start it with --db)");
    return store;
  };
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problem(c, 413, "E_TOO_LARGE", `request body exceeds the limit of ${maxBodyBytes} bytes`),
  });

  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.status, error.code, error.message);
    if (error instanceof RangeError || error instanceof UsageError)
      return problem(c, 400, "E_BAD_PARAM", error.message);
    return problem(c, 500, "E_INTERNAL", `internal error: ${error.message}`);
  });
  app.notFound((c) => problem(c, 404, "E_NOT_FOUND", `no route for ${c.req.method} ${c.req.path}`));

  app.get("/healthz", (c) => c.json({ status: "ok", version: RESULT_VERSION, store: store?.kind ?? null }));
  app.get("/openapi.json", (c) => c.json(openApiDocument));

  app.post("/v1/analyze", limitBody, async (c) => {
    const input = await readInput(c);
    return c.json(await analyze(input));
  });

  app.post("/v1/documents", limitBody, async (c) => {
    if (token !== undefined) {
      const auth = c.req.header("authorization") ?? "";
      const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? "";
      if (!sameToken(given, token)) {
        c.header("www-authenticate", 'Bearer realm="unspun"');
        return problem(c, 401, "E_UNAUTHORIZED", "writes need a valid token: Authorization: Bearer <token>");
      }
    }
    const s = needStore();
    const input = await readInput(c);
    const result = await analyze(input);
    const [outcome] = await s.upsert([result]);
    if (!outcome.ok) throw new HttpProblem(422, outcome.error.code, outcome.error.message);
    c.header("location", `/v1/documents/${outcome.id}`);
    return c.json(
      { id: outcome.id, created: outcome.created, cluster: outcome.cluster },
      outcome.created ? 201 : 200,
    );
  });

  app.get("/v1/documents/:id", async (c) => {
    const id = c.req.param("id");
    const doc = await needStore().get(id);
    if (!doc) return problem(c, 404, "E_NOT_FOUND", `no document with id '${id}'`);
    return c.json(doc);
  });

  app.get("/v1/search", async (c) => {
    const page = await needStore().search({
      q: c.req.query("q"),
      ...filtersOf(c),
      limit: intParam(c, "limit", 1),
      offset: intParam(c, "offset", 0),
    });
    return c.json(page);
  });

  app.get("/v1/clusters", async (c) => {
    const page = await needStore().clusters({
      limit: intParam(c, "limit", 1),
      offset: intParam(c, "offset", 0),
      minSize: intParam(c, "min_size", 1),
    });
    return c.json(page);
  });

  app.get("/v1/stats", async (c) => {
    const bucket = c.req.query("bucket") ?? "month";
    if (!["day", "month", "year"].includes(bucket)) {
      throw new HttpProblem(400, "E_BAD_PARAM", `bucket must be day, month or year, got '${bucket}'`);
    }
    const by = c.req.query("by") ?? "published";
    if (by !== "published" && by !== "ingested") {
      throw new HttpProblem(400, "E_BAD_PARAM", `by must be published or ingested, got '${by}'`);
    }
    return c.json(await needStore().stats({ bucket: bucket as Bucket, by, ...filtersOf(c) }));
  });

  app.get("/v1/errors", async (c) => {
    const page = await needStore().errors({
      limit: intParam(c, "limit", 1),
      offset: intParam(c, "offset", 0),
      code: c.req.query("code") || undefined,
    });
    return c.json(page);
  });

  // Known API paths with another method: 405 rather than falling through to the UI or 404.
  for (const path of [
    "/v1/analyze",
    "/v1/documents",
    "/v1/documents/:id",
    "/v1/search",
    "/v1/clusters",
    "/v1/stats",
    "/v1/errors",
  ]) {
    app.all(path, (c) => problem(c, 405, "E_METHOD", `${c.req.method} is not allowed on ${c.req.path}`));
  }

  if (options.web !== false) app.route("/", webRoutes());
  return app;
}
