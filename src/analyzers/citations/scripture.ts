/**
 * Qur'an and Bible references over tokens. The tokenizer keeps "2:255" as one number
 * token, so a reference is found at its chapter:verse and read leftwards for what it
 * cites: a Bible book (with its ordinal), a surah name, the word Qur'an, or brackets in
 * a text that is about the Qur'an.
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import type { Found } from "./found.js";
import { adjacentPassage } from "./passage.js";
import {
  AMBIGUOUS_SURAH_KEYS,
  BIBLE_BOOKS,
  BOOK_ORDINALS,
  CHAPTER_ONLY_BOOKS,
  misspeltBook,
  NUMBERED_BOOKS,
  SURAH_NUMBERS,
  surahKey,
} from "./scripture-tables.js";

const CHAPTER_VERSE = /^(\d{1,3}):(\d{1,3})$/;
// "Quran 4.89", "Jn 8.32": a dot between chapter and verse; read only after a named book,
// since a bare "4.89" is far more often a decimal.
const DOTTED = /^(\d{1,3})\.(\d{1,3})$/;
const BARE_NUMBER = /^\d{1,3}$/;
// "Heb. 9: 22,27": verses listed with a comma, read as one number token; the first is the ref's.
const VERSE_LIST = /^(\d{1,3}),\d{1,3}$/;
const CHAPTER_WORDS = new Set(["chapter", "ch"]);
const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
// How far back an opening bracket may stand before a reference listed inside it.
const BRACKET_REACH = 120;
const QURAN_WORDS = new Set(["quran", "qur'an", "qur’an", "koran", "qur'ān", "qurʾan"]);
const SURAH_WORDS = new Set(["surah", "surat", "sura", "soorah", "surah's"]);
const VERSE_WORDS = new Set(["verse", "verses", "ayah", "ayat", "aya", "ayahs", "v"]);
const RELIGIOUS_CONTEXT = new Set([
  ...QURAN_WORDS,
  ...SURAH_WORDS,
  "quranic",
  "koranic",
  "suras",
  "surahs",
  "allah",
  "ayah",
  "prophet",
  "verse",
  "verses",
]);

function isUpper(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && c !== c.toLowerCase();
}

export function findScripture(doc: Doc): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const out: Found[] = [];
  let religious: boolean | null = null;
  const adjacent = (a: number, b: number) => end[a] === start[b];

  // Extends a reference over a verse range "4-7" written right after the chapter:verse.
  const rangeEnd = (i: number): [number, string] => {
    if (
      i + 2 < count &&
      (lower[i + 1] === "-" || lower[i + 1] === "–") &&
      adjacent(i, i + 1) &&
      adjacent(i + 1, i + 2) &&
      kind[i + 2] === TokenKind.Number &&
      BARE_NUMBER.test(lower[i + 2])
    ) {
      return [i + 2, `-${lower[i + 2]}`];
    }
    return [i, ""];
  };

  // A surah name written in tokens [from, to] (inclusive), or 0.
  const surahAt = (from: number, to: number, prefixed: boolean): number => {
    if (from < 0 || !isUpper(text, start[from])) return 0;
    const key = surahKey(text.slice(start[from], end[to]));
    const n = SURAH_NUMBERS.get(key) ?? 0;
    return n && (prefixed || !AMBIGUOUS_SURAH_KEYS.has(key)) ? n : 0;
  };

  // Whether tokens [i, last] are one of two or more chapter:verse references in one pair of
  // brackets, separated by ";" or ",": "(24:31; 33:59)".
  const isRef = (k: number) => kind[k] === TokenKind.Number && CHAPTER_VERSE.test(lower[k]);
  const bracketList = (i: number, last: number): boolean => {
    let a = i;
    while (a >= 2 && (lower[a - 1] === ";" || lower[a - 1] === ",") && isRef(a - 2)) a -= 2;
    let b = last;
    while (b + 2 < count && (lower[b + 1] === ";" || lower[b + 1] === ",") && isRef(b + 2))
      b = rangeEnd(b + 2)[0];
    if (a === i && b === last) return false;
    const before = text[start[a] - 1];
    const after = text[end[b]];
    return (before === "(" && after === ")") || (before === "[" && after === "]");
  };

  // Whether token k is a Bible book or a Qur'an word that can head a reference.
  const namedBefore = (k: number): boolean => {
    let b = k - 1;
    if (b >= 0 && lower[b] === "." && adjacent(b - 1, b)) b--;
    if (b < 0 || !isUpper(text, start[b])) return false;
    return QURAN_WORDS.has(lower[b]) || BIBLE_BOOKS.has(lower[b]) || misspeltBook(lower[b]) !== undefined;
  };

  // The chapter:verse that starts at token i as [its last token, "c:v"]: "2:255", and after a
  // name also "4.89" and "6: 14" (a space after the colon).
  const chapterVerse = (i: number): [number, string] | null => {
    const w = lower[i];
    if (CHAPTER_VERSE.test(w)) return [i, w];
    const dotted = DOTTED.exec(w);
    if (dotted && namedBefore(i)) return [i, `${dotted[1]}:${dotted[2]}`];
    if (
      BARE_NUMBER.test(w) &&
      lower[i + 1] === ":" &&
      adjacent(i, i + 1) &&
      kind[i + 2] === TokenKind.Number &&
      (BARE_NUMBER.test(lower[i + 2]) || VERSE_LIST.test(lower[i + 2])) &&
      namedBefore(i)
    )
      return [i + 2, `${w}:${lower[i + 2].replace(VERSE_LIST, "$1")}`];
    return null;
  };

  // Whether offset at stands inside brackets opened on its line: "(Matthew 16:24; 2 Corinthians
  // 5:15, 13:4-5)" lists several books, each carrying over to the bare references after it.
  const insideBrackets = (at: number): boolean => {
    for (let k = at - 1; k >= 0 && k >= at - BRACKET_REACH; k--) {
      const c = text[k];
      if (c === "(" || c === "[") return true;
      if (c === ")" || c === "]" || c === "\n") return false;
    }
    return false;
  };
  // "(Leviticus 18:22; 20:13)", "(Quran 4.89, 8.7-11)": a bare chapter:verse after ";" or ","
  // in the brackets a named reference opens cites the same book. Returns the last token used.
  const carryOver = (first: number, last: number, book: string): number => {
    if (!insideBrackets(start[first])) return last;
    let k = last;
    while (k + 2 < count && (lower[k + 1] === ";" || lower[k + 1] === ",")) {
      const n = k + 2;
      const cvText = CHAPTER_VERSE.test(lower[n])
        ? lower[n]
        : DOTTED.test(lower[n])
          ? lower[n].replace(".", ":")
          : "";
      if (kind[n] !== TokenKind.Number || !cvText) break;
      const [l, range] = rangeEnd(n);
      out.push({
        label: "scripture",
        ref: `${book} ${cvText}${range}`,
        start: start[n],
        end: end[l],
        why: "chapter:verse listed after a named reference in the same brackets",
      });
      k = l;
    }
    return k;
  };

  // Whether token k is a number that can be a chapter of a Bible book, 1 to 150.
  const chapterNumber = (k: number): boolean =>
    kind[k] === TokenKind.Number && BARE_NUMBER.test(lower[k]) && +lower[k] >= 1 && +lower[k] <= 150;

  for (let i = 0; i < count; i++) {
    const w = lower[i];
    // "Deuteronomy 28": a chapter alone after a book whose name is no common word.
    const chapterBook = kind[i] === TokenKind.Word ? CHAPTER_ONLY_BOOKS.get(w) : undefined;
    // "Genesis chapter 19", "Romans Chapter 13": the word chapter may stand between.
    const c = chapterBook && CHAPTER_WORDS.has(lower[i + 1]) ? i + 2 : i + 1;
    if (
      chapterBook &&
      isUpper(text, start[i]) &&
      chapterNumber(c) &&
      // "Romans 13: Teach ..." in a headline: a colon before words, not before a verse.
      !(text[end[c]] === ":" && kind[c + 2] === TokenKind.Number) &&
      !(lower[c + 1] === "-" && kind[c + 2] === TokenKind.Number && text[end[c + 2]] === ":")
    ) {
      out.push({
        label: "scripture",
        ref: `Bible ${chapterBook} ${lower[c]}`,
        start: start[i],
        end: end[c],
        why: `Bible book '${text.slice(start[i], end[i])}' with a chapter`,
      });
      i = c;
      continue;
    }
    // "the 45th Chapter of Isaiah", "the third chapter of Genesis": a chapter given as an ordinal.
    if (CHAPTER_WORDS.has(w) && lower[i + 1] === "of" && isUpper(text, start[i + 2] ?? 0)) {
      const book = kind[i + 2] === TokenKind.Word ? BIBLE_BOOKS.get(lower[i + 2]) : undefined;
      const suffix = /^(?:st|nd|rd|th)$/.test(lower[i - 1] ?? "") && kind[i - 2] === TokenKind.Number;
      const n = suffix ? +lower[i - 2] : ORDINAL_WORDS.indexOf(lower[i - 1] ?? "") + 1;
      if (book && !NUMBERED_BOOKS.has(book) && n >= 1 && n <= 150) {
        const a = suffix ? i - 2 : i - 1;
        out.push({
          label: "scripture",
          ref: `Bible ${book} ${n}`,
          start: start[a],
          end: end[i + 2],
          why: `an ordinal chapter of '${text.slice(start[i + 2], end[i + 2])}'`,
        });
        i += 2;
        continue;
      }
    }
    // "(Daniel 6)", "(Mark 5)": any book with a chapter alone, when brackets make it a reference.
    const bracketBook =
      kind[i] === TokenKind.Word && text[start[i] - 1] === "(" ? BIBLE_BOOKS.get(w) : undefined;
    if (
      bracketBook &&
      !NUMBERED_BOOKS.has(bracketBook) &&
      isUpper(text, start[i]) &&
      chapterNumber(i + 1) &&
      text[end[i + 1]] === ")"
    ) {
      out.push({
        label: "scripture",
        ref: `Bible ${bracketBook} ${lower[i + 1]}`,
        start: start[i],
        end: end[i + 1],
        why: `Bible book '${text.slice(start[i], end[i])}' with a chapter in brackets`,
      });
      i++;
      continue;
    }
    const read = kind[i] === TokenKind.Number ? chapterVerse(i) : null;
    if (read) {
      // w is the reference as "c:v", which a dotted or spaced form ("4.89", "6: 14") is not.
      const [core, w] = read;
      const [last, range] = rangeEnd(core);
      const j = i - 1;
      // Bible: [ordinal] Book[.] c:v
      let b = j;
      if (b >= 0 && lower[b] === "." && adjacent(b - 1, b)) b--;
      const book =
        b >= 0 && isUpper(text, start[b]) ? (BIBLE_BOOKS.get(lower[b]) ?? misspeltBook(lower[b])) : undefined;
      if (book) {
        const ordinal = b > 0 ? BOOK_ORDINALS.get(lower[b - 1]) : undefined;
        if (!NUMBERED_BOOKS.has(book) || ordinal !== undefined) {
          const first = ordinal !== undefined ? b - 1 : b;
          out.push({
            label: "scripture",
            ref: `Bible ${ordinal !== undefined ? `${ordinal} ` : ""}${book} ${w}${range}`,
            start: start[first],
            end: end[last],
            why: `Bible book '${text.slice(start[b], end[b])}' with chapter:verse`,
          });
          i = carryOver(first, last, `Bible ${ordinal !== undefined ? `${ordinal} ` : ""}${book}`);
          continue;
        }
      }
      const chapter = Number.parseInt(w, 10);
      if (chapter < 1 || chapter > 114) continue;
      const ref = `Quran ${w}${range}`;
      // Qur'an / Surah / surah name (one to three tokens) right before.
      let first = -1;
      let why = "";
      if (j >= 0 && (QURAN_WORDS.has(lower[j]) || SURAH_WORDS.has(lower[j]))) {
        first = j;
        why = `'${text.slice(start[j], end[j])}' with chapter:verse`;
      } else {
        for (let span = 0; span < 3 && first < 0; span++) {
          const from = j - span;
          const prefixed = from > 0 && SURAH_WORDS.has(lower[from - 1]);
          if (surahAt(from, j, prefixed)) {
            first = prefixed ? from - 1 : from;
            why = `surah name '${text.slice(start[from], end[j])}' with chapter:verse`;
          }
        }
      }
      if (first >= 0) {
        out.push({ label: "scripture", ref, start: start[first], end: end[last], why });
        i = carryOver(first, last, "Quran");
        continue;
      }
      if (w !== lower[i]) continue; // a dotted or spaced form is read only after a name
      // Bare [2:255] or (2:255) in a text about the Qur'an; in a list "(24:31; 33:59)" each alone.
      const open = text[start[i] - 1];
      const close = text[end[last]];
      const listed = bracketList(i, last);
      if (listed) {
        religious ??= lower.some((t) => RELIGIOUS_CONTEXT.has(t));
        if (religious) {
          out.push({
            label: "scripture",
            ref,
            start: start[i],
            end: end[last],
            why: "chapter:verse in a bracketed list in a text about the Qur'an",
          });
        }
        i = last;
        continue;
      }
      // "(2:193; p. 133)": a reference followed by a page in the same brackets; 'quotes 5:51 -- “You
      // who believe ...”': a reference set right before the quoted verse.
      const paged = open === "(" && close === ";";
      const quoted = /^\s*(?:--|—|–|:)?\s*[“"]/.test(text.slice(end[last], end[last] + 6));
      if (paged || quoted) {
        religious ??= lower.some((t) => RELIGIOUS_CONTEXT.has(t));
        if (religious) {
          const why = paged
            ? "chapter:verse before a page in brackets"
            : "chapter:verse before a quoted verse";
          out.push({
            label: "scripture",
            ref,
            start: start[i],
            end: end[last],
            why: `${why} in a text about the Qur'an`,
          });
        }
        continue;
      }
      if ((open === "[" && close === "]") || (open === "(" && close === ")")) {
        religious ??= lower.some((t) => RELIGIOUS_CONTEXT.has(t));
        if (religious) {
          out.push({
            label: "scripture",
            ref,
            start: start[i] - 1,
            end: end[last] + 1,
            why: "bracketed chapter:verse in a text about the Qur'an",
          });
        }
      }
      continue;
    }
    // "Surah 9, verse 41", "Surah An-Nisa, verse 59", "Surah Al-Kahf".
    if (SURAH_WORDS.has(w) && isUpper(text, start[i]) && i + 1 < count) {
      if (CHAPTER_VERSE.test(lower[i + 1])) continue;
      let chapter = 0;
      let k = i + 1;
      if (kind[k] === TokenKind.Number && BARE_NUMBER.test(lower[k])) chapter = +lower[k];
      else {
        for (let span = 2; span >= 0 && !chapter; span--) {
          if (k + span < count && surahAt(k, k + span, true)) {
            chapter = surahAt(k, k + span, true);
            k += span;
          }
        }
      }
      if (chapter < 1 || chapter > 114) continue;
      let last = k;
      let verse = "";
      let v = k + 1;
      if (lower[v] === ",") v++;
      if (v + 1 < count && VERSE_WORDS.has(lower[v])) {
        if (lower[v + 1] === ".") v++;
        if (kind[v + 1] === TokenKind.Number && BARE_NUMBER.test(lower[v + 1])) {
          const [l, range] = rangeEnd(v + 1);
          verse = `:${lower[v + 1]}${range}`;
          last = l;
        }
      }
      out.push({
        label: "scripture",
        ref: `Quran ${chapter}${verse}`,
        start: start[i],
        end: end[last],
        why: `'${text.slice(start[i], end[i])}' with a surah ${verse ? "and verse" : ""}`.trim(),
      });
      i = last;
    }
  }
  for (const f of out) {
    const passage = adjacentPassage(text, f.start, f.end);
    if (passage) f.passage = passage;
  }
  return out;
}
