import type { OutputFormat } from "./types.js";

/** Output formats for `unspun analyze --format NAME`. */
export const formats: OutputFormat[] = [];
