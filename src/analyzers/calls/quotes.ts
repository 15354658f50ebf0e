/**
 * Which tokens lie inside quotation marks. Straight quotes toggle, curly ones open and
 * close; the state resets at each paragraph so an unbalanced quote cannot leak far
 * (news style reopens a continued quotation at each paragraph).
 */
import type { Doc } from "../../document/document.js";

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
