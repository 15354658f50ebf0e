/**
 * Training data for the attribution tagger from PolNeAR: gold Source/Cue/Content spans
 * projected onto our tokens as BIO labels, and the cue lexicon. Training/eval only.
 */
import { createDocument, type Doc } from "../../document/document.js";
import type { Fragment, PolnearArticle } from "../../eval/polnear.js";
import type { HashedSequence } from "../../learn/sequence-tagger.js";
import { RowSink } from "../entities/fast-tagger.js";
import type { Analyze } from "../types.js";
import { attributionFacts, type CueLexicon, type PosLexicon, paragraphFeatures } from "./features.js";

const ROLES = [
  ["cue", "CUE"],
  ["source", "SRC"],
  ["content", "CON"],
] as const;

/**
 * BIO labels per token. Where spans overlap (nested attributions) a cue wins over a source
 * and a source over a content; among spans of one kind the shortest (innermost) wins.
 */
export function goldLabels(doc: Doc, article: PolnearArticle): string[] {
  const n = doc.tokens.count;
  const labels = new Array<string>(n).fill("O");
  const owner = new Int32Array(n).fill(-1);
  const ownerLength = new Int32Array(n).fill(0x7fffffff);
  let id = 0;
  for (const [role, tag] of ROLES) {
    const claimed = new Uint8Array(n);
    for (const a of article.attributions) {
      const fragments: Fragment[] | null = a[role];
      if (!fragments) continue;
      for (const f of fragments) {
        id++;
        const length = f.end - f.start;
        for (let i = 0; i < n; i++) {
          const s = doc.tokens.start[i];
          if (s < f.start) continue;
          if (s >= f.end) break;
          if (labels[i] !== "O" && !claimed[i]) continue; // taken by a higher-priority kind
          if (claimed[i] && ownerLength[i] <= length) continue;
          claimed[i] = 1;
          labels[i] = tag;
          owner[i] = id;
          ownerLength[i] = length;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (labels[i] === "O") continue;
    labels[i] = `${i > 0 && owner[i - 1] === owner[i] ? "I" : "B"}-${labels[i]}`;
  }
  return labels;
}

/** Share of each word's occurrences that fall inside a gold cue (words seen in cues 3+ times). */
export function learnCueLexicon(docs: ReadonlyArray<{ doc: Doc; labels: string[] }>): Record<string, number> {
  const total = new Map<string, number>();
  const inCue = new Map<string, number>();
  for (const { doc, labels } of docs) {
    for (let i = 0; i < doc.tokens.count; i++) {
      const w = doc.lower[i];
      total.set(w, (total.get(w) ?? 0) + 1);
      if (labels[i].endsWith("CUE")) inCue.set(w, (inCue.get(w) ?? 0) + 1);
    }
  }
  const out: Record<string, number> = {};
  for (const [w, c] of [...inCue].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const r = c / (total.get(w) ?? c);
    if (c >= 3 && r >= 0.02) out[w] = Math.round(r * 1000) / 1000;
  }
  return out;
}

export interface PreparedArticle {
  article: PolnearArticle;
  doc: Doc;
  labels: string[];
  entitySpans: Array<{ start: number; end: number; label?: string }>;
}

export function prepareArticles(articles: readonly PolnearArticle[], entities: Analyze): PreparedArticle[] {
  return articles.map((article) => {
    const doc = createDocument({ text: article.text, id: article.name });
    const entitySpans = entities(doc, {}).annotations.map((a) => ({
      start: a.start,
      end: a.end,
      label: a.label,
    }));
    return { article, doc, labels: goldLabels(doc, article), entitySpans };
  });
}

/** One training sequence per paragraph. */
export function attributionSequences(
  prepared: readonly PreparedArticle[],
  cues: CueLexicon,
  pos?: PosLexicon,
): Array<HashedSequence & { labels: string[] }> {
  const out: Array<HashedSequence & { labels: string[] }> = [];
  for (const { doc, labels, entitySpans } of prepared) {
    const facts = attributionFacts(doc, cues, entitySpans, pos);
    for (let p = 0; p < doc.paragraphs.count; p++) {
      const a = doc.paragraphs.firstToken[p];
      const b = doc.paragraphs.lastToken[p];
      const sink = new RowSink();
      paragraphFeatures(doc, facts, a, b, sink);
      out.push({ ...sink.sequence(), labels: labels.slice(a, b) });
    }
  }
  return out;
}

/** Coarse tag: noun, verb, adjective, ... from Penn tags; punctuation keeps its own tag. */
function coarse(tag: string): string {
  if (/^(NN|VB|JJ|RB|PR|WP|WR|WD)/.test(tag)) return tag.slice(0, 2);
  return tag;
}

/**
 * The most frequent coarse POS of each word (lower-cased surface form) in CoreNLP's columns
 * of the given articles; words seen fewer than `min` times are left out.
 */
export function learnPosLexicon(
  articles: ReadonlyArray<{
    text: string;
    tokens: ReadonlyArray<{ start: number; end: number; pos: string }>;
  }>,
  min = 3,
): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { text, tokens } of articles) {
    for (const t of tokens) {
      const w = text.slice(t.start, t.end).toLowerCase();
      let m = counts.get(w);
      if (!m) counts.set(w, (m = new Map()));
      const tag = coarse(t.pos);
      m.set(tag, (m.get(tag) ?? 0) + 1);
    }
  }
  const out: Record<string, string> = {};
  for (const w of [...counts.keys()].sort()) {
    let best = "";
    let n = 0;
    let total = 0;
    for (const [tag, c] of counts.get(w)!) {
      total += c;
      if (c > n || (c === n && tag < best)) [best, n] = [tag, c];
    }
    if (total >= min) out[w] = best;
  }
  return out;
}
