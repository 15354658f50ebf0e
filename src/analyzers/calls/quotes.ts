/**
 * Which tokens lie inside quotation marks. Straight quotes toggle, curly ones open and
 * close; the state resets at each paragraph so an unbalanced quote cannot leak far
 * (news style reopens a continued quotation at each paragraph).
 */
import type { Doc } from "../../document/document.js";

export const OPEN_QUOTES = new Set(["“", "«", "„"]);
export const CLOSE_QUOTES = new Set(["”", "»"]);

export function quotedTokens(doc: Doc): Uint8Array {
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
