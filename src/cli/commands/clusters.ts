import pc from "picocolors";
import type { ClusterInfo } from "../../store/types.js";
import type { CommandSpec } from "../command.js";
import { intOption } from "../options.js";
import { wantsColour } from "./analyze.js";
import { dbOption, openDb } from "./ingest.js";
import { formatFormat } from "./search.js";

export function clusterLines(cluster: ClusterInfo, color: boolean): string[] {
  const head = `${cluster.id}  ${cluster.size} copies`;
  const lines = [color ? pc.cyan(head) : head];
  cluster.members.forEach((m, i) => {
    const date = m.published?.slice(0, 10) ?? "undated";
    const mark = i === 0 ? (color ? pc.bold("first") : "first") : "     ";
    const what = m.title ?? m.source;
    lines.push(`  ${mark}  ${date}  ${(m.outlet ?? "-").padEnd(24)}  ${m.id}  ${what}`);
  });
  return lines;
}

export const clustersCommand: CommandSpec = {
  name: "clusters",
  description:
    "List groups of near-identical stored texts (syndicated or reposted copies), first publisher first.",
  options: {
    db: dbOption,
    limit: {
      type: "string",
      short: "n",
      hint: "N",
      default: "50",
      description: "Clusters to show (max 500), largest first",
    },
    offset: { type: "string", hint: "N", default: "0", description: "Clusters to skip" },
    "min-size": { type: "string", hint: "N", default: "2", description: "Smallest cluster listed" },
    format: { type: "string", short: "f", hint: "NAME", default: "text", description: "text or json" },
    color: { type: "boolean", description: "Colour the output even when not writing to a terminal" },
  },
  async run(ctx) {
    const { values, io } = ctx;
    const format = formatFormat(ctx);
    const options = {
      limit: intOption(values.limit, "limit", 1),
      offset: intOption(values.offset, "offset", 0),
      minSize: intOption(values["min-size"], "min-size", 1),
    };
    const store = await openDb(ctx);
    try {
      const page = await store.clusters(options);
      if (format === "json") {
        io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return 0;
      }
      const color = wantsColour(ctx, io.stdout);
      for (const c of page.clusters) io.stdout.write(`${clusterLines(c, color).join("\n")}\n\n`);
      io.stdout.write(`${page.clusters.length} of ${page.total} clusters\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
