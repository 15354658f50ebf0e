/**
 * Which tokens lie inside quotation marks. Straight quotes toggle, curly ones open and
 * close; the state resets at each paragraph so an unbalanced quote cannot leak far
 * (news style reopens a continued quotation at each paragraph).
 */
import type { Doc } from "../../document/document.js";
import { wordSet } from "../word-set.js";

export const OPEN_QUOTES = new Set(["“", "«", "„"]);
export const CLOSE_QUOTES = new Set(["”", "»"]);

// Calls and profile both ask, per document: computed once, dropped with the document.
const cache = new WeakMap<Doc, Uint8Array>();

export function quotedTokens(doc: Doc): Uint8Array {
  let inside = cache.get(doc);
  if (!inside) {
    inside = computeQuoted(doc);
    cache.set(doc, inside);
  }
  return inside;
}

function computeQuoted(doc: Doc): Uint8Array {
  const { lower, paragraphs } = doc;
  const inside = new Uint8Array(lower.length);
  for (let p = 0; p < paragraphs.count; p++) {
    let open = false;
    for (let i = paragraphs.firstToken[p]; i < paragraphs.lastToken[p]; i++) {
      const t = lower[i];
      if (OPEN_QUOTES.has(t)) open = true;
      else if (CLOSE_QUOTES.has(t)) open = false;
      else if (t === '"') open = !open;
      else if (open) inside[i] = 1;
    }
  }
  return inside;
}

// The speech of someone else as calls read it: quotation marks, single quotes and block quotes.
const speechCache = new WeakMap<Doc, Uint8Array>();
// A paragraph ending in "said:" introduces a block quote: the next paragraph is the speaker's.
const SPEECH_VERBS = wordSet(
  "said says wrote writes declared declares stated states added adds told tells urged urges warned warns concluded explained",
);

/**
 * `quotedTokens` plus the quotations calls must not give to the writer: ''doubled apostrophes'', single quotes
 * (‘Go join ...’ in a headline, 'We have to find the truth'), whose marks double as
 * apostrophes and so open only before a word and after a space, and a paragraph right after
 * one that ends in "he said:". Framing and profile keep to `quotedTokens` (double marks).
 */
export function speechTokens(doc: Doc): Uint8Array {
  let inside = speechCache.get(doc);
  if (inside) return inside;
  inside = Uint8Array.from(quotedTokens(doc));
  const { lower, paragraphs, text, tokens } = doc;
  for (let p = 0; p < paragraphs.count; p++) {
    const first = paragraphs.firstToken[p];
    const last = paragraphs.lastToken[p];
    let open = -1;
    let doubled = false;
    for (let i = first; i < last; i++) {
      const t = lower[i];
      // ''Like this'': two apostrophes as a double quotation mark (New York Times style).
      if (isDoubledApostrophe(doc, i)) {
        doubled = !doubled;
        i++;
        continue;
      }
      if (doubled) inside[i] = 1;
      const before = text[tokens.start[i] - 1] ?? " ";
      const after = text[tokens.end[i]] ?? " ";
      if ((t === "‘" || t === "'") && /\s|^$/u.test(before) && /\p{L}/u.test(after)) open = i;
      else if ((t === "’" || t === "'") && open >= 0 && !/\s/u.test(before) && !/\p{L}/u.test(after)) {
        inside.fill(1, open + 1, i);
        open = -1;
      }
    }
    if (p > 0 && last > first) {
      const end = paragraphs.lastToken[p - 1] - 1;
      if (lower[end] === ":" && SPEECH_VERBS.has(lower[end - 1] ?? "")) inside.fill(1, first, last);
    }
  }
  speechCache.set(doc, inside);
  return inside;
}

/** The first of two adjacent apostrophes that stand for a double quotation mark. */
export function isDoubledApostrophe(doc: Doc, i: number): boolean {
  const { lower, tokens } = doc;
  return lower[i] === "'" && lower[i + 1] === "'" && tokens.end[i] === tokens.start[i + 1];
}
