/** RFC 9457 problem details: every error the API returns has this shape and media type. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problem(c: Context, status: ContentfulStatusCode, code: string, detail: string): Response {
  const body: Problem = {
    type: `urn:unspun:problem:${code}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
  };
  return c.body(JSON.stringify(body), status, { "content-type": "application/problem+json" });
}

/** Thrown by handlers to answer with a problem; the app's error handler renders it. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
