/**
 * Calls to action: sentences that urge the audience to act, refuse, remember, join,
 * believe, donate, share, or to harm someone (`violence`). A call inside someone
 * else's quotation (quotation marks, or the content of an upstream attribution) is kept
 * and marked `quoted: true`: the analyst needs to see it, but it is not the author's own.
 */
import { tokenAt } from "../../document/document.js";
import { textSpan } from "../../document/span.js";
import type { Annotation, TextSpan } from "../../document/types.js";
import type { AnalyzerSpec } from "../types.js";
import { findCalls } from "./detect.js";

export const callsAnalyzer: AnalyzerSpec = {
  name: "calls",
  description:
    "Calls to action (act, refuse, remember, join, believe, violence, donate, share), quoted or the author's own.",
  after: ["attributions"],
  create: () => (doc, upstream) => {
    const { start, end } = doc.tokens;
    const contents: TextSpan[] = [];
    for (const a of upstream.attributions?.annotations ?? []) {
      const content = a.content as TextSpan | undefined;
      if (content) contents.push(content);
    }
    const names = new Uint8Array(doc.tokens.count);
    for (const e of upstream.entities?.annotations ?? []) {
      if (e.type !== "entity") continue;
      for (let i = tokenAt(doc, e.start); i < doc.tokens.count && start[i] < e.end; i++) names[i] = 1;
    }
    const annotations: Annotation[] = findCalls(doc, names).map((call) => {
      const from = start[call.first];
      const to = end[call.last - 1];
      // Most of the call inside the content: spans differ at their edges (final period, quote marks).
      const inAttribution = contents.some(
        (c) => Math.min(to, c.end) - Math.max(from, c.start) > (to - from) / 2,
      );
      const quoted = call.quotedByMarks || inAttribution;
      const why = [...call.why];
      if (inAttribution) why.push("inside the content of an attribution");
      else if (call.quotedByMarks) why.push("inside quotation marks");
      return {
        type: "call_to_action",
        label: call.label,
        ...textSpan(doc, from, to),
        addressee: call.addressee
          ? textSpan(doc, start[call.addressee[0]], end[call.addressee[1] - 1])
          : null,
        quoted,
        score: call.score,
        why,
      };
    });
    return { annotations };
  },
};
