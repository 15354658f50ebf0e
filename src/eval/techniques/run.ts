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

export interface TechniquesPredictions {
  articles: string[];
  spans: Map<string, PtcSpan[]>;
  tcPred: LabelledSpan[];
  tcGold: LabelledSpan[];
  gold: Map<string, PtcSpan[]>;
}

function emptyPredictions(): TechniquesPredictions {
  return { articles: [], spans: new Map(), tcPred: [], tcGold: [], gold: new Map() };
}

/** SI spans for each article and TC labels for its gold spans. */
export function predictTechniques(
  model: TechniquesModel,
  articles: readonly PtcArticle[],
  gold: ReadonlyMap<string, PtcSpan[]>,
): TechniquesPredictions {
  const out = emptyPredictions();
  for (const a of articles) {
    const ctx = docContext(createDocument({ text: a.text, id: a.id }));
    out.articles.push(a.id);
    out.spans.set(
      a.id,
      detectSpans(model, ctx).map((s) => ({ id: a.id, label: "?", start: s.start, end: s.end })),
    );
    const spans = gold.get(a.id) ?? [];
    out.gold.set(a.id, spans);
    const labels = labelSpans(model, ctx, spans);
    spans.forEach((s, i) => {
      out.tcGold.push(s);
      out.tcPred.push({ ...s, label: labels[i] });
    });
  }
  return out;
}

export function scorePredictions(p: TechniquesPredictions): TechniquesEval {
  return { articles: p.articles.length, si: scoreSi(p.spans, p.gold), tc: scoreTc(p.tcPred, p.tcGold) };
}

export function evaluateTechniques(
  model: TechniquesModel,
  articles: readonly PtcArticle[],
  gold: ReadonlyMap<string, PtcSpan[]>,
): TechniquesEval {
  return scorePredictions(predictTechniques(model, articles, gold));
}

/** Merges the predictions of several folds into one pool, scored as one corpus. */
export function poolPredictions(parts: readonly TechniquesPredictions[]): TechniquesPredictions {
  const out = emptyPredictions();
  for (const p of parts) {
    out.articles.push(...p.articles);
    for (const [k, v] of p.spans) out.spans.set(k, v);
    for (const [k, v] of p.gold) out.gold.set(k, v);
    out.tcPred.push(...p.tcPred);
    out.tcGold.push(...p.tcGold);
  }
  return out;
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
