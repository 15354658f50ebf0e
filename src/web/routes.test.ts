import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: the build script is plain ESM JavaScript without type declarations
import { buildWeb } from "../../scripts/build-web.mjs";
import { webRoutes } from "./routes.js";

const dir = mkdtempSync(path.join(tmpdir(), "unspun-web-"));
writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>shell</title>");
writeFileSync(path.join(dir, "app.js"), "console.log(1)");
writeFileSync(path.join(dir, "app.css"), "body{}");
writeFileSync(path.join(dir, "routes.js"), "export const serverCode = 1;");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The web routes mounted the way the API mounts them, with an API route and a problem 404. */
function appWith(webDir: string): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.route("/", webRoutes({ dir: webDir }));
  app.notFound((c) => c.json({ status: 404, title: "Not Found" }, 404));
  return app;
}

describe("webRoutes", () => {
  const app = appWith(dir);

  it("serves index.html at / with an HTML type and a same-origin CSP", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await res.text()).toContain("<title>shell</title>");
  });

  it("serves assets with their content types", async () => {
    const js = await app.request("/app.js");
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await js.text()).toBe("console.log(1)");
    const css = await app.request("/app.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("answers unknown app paths with the shell and leaves API paths and missing files alone", async () => {
    expect(await (await app.request("/corpus/anything")).text()).toContain("shell");
    expect((await app.request("/healthz")).status).toBe(200);
    const api = await app.request("/v1/nope");
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ status: 404, title: "Not Found" });
    expect((await app.request("/missing.js")).status).toBe(404);
    // dist/web/ also holds the compiled server module: only the built UI files are served.
    expect((await app.request("/routes.js")).status).toBe(404);
    expect((await app.request("/../package.json")).status).not.toBe(200);
  });

  it("says how to build when the app is not built", async () => {
    const res = await appWith(path.join(dir, "nowhere")).request("/");
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("npm run build");
  });

  it("builds a bundle whose index.html only references files it ships", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "unspun-web-build-"));
    try {
      await buildWeb(out);
      const built = appWith(out);
      const html = await (await built.request("/")).text();
      const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((r) => !r.startsWith("data:"));
      expect(refs.sort()).toEqual(["/app.css", "/app.js"]);
      for (const ref of refs) {
        const res = await built.request(ref);
        expect(res.status).toBe(200);
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
      // Everything is local: no absolute URLs to fetch from elsewhere in the bundle's imports.
      expect(html).not.toMatch(/https?:\/\//);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
