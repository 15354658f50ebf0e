/**
 * Technique labels for given spans (the SemEval TC setting). A span listed k times gets
 * the k most probable distinct techniques, since the corpus lists a span once per technique.
 */
import type { Span } from "../../document/types.js";
import type { DocContext } from "./features.js";
import { classifySpan, type TechniquesModel } from "./model.js";

export function labelSpans(model: TechniquesModel, ctx: DocContext, spans: readonly Span[]): string[] {
  const labels = new Array<string>(spans.length);
  const groups = new Map<string, number[]>();
  spans.forEach((s, i) => {
    const key = `${s.start}:${s.end}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  for (const members of groups.values()) {
    const { ranked } = classifySpan(model, ctx, spans[members[0]].start, spans[members[0]].end);
    members.forEach((i, k) => {
      labels[i] = ranked[Math.min(k, ranked.length - 1)].label;
    });
  }
  return labels;
}
