import type { StoredError } from "../../store/types.js";
import type { CommandSpec } from "../command.js";
import { intOption } from "../options.js";
import { dbOption } from "./ingest.js";
import { printQuery } from "./search.js";

export function errorLine(e: StoredError): string {
  return `${e.at.slice(0, 19).replace("T", " ")}  ${e.code.padEnd(12)}  ${e.source || e.inputId}: ${e.message}`;
}

export const errorsCommand: CommandSpec = {
  name: "errors",
  description:
    "List the inputs a store could not analyse or keep (kept until the same input is ingested successfully).",
  options: {
    db: dbOption,
    code: { type: "string", hint: "CODE", description: "Only this error code, e.g. E_NOT_TEXT" },
    limit: {
      type: "string",
      short: "n",
      hint: "N",
      default: "50",
      description: "Errors to show (max 500), newest first",
    },
    offset: { type: "string", hint: "N", default: "0", description: "Errors to skip" },
    format: { type: "string", short: "f", hint: "NAME", default: "text", description: "text or json" },
  },
  run(ctx) {
    const { values } = ctx;
    const options = {
      limit: intOption(values.limit, "limit", 1),
      offset: intOption(values.offset, "offset", 0),
      code: typeof values.code === "string" && values.code !== "" ? values.code : undefined,
    };
    return printQuery(
      ctx,
      (store) => store.errors(options),
      (page) =>
        `${page.errors.map((e) => `${errorLine(e)}\n`).join("")}${page.errors.length} of ${page.total} recorded errors\n`,
    );
  },
};
