import { basename, extname } from "node:path";
import { toCodePoint } from "../../document/span.js";
import { isError } from "../../document/types.js";
import type { OutputFormat } from "./types.js";

/** The digits of an `articleID` name (the result id or the source's file name), else the id itself. */
function ptcId(id: string, source: string): string {
  const fromId = /^article(\d+)$/.exec(id)?.[1];
  if (fromId) return fromId;
  const file = basename(source, extname(source));
  return /^article(\d+)$/.exec(file)?.[1] ?? id;
}

/**
 * SemEval-2020 Task 11 span lines: `ID<TAB>technique<TAB>start<TAB>end` per detected
 * technique, offsets in code points as the corpus counts them. Errors produce no lines.
 */
export const ptcFormat: OutputFormat = {
  name: "ptc",
  description:
    "One line per technique span: ID<TAB>technique<TAB>start<TAB>end (PTC/SemEval code-point offsets).",
  open: ({ stream }) => ({
    write(result) {
      if (isError(result)) return;
      const id = ptcId(result.id, result.source);
      let out = "";
      for (const a of result.annotations) {
        if (a.type !== "technique") continue;
        out += `${id}\t${a.label}\t${toCodePoint(result.text, a.start)}\t${toCodePoint(result.text, a.end)}\n`;
      }
      if (out) stream.write(out);
    },
    end() {},
  }),
};
