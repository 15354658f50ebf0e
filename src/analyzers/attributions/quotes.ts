/**
 * Quotation marks over tokens, in every style news and propaganda use: "...", “...”,
 * «...», „...“, ‘...’ and '...'. Quotes never run past a paragraph end: multi-paragraph
 * quotations reopen the mark at each paragraph, and an unclosed mark is a typo more often
 * than a quotation that swallows the rest of the text.
 */
import type { Doc } from "../../document/document.js";

export const QUOTE_OUT = 0;
export const QUOTE_IN = 1;
export const QUOTE_OPEN = 2;
export const QUOTE_CLOSE = 3;

export interface QuoteSpan {
  /** Token range of the quoted words, marks excluded: [first, last). */
  first: number;
  last: number;
  /** Token indices of the marks, -1 when missing (quote cut by a paragraph end). */
  open: number;
  close: number;
}

const CLOSER: Record<string, string> = {
  "“": "”",
  "«": "»",
  "„": "“",
  "‘": "’",
  '"': '"',
  "'": "'",
  "‹": "›",
};

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Marks each token QUOTE_OUT / IN / OPEN / CLOSE and returns the quotations found. */
export function findQuotes(doc: Doc): { state: Uint8Array; quotes: QuoteSpan[] } {
  const n = doc.tokens.count;
  const state = new Uint8Array(n);
  const quotes: QuoteSpan[] = [];
  const { text } = doc;
  const { paragraphs } = doc;
  for (let p = 0; p < paragraphs.count; p++) {
    let openAt = -1;
    let closer = "";
    const a = paragraphs.firstToken[p];
    const b = paragraphs.lastToken[p];
    for (let i = a; i < b; i++) {
      const s = doc.tokens.start[i];
      if (doc.tokens.end[i] - s !== 1) continue;
      const c = text[s];
      if (openAt >= 0) {
        if (c === closer || (closer === "”" && c === '"') || (closer === '"' && c === "”")) {
          // A single-quote closer must not be an apostrophe inside a word.
          if ((c === "’" || c === "'") && isWordChar(text[s + 1])) continue;
          quotes.push({ first: openAt + 1, last: i, open: openAt, close: i });
          openAt = -1;
        }
        continue;
      }
      const close = CLOSER[c];
      if (close === undefined) continue;
      // Single quotes open only before a word and not after one (not an apostrophe).
      if ((c === "‘" || c === "'") && (!isWordChar(text[s + 1]) || isWordChar(text[s - 1]))) continue;
      if (c === '"' && !isWordChar(text[s + 1]) && !/[‘'«„“(]/.test(text[s + 1] ?? "")) continue;
      openAt = i;
      closer = close;
    }
    if (openAt >= 0 && b - openAt > 2) quotes.push({ first: openAt + 1, last: b, open: openAt, close: -1 });
  }
  for (const q of quotes) {
    if (q.open >= 0) state[q.open] = QUOTE_OPEN;
    if (q.close >= 0) state[q.close] = QUOTE_CLOSE;
    state.fill(QUOTE_IN, q.first, q.last);
  }
  return { state, quotes };
}
