import type { Bucket, Stats, TimelineDate } from "../../store/types.js";
import type { CommandSpec } from "../command.js";
import { choiceOption } from "../options.js";
import { dbOption } from "./ingest.js";
import { filterOptions, filtersFrom, printQuery } from "./search.js";

/** The technique counts of a row, most frequent first, as "Label n, Label n". */
function counts(techniques: Record<string, number>, top = 3): string {
  return Object.entries(techniques)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([label, n]) => `${label} ${n}`)
    .join(", ");
}

export function statsLines(s: Stats): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `${plural(s.documents, "document")}, ${plural(s.annotations, "finding")}, ${plural(s.clusters, "syndication cluster")}, ${plural(s.errors, "recorded error")}`,
    "",
    "techniques: findings (documents)",
    ...s.techniques.map((t) => `  ${t.label.padEnd(40)} ${String(t.count).padStart(6)} (${t.documents})`),
    "",
    "outlets: documents, top techniques",
    ...s.outlets.map(
      (o) => `  ${o.outlet.padEnd(40)} ${String(o.documents).padStart(6)}  ${counts(o.techniques)}`,
    ),
    "",
    `timeline by ${s.by} ${s.bucket}${s.undated ? ` (${s.undated} undated)` : ""}: documents, top techniques`,
    ...s.timeline.map(
      (t) => `  ${t.bucket.padEnd(12)} ${String(t.documents).padStart(6)}  ${counts(t.techniques)}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export const statsCommand: CommandSpec = {
  name: "stats",
  description: "Counts per technique, outlet and time bucket over stored documents, with the search filters.",
  options: {
    db: dbOption,
    ...filterOptions,
    bucket: {
      type: "string",
      hint: "UNIT",
      default: "month",
      description: "Timeline bucket: day, month or year",
    },
    by: {
      type: "string",
      hint: "DATE",
      default: "published",
      description: "Timeline date: published (meta.published) or ingested (when stored)",
    },
    format: { type: "string", short: "f", hint: "NAME", default: "text", description: "text or json" },
  },
  run(ctx) {
    const { values } = ctx;
    const options = {
      ...filtersFrom(values),
      bucket: choiceOption<Bucket>(values.bucket ?? "month", "bucket", ["day", "month", "year"]),
      by: choiceOption<TimelineDate>(values.by ?? "published", "by", ["published", "ingested"]),
    };
    return printQuery(ctx, (store) => store.stats(options), statsLines);
  },
};
