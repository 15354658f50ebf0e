import pc from "picocolors";
import type { ClusterInfo } from "../../store/types.js";
import type { CommandSpec } from "../command.js";
import { intOption } from "../options.js";
import { dbOption } from "./ingest.js";
import { printQuery } from "./search.js";

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
  run(ctx) {
    const { values } = ctx;
    const options = {
      limit: intOption(values.limit, "limit", 1),
      offset: intOption(values.offset, "offset", 0),
      minSize: intOption(values["min-size"], "min-size", 1),
    };
    return printQuery(
      ctx,
      (store) => store.clusters(options),
      (page, color) => {
        let out = "";
        for (const c of page.clusters) out += `${clusterLines(c, color).join("\n")}\n\n`;
        return `${out}${page.clusters.length} of ${page.total} clusters\n`;
      },
    );
  },
};
