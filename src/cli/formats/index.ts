import { bratFormat } from "./brat.js";
import { jsonFormat, jsonlFormat } from "./json.js";
import { prettyFormat } from "./pretty.js";
import { ptcFormat } from "./ptc.js";
import type { OutputFormat } from "./types.js";

/** Output formats for `unspun analyze --format NAME`. */
export const formats: OutputFormat[] = [jsonFormat, jsonlFormat, prettyFormat, bratFormat, ptcFormat];
