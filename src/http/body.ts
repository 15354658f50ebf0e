/**
 * Request bodies for analyze and ingest: JSON `{ text }` or `{ html, url? }` (with optional
 * id, source and meta), or a plain-text or HTML body. Everything else is a 400 or 415 with
 * a message naming what was wrong.
 */
import type { Context } from "hono";
import type { DocInput } from "../document/document.js";
import type { Meta } from "../document/types.js";
import { extractHtml } from "../ingest/html.js";
import { HttpProblem } from "./problem.js";

function describe(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 80);
}

export function inputFromJson(body: unknown): DocInput {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpProblem(
      400,
      "E_BAD_REQUEST",
      `expected a JSON object with "text" or "html", got ${describe(body)}`,
    );
  }
  const o = body as Record<string, unknown>;
  for (const key of ["id", "source", "url"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "string") {
      throw new HttpProblem(400, "E_BAD_REQUEST", `"${key}" must be a string, got ${describe(o[key])}`);
    }
  }
  if (o.meta !== undefined && (o.meta === null || typeof o.meta !== "object" || Array.isArray(o.meta))) {
    throw new HttpProblem(400, "E_BAD_REQUEST", `"meta" must be an object, got ${describe(o.meta)}`);
  }
  const meta = checkMeta((o.meta as Record<string, unknown> | undefined) ?? {});
  const url = (o.url as string | undefined) ?? (typeof meta.url === "string" ? meta.url : undefined);
  let text: string;
  if (typeof o.text === "string") text = o.text;
  else if (typeof o.html === "string") {
    const extracted = extractHtml(o.html, url);
    text = extracted.text;
    // Metadata given with the request wins over what the page itself says.
    Object.assign(meta, { ...extracted.meta, ...meta });
  } else {
    throw new HttpProblem(
      400,
      "E_BAD_REQUEST",
      `expected "text" or "html" as a string, got keys ${describe(Object.keys(o))}`,
    );
  }
  if (url && !meta.url) meta.url = url;
  return finish(text, {
    id: o.id as string | undefined,
    source: (o.source as string | undefined) ?? url,
    meta,
  });
}

const META_STRINGS = ["title", "author", "publisher", "published", "url"] as const;

/** The known metadata fields must have the result schema's types; other keys pass through. */
function checkMeta(meta: Record<string, unknown>): Partial<Meta> {
  for (const key of META_STRINGS) {
    const v = meta[key];
    if (v !== undefined && v !== null && typeof v !== "string") {
      throw new HttpProblem(
        400,
        "E_BAD_REQUEST",
        `"meta.${key}" must be a string or null, got ${describe(v)}`,
      );
    }
  }
  const { links } = meta;
  if (links !== undefined) {
    const ok =
      Array.isArray(links) &&
      links.every(
        (l) =>
          l !== null &&
          typeof l === "object" &&
          typeof (l as { href?: unknown }).href === "string" &&
          typeof (l as { domain?: unknown }).domain === "string",
      );
    if (!ok) {
      throw new HttpProblem(
        400,
        "E_BAD_REQUEST",
        `"meta.links" must be an array of {href, domain} strings, got ${describe(links)}`,
      );
    }
  }
  return { ...meta } as Partial<Meta>;
}

function finish(text: string, rest: Omit<DocInput, "text">): DocInput {
  if (text.trim() === "") throw new HttpProblem(422, "E_EMPTY", "the text is empty");
  return { text, id: rest.id ?? "", source: rest.source ?? "api", meta: rest.meta ?? {} };
}

/** Reads and decodes a request body (its size was already limited by the body-limit middleware). */
export async function readInput(c: Context): Promise<DocInput> {
  const type = (c.req.header("content-type") ?? "text/plain").split(";")[0].trim().toLowerCase();
  const raw = await c.req.text();
  if (type === "application/json" || type.endsWith("+json")) {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      throw new HttpProblem(400, "E_BAD_JSON", `malformed JSON body: ${(error as Error).message}`);
    }
    return inputFromJson(body);
  }
  if (type === "text/html" || type === "application/xhtml+xml") {
    const { text, meta } = extractHtml(raw);
    return finish(text, { meta });
  }
  if (type.startsWith("text/")) return finish(raw, {});
  throw new HttpProblem(
    415,
    "E_MEDIA_TYPE",
    `unsupported content type '${type}'; send application/json, text/plain or text/html`,
  );
}
