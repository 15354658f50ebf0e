import pc from "picocolors";
import { parseFilters } from "../../store/query.js";
import type { SearchFilters, SearchHit, Snippet, Store } from "../../store/types.js";
import { CliError, type CommandContext, type CommandSpec, type OptionValues } from "../command.js";
import { choiceOption, intOption } from "../options.js";
import { wantsColour } from "./analyze.js";
import { dbOption, openDb } from "./ingest.js";

/** Filter options shared by search (and usable by other corpus commands). */
export const filterOptions = {
  technique: {
    type: "string",
    hint: "LABEL",
    description: "Only documents with this technique, e.g. Loaded_Language",
  },
  entity: {
    type: "string",
    hint: "NAME",
    description: "Only documents mentioning this entity (case-insensitive)",
  },
  citation: {
    type: "string",
    hint: "KIND",
    description: "Only documents citing this kind: scripture, hadith, agency, document, url",
  },
  call: {
    type: "string",
    hint: "LABEL",
    description: "Only documents with this call to action: act, join, violence, ...",
  },
  domain: { type: "string", hint: "OUTLET", description: "Only this outlet (publisher name or domain)" },
  from: { type: "string", hint: "DATE", description: "Published on or after (e.g. 2016-05 or 2016-05-01)" },
  to: { type: "string", hint: "DATE", description: "Published on or before (inclusive)" },
  "concern-min": { type: "string", hint: "X", description: "Minimum concern score, 0..1" },
  cluster: { type: "string", hint: "ID", description: "Only members of this syndication cluster" },
} as const satisfies CommandSpec["options"];

export function filtersFrom(values: OptionValues): SearchFilters {
  const flag = (key: string) => (key === "concernMin" ? "concern-min" : key);
  return parseFilters(
    (key) => {
      const v = values[flag(key)];
      return typeof v === "string" && v !== "" ? v : undefined;
    },
    (key, rule, value) => new CliError("E_USAGE", `--${flag(key)} must be ${rule}, got '${value}'`),
  );
}

/** Runs one query against the store and prints the page: as JSON, or as the text `lines` makes of it. */
export async function printQuery<T>(
  ctx: CommandContext,
  query: (store: Store) => Promise<T>,
  lines: (page: T, color: boolean) => string,
): Promise<number> {
  const format = choiceOption(ctx.values.format ?? "text", "format", ["text", "json"] as const);
  const store = await openDb(ctx);
  try {
    const page = await query(store);
    ctx.io.stdout.write(
      format === "json" ? `${JSON.stringify(page, null, 2)}\n` : lines(page, wantsColour(ctx, ctx.io.stdout)),
    );
    return 0;
  } finally {
    await store.close();
  }
}

export function highlight(snippet: Snippet, color: boolean): string {
  let out = "";
  let at = 0;
  for (const [s, e] of snippet.marks) {
    const word = snippet.text.slice(s, e);
    out += snippet.text.slice(at, s) + (color ? pc.bold(pc.yellow(word)) : `[${word}]`);
    at = e;
  }
  return (out + snippet.text.slice(at)).replace(/\s+/g, " ");
}

export function hitLines(hit: SearchHit, color: boolean): string[] {
  const date = hit.published?.slice(0, 10) ?? "undated";
  const head = [hit.id, date, hit.outlet ?? hit.source, hit.cluster ? `cluster ${hit.cluster}` : null]
    .filter(Boolean)
    .join("  ");
  const lines = [color ? pc.cyan(head) : head];
  if (hit.title) lines.push(`  ${color ? pc.bold(hit.title) : hit.title}`);
  lines.push(`  ${highlight(hit.snippet, color)}`);
  for (const a of hit.annotations)
    lines.push(`    ${a.type}${a.label ? ` ${a.label}` : ""}: "${a.text.replace(/\s+/g, " ")}"`);
  return lines;
}

export const searchCommand: CommandSpec = {
  name: "search",
  description: "Full-text search over stored documents and their findings, with filters.",
  usage: "[QUERY...]",
  options: {
    db: dbOption,
    ...filterOptions,
    limit: { type: "string", short: "n", hint: "N", default: "20", description: "Results to show (max 500)" },
    offset: { type: "string", hint: "N", default: "0", description: "Results to skip" },
    format: { type: "string", short: "f", hint: "NAME", default: "text", description: "text or json" },
    color: { type: "boolean", description: "Colour the output even when not writing to a terminal" },
  },
  run(ctx) {
    const { values } = ctx;
    const query = {
      q: ctx.positionals.join(" ").trim() || undefined,
      ...filtersFrom(values),
      limit: intOption(values.limit, "limit", 1),
      offset: intOption(values.offset, "offset", 0),
    };
    return printQuery(
      ctx,
      (store) => store.search(query),
      (page, color) => {
        let out = "";
        for (const hit of page.hits) out += `${hitLines(hit, color).join("\n")}\n\n`;
        const shown = page.hits.length;
        const first = (query.offset ?? 0) + (shown ? 1 : 0);
        return `${out}${shown ? `${first}-${first + shown - 1} of ${page.total} results` : `no results (of ${page.total})`}\n`;
      },
    );
  },
};
