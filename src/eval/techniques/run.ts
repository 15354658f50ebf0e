/**
 * Scores the techniques model on PTC-format gold: SI by running span detection on each
 * article, TC by labelling the gold spans. Used by `unspun eval techniques`.
 */

import { docContext } from "../../analyzers/techniques/features.js";
import { labelSpans } from "../../analyzers/techniques/label.js";
import { detectSpans, type TechniquesModel } from "../../analyzers/techniques/model.js";
import { createDocument } from "../../document/document.js";
import type { PtcArticle, PtcSpan } from "../ptc.js";
import { type LabelledSpan, type SiScore, scoreSi, scoreTc, type TcScore } from "./metrics.js";

export interface TechniquesEval {
  articles: number;
  si: SiScore;
  tc: TcScore;
}

export function evaluateTechniques(
  model: TechniquesModel,
  articles: readonly PtcArticle[],
  gold: ReadonlyMap<string, PtcSpan[]>,
): TechniquesEval {
  const predicted = new Map<string, PtcSpan[]>();
  const tcPred: LabelledSpan[] = [];
  const tcGold: LabelledSpan[] = [];
  for (const a of articles) {
    const ctx = docContext(createDocument({ text: a.text, id: a.id }));
    predicted.set(
      a.id,
      detectSpans(model, ctx).map((s) => ({ id: a.id, label: "?", start: s.start, end: s.end })),
    );
    const spans = gold.get(a.id) ?? [];
    const labels = labelSpans(model, ctx, spans);
    spans.forEach((s, i) => {
      tcGold.push(s);
      tcPred.push({ ...s, label: labels[i] });
    });
  }
  const goldSi = new Map(articles.map((a) => [a.id, gold.get(a.id) ?? []]));
  return { articles: articles.length, si: scoreSi(predicted, goldSi), tc: scoreTc(tcPred, tcGold) };
}

const pct = (x: number) => x.toFixed(4);

/** Plain-text report: SI, TC micro-F1, per-technique table, confusion table. */
export function formatEval(e: TechniquesEval, labels: readonly string[]): string {
  const lines: string[] = [];
  lines.push(`articles: ${e.articles}`);
  lines.push(
    `SI  precision ${pct(e.si.precision)}  recall ${pct(e.si.recall)}  F1 ${pct(e.si.f1)}  (${e.si.predicted} predicted, ${e.si.gold} gold spans after merging)`,
  );
  lines.push(`TC  micro-F1 ${pct(e.tc.microF1)}  (${e.tc.correct}/${e.tc.total})`);
  lines.push("");
  const width = Math.max(...labels.map((l) => l.length), 9);
  lines.push(`${"technique".padEnd(width)}  precision  recall     F1         support`);
  for (const label of labels) {
    const r = e.tc.perLabel[label] ?? { precision: 0, recall: 0, f1: 0, support: 0 };
    lines.push(
      `${label.padEnd(width)}  ${pct(r.precision).padEnd(9)}  ${pct(r.recall).padEnd(9)}  ${pct(r.f1).padEnd(9)}  ${r.support}`,
    );
  }
  lines.push("");
  lines.push("confusion (rows gold, columns predicted; columns numbered as the rows)");
  const cols = labels.map((_, i) => String(i + 1).padStart(4)).join("");
  lines.push(`${"".padEnd(width + 4)}${cols}`);
  labels.forEach((g, i) => {
    const row = labels.map((p) => String(e.tc.confusion[g]?.[p] ?? 0).padStart(4)).join("");
    lines.push(`${String(i + 1).padStart(2)}. ${g.padEnd(width)}${row}`);
  });
  return `${lines.join("\n")}\n`;
}
