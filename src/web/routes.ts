/**
 * Serves the built single-page app (dist/web/, made by scripts/build-web.mjs) from the
 * same Hono process as the API: assets by name, index.html at `/` and for any other
 * non-API GET path, so hash-less deep links still load the app. API paths fall through.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Same-origin only: the app loads nothing from elsewhere and the texts it shows may be hostile. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** What scripts/build-web.mjs writes. dist/web/ also holds this module compiled, which is not served. */
const ASSETS = ["index.html", "app.js", "app.css", "app.js.LEGAL.txt"];

const API_PREFIXES = ["/v1/", "/healthz", "/openapi.json"];

interface Asset {
  body: Uint8Array;
  type: string;
}

export interface WebRoutesOptions {
  /** Directory with the built app; defaults to the package's dist/web/. */
  dir?: string;
}

/** `src/web/routes.ts` and `dist/web/routes.js` sit at the same depth, so one relative path serves both. */
export const defaultWebDir = fileURLToPath(new URL("../../dist/web/", import.meta.url));

function isApi(p: string): boolean {
  return p === "/v1" || API_PREFIXES.some((prefix) => p.startsWith(prefix));
}

function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of ASSETS) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    try {
      assets.set(`/${name}`, { body: readFileSync(path.join(dir, name)), type });
    } catch {
      // not built (yet): index.html missing makes the route answer 503 with how to build
    }
  }
  return assets;
}

export function webRoutes(options: WebRoutesOptions = {}): Hono {
  const dir = options.dir ?? defaultWebDir;
  let assets: Map<string, Asset> | null = null;
  // Read on first request, not at mount: the server may start before a build finishes.
  const load = () => {
    if (!assets?.has("/index.html")) assets = readAssets(dir);
    return assets;
  };
  const app = new Hono();
  app.get("*", async (c, next) => {
    const p = c.req.path;
    if (isApi(p)) return next();
    const files = load();
    const direct = files.get(p === "/" ? "/index.html" : p);
    // A missing file with an extension is a 404 (from the API's handler), not the app shell.
    if (!direct && path.extname(p) !== "") return next();
    const asset = direct ?? files.get("/index.html");
    if (!asset) {
      return c.text(`The web UI is not built (no index.html in ${dir}); run \`npm run build\`.\n`, 503);
    }
    c.header("content-type", asset.type);
    c.header("cache-control", "no-cache");
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    if (asset.type.startsWith("text/html")) c.header("content-security-policy", CSP);
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });
  return app;
}
