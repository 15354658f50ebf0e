#!/usr/bin/env node
/**
 * Builds the web UI into dist/web/: one ES module bundle (app.js, Chart.js included, so
 * nothing is fetched from a CDN), one stylesheet and index.html. Run by `npm run build`.
 * `buildWeb(outdir)` is exported so tests can build into a directory of their own.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = path.join(root, "src/web/app");

export async function buildWeb(outdir = path.join(root, "dist/web")) {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { app: path.join(app, "main.ts") },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "linked",
    outdir,
    logLevel: "warning",
  });
  await build({
    entryPoints: { app: path.join(app, "styles.css") },
    bundle: true,
    minify: true,
    outdir,
    logLevel: "warning",
  });
  await copyFile(path.join(app, "index.html"), path.join(outdir, "index.html"));
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`web UI built into ${path.relative(process.cwd(), out) || "."}`);
}
