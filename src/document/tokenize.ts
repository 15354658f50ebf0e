/**
 * Lossless word tokenization: every non-whitespace character of the text belongs to
 * exactly one token, whitespace lies in the gaps, so the text is recoverable from offsets.
 * Tokens are stored as flat typed arrays because every analyzer walks them.
 */

export const TokenKind = { Word: 1, Number: 2, Punct: 3, Symbol: 4 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
}

// Order matters: acronyms with dots (U.S.), numbers with separators (2:255, 1,000.5),
// words with inner hyphens/apostrophes (O'Brien, don't) but possessive 's split off,
// then any single code point.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS](?![\p{L}\p{N}]))|[-_])[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|\s+|[\s\S]/gu;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const PUNCT = /\p{P}/u;
const SPACE = /\s/u;

export function tokenize(text: string): Tokens {
  const n = text.length;
  // At most one token per code unit; copied down to size at the end.
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const kind = new Uint8Array(n);
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    const c = s[0];
    if (SPACE.test(c)) continue;
    start[count] = m.index;
    end[count] = m.index + s.length;
    kind[count] =
      c === "'" || c === "’"
        ? s.length > 1
          ? TokenKind.Word
          : TokenKind.Punct
        : LETTER.test(c)
          ? TokenKind.Word
          : DIGIT.test(c)
            ? TokenKind.Number
            : PUNCT.test(c)
              ? TokenKind.Punct
              : TokenKind.Symbol;
    count++;
  }
  return { count, start: start.slice(0, count), end: end.slice(0, count), kind: kind.slice(0, count) };
}
