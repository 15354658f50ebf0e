/**
 * Calls to the HTTP API of the same origin. Problem+json errors become Error messages
 * with the server's detail, so the UI can show what went wrong instead of a blank view.
 */
import type { Result } from "./types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body = await res.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    // Fall through with json null: the status decides, the raw body goes into the message.
  }
  if (!res.ok) {
    const p = (json ?? {}) as { detail?: string; title?: string; code?: string };
    const what = p.detail ?? p.title ?? (body.slice(0, 200) || res.statusText);
    throw new ApiError(res.status, `${res.status} ${p.code ? `${p.code} ` : ""}${what}`);
  }
  return json as T;
}

export function analyze(input: { text: string } | { html: string }): Promise<Result> {
  return call<Result>("/v1/analyze", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
}

export function getDocument(id: string): Promise<Result> {
  return call<Result>(`/v1/documents/${encodeURIComponent(id)}`);
}

export function search(params: Record<string, string>): Promise<unknown> {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "")).toString();
  return call<unknown>(`/v1/search${qs ? `?${qs}` : ""}`);
}

/** Only groups of two or more: singletons are every other document, not syndication. */
export function clusters(): Promise<unknown> {
  return call<unknown>("/v1/clusters?min_size=2");
}

export function stats(bucket: string): Promise<unknown> {
  return call<unknown>(`/v1/stats?bucket=${encodeURIComponent(bucket)}`);
}
