/**
 * Turns command-line arguments (files, directories, "-" for stdin) into a stream of items:
 * each input becomes exactly one document to analyse or one error record, never nothing.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { type ErrorCode, type ErrorResult, type Meta, RESULT_VERSION } from "../document/types.js";
import { hasBom, invalidUtf8At, looksBinary } from "./bytes.js";
import { extractHtml } from "./html.js";

export interface InputDoc {
  id: string;
  source: string;
  text: string;
  meta: Partial<Meta>;
}

export type Item = { ok: true; input: InputDoc } | { ok: false; error: ErrorResult };

export interface ReadOptions {
  /** Largest input in bytes (a file, a JSONL line, stdin). */
  maxBytes?: number;
  io: { stdin: Readable; cwd: string };
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

export function errorItem(id: string, source: string, code: ErrorCode, message: string): Item {
  return { ok: false, error: { version: RESULT_VERSION, id, source, error: { code, message } } };
}

export function contentId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

function fileId(path: string): string {
  return basename(path, extname(path));
}

/**
 * Expands directories (recursively, sorted, hidden entries skipped) into file paths, kept
 * as the user wrote them (relative stays relative) since they become each result's `source`.
 */
export async function expandArgs(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const info = arg === "-" ? null : await stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) out.push(...(await walk(arg, cwd)));
    else out.push(arg);
  }
  return out;
}

async function walk(dir: string, cwd: string): Promise<string[]> {
  const entries = (await readdir(resolve(cwd, dir), { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, cwd)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

export async function* readInputs(args: readonly string[], options: ReadOptions): AsyncIterable<Item> {
  yield* readPaths(await expandArgs(args, options.io.cwd), options);
}

/** Reads already expanded paths (see expandArgs). */
export async function* readPaths(paths: readonly string[], options: ReadOptions): AsyncIterable<Item> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === "-") yield* readStdin(options.io.stdin, maxBytes);
    else if (JSONL_EXT.has(extname(path).toLowerCase())) yield* readJsonlFile(path, options.io.cwd, maxBytes);
    else yield await readFileItem(path, options.io.cwd, maxBytes);
  }
}

async function readFileItem(path: string, cwd: string, maxBytes: number): Promise<Item> {
  const id = fileId(path);
  const full = resolve(cwd, path);
  const info = await stat(full).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    return info.code === "ENOENT"
      ? errorItem(id, path, "E_NOT_FOUND", `no such file: ${path}`)
      : errorItem(id, path, "E_READ", `cannot read ${path}: ${info.message}`);
  }
  if (!info.isFile()) return errorItem(id, path, "E_READ", `not a regular file: ${path}`);
  if (info.size > maxBytes) {
    return errorItem(id, path, "E_TOO_LARGE", `${path} is ${info.size} bytes, over the limit of ${maxBytes}`);
  }
  const bytes = await readFile(full).catch((e: Error) => e);
  if (bytes instanceof Error) return errorItem(id, path, "E_READ", `cannot read ${path}: ${bytes.message}`);
  const html = HTML_EXT.has(extname(path).toLowerCase());
  return fromBytes(bytes, id, path, html ? "html" : "sniff");
}

/** Decodes and classifies one document's bytes. */
export function fromBytes(
  bytes: Uint8Array,
  id: string,
  source: string,
  kind: "html" | "text" | "sniff",
): Item {
  if (bytes.length === 0) return errorItem(id, source, "E_EMPTY", `${source} is empty`);
  if (looksBinary(bytes)) return errorItem(id, source, "E_NOT_TEXT", `${source} looks binary, not text`);
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    return errorItem(
      id,
      source,
      "E_ENCODING",
      `${source} is not valid UTF-8 (first bad byte at offset ${bad})`,
    );
  }
  // The BOM is an encoding mark, not text: offsets index the text after it.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    hasBom(bytes) ? bytes.subarray(3) : bytes,
  );
  return fromText(text, id, source, kind);
}

function fromText(
  raw: string,
  id: string,
  source: string,
  kind: "html" | "text" | "sniff",
  url?: string,
): Item {
  const isHtml = kind === "html" || (kind === "sniff" && /^\s*(<!doctype html|<html[\s>])/i.test(raw));
  const { text, meta } = isHtml ? extractHtml(raw, url) : { text: raw, meta: url ? { url } : {} };
  if (text.trim() === "") {
    return errorItem(
      id,
      source,
      "E_EMPTY",
      isHtml ? `${source} has no readable text` : `${source} has only whitespace`,
    );
  }
  return { ok: true, input: { id, source, text, meta } };
}

async function* readJsonlFile(path: string, cwd: string, maxBytes: number): AsyncIterable<Item> {
  const base = fileId(path);
  const full = resolve(cwd, path);
  const info = await stat(full).catch(() => null);
  if (!info) {
    yield errorItem(base, path, "E_NOT_FOUND", `no such file: ${path}`);
    return;
  }
  const lines = createInterface({ input: createReadStream(full, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    const item = jsonlItem(line, lineNo, base, path, maxBytes);
    if (item) yield item;
  }
}

/** One JSONL line: `{"id"?, "text" | "html", "url"?, "title"?, "author"?, "publisher"?, "published"?}`. */
export function jsonlItem(
  line: string,
  lineNo: number,
  base: string,
  path: string,
  maxBytes: number,
): Item | null {
  if (line.trim() === "") return null;
  const source = `${path}:${lineNo}`;
  const fallbackId = `${base}:${lineNo}`;
  if (Buffer.byteLength(line) > maxBytes) {
    return errorItem(
      fallbackId,
      source,
      "E_TOO_LARGE",
      `line ${lineNo} is over the limit of ${maxBytes} bytes`,
    );
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return errorItem(fallbackId, source, "E_PARSE", `line ${lineNo}: invalid JSON (${(e as Error).message})`);
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return errorItem(fallbackId, source, "E_PARSE", `line ${lineNo}: expected a JSON object`);
  }
  const r = record as Record<string, unknown>;
  const body = typeof r.text === "string" ? r.text : typeof r.html === "string" ? r.html : null;
  if (body === null) {
    return errorItem(fallbackId, source, "E_PARSE", `line ${lineNo}: needs a string "text" or "html"`);
  }
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : contentId(body);
  const url = typeof r.url === "string" ? r.url : undefined;
  const item = fromText(body, id, source, typeof r.text === "string" ? "text" : "html", url);
  if (item.ok) {
    const given: Partial<Meta> = {};
    for (const key of ["title", "author", "publisher", "published"] as const) {
      if (typeof r[key] === "string") given[key] = r[key] as string;
    }
    item.input.meta = { ...item.input.meta, ...given };
  }
  return item;
}

async function* readStdin(stdin: Readable, maxBytes: number): AsyncIterable<Item> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      yield errorItem("stdin", "-", "E_TOO_LARGE", `stdin is over the limit of ${maxBytes} bytes`);
      stdin.resume();
      return;
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  const text = bytes.toString("utf8");
  // A batch on stdin: the first line is a JSON object with text or html.
  const firstLine = text.trimStart().split("\n", 1)[0];
  if (firstLine.startsWith("{") && isRecordLine(firstLine)) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const item = jsonlItem(lines[i], i + 1, "stdin", "-", maxBytes);
      if (item) yield item;
    }
    return;
  }
  const item = fromBytes(bytes, "", "-", "sniff");
  if (item.ok) item.input.id = contentId(item.input.text);
  else item.error.id = "stdin";
  yield item;
}

function isRecordLine(line: string): boolean {
  try {
    const r = JSON.parse(line);
    return r !== null && typeof r === "object" && (typeof r.text === "string" || typeof r.html === "string");
  } catch {
    return false;
  }
}
