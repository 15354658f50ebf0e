/**
 * Whether an outlet name at tokens a..b stands where a source of information stands: a
 * dateline "(Reuters)", a credit "REUTERS/Name" or "Photo: Reuters", "according to X",
 * "X (first) reported", "told X", "said on X", "an essay for X", "a new X poll", "X's fact-check",
 * "the Post's Greg Miller reported", "with X showing", "X: headline". A name alone is not
 * a citation ("Trump attacked CNN"), nor one after "of/about/against" ("Critics of CNN said").
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { journalistAfter, reporterAfter, verbAfter } from "./context-after.js";
import { contextBefore, lineStartsAt } from "./context-before.js";
import {
  ADVERBS,
  AFTER_VERBS,
  APOSTROPHES,
  CREDIT,
  DETERMINERS,
  HOSTED_EVENTS,
  JOB_NOUNS,
  MAKING,
  MEDIA_NOUNS,
  MONTHS,
  NOT_SUBJECT,
  PHRASE_STOPS,
  PRODUCT_MODIFIERS,
  PRODUCTS,
  ROLE_AFTER,
  SPEECH,
  TOLD,
  WITH_ING,
} from "./context-words.js";
import { DEMONYM } from "./name-scan.js";
import { NAMES } from "./outlet-names.js";
import { afterClosingQuote, afterOpeningQuote } from "./programmes.js";

export { reportingParticiple } from "./context-before.js";

const LIST_LINKS = wordSet(", and or");
const RACES = wordSet("race contest state election primary");
const CONTRIBUTING = /^\s*Contributing\s*:/;
const QUOTE_OPENERS = wordSet(`" “ ''`);
const QUOTES = wordSet(`" “ ” ' ’ 's ’s`);

/**
 * Returns the reason a..b is cited, or null. `listed` names may also be cited through their
 * products ("a CNN poll") and alone on a line; unlisted names need a stronger context.
 * A `programme` is also cited where a guest is "on" it ("A panel on CNN's Situation Room said").
 */
export function outletContext(
  doc: Doc,
  first: number,
  last: number,
  listed: boolean,
  programme = false,
): string | null {
  const { text, lower, tokens, sentenceOf, sentences } = doc;
  const { start, end } = tokens;
  const isCap = (i: number) => capitalised(doc, i);
  const before = text[start[first] - 1];
  const after = text[end[last]];
  if (before === "(" && after === ")") return abbreviates(doc, first, last) ? null : "dateline";
  // "Tom Dodge/The Columbus Dispatch via AP": the slash may stand before the article.
  const slashed = before === "/" || (lower[first - 1] === "the" && text[start[first - 1] - 1] === "/");
  if ((slashed || after === "/") && !slashNamesAnEvent(doc, last)) return "credit";
  // "Peter Strzok email by Fox News on Scribd": who uploaded an embedded document.
  if (lower[first - 1] === "by" && lower[last + 1] === "on" && lower[last + 2] === "scribd")
    return "the uploader of an embedded document";
  // "a CNN town hall", "the NBC/MSNBC forum": the outlet hosts an event.
  if (HOSTED_EVENTS.has(lower[last + 1]) || slashNamesAnEvent(doc, last)) return null;
  // A name in quotes is read from outside them: 'as “The Wall Street Journal” wrote'.
  let a = first;
  let b = last;
  const opened = lower[a - 1] === "the" ? a - 1 : a;
  const closed = afterClosingQuote(lower, b);
  const quote = lower[opened - 2] === "'" && lower[opened - 1] === "'" ? opened - 2 : opened - 1;
  if (closed > 0 && afterOpeningQuote(lower, quote) === opened) {
    a = quote;
    b = closed - 1;
  }
  // "© Reuters", "©2018 The Atlanta Journal-Constitution"
  const c = lower[a - 1] === "the" ? a - 2 : a - 1;
  // "Copyright 2019 The Associated Press."
  const mark = (k: number) => lower[k] === "©" || lower[k] === "copyright";
  if (mark(c) || (mark(c - 1) && /^\d{4}$/.test(lower[c]))) return "credit";
  // "Catherine Bonnet / Associated Press": a photographer's credit with spaced slash.
  if (listed && lower[first - 1] === "/") {
    let k = first - 2;
    while (k > first - 6 && k >= 0 && isCap(k)) k--;
    if (k < first - 2 && lineStartsAt(text, start[k + 1])) return "credit";
  }
  // "— The Associated Press (@AP) August 8, 2018": the author of an embedded tweet.
  if (lower[b + 1] === "(" && lower[b + 2]?.startsWith("@")) return "the author of a tweet";
  let n = b + 1;
  const possessive =
    lower[n] === "'s" || lower[n] === "’s" || (APOSTROPHES.has(lower[n]) && lower[b].endsWith("s"));
  const n1 = lower[n];
  if (n1 === "photo" || n1 === "photos" || n1 === "staff" || n1 === "images") return "credit";
  if (n1 === "file" && (lower[n + 1] === "photo" || lower[n + 1] === "photos")) return "credit";
  let p = a - 1;
  // "told the Russian newspaper Kommersant": the context stands before the noun phrase.
  if (MEDIA_NOUNS.has(lower[p]) && !isCap(p))
    for (p--; p > a - 5 && tokens.kind[p] === TokenKind.Word && !PHRASE_STOPS.has(lower[p]); p--);
  // "an interview with the German Bild newspaper"
  if (isCap(p) && p < a && DEMONYM.test(lower[p]) && !NAMES.has(lower[p])) p--;
  if (lower[p] === "the") p--;
  // "an interview with Houston’s KRIV", "according to Iran’s state news agency Mehr": a place's outlet.
  if ((lower[p] === "’s" || lower[p] === "'s") && isCap(p - 1) && !NAMES.has(lower[p - 1])) {
    p -= 2;
    if (lower[p] === "the") p--;
  }
  const w = lower[p];
  // "follow CNN's reporting here", "Sign up to get INSIDER's favorite stories": site furniture.
  if (w === "follow" || w === "get" || w === "subscribe") return null;
  // "Critics of CNN said": the name is not the subject of the verb after it, except in
  // "with RealClearPolitics showing her ahead".
  if (w === "with" && WITH_ING.has(n1)) return `'with X ${n1}'`;
  // "with Fox News and NBC News calling the race for the Vermont senator": a projection.
  if (w === "with" && n1 === "calling" && lower[b + 2] === "the" && RACES.has(lower[b + 3] ?? ""))
    return "'with X calling the race'";
  const object = NOT_SUBJECT.has(w ?? "") && !(w === "with" && n1?.endsWith("ing") && AFTER_VERBS.has(n1));
  if (!possessive && !object) {
    const verb = verbAfter(doc, b);
    if (verb) return verb;
    const job = journalistAfter(doc, b, isCap);
    if (job) return job;
  }
  if (n1 === "news" && (lower[b + 2] === "agency" || lower[b + 2] === "service"))
    return "named as a news agency";
  if (possessive) {
    n = b + 2;
    if (/^["“«]$/.test(lower[n] ?? "")) return "its programme, named in quotes";
  } else if (!object) {
    // "Politifact did a fact-check", "The New York Times has now run its own explainer piece"
    let k = n;
    while (k < n + 2 && ADVERBS.has(lower[k]) && !DETERMINERS.has(lower[k + 1])) k++;
    if (MAKING.has(lower[k])) n = DETERMINERS.has(lower[k + 1]) ? k + 2 : k + 1;
  }
  // Words between the name and its product: "a new CNN national poll", "USA TODAY's super PAC tally".
  const making = (n > b + 1 && !possessive) || possessive;
  // "in the wake of the New York Times report": after a determiner the name modifies the product,
  // which the preposition governs ("Critics of CNN said" has none).
  const attributive = object && !possessive && (lower[a - 1] === "the" || lower[a - 1] === "a");
  if (listed || a < b || possessive) {
    for (let k = n; k < n + 3 && (!object || attributive); k++) {
      const product = lower[k] === "fact" && /^check/.test(lower[k + 1] ?? "") ? "fact-check" : lower[k];
      // Not "Kantar Media's Campaign Media Analysis Group", nor "the Journal's editorial page editor".
      if (PRODUCTS.has(product) && !(k > n && isCap(k)) && !ROLE_AFTER.has(lower[k + 1]))
        return `the outlet's ${product}`;
      if (!PRODUCT_MODIFIERS.has(product) && !(making && doc.tokens.kind[k] === TokenKind.Word)) break;
    }
  }
  if (possessive) {
    const reporter = reporterAfter(doc, b, isCap);
    if (reporter) return reporter;
  }
  // "–Natural News" closing a quotation: a credit line.
  if ((before === "–" || before === "—") && (after === undefined || after === "\n" || after === "\r"))
    return "credit after a dash";
  if (n1 === "," && MONTHS.has(lower[b + 2])) return "source line with a date";
  if (listed && bracketedByline(text, start[a], end[b])) return "a bracketed source line with a byline";
  if (listed && bracketedCredit(text, start[a], end[b])) return "a bracketed credit ending a digest item";
  // "Politifact: Donald Trump Is Right" as the title, "Naples Daily News:" before a quoted excerpt.
  if (
    n1 === ":" &&
    lineStartsAt(text, start[a]) &&
    ((listed && start[a] === 0) || /^\s*\n/.test(text.slice(end[b + 1], end[b + 1] + 3)))
  )
    return "a line that opens with its source";
  if (lower[a - 1] === ":" && CREDIT.has(lower[a - 2])) return `'${lower[a - 2]}:' credit`;
  const t = lower[a - 1] === ":" ? a - 2 : a - 1;
  if (lower[t] === "t" && lower[t - 1] === "/" && lower[t - 2] === "h") return "hat tip 'h/t'";
  // "The Associated Press contributed to this report": a credit line.
  if (n1 === "contributed" && lower[b + 2] === "to" && /^(?:this|the)$/.test(lower[b + 3] ?? ""))
    return "credit 'contributed to this report'";
  // "Texan vows legal fight | Bangkok Post: news": the site name after a bar in the title line.
  if (lower[a - 1] === "|" || (lower[a - 1] === "the" && lower[a - 2] === "|")) {
    const lineEnd = text.indexOf("\n");
    if (lineEnd < 0 || start[a] < lineEnd) return "site name in the title";
  }
  // "Bloomberg via Getty Images": a photo credit passed on through an agency.
  if (listed && n1 === "via" && (lower[b + 2] === "getty" || NAMES.has(lower[b + 2] ?? "")))
    return "credit 'X via ...'";
  // "Contributing: Brittney Bennett and Greg Toppo, USA TODAY.": the credit line of contributors.
  if (listed && CONTRIBUTING.test(text.slice(text.lastIndexOf("\n", start[a]) + 1, start[a])))
    return "credit 'Contributing: ...'";
  // "told a Politico reporter Monday that ...": the outlet's journalist was told.
  if ((w === "a" || w === "an") && TOLD.has(lower[p - 1]) && JOB_NOUNS.has(n1))
    return `'${lower[p - 1]} a X ${n1}'`;
  // "On Dec. 7 on MSNBC, Bush said ...", "later that month on CNN: “I've never said ...”": speech on
  // the air, the verb or the quotation after the name.
  if (w === "on" && listed && (n1 === "," || n1 === ":")) {
    if (n1 === ":" && QUOTE_OPENERS.has(lower[b + 2] ?? "")) return "'on X:' before a quotation";
    // The speaker's name comes right after the comma; not "“... on MSNBC and Fox,” Canova said".
    for (let k = b + 2; k < b + 7 && isCap(b + 2) && sentenceOf[k] === sentenceOf[b]; k++)
      if (SPEECH.has(lower[k])) return `'on X, ... ${lower[k]}'`;
  }
  const around = { a, b, listed, programme, isCap };
  const why = contextBefore(doc, p, around);
  if (why) return why;
  // "polls from Quinnipiac and Fox News", "stated on CNN, MSNBC and Fox News": the context
  // stands before the first name of a list.
  // A comma only where the list goes on after the name: not "According to Variety, CNN has ...".
  if (w === "and" || w === "or" || (w === "," && LIST_LINKS.has(n1))) {
    let k = p - 1;
    const inList = (k: number) =>
      isCap(k) ||
      LIST_LINKS.has(lower[k]) ||
      QUOTES.has(lower[k]) ||
      lower[k] === "the" ||
      (lower[k] === "of" && isCap(k - 1));
    while (k > p - 12 && inList(k)) k--;
    if (k < p - 1 && !LIST_LINKS.has(lower[k + 1])) {
      const shared = contextBefore(doc, lower[k] === "the" ? k - 1 : k, around);
      if (shared) return `${shared} (in a list)`;
    }
  }
  if (!listed) return null;
  // "— Johnny Edwards\nThe Atlanta Journal-Constitution\n": the name alone on its line.
  const from = lower[a - 1] === "the" ? a - 1 : a;
  if (lineStartsAt(text, start[from]) && /^[^\S\n]*(?:\r?\n|$)/.test(text.slice(end[b], end[b] + 3)))
    return "a line that is only the outlet's name";
  // A line made only of outlet names: a photo credit or byline.
  const s = sentenceOf[a];
  // "Bloomberg (20-Dec) and Guardian (London, 17-Dec)": a source line, dates and places in brackets.
  let depth = 0;
  for (let k = sentences.firstToken[s]; k < sentences.lastToken[s]; k++) {
    if (lower[k] === "(") depth++;
    else if (lower[k] === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && !(NAMES.has(lower[k]) || (k >= a && k <= b) || /^\p{P}$/u.test(lower[k])))
      if (!(lower[k] === "and" && k > sentences.firstToken[s])) return null;
  }
  return "a line that is only outlet names";
}

/**
 * Whether the capitals in parentheses at a..b abbreviate the words before them ("Catholic World
 * Report (CWR)"): a short form, not a dateline.
 */
function abbreviates(doc: Doc, a: number, b: number): boolean {
  const { text, lower, tokens } = doc;
  if (a !== b) return false;
  const letters = text.slice(tokens.start[a], tokens.end[a]);
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  let initials = "";
  for (let k = a - 2; k >= 0 && a - 2 - k < letters.length + 2 && initials.length < letters.length; k--) {
    if (tokens.kind[k] !== TokenKind.Word) return false;
    if (lower[k] === "of" || lower[k] === "the" || lower[k] === "and") continue;
    initials = text[tokens.start[k]] + initials;
  }
  return initials.toUpperCase() === letters;
}

// "an NBC/Telemundo debate" names an event; "REUTERS/Chris Wattie", "Sam Greene/Cincinnati
// Enquirer via USA TODAY" and "the Reuters/Ipsos poll" are credits.
const EVENTS = wordSet(
  "debate debates forum forums town event events special summit partnership venture deal merger",
);
function slashNamesAnEvent(doc: Doc, b: number): boolean {
  const { lower, tokens, text } = doc;
  const { start, kind, count } = tokens;
  const capital = (k: number) => kind[k] === TokenKind.Word && text[start[k]] !== lower[k][0];
  let k = b + 1;
  if (lower[k] === "/") for (k++; k < b + 5 && k < count && capital(k); k++);
  return EVENTS.has(lower[k]);
}

// A newsletter digest ends each item with its source in brackets at the end of the line, the
// writer's name may come first and a paywall note after: "[WaPo.]", "[Marina Fang, HuffPost]",
// "[WSJ | Paywall]".
const CREDIT_WRITER = /\[\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*,\s*)?$/u;
const CREDIT_END = /^\.?\s*(?:\|\s*\p{L}+(?:\s+\p{L}+)?\s*)?\][ \t\u00a0]*(?:\r?\n|$)/u;
function bracketedCredit(text: string, from: number, to: number): boolean {
  return (
    CREDIT_END.test(text.slice(to, to + 30)) && CREDIT_WRITER.test(text.slice(Math.max(0, from - 60), from))
  );
}

/**
 * Whether the name at from..to stands after a byline inside square brackets on one line: the
 * source line "[Title, by Peter Foster, Telegraph (UK), June 14, 2016]" some sites put after
 * each quoted passage.
 */
function bracketedByline(text: string, from: number, to: number): boolean {
  // The bracket at most 300 characters back: a bounded search, not one back to the text's start.
  const reach = Math.max(0, from - 300);
  const back = text.slice(reach, from + 1).lastIndexOf("[");
  if (back < 0) return false;
  const open = reach + back;
  const inside = text.slice(open + 1, from);
  if (/[\]\n]/.test(inside) || !/,\s*by\s+\p{Lu}/u.test(inside)) return false;
  const close = text.indexOf("]", to);
  return close >= 0 && close - to < 60 && !text.slice(to, close).includes("\n");
}
