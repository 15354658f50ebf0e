/**
 * The word lists of calls and framing are English: tokens of paragraphs identified as
 * another language are left alone. Identification of short paragraphs is unreliable
 * ("Please donate today at ..." can read as Romanian), so paragraphs under MIN_CHARS and
 * undetermined ones count as English.
 */
import type { Doc } from "../../document/document.js";

const cache = new WeakMap<Doc, Uint8Array>();
const MIN_CHARS = 200;

/** 1 for each token in a paragraph whose language is English or undetermined. */
export function englishTokens(doc: Doc): Uint8Array {
  let mask = cache.get(doc);
  if (mask) return mask;
  mask = new Uint8Array(doc.tokens.count);
  const { paragraphs, paragraphLanguages } = doc;
  for (let p = 0; p < paragraphs.count; p++) {
    const lang = paragraphLanguages[p];
    const short = paragraphs.end[p] - paragraphs.start[p] < MIN_CHARS;
    if (short || lang === "en" || lang === "und")
      mask.fill(1, paragraphs.firstToken[p], paragraphs.lastToken[p]);
  }
  cache.set(doc, mask);
  return mask;
}
