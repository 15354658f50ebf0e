/**
 * Turning PolNeAR's CoreNLP NER column into training sequences over our own tokens, and
 * BIO label sequences back into spans. Training/eval only: reads files.
 */

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDocument, type Doc } from "../../document/document.js";
import type { LabelledSpan } from "../../eval/entities/metrics.js";
import { listArticles, readCoreNlp } from "../../eval/polnear.js";
import type { HashedSequence } from "../../learn/sequence-tagger.js";
import { RowSink } from "./fast-tagger.js";
import { sentenceFeatures, tokenFacts } from "./features.js";

export const ENTITY_LABELS = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"] as const;
const KEEP = new Set<string>(ENTITY_LABELS);

/** Maximal runs of one entity tag within a CoreNLP sentence, as character spans. */
export function silverSpans(dir: string, name: string): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const sentence of readCoreNlp(dir, name)) {
    let open: LabelledSpan | null = null;
    for (const t of sentence) {
      if (open && t.ner === open.label) {
        open.end = t.end;
        continue;
      }
      if (open) spans.push(open);
      open = KEEP.has(t.ner) ? { start: t.start, end: t.end, label: t.ner } : null;
    }
    if (open) spans.push(open);
  }
  return spans;
}

/**
 * IO labels for our tokens ("I-PERSON" or "O"): a token takes the label of the silver span
 * its start falls in. CoreNLP's tags are IO themselves (two adjacent names of one type
 * merge), so B- labels would teach nothing, and five labels decode twice as fast as nine.
 */
export function ioLabels(doc: Doc, spans: readonly LabelledSpan[]): string[] {
  const labels = new Array<string>(doc.tokens.count).fill("O");
  let k = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    const start = doc.tokens.start[i];
    while (k < spans.length && spans[k].end <= start) k++;
    const span = spans[k];
    if (span && span.start <= start && start < span.end) labels[i] = `I-${span.label}`;
  }
  return labels;
}

/** Spans from BIO labels over tokens [first, last); a stray I- starts a new span. */
export function spansFromBio(doc: Doc, labels: readonly string[], first = 0): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    const i = first + k;
    const type = l === "O" ? "" : l.slice(2);
    if (open && l.startsWith("I-") && type === open.label) {
      open.end = doc.tokens.end[i];
      continue;
    }
    if (open) out.push(open);
    open = type ? { start: doc.tokens.start[i], end: doc.tokens.end[i], label: type } : null;
  }
  if (open) out.push(open);
  return out;
}

export interface SilverArticle {
  name: string;
  doc: Doc;
  gold: LabelledSpan[];
}

/** Articles of a split that have CoreNLP columns (a few PolNeAR articles lack them). */
export function readSilverSplit(dir: string): SilverArticle[] {
  const tagged = listArticles(dir).filter((name) => existsSync(join(dir, "corenlp-tsv", `${name}.tsv`)));
  return tagged.map((name) => {
    const text = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
    return { name, doc: createDocument({ text, id: name }), gold: silverSpans(dir, name) };
  });
}

/** One training sequence per sentence. */
export function trainingSequences(
  articles: readonly SilverArticle[],
): Array<HashedSequence & { labels: string[] }> {
  const out: Array<HashedSequence & { labels: string[] }> = [];
  for (const { doc, gold } of articles) {
    const labels = ioLabels(doc, gold);
    const facts = tokenFacts(doc);
    const { sentences } = doc;
    for (let s = 0; s < sentences.count; s++) {
      const a = sentences.firstToken[s];
      const b = sentences.lastToken[s];
      const sink = new RowSink();
      sentenceFeatures(facts, a, b, sink);
      out.push({ ...sink.sequence(), labels: labels.slice(a, b) });
    }
  }
  return out;
}
