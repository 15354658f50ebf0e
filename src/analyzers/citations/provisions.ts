/**
 * Parts of documents and documents named by a number or a sponsor: treaty articles
 * ("Article 50", "WTO Article 24"), sections of a code ("U.S. Code 2381", "United States
 * Code, Section 1226", "8 U.S.C. 1226"), amendments by ordinal ("5th Amendment", "the First
 * amendment") or by their sponsor ("the Brady amendment", "Yvette Cooper's amendment"), and
 * named sets of regulations ("the Special Counsel regulations").
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { QUOTE_MARKS } from "./context-words.js";
import type { Found } from "./found.js";
import { NOT_NAME, nameScan, POSSESSIVE } from "./name-scan.js";

const ORDINAL_WORDS = wordSet(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
);
const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);
// Tokens after an amendment by ordinal within which a bare "the Fourth" still means one.
const AMENDMENT_ELLIPSIS = 40;
// Bodies that table amendments: "the Senate amendment" names no document.
const BODIES = wordSet(
  "senate house congress commons lords parliament government labour tory tories conservative conservatives republican republicans democratic democrats democrat gop eu un state committee assembly council",
);
// Codes of law by their qualifier: "U.S. Code", "Penal Code", "Internal Revenue Code".
const CODE_NAMES = wordSet(
  "u.s. us united states penal criminal civil tax revenue labor labour administrative federal vehicle election family commercial canon",
);

// Chambers that number their bills: "House Bill 1523", "Senate Bill 4".
const CHAMBERS = wordSet("house senate assembly");

const GLUED_ORDINAL = /^((?:anti|pro|non)[-‐])([a-z]+)$/;
// Roman numerals of titles of US laws ("Title IX"); not "I", which is mostly the pronoun.
const LAW_TITLES = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;
// Last words of codes named head first: "Code of Canon Law", "Code of Federal Regulations".
const HEAD_FIRST_CODES = new Set(["law", "regulations", "conduct", "ethics"]);
// A text about the Church, where "canon 751" and "can. 1405" are canons of its code.
const CHURCH_TEXT = /\b(?:canon law|CIC|Catholic|Church|Vatican|bishops?|pope)\b/;

export function findProvisions(doc: Doc): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const { isCap, nameLeft, nameRight } = nameScan(doc);
  const out: Found[] = [];
  const adjacent = (a: number, b: number) => end[a] === start[b];
  const push = (a: number, b: number, ref: string, why: string) =>
    out.push({ label: "document", ref, start: start[a], end: end[b], why });
  const isNumber = (i: number, digits: number) =>
    kind[i] === TokenKind.Number && lower[i].length <= digits && /^\d+$/.test(lower[i]);
  // A capitalised, all-capitals organisation before an article: "WTO Article 24".
  const acronym = (i: number) => i >= 0 && /^[A-Z]{2,6}$/.test(text.slice(start[i], end[i]));

  // "5th" as the tokens "5" "th" ending at token k.
  const numberedOrdinal = (k: number) =>
    ORDINAL_SUFFIX.has(lower[k]) && isNumber(k - 1, 2) && adjacent(k - 1, k);
  // First token of the ordinal ending at token k ("5th", "Fifth"), or -1.
  const ordinalStart = (k: number) => (numberedOrdinal(k) ? k - 1 : ORDINAL_WORDS.has(lower[k]) ? k : -1);
  let lastAmendment = -1;
  let church: boolean | null = null;
  const churchText = () => {
    church ??= CHURCH_TEXT.test(text);
    return church;
  };

  for (let i = 0; i < count; i++) {
    const w = lower[i];
    // "Article 50", "WTO Article 24", "Article 33 of the 1951 Convention Relating to the Status of Refugees".
    if (w === "article" && isCap(i) && isNumber(i + 1, 3) && text[start[i]] === "A") {
      const a = acronym(i - 1) ? i - 1 : i;
      let b = i + 1;
      // "Article 2, Section 4 of the US Constitution": a section inside the article.
      const section = lower[b + 1] === "," && lower[b + 2] === "section" && isNumber(b + 3, 3);
      if (section && lower[b + 4] === "of") b += 3;
      if (lower[b + 1] === "of") {
        const the = lower[b + 2] === "the" ? b + 2 : b + 1;
        const n = isNumber(the + 1, 4) ? the + 1 : the;
        let z = nameRight(n, 10);
        // A name ends at its line: the next line's first word is no part of it.
        while (z > n && text.slice(end[n], start[z]).includes("\n")) z--;
        if (z > n) b = z;
      }
      push(a, b, text.slice(start[a], end[b]), "a numbered article of a treaty or law");
      i = b;
      continue;
    }
    // "House Bill 1523", "Senate Bill 4", "Assembly Bill 5": a bill by its chamber and number,
    // as state legislatures name them (the short "HB 1523" is read in documents.ts).
    if (
      w === "bill" &&
      text[start[i]] === "B" &&
      CHAMBERS.has(lower[i - 1] ?? "") &&
      isCap(i - 1) &&
      isNumber(i + 1, 4)
    ) {
      push(i - 1, i + 1, text.slice(start[i - 1], end[i + 1]), "a bill by its chamber and number");
      i++;
      continue;
    }
    // "Rule 40", "Rule 16(a)": a numbered rule of a body's rulebook (a party's convention rules,
    // a court's rules); not a listicle's heading "Rule 1: ..." at the start of a line.
    if (
      w === "rule" &&
      text[start[i]] === "R" &&
      isNumber(i + 1, 3) &&
      lower[i + 2] !== ":" &&
      !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start[i] - 20), start[i]))
    ) {
      push(i, i + 1, text.slice(start[i], end[i + 1]), "a numbered rule");
      i++;
      continue;
    }
    // "Title IX", "Title V Civil Service protections": a title of a US law by its Roman numeral,
    // the way Americans name the provisions on sex discrimination, civil service or civil rights.
    if (
      w === "title" &&
      text[start[i]] === "T" &&
      LAW_TITLES.test(text.slice(start[i + 1] ?? 0, end[i + 1] ?? 0))
    ) {
      push(i, i + 1, text.slice(start[i], end[i + 1]), "a title of a law by its Roman numeral");
      i++;
      continue;
    }
    // "Section 1032 of the National Defense Authorization Act", "(Section 1032, Subtitle D)": a
    // numbered section with its law or its subtitle (a bare "Section 2" may be a heading).
    if (w === "section" && text[start[i]] === "S" && isNumber(i + 1, 4)) {
      let b = i + 1;
      if (lower[b + 1] === "," && lower[b + 2] === "subtitle" && isCap(b + 3)) b += 3;
      if (lower[b + 1] === "of" && (lower[b + 2] === "the" ? isCap(b + 3) : isCap(b + 2))) {
        const n = lower[b + 2] === "the" ? b + 3 : b + 2;
        const z = nameRight(n - 1, 8);
        if (z >= n && !NOT_NAME.has(lower[n])) b = z;
      }
      if (b > i + 1) {
        push(i, b, text.slice(start[i], end[b]), "a numbered section of a law");
        i = b;
        continue;
      }
    }
    // "the Code of Canon Law", "Code of Federal Regulations": a code named head first.
    if (w === "code" && isCap(i) && lower[i + 1] === "of" && isCap(i + 2)) {
      const b = nameRight(i + 1, 4);
      if (b > i + 1 && HEAD_FIRST_CODES.has(lower[b])) {
        push(i, b, text.slice(start[i], end[b]), "a code of law named head first");
        i = b;
      }
      continue;
    }
    // "U.S. Code 2381", "United States Code, Section 1226", "Internal Revenue Code".
    if (w === "code" && isCap(i)) {
      const a = nameLeft(i, 3);
      if (a === i || !CODE_NAMES.has(lower[a])) continue;
      let b = i;
      let k = i + 1;
      if (lower[k] === ",") k++;
      if (lower[k] === "section" || lower[k] === "§" || lower[k] === "sec") k += lower[k + 1] === "." ? 2 : 1;
      if (isNumber(k, 5)) b = k;
      push(a, b, text.slice(start[a], end[b]).replace(/,?\s*(?:Section|§|Sec\.?)\s*/i, " "), "a code of law");
      i = b;
      continue;
    }
    // "canon 751", "1983 CIC canon 751", "CIC 212 § 3", "can. 1405 § 1": a canon of the Code of
    // Canon Law, numbered like a paragraph of the Catechism ("CCC 2357"), in a text about the Church.
    if (w === "canon" || w === "can" || (w === "cic" && text.slice(start[i], end[i]) === "CIC")) {
      let k = i + 1;
      if (w === "can" && (lower[k] !== "." || !adjacent(i, k))) continue;
      if (w === "can") k++;
      if (w === "cic" && lower[k] === "canon") k++;
      if (!isNumber(k, 4) || +lower[k] < 1 || +lower[k] > 1752) continue;
      if (w === "canon" && isCap(i) && lower[i - 1] !== "cic" && !churchText()) continue;
      if (w !== "canon" && !churchText()) continue;
      let a = i;
      if (lower[a - 1] === "cic" && w === "canon") a--;
      if (/^(?:1917|1983)$/.test(lower[a - 1] ?? "")) a--;
      let b = k;
      if (lower[b + 1] === "§" && isNumber(b + 2, 2)) b += 2;
      push(a, b, `Code of Canon Law ${lower[k]}`, "a numbered canon of the Code of Canon Law");
      i = b;
      continue;
    }
    // "8 U.S.C. 1226", "8 U.S.C. § 1226".
    if (w === "u.s.c." || w === "usc") {
      const a = isNumber(i - 1, 2) ? i - 1 : i;
      let k = i + 1;
      if (lower[k] === "§") k++;
      if (!isNumber(k, 5)) continue;
      push(a, k, text.slice(start[a], end[k]).replace(/\s*§\s*/, " "), "a section of the U.S. Code");
      i = k;
      continue;
    }
    // "he cannot stand the Fourth": after an amendment by ordinal, a capitalised ordinal after
    // "the" that heads no name names another amendment.
    if (
      ORDINAL_WORDS.has(w) &&
      isCap(i) &&
      lower[i - 1] === "the" &&
      lastAmendment >= 0 &&
      i - lastAmendment <= AMENDMENT_ELLIPSIS &&
      (kind[i + 1] !== TokenKind.Word || NOT_NAME.has(lower[i + 1])) &&
      !/^amendments?$/.test(lower[i + 1])
    ) {
      push(i, i, text.slice(start[i], end[i]), "an ordinal standing for an amendment named before");
      continue;
    }
    // "anti-Second Amendment liberals", "pro-First Amendment": the ordinal glued to a prefix.
    const glued = w === "amendment" && isCap(i) ? GLUED_ORDINAL.exec(lower[i - 1] ?? "") : null;
    if (glued && !adjacent(i - 1, i) && ORDINAL_WORDS.has(glued[2])) {
      const from = start[i - 1] + glued[1].length;
      out.push({
        label: "document",
        ref: text.slice(from, end[i]),
        start: from,
        end: end[i],
        why: "an amendment by its ordinal after a prefix",
      });
      lastAmendment = i;
      continue;
    }
    if (w === "amendment" || w === "amendments") {
      const first = ordinalStart(i - 1);
      if (first >= 0) lastAmendment = i;
      // "the First and 5th Amendments": an ordinal before "and" names its own amendment (two
      // ordinal words are read by the head-word rule).
      if (first >= 0 && lower[first - 1] === "and" && (first === i - 2 || numberedOrdinal(first - 2))) {
        const o = ordinalStart(first - 2);
        if (o >= 0)
          push(
            o,
            first - 2,
            text.slice(start[o], end[first - 2]),
            "an ordinal before 'and' and an amendment",
          );
      }
      // "1st Amendment", "5th amendment"
      if (numberedOrdinal(i - 1)) {
        push(i - 2, i, text.slice(start[i - 2], end[i]), "an amendment by its ordinal");
        continue;
      }
      // "the Fifth amendment": a capitalised ordinal before a lower-case head (capitalised
      // heads are read by the head-word rule).
      if (!isCap(i) && ORDINAL_WORDS.has(lower[i - 1]) && isCap(i - 1)) {
        push(i - 1, i, text.slice(start[i - 1], end[i]), "an amendment by its ordinal");
        continue;
      }
      if (isCap(i)) continue;
      // "the ‘Brady’ amendment", "the Brady amendment", "Yvette Cooper's amendment".
      let b = i - 1;
      if (QUOTE_MARKS.has(lower[b])) b--;
      const possessive = POSSESSIVE.has(lower[b]);
      if (possessive) b--;
      if (!isCap(b) || NOT_NAME.has(lower[b]) || BODIES.has(lower[b]) || ORDINAL_WORDS.has(lower[b]))
        continue;
      let a = nameLeft(b, 3);
      while (a < b && BODIES.has(lower[a])) a++;
      if (BODIES.has(lower[a])) continue;
      const open = QUOTE_MARKS.has(lower[a - 1]) ? a - 1 : a;
      if (!possessive && lower[open - 1] !== "the") continue;
      const name = text.slice(start[a], end[b]);
      push(a, i, `${name} amendment`, `amendment named after '${name}'`);
      continue;
    }
    // "the Special Counsel regulations": two or more capitalised words, not an agency's acronym.
    if (w === "regulations" && !isCap(i) && isCap(i - 1) && !NOT_NAME.has(lower[i - 1])) {
      const a = nameLeft(i, 4);
      if (i - a < 2 || lower[a - 1] !== "the") continue;
      let acronyms = false;
      for (let k = a; k < i; k++) if (/^[A-Z.]{2,}$/.test(text.slice(start[k], end[k]))) acronyms = true;
      if (acronyms) continue;
      push(a, i, text.slice(start[a], end[i]), "named regulations");
    }
  }
  return out;
}
