/**
 * Programmes of outlets as sources. A guest who speaks on "CNN's State of the Union" cites the
 * programme, whose ref is its name (the README's test-2 decision); the network's possessive
 * before it stays in the span ("CNBC's Squawk Box" is one span there). Programmes are listed
 * names (programme-list.ts), quoted titles after a network's possessive, or a host's show
 * ("the Michael Savage radio show").
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { POSSESSIVE } from "./name-scan.js";
import type { Name } from "./outlet-names.js";

export interface Match {
  /** First and last token of the phrase whose context is read ("CNN's “State of the Union”"). */
  a: number;
  b: number;
  name: Name;
  /** The tokens cited, when only part of the phrase is: the quoted programme after its network. */
  cite?: [number, number];
}

const OPENING = wordSet("“ \" ‘ '");
const CLOSING = wordSet("” \" ’ '");
const SHOW_NOUNS = wordSet("show programme program broadcast segment");
// Title words may be joined by these: "Meet the Press", "Life, Liberty & Levin".
const TITLE_LINKS = wordSet("the of a an and with to in on at for & 's ’s");

/** The first token after an opening quote at q ('' counts as one), or -1. */
export function afterOpeningQuote(lower: readonly string[], q: number): number {
  if (lower[q] === "'" && lower[q + 1] === "'") return q + 2;
  return OPENING.has(lower[q]) ? q + 1 : -1;
}

/** The token after a closing quote that follows b (perhaps after a comma or full stop inside it), or -1. */
export function afterClosingQuote(lower: readonly string[], b: number): number {
  let c = b + 1;
  if (lower[c] === "," || lower[c] === ".") c++;
  if (lower[c] === "'" && lower[c + 1] === "'") return c + 2;
  return CLOSING.has(lower[c]) ? c + 1 : -1;
}

/** The capitalised title in quotes opening at q: its first and last tokens, or null. */
export function quotedTitle(
  doc: Doc,
  q: number,
  isCap: (i: number) => boolean,
): { first: number; last: number } | null {
  const { lower, tokens } = doc;
  const first = afterOpeningQuote(lower, q);
  if (first < 0 || !isCap(first)) return null;
  let last = first;
  for (let k = first + 1; k < first + 7 && k < tokens.count; k++) {
    if (isCap(k) || tokens.kind[k] === TokenKind.Number) last = k;
    else if (!TITLE_LINKS.has(lower[k])) break;
  }
  return afterClosingQuote(lower, last) < 0 ? null : { first, last };
}

/**
 * Whether a listed programme at i..b whose name is also a common phrase stands as a
 * programme: in quotes, after a network's possessive, before "show" or as a tweet's author.
 */
export function framedProgramme(doc: Doc, i: number, b: number, before: Match | undefined): boolean {
  const { lower } = doc;
  let k = i - 1;
  if (lower[k] === "the") k--;
  const quoted = afterOpeningQuote(lower, k) === k + 1 || afterOpeningQuote(lower, k - 1) === k + 1;
  const closed = afterClosingQuote(lower, b);
  if (quoted && closed > 0) return true;
  if (SHOW_NOUNS.has(lower[closed > 0 ? closed : b + 1])) return true;
  if (lower[b + 1] === "(" && lower[b + 2]?.startsWith("@")) return true;
  // "a weekly show on BBC-TV called Question Time"
  if (lower[k] === "called") for (let s = k - 1; s > k - 6; s--) if (SHOW_NOUNS.has(lower[s])) return true;
  return !!before && !before.name.programme && POSSESSIVE.has(lower[k]) && before.b === k - 1;
}

/**
 * A network followed by its possessive and a programme becomes that programme, cited with the
 * network as one span: a listed one ("MSNBC's Morning Joe") or any capitalised title in quotes
 * ("HBO's “Real Time”", up to the closing quote). Parts annotated before test-2 mark the
 * network there, later ones the programme; the one span holds both. Context is read around
 * the whole.
 */
export function attachProgrammes(doc: Doc, matches: Match[], isCap: (i: number) => boolean): Match[] {
  const { text, lower, tokens } = doc;
  const out: Match[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const next = matches[k + 1];
    let s = m.b + 1;
    const possessive =
      !m.name.programme &&
      (POSSESSIVE.has(lower[s]) || ((lower[s] === "'" || lower[s] === "’") && lower[m.b].endsWith("s")));
    if (!possessive) {
      out.push(m);
      continue;
    }
    s++;
    const title = quotedTitle(doc, s, isCap);
    // The citation runs to the closing quote: "CNN’s “State of the Union”".
    const cite = (b: number): [number, number] => [m.a, afterClosingQuote(lower, b) - 1];
    if (next?.name.programme && next.a === s) {
      out.push({ a: m.a, b: next.b, name: next.name });
      k++;
    } else if (next?.name.programme && title && next.a === title.first) {
      out.push({ a: m.a, b: title.last, name: next.name, cite: cite(title.last) });
      k++;
    } else if (title && !(next && next.a <= title.last)) {
      const canonical = text.slice(tokens.start[title.first], tokens.end[title.last]);
      const name: Name = { words: [], canonical, acronym: false, article: false, programme: true };
      out.push({ a: m.a, b: title.last, name, cite: cite(title.last) });
    } else out.push(m);
  }
  return out;
}

// "the Michael Savage radio show", "Todd Starnes' podcast": a host's programme.
const HOSTED = wordSet("show podcast program programme");
const MEDIUM = wordSet("radio tv television talk web online");

/** Programmes named by their host: the name, a possessive perhaps, a medium and "show". */
export function hostedShows(doc: Doc, isCap: (i: number) => boolean, taken: Uint8Array): Match[] {
  const { lower, tokens, text } = doc;
  const out: Match[] = [];
  for (let h = 2; h < tokens.count; h++) {
    if (!HOSTED.has(lower[h]) || isCap(h)) continue;
    let k = h - 1;
    const medium = MEDIUM.has(lower[k]);
    if (medium) k--;
    // "the Identity Politics program" is a policy: a program is a show only on the air.
    else if (lower[h] === "program" || lower[h] === "programme") continue;
    if (POSSESSIVE.has(lower[k]) || lower[k] === "'" || lower[k] === "’") k--;
    // A full name, at least two capitalised words: "his show", "the Trump show" are no programme.
    let a = k;
    while (a > k - 3 && isCap(a - 1) && lower[a - 1] !== "the" && !taken[a - 1]) a--;
    if (a === k || !isCap(k) || taken[k] || lower[a - 1] === "/") continue;
    if (a <= doc.sentences.firstToken[doc.sentenceOf[h]]) continue;
    const canonical = text.slice(tokens.start[a], tokens.end[h]);
    out.push({ a, b: h, name: { words: [], canonical, acronym: false, article: false, programme: true } });
  }
  return out;
}
