import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeEach, describe, expect, it } from "vitest";
import { languageAnalyzer } from "../analyzers/language/index.js";
import { createPipeline } from "../analyzers/pipeline.js";
import { checkSpans } from "../document/invariant.js";
import { createWorkerPool } from "../runner/pool.js";
import { openSqliteStore } from "../store/sqlite.js";
import { fixture } from "../store/store.suite.js";
import type { Store } from "../store/types.js";
import { createApp } from "./app.js";
import { openApiDocument } from "./openapi.js";
import { startServer } from "./server.js";

const pipeline = createPipeline({ analyzers: [languageAnalyzer] });

// The OpenAPI components as one schema resource, so "#/components/schemas/X" refs resolve.
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: "urn:unspun:openapi", components: openApiDocument.components });

const validators = new Map<object, ReturnType<typeof ajv.compile>>();
function compiled(schema: object): ReturnType<typeof ajv.compile> {
  let v = validators.get(schema);
  if (!v) {
    const { $ref } = schema as { $ref?: string };
    v = ajv.compile($ref?.startsWith("#/") ? { $ref: `urn:unspun:openapi${$ref}` } : schema);
    validators.set(schema, v);
  }
  return v;
}

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };

/** Checks a real response against what the OpenAPI document declares for it; returns the parsed body. */
// biome-ignore lint/suspicious/noExplicitAny: bodies are validated against the OpenAPI schema before use
async function conforming(res: Response, path: string, method: string): Promise<any> {
  const op = (openApiDocument.paths as unknown as Record<string, Record<string, Operation>>)[path]?.[method];
  expect(op, `${method} ${path} is documented`).toBeDefined();
  const declared = op.responses[String(res.status)];
  expect(declared, `${method} ${path} documents status ${res.status}`).toBeDefined();
  const type = (res.headers.get("content-type") ?? "").split(";")[0];
  const media = declared.content?.[type];
  expect(media, `${method} ${path} ${res.status} documents ${type}`).toBeDefined();
  const body = await res.json();
  const validate = compiled(media!.schema);
  const ok = validate(body);
  expect(validate.errors ?? [], `${method} ${path} ${res.status}`).toEqual([]);
  expect(ok).toBe(true);
  return body;
}

const post = (body: string, type = "application/json", headers: Record<string, string> = {}) => ({
  method: "POST",
  body,
  headers: { "content-type": type, ...headers },
});

describe("HTTP API", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    store = await openSqliteStore(":memory:");
    app = createApp({ store, pipeline, token: "s3cret", maxBodyBytes: 4096, web: false });
  });

  it("has schemas strict enough to catch a wrong response", () => {
    const page = compiled({ $ref: "#/components/schemas/SearchPage" });
    expect(page({ total: 0, hits: [] })).toBe(true);
    expect(page({ total: "0", hits: [] })).toBe(false);
    expect(page({ total: 1, hits: [{ id: "x" }] })).toBe(false);
    const analysis = compiled({ $ref: "#/components/schemas/Analysis" });
    expect(analysis({ version: "1.0", id: "x" })).toBe(false);
  });

  it("answers health checks and serves its OpenAPI document", async () => {
    const health = await conforming(await app.request("/healthz"), "/healthz", "get");
    expect(health).toEqual({ status: "ok", version: "1.0", store: "sqlite" });
    const doc = await conforming(await app.request("/openapi.json"), "/openapi.json", "get");
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/v1/analyze", "/v1/search", "/v1/stats"]),
    );
  });

  it("analyses JSON text, JSON html and plain-text bodies into the CLI's result format", async () => {
    const text = fixture("appeal.txt");
    const fromJson = await conforming(
      await app.request("/v1/analyze", post(JSON.stringify({ text, id: "a1" }))),
      "/v1/analyze",
      "post",
    );
    expect(fromJson).toMatchObject({ id: "a1", text, language: "en" });
    expect(checkSpans(fromJson)).toEqual([]);
    const html =
      "<html><head><title>Farm news</title></head><body><article><p>Our farmers are being crushed by a heartless ministry that treats them as criminals.</p></article></body></html>";
    const fromHtml = await conforming(
      await app.request("/v1/analyze", post(JSON.stringify({ html, url: "https://farm.example/a" }))),
      "/v1/analyze",
      "post",
    );
    expect(fromHtml.text).toContain("heartless ministry");
    expect(fromHtml.meta.url).toBe("https://farm.example/a");
    expect(checkSpans(fromHtml)).toEqual([]);
    const plain = await conforming(
      await app.request("/v1/analyze", post(text, "text/plain")),
      "/v1/analyze",
      "post",
    );
    expect(plain.text).toBe(text);
  });

  it("answers bad bodies with problem details and keeps serving", async () => {
    const cases: Array<[RequestInit, number, string]> = [
      [post("{not json"), 400, "E_BAD_JSON"],
      [post("[1,2]"), 400, "E_BAD_REQUEST"],
      [post(JSON.stringify({ text: 42 })), 400, "E_BAD_REQUEST"],
      [post(JSON.stringify({ text: "x", meta: "no" })), 400, "E_BAD_REQUEST"],
      [post(JSON.stringify({ text: "   " })), 422, "E_EMPTY"],
      [post(JSON.stringify({ text: "x", meta: { title: 5 } })), 400, "E_BAD_REQUEST"],
      [post(JSON.stringify({ text: "x", meta: { links: [null] } })), 400, "E_BAD_REQUEST"],
      [post(JSON.stringify({ html: 5 })), 400, "E_BAD_REQUEST"],
      [post("x".repeat(5000), "text/plain"), 413, "E_TOO_LARGE"],
      [post("\u0000\u0001", "application/octet-stream"), 415, "E_MEDIA_TYPE"],
    ];
    for (const [init, status, code] of cases) {
      const res = await app.request("/v1/analyze", init);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await conforming(res, "/v1/analyze", "post")).toMatchObject({ status, code });
    }
    expect((await app.request("/healthz")).status).toBe(200);
  });

  it("answers odd inputs on every route without a server error", async () => {
    const bodies: Array<[string | Uint8Array<ArrayBuffer>, string]> = [
      ["", "application/json"],
      ["", "text/plain"],
      ["null", "application/json"],
      ['"just a string"', "application/json"],
      ["[".repeat(3000), "application/json"],
      [JSON.stringify({ text: "\ud800 lone surrogate and \u0000 NUL" }), "application/json"],
      [JSON.stringify({ text: "ok", id: 7 }), "application/json"],
      [JSON.stringify({ text: "ok", meta: [] }), "application/json"],
      [new Uint8Array([0xff, 0xfe, 0xfd, 0x41]), "text/plain; charset=utf-8"],
      ["<html><body><script>alert(1)</script></body></html>", "text/html"],
      ["plain", "application/vnd.api+json"],
      ["plain", "multipart/form-data; boundary=x"],
    ];
    const auth = { authorization: "Bearer s3cret" };
    for (const [body, type] of bodies) {
      for (const route of ["/v1/analyze", "/v1/documents"]) {
        const res = await app.request(route, {
          method: "POST",
          body,
          headers: { "content-type": type, ...auth },
        });
        expect(res.status, `${route} ${type} ${String(body).slice(0, 30)}`).toBeLessThan(500);
        await conforming(res, route, "post");
      }
    }
    for (const url of [
      "/v1/search?q=%00%ff",
      "/v1/search?q=" + encodeURIComponent('"unclosed AND ( NEAR'),
      "/v1/search?limit=1e3",
      "/v1/search?offset=-0",
      "/v1/documents/%2e%2e%2fetc",
      "/v1/stats?from=2016&to=2015",
      "/v1/clusters?limit=999999",
    ]) {
      const res = await app.request(url);
      expect(res.status, url).toBeLessThan(500);
    }
  });

  it("rejects a body over the limit even without a content-length header", async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("y".repeat(1000)));
        controller.close();
      },
    });
    const res = await app.request("/v1/analyze", {
      method: "POST",
      body: stream,
      headers: { "content-type": "text/plain" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("answers unknown routes and wrong methods with problems", async () => {
    const missing = await app.request("/v1/nothing");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "E_NOT_FOUND", status: 404 });
    const wrong = await app.request("/v1/search", { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("content-type")).toBe("application/problem+json");
  });

  it("leaves API paths to the API when the web UI is mounted", async () => {
    const withWeb = createApp({ store, pipeline });
    const missing = await withWeb.request("/v1/nothing");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect((await withWeb.request("/openapi.json")).headers.get("content-type")).toMatch(
      /^application\/json/,
    );
    expect((await withWeb.request("/no-such-asset.js")).status).toBe(404);
  });

  it("protects writes with the token", async () => {
    const body = JSON.stringify({ text: fixture("appeal.txt") });
    for (const auth of [undefined, "Bearer wrong", "Bearer s3cret-but-longer", "Basic s3cret"]) {
      const res = await app.request(
        "/v1/documents",
        post(body, "application/json", auth ? { authorization: auth } : {}),
      );
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
      await conforming(res, "/v1/documents", "post");
    }
    expect((await store.stats()).documents).toBe(0);
    // Reads and analysis stay open.
    expect((await app.request("/v1/stats")).status).toBe(200);
  });

  it("ingests, updates on the same text, and serves the stored document with its cluster", async () => {
    const auth = { authorization: "Bearer s3cret" };
    const send = (text: string, meta: object) =>
      app.request("/v1/documents", post(JSON.stringify({ text, meta }), "application/json", auth));
    const first = await send(fixture("bridge.txt"), {
      publisher: "Riverside Courier",
      published: "2024-03-05",
    });
    expect(first.status).toBe(201);
    const created = await conforming(first, "/v1/documents", "post");
    expect(first.headers.get("location")).toBe(`/v1/documents/${created.id}`);
    const again = await send(fixture("bridge.txt"), {
      publisher: "Riverside Courier",
      published: "2024-03-05",
    });
    expect(again.status).toBe(200);
    const copy = await conforming(
      await send(fixture("bridge-repost.txt"), { url: "https://mirror.example/x", published: "2024-03-06" }),
      "/v1/documents",
      "post",
    );
    expect(copy.cluster).toMatch(/^c_/);
    await send(fixture("appeal.txt"), { publisher: "Farm Voice", published: "2023-11-20" });

    const doc = await conforming(
      await app.request(`/v1/documents/${created.id}`),
      "/v1/documents/{id}",
      "get",
    );
    expect(doc).toMatchObject({ id: created.id, cluster: copy.cluster, text: fixture("bridge.txt") });
    expect(checkSpans(doc)).toEqual([]);
    const gone = await app.request("/v1/documents/ffffffffffffffff");
    expect(gone.status).toBe(404);
    await conforming(gone, "/v1/documents/{id}", "get");

    const search = await conforming(
      await app.request("/v1/search?q=cracks&domain=mirror.example"),
      "/v1/search",
      "get",
    );
    expect(search.total).toBe(1);
    expect(search.hits[0].cluster).toBe(copy.cluster);
    const clusters = await conforming(await app.request("/v1/clusters"), "/v1/clusters", "get");
    expect(clusters.clusters[0].members.map((m: { outlet: string }) => m.outlet)).toEqual([
      "Riverside Courier",
      "mirror.example",
    ]);
    const stats = await conforming(await app.request("/v1/stats?bucket=year"), "/v1/stats", "get");
    expect(stats.timeline.map((t: { bucket: string }) => t.bucket)).toEqual(["2023", "2024"]);
    expect(stats.documents).toBe(3);
    const ingested = await conforming(await app.request("/v1/stats?by=ingested"), "/v1/stats", "get");
    expect(ingested).toMatchObject({ by: "ingested", undated: 0 });
    expect(ingested.timeline.reduce((n: number, t: { documents: number }) => n + t.documents, 0)).toBe(3);

    await store.recordErrors([
      {
        version: "1.0",
        id: "scan.pdf",
        source: "scan.pdf",
        error: { code: "E_NOT_TEXT", message: "binary" },
      },
    ]);
    const errors = await conforming(await app.request("/v1/errors?code=E_NOT_TEXT"), "/v1/errors", "get");
    expect(errors).toMatchObject({ total: 1, errors: [{ inputId: "scan.pdf", code: "E_NOT_TEXT" }] });
    const none = await conforming(await app.request("/v1/errors?code=E_ANALYZE"), "/v1/errors", "get");
    expect(none).toEqual({ total: 0, errors: [] });
  });

  it("rejects bad query parameters, quoting them", async () => {
    for (const [url, path, needle] of [
      ["/v1/search?limit=abc", "/v1/search", "'abc'"],
      ["/v1/search?concern_min=2", "/v1/search", "'2'"],
      ["/v1/search?from=yesterday", "/v1/search", "'yesterday'"],
      ["/v1/clusters?min_size=0", "/v1/clusters", "'0'"],
      ["/v1/stats?bucket=week", "/v1/stats", "'week'"],
      ["/v1/stats?by=updated", "/v1/stats", "'updated'"],
      ["/v1/errors?offset=-1", "/v1/errors", "'-1'"],
    ]) {
      const res = await app.request(url);
      expect(res.status).toBe(400);
      expect((await conforming(res, path, "get")).detail).toContain(needle);
    }
  });

  it("analyses on a worker pool when given one, with the same result as in-thread", async () => {
    const pool = createWorkerPool(1, { only: ["language"] });
    try {
      const pooled = createApp({ pool, web: false });
      const body = JSON.stringify({ id: "p1", text: "Hello there, this is a short English text." });
      const res = await pooled.request("/v1/analyze", post(body));
      const result = await conforming(res, "/v1/analyze", "post");
      const direct = await (
        await createApp({ pipeline, web: false }).request("/v1/analyze", post(body))
      ).json();
      expect(result).toEqual(direct);
    } finally {
      await pool.close();
    }
  });

  it("serves analysis without a store and says so for corpus routes", async () => {
    const bare = createApp({ pipeline, web: false });
    expect((await bare.request("/v1/analyze", post(JSON.stringify({ text: "Hello there." })))).status).toBe(
      200,
    );
    const res = await bare.request("/v1/search?q=x");
    expect(res.status).toBe(503);
    await conforming(res, "/v1/search", "get");
  });
});

describe("HTTP server", () => {
  it("binds to loopback by default and answers over real HTTP", async () => {
    const server = await startServer(createApp({ pipeline, web: false }), { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/v1/analyze`, post("{oops"));
      expect(res.status).toBe(400);
      const ok = await fetch(`${server.url}/healthz`);
      expect((await ok.json()).status).toBe("ok");
    } finally {
      await server.close();
    }
  });
});
