/**
 * A Doc is the analysed form of one input: text, tokens, sentences, paragraphs and
 * languages, computed once and shared read-only by every analyzer.
 */
import { detectLanguage, dominant, scriptCounts, UNDETERMINED } from "./language.js";
import { type Segments, segmentParagraphs, segmentSentences } from "./segment.js";
import { TokenKind, type Tokens, tokenize } from "./tokenize.js";
import type { Meta } from "./types.js";

export interface Doc {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly tokens: Tokens;
  /** Lower-cased token strings, one per token. */
  readonly lower: readonly string[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  readonly sentences: Segments;
  readonly paragraphs: Segments;
  readonly language: string;
  /** Language of each paragraph, by paragraph index. */
  readonly paragraphLanguages: readonly string[];
  readonly meta: Meta;
}

export interface DocInput {
  text: string;
  id?: string;
  source?: string;
  meta?: Partial<Meta>;
}

export function emptyMeta(): Meta {
  return { title: null, author: null, publisher: null, published: null, links: [] };
}

export function createDocument(input: DocInput): Doc {
  if (typeof input?.text !== "string") {
    throw new TypeError(
      `createDocument expects { text: string }, got ${JSON.stringify(input)?.slice(0, 80)}`,
    );
  }
  const { text } = input;
  const tokens = tokenize(text);
  const lower = new Array<string>(tokens.count);
  for (let i = 0; i < tokens.count; i++) lower[i] = text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
  const sentences = segmentSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.count);
  for (let s = 0; s < sentences.count; s++)
    sentenceOf.fill(s, sentences.firstToken[s], sentences.lastToken[s]);
  const paragraphs = segmentParagraphs(text, tokens);
  const { language, paragraphLanguages } = languages(text, paragraphs);
  return {
    id: input.id ?? "",
    source: input.source ?? "",
    text,
    tokens,
    lower,
    sentenceOf,
    sentences,
    paragraphs,
    language,
    paragraphLanguages,
    meta: { ...emptyMeta(), ...input.meta },
  };
}

/** Whether token i is a word that starts with a capital letter (false outside the text). */
export function capitalised(doc: Doc, i: number): boolean {
  const { start, kind, count } = doc.tokens;
  if (i < 0 || i >= count || kind[i] !== TokenKind.Word) return false;
  const code = doc.text.charCodeAt(start[i]);
  if (code < 128) return code >= 65 && code <= 90;
  const c = doc.text[start[i]];
  return c !== c.toLowerCase();
}

/** The text of token i. */
export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

/** Index of the first token starting at or after `offset`, or the token count when none does. */
export function firstTokenFrom(doc: Doc, offset: number): number {
  const { start, count } = doc.tokens;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  const { end, count } = doc.tokens;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The document's language comes from a sample of its main-script paragraphs; a paragraph
 * in another script (an Arabic quotation in an English text) is identified on its own.
 * Paragraphs in the main script share the document's language: identifying each one would
 * cost more than all the rest of the document model together.
 */
function languages(text: string, paragraphs: Segments): { language: string; paragraphLanguages: string[] } {
  const scripts: Array<string | null> = [];
  const total = new Map<string, number>();
  for (let p = 0; p < paragraphs.count; p++) {
    const counts = scriptCounts(text, paragraphs.start[p], paragraphs.end[p]);
    scripts.push(dominant(counts));
    for (const [k, v] of counts) total.set(k, (total.get(k) ?? 0) + v);
  }
  const main = dominant(total);
  let sample = "";
  for (let p = 0; p < paragraphs.count && sample.length < 600; p++) {
    if (scripts[p] === main) sample += `${text.slice(paragraphs.start[p], paragraphs.end[p])}\n`;
  }
  const language = main === null ? UNDETERMINED : detectLanguage(sample);
  const paragraphLanguages = scripts.map((script, p) =>
    script === null
      ? UNDETERMINED
      : script === main
        ? language
        : detectLanguage(text.slice(paragraphs.start[p], paragraphs.end[p])),
  );
  return { language, paragraphLanguages };
}
