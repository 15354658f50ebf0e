/**
 * The quoted passage a reference points at, when the quotation sits right next to it:
 * `"Love your enemies" (Matthew 5:44)` or `John 3:16: "For God so loved..."`.
 */
const OPEN = new Set(["“", '"', "«"]);
const CLOSE = new Set(["”", '"', "»"]);
const MAX = 800;

export function adjacentPassage(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let p = start - 1;
  while (p >= 0 && " \t([,—–-".includes(text[p])) p--;
  if (p >= 0 && CLOSE.has(text[p])) {
    for (let q = p - 1; q >= 0 && q >= p - MAX; q--) {
      const c = text[q];
      if (c === "\n") break;
      if (OPEN.has(c)) return q + 1 < p ? { start: q + 1, end: p } : null;
    }
  }
  p = end;
  while (p < text.length && " \t)]:,—–-".includes(text[p])) p++;
  if (p < text.length && OPEN.has(text[p])) {
    for (let q = p + 1; q < text.length && q <= p + MAX; q++) {
      const c = text[q];
      if (c === "\n") break;
      if (CLOSE.has(c)) return p + 1 < q ? { start: p + 1, end: q } : null;
    }
  }
  return null;
}
