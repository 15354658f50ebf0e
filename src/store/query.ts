/**
 * Query pieces shared by both stores: filter conditions, full-text query translation and
 * snippet decoding.
 */
import type { SearchFilters, Snippet } from "./types.js";

/** Marks around matched terms in snippets: control characters never found in stored text positions we show. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** SQL conditions on documents `d` for the filters; values are appended to `params`. */
export function filterConditions(f: SearchFilters, params: unknown[]): string[] {
  const where: string[] = [];
  const annotated = (type: string, label: string) => {
    params.push(type, label);
    // IN (subquery) computes the set once from the (type, label, doc_seq) index instead of probing per document.
    where.push("d.seq IN (SELECT a.doc_seq FROM annotations a WHERE a.type = ? AND a.label = ?)");
  };
  if (f.technique) annotated("technique", f.technique);
  if (f.citation) annotated("citation", f.citation);
  if (f.call) annotated("call_to_action", f.call);
  if (f.entity) {
    const name = f.entity.toLowerCase();
    params.push(name, name);
    where.push(
      "d.seq IN (SELECT e.doc_seq FROM entities e WHERE lower(e.name) = ?" +
        " UNION SELECT a.doc_seq FROM annotations a WHERE a.type = 'entity' AND lower(a.text) = ?)",
    );
  }
  if (f.domain) {
    const outlet = f.domain.toLowerCase().replace(/^www\./, "");
    params.push(outlet, outlet);
    where.push("(d.domain = ? OR lower(d.publisher) = ?)");
  }
  if (f.from) {
    params.push(f.from);
    where.push("d.published >= ?");
  }
  if (f.to) {
    params.push(upperBound(f.to));
    where.push("d.published < ?");
  }
  if (f.concernMin !== undefined) {
    params.push(f.concernMin);
    where.push("d.concern >= ?");
  }
  if (f.cluster) {
    params.push(f.cluster);
    where.push("d.cluster = ?");
  }
  return where;
}

/**
 * Search filters read from named parameters (CLI options, URL query parameters) and checked.
 * `read` gives a parameter's raw value (undefined when absent); `invalid` makes the caller's
 * own error from a parameter, the rule it broke and the value, so both front ends report alike.
 */
export function parseFilters(
  read: (key: keyof SearchFilters) => string | undefined,
  invalid: (key: keyof SearchFilters, rule: string, value: string) => Error,
): SearchFilters {
  const date = (key: "from" | "to") => {
    const v = read(key);
    if (v !== undefined && !isDateOrPrefix(v)) throw invalid(key, "an ISO date or prefix like 2016-05", v);
    return v;
  };
  let concernMin: number | undefined;
  const concern = read("concernMin");
  if (concern !== undefined) {
    concernMin = Number(concern);
    if (!Number.isFinite(concernMin) || concernMin < 0 || concernMin > 1)
      throw invalid("concernMin", "a number from 0 to 1", concern);
  }
  return {
    technique: read("technique"),
    entity: read("entity"),
    citation: read("citation"),
    call: read("call"),
    domain: read("domain"),
    from: date("from"),
    to: date("to"),
    concernMin,
    cluster: read("cluster"),
  };
}

/** Dates as the store compares them: ISO 8601 or a prefix of one (2016, 2016-05, 2016-05-31T12:00Z). */
export function isDateOrPrefix(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(value);
}

/** Exclusive upper bound for an inclusive date or date prefix: "2016-05" -> "2016-06", "2016-05-31" -> "2016-06-01". */
export function upperBound(to: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(to.trim());
  if (!m) return `${to}\u{10ffff}`;
  const [, y, mo, d] = m;
  if (d) return new Date(Date.UTC(+y, +mo - 1, +d + 1)).toISOString().slice(0, 10);
  if (mo) return new Date(Date.UTC(+y, +mo, 1)).toISOString().slice(0, 7);
  return String(+y + 1);
}

/**
 * A user query as an FTS5 expression: words and "quoted phrases" ANDed, -word excluded.
 * Every term is quoted, so FTS5 syntax in user input is never interpreted. Null when no word remains.
 */
export function toFts5(q: string): string | null {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const m of q.matchAll(/(-?)"([^"]*)"|(-?)(\S+)/g)) {
    const negated = (m[1] || m[3]) === "-";
    const words = (m[2] ?? m[4]).match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    (negated ? negative : positive).push(`"${words.join(" ")}"`);
  }
  if (positive.length === 0) return null;
  const base = positive.join(" ");
  return negative.length ? `(${base}) NOT (${negative.join(" OR ")})` : base;
}

/** Splits a highlighted snippet into plain text and mark ranges. */
export function decodeSnippet(marked: string): Snippet {
  let text = "";
  const marks: Array<[number, number]> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_START) open = text.length;
    else if (ch === MARK_END) {
      if (open >= 0 && text.length > open) marks.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}

/** A leading excerpt for documents matched by filters only. */
export function leadSnippet(text: string, max = 200): Snippet {
  const flat = text.replace(/\s+/g, " ").trim();
  return { text: flat.length > max ? `${flat.slice(0, max).replace(/\s\S*$/, "")} …` : flat, marks: [] };
}
