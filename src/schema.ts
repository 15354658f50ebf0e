/** The JSON Schema of the result format, read from the package's schema/ folder. */
import { readFileSync } from "node:fs";

export const resultSchemaUrl = new URL("../schema/result.schema.json", import.meta.url);

export function resultSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(resultSchemaUrl, "utf8"));
}
