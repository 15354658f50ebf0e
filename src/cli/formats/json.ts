import type { Result } from "../../document/types.js";
import type { OutputFormat } from "./types.js";

/** One input: the result object; several: an array of results. */
export const jsonFormat: OutputFormat = {
  name: "json",
  description: "Pretty-printed JSON: one result object, or an array when there are several inputs",
  open({ stream }) {
    const results: Result[] = [];
    return {
      write(result) {
        results.push(result);
      },
      end() {
        stream.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
      },
    };
  },
};

export const jsonlFormat: OutputFormat = {
  name: "jsonl",
  description: "One compact JSON result per line, streamed in input order",
  open({ stream }) {
    return {
      write(result) {
        stream.write(`${JSON.stringify(result)}\n`);
      },
      end() {},
    };
  },
};
