/**
 * News agencies and outlets named as the origin of information. An outlet is a name from
 * the list, a capitalised name with a media head word ("the Columbus Dispatch", "the
 * Sydney Morning Herald"), or a name set beside a media noun ("The House magazine", "the
 * newspaper Kommersant"); it is a citation only in a reporting context (outlet-context.ts).
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { outletListStart } from "./context-before.js";
import { REPORT_ADVERBS, TOLD, WRITING } from "./context-words.js";
import type { Found } from "./found.js";
import { mediaContext, nameKey, nameSpans, notAName, POLLS } from "./learn-outlets.js";
import { nameScan, PRONOUNS } from "./name-scan.js";
import { outletContext, reportingParticiple } from "./outlet-context.js";
import { NAMES, type Name } from "./outlet-names.js";
import {
  afterClosingQuote,
  attachProgrammes,
  framedProgramme,
  hostedShows,
  type Match,
  quotedTitle,
} from "./programmes.js";

// Last words of outlet names not in the list.
const HEADS = wordSet(
  "times post journal herald tribune gazette dispatch enquirer inquirer examiner chronicle courier observer telegraph globe news monitor bulletin express mirror star sun standard register reporter review magazine press daily radio tv television channel broadcasting media wire newswire insider beacon bee courant mail show sentinel ledger advocate statesman picayune",
);
// Heads that name an outlet only after a word that makes them one: "Amaq News Agency",
// "Tribune Content Agency".
const QUALIFIED_HEADS = new Map([["agency", wordSet("news press content")]]);
// "The House magazine", "the Arizona Republic newspaper"
const NOUNS_AFTER = wordSet(
  "magazine newspaper tabloid website outlet broadcaster channel station podcast blog daily weekly",
);
// "the newspaper Kommersant", "the news agency Anadolu", "state broadcaster Rossiya 1"
const NOUNS_BEFORE = wordSet(
  "newspaper magazine tabloid broadcaster website outlet daily weekly newswire affiliate",
);
const QUALIFIED_NOUNS_BEFORE = new Map(
  ["agency", "site", "service", "network", "channel", "station", "outlet"].map((n) => [
    n,
    wordSet("news wire television tv cable radio web state"),
  ]),
);
// Capitalised at a sentence start, or a date: never the start of an outlet's name.
const NOT_NAME = wordSet(
  "the a an in on at when if after before since as but and or for with by from this that these those according yesterday today monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december",
);
// "Breaking News", "Fake News": no outlet's name.
const GENERIC = wordSet("breaking fake latest more top world local good bad sports business");
const NAME_CONNECTORS = wordSet("de del della di la le el of al");
// "Russian newspaper", "Islamic website": a nationality or creed, not a name.
const ADJECTIVE = /(?:an|ese|ish|ic|i)$/;
const LIST_LINKS = wordSet(`, and or & / ” " '`);

// One lookup per token instead of one per set and pass: the roles a word can play.
const HEAD = 1;
const NOUN = 2;
const LISTED = 4;
const ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const add = (w: string, role: number) => roles.set(w, (roles.get(w) ?? 0) | role);
  for (const w of [...HEADS, ...QUALIFIED_HEADS.keys()]) add(w, HEAD);
  for (const w of [...NOUNS_AFTER, ...NOUNS_BEFORE, ...QUALIFIED_NOUNS_BEFORE.keys()]) add(w, NOUN);
  for (const w of NAMES.keys()) add(w, LISTED);
  return roles;
})();

/** The roles each token's word can play in an outlet's name. */
function roles(doc: Doc): Uint8Array {
  const { lower } = doc;
  const role = new Uint8Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    role[i] = ROLES.get(lower[i]) ?? 0;
    // "Star-Ledger", "Spokesman-Review", "Union-Tribune": the head ends a hyphenated name.
    const dash = lower[i].lastIndexOf("-");
    if (dash > 0 && HEADS.has(lower[i].slice(dash + 1))) role[i] |= HEAD;
  }
  return role;
}

export function findOutlets(doc: Doc): Found[] {
  const { text, lower, tokens, sentenceOf, sentences } = doc;
  const { start, end, count, kind } = tokens;
  const out: Found[] = [];
  const isCap = (i: number) => capitalised(doc, i);
  const taken = new Uint8Array(count);
  const push = (ref: string, s: number, e: number, why: string) =>
    out.push({ label: "agency", ref, start: s, end: e, why });

  const role = roles(doc);
  const surnames = new Map<string, number>();
  const matches = outletNames(doc, role, isCap, surnames);
  for (const m of matches) taken.fill(1, m.a, m.b + 1);
  // Names joined in a list share its context: "told CNN and Fox News", "CNN, ABC and NBC reported".
  const cited = new Uint8Array(matches.length);
  for (let g = 0; g < matches.length; ) {
    let h = g;
    while (h + 1 < matches.length && linked(lower, matches[h].b, matches[h + 1].a)) h++;
    // A list ends in a conjunction; "According to Variety, CNN has ..." is not one.
    const list = h > g && /\b(?:and|or)\b|[&/]/.test(text.slice(end[matches[h - 1].b], start[matches[h].a]));
    const shared = list ? outletContext(doc, matches[g].a, matches[h].b, true) : null;
    for (let k = g; k <= h; k++) {
      const m = matches[k];
      const why =
        outletContext(doc, m.a, m.b, true, m.name.programme) ??
        (shared && `${shared} (in a list of outlets)`);
      if (why) {
        cited[k] = 1;
        const [a, b] = m.cite ?? [m.a, m.b];
        const tell = m.name.programme ? `${why} (a programme)` : why;
        push(m.name.canonical, start[a], end[b], m.name.source ? `${tell} (${m.name.source})` : tell);
      }
    }
    g = h + 1;
  }
  // "with RealClearPolitics showing her ahead 3 points, HuffPollster 4.3 points": the verb is left out.
  matches.forEach((m, k) => {
    if (
      cited[k] ||
      !(lower[m.a - 1] === "," || lower[m.a - 1] === "and") ||
      kind[m.b + 1] !== TokenKind.Number
    )
      return;
    const s = sentenceOf[m.a];
    if (matches.some((o, j) => cited[j] && o.b < m.a && sentenceOf[o.a] === s))
      push(m.name.canonical, start[m.a], end[m.b], "figures from a list of outlets, verb left out");
  });
  sourceLines(doc, matches, cited, taken, push);
  findJointNames(doc, isCap, taken, push);

  // Unlisted outlets by their head word: capitalised names ending in Dispatch, Herald, ...
  for (let h = 0; h < count; h++) {
    if (!(role[h] & HEAD)) continue;
    const qualifier = QUALIFIED_HEADS.get(lower[h]);
    const dash = lower[h].lastIndexOf("-");
    const joined = dash > 0 && HEADS.has(lower[h].slice(dash + 1));
    if (!HEADS.has(lower[h]) && !joined && !qualifier?.has(lower[h - 1])) continue;
    if (taken[h] || !isCap(h)) continue;
    // "the White House Press Office", "Times Square": the name goes on past the head.
    if (isCap(h + 1) && sentenceOf[h + 1] === sentenceOf[h]) continue;
    const a = nameStart(h, 3);
    if (GENERIC.has(lower[a])) continue;
    // A bare head ("the Enquirer") only as the short form of an outlet the text names in full,
    // before or after: "The Post's Ruth Marcus" ... "a Washington Post-ABC News poll".
    // Also "The Post" with a capital article inside a sentence, as papers write their own short
    // title ("in an interview with The Post"), and a head whose full listed name the text uses
    // without citing it ("Washington Post columnist Michael Gerson").
    const titled =
      lower[h - 1] === "the" && text[start[h - 1]] === "T" && h - 1 > sentences.firstToken[sentenceOf[h]];
    if (
      a === h &&
      !joined &&
      !titled &&
      !out.some((f) => f.ref.endsWith(` ${text.slice(start[h], end[h])}`)) &&
      fullNameEnding(doc, lower[h]) === null
    )
      continue;
    const why = outletContext(doc, a, h, false);
    if (why) {
      taken.fill(1, a, h + 1);
      push(text.slice(start[a], end[h]), start[a], end[h], `${why} (outlet-like name)`);
    }
  }
  // Names beside a media noun: "The House magazine", "the newspaper Kommersant".
  for (let k = 1; k < count; k++) {
    if (!(role[k] & NOUN) || taken[k] || isCap(k)) continue;
    // Not when a name follows: "the German Catholic newspaper Die Tagespost".
    if (NOUNS_AFTER.has(lower[k]) && isCap(k - 1) && !taken[k - 1] && !isCap(k + 1)) {
      let a = nameStart(k - 1, 4);
      if (lower[a - 1] === "the" && isCap(a - 1) && a - 1 > sentences.firstToken[sentenceOf[a]]) a--;
      const single = text.slice(start[a], end[a]);
      if (NOT_NAME.has(lower[k - 1]) || PRONOUNS.has(lower[k - 1])) continue;
      if (a === k - 1 && (ADJECTIVE.test(lower[a]) || /^[A-Z.]{1,4}$/.test(single))) continue;
      // "the official Regnum Christi website": a body's own site, which the set does not cite
      // as an outlet (test-2: a party's website, government websites).
      if (lower[a - 1] === "official" || (lower[a - 1] === "the" && lower[a - 2] === "official")) continue;
      // "a widely read Washington newspaper column", "a Texas newspaper": a place describing an
      // unnamed paper after an indefinite article.
      let d = a - 1;
      while (d > a - 4 && kind[d] === TokenKind.Word && !isCap(d) && lower[d] !== "a" && lower[d] !== "an")
        d--;
      if ((lower[d] === "a" || lower[d] === "an") && a === k - 1) continue;
      const why = outletContext(doc, a, k, false);
      if (why) {
        taken.fill(1, a, k + 1);
        push(text.slice(start[a], end[k - 1]), start[a], end[k - 1], `${why} (a name before '${lower[k]}')`);
      }
    }
    const qualifier = QUALIFIED_NOUNS_BEFORE.get(lower[k]);
    if ((NOUNS_BEFORE.has(lower[k]) || qualifier?.has(lower[k - 1])) && isCap(k + 1) && !taken[k + 1]) {
      if (NOT_NAME.has(lower[k + 1])) continue;
      let b = k + 1;
      while (
        b + 1 < count &&
        b < k + 4 &&
        sentenceOf[b + 1] === sentenceOf[k] &&
        (isCap(b + 1) ||
          kind[b + 1] === TokenKind.Number ||
          (NAME_CONNECTORS.has(lower[b + 1]) && isCap(b + 2)))
      )
        b++;
      // The phrase before the name starts at its determiner: "told the Russian newspaper X".
      let a = k;
      while (
        a > k - 3 &&
        kind[a - 1] === TokenKind.Word &&
        !NOT_NAME.has(lower[a - 1]) &&
        !isVerbLike(lower[a - 1])
      )
        a--;
      const why = outletContext(doc, a, b, false);
      if (why) {
        taken.fill(1, k + 1, b + 1);
        push(text.slice(start[k + 1], end[b]), start[k + 1], end[b], `${why} (a name after '${lower[k]}')`);
      }
    }
  }
  findUnlistedInPlace(doc, isCap, taken, push);
  findQuotedProgrammes(doc, isCap, taken, push);
  for (const m of hostedShows(doc, isCap, taken)) {
    const why = outletContext(doc, m.a, m.b, false, true);
    if (why) {
      taken.fill(1, m.a, m.b + 1);
      push(m.name.canonical, start[m.a], end[m.b], `${why} (a host's programme)`);
    }
  }
  // Unlisted broadcasters by call letters: "(WCMH/AP)", "By WCMH Staff", "told WOAI", "according to KENS 5".
  for (let i = 0; i < count; i++) {
    // US broadcast call letters: K or W and three letters.
    if (taken[i] || end[i] - start[i] !== 4 || (text[start[i]] !== "K" && text[start[i]] !== "W")) continue;
    if (!/^[KW][A-Z]{3}$/.test(text.slice(start[i], end[i]))) continue;
    const before = text[start[i] - 1];
    const after = text[end[i]];
    const paired = (before === "(" && after === "/") || (before === "/" && after === ")");
    const b = kind[i + 1] === TokenKind.Number && /^\d{1,2}$/.test(lower[i + 1]) ? i + 1 : i;
    // In a line of capitals ("KEEP CALM") four letters are a word, not a station.
    const shouting = allCaps(i - 1) || allCaps(b + 1);
    const why =
      paired || dateline(i)
        ? "call letters in a dateline"
        : lower[i + 1] === "staff"
          ? "call letters in a byline"
          : shouting
            ? null
            : outletContext(doc, i, b, false);
    if (why) push(text.slice(start[i], end[b]), start[i], end[b], why);
  }
  // Local stations by channel number: "News4SA", "#NBC7 San Diego (@nbcsandiego)", "said to
  // News-4 San Antonio".
  for (let i = 0; i < count; i++) {
    if (taken[i] || kind[i] !== TokenKind.Word) continue;
    const word = text.slice(start[i], end[i]);
    if (!STATION.test(word) || /^covid/i.test(word) || /^\/\d/.test(text.slice(end[i], end[i] + 2))) continue;
    let b = i;
    while (b < i + 2 && isCap(b + 1) && sentenceOf[b + 1] === sentenceOf[i]) b++;
    if (isCap(b + 1)) b = i;
    const why = outletContext(doc, i, b, false);
    if (why) {
      taken.fill(1, i, b + 1);
      push(text.slice(start[i], end[b]), start[i], end[b], `${why} (a station by its channel number)`);
    }
  }
  findOutletLists(doc, isCap, out, push);
  // An unlisted outlet in capitals in a dateline: "LAS VEGAS (INTELLIHUB) —".
  for (let i = 1; i < count; i++) {
    if (taken[i] || !dateline(i) || !allCaps(i) || !allCaps(i - 2)) continue;
    if (end[i] - start[i] < 2 || /^[KW][A-Z]{3}$/.test(text.slice(start[i], end[i]))) continue;
    push(text.slice(start[i], end[i]), start[i], end[i], "a name in capitals in a dateline");
  }
  // A short form ("the Enquirer") takes the full name used in the text, the earlier first.
  out.sort((x, y) => x.start - y.start);
  // "... Michael Bloomberg, who's thinking about running ..." then "“...,” Bloomberg told New York
  // magazine": once the text has named a person with an outlet's one-word name, the bare name
  // after that is the person, unless the text had already cited the outlet by it.
  if (surnames.size > 0) {
    // Where the text first used each finding's words as a surname, or Infinity.
    const bare = out.map((f) => surnames.get(text.slice(f.start, f.end).toLowerCase()) ?? Infinity);
    const kept = out.filter(
      (f, k) =>
        !(
          bare[k] < f.start && !out.some((o, j) => o.start < bare[k] && o.ref === f.ref && bare[j] < Infinity)
        ),
    );
    out.length = 0;
    out.push(...kept);
  }
  for (const short of out) {
    if (short.ref.includes(" ")) continue;
    const full = out.find((f) => f.ref.endsWith(` ${short.ref}`));
    if (full) short.ref = full.ref;
  }
  return out;

  function allCaps(k: number): boolean {
    return kind[k] === TokenKind.Word && /^[A-Z][A-Z-]+$/.test(text.slice(start[k], end[k]));
  }
  // "(AP) —": a name in parentheses followed by a dash.
  function dateline(k: number): boolean {
    return (
      text[start[k] - 1] === "(" && text[end[k]] === ")" && /^\)\s*[-–—]/.test(text.slice(end[k], end[k] + 4))
    );
  }
  // First token of the capitalised name that ends at token h, at most max tokens long.
  function nameStart(h: number, max: number): number {
    let a = h;
    while (
      a > 0 &&
      a > h - max &&
      !taken[a - 1] &&
      isCap(a - 1) &&
      sentenceOf[a - 1] === sentenceOf[h] &&
      !(
        NOT_NAME.has(lower[a - 1]) &&
        (lower[a - 1] === "the" || a - 1 === sentences.firstToken[sentenceOf[h]])
      )
    )
      a--;
    return a;
  }
}

// A station's brand with its channel number: "NBC7", "FOX5", "News4SA", "News-4".
const STATION = /^(?:[A-Z]{3,5}|News|Fox|Channel)-?\d{1,2}(?:[A-Z]{2,3})?$/;

/**
 * Unlisted names in a list of outlets that carried the news: "polls conducted by news outlets
 * such as Time, Slate and Drudge Report". Listed names there are read by outletContext.
 */
function findOutletLists(
  doc: Doc,
  isCap: (i: number) => boolean,
  out: Found[],
  push: (ref: string, s: number, e: number, why: string) => void,
): void {
  const { text, lower, tokens } = doc;
  const { start, end, count } = tokens;
  for (let k = 1; k < count; k++) {
    const j = outletListStart(doc, k);
    if (j < 0) continue;
    for (let i = j; i < j + 16; ) {
      if (lower[i] === "the") i++;
      if (!isCap(i)) break;
      let b = i;
      while (b < i + 3 && (isCap(b + 1) || (lower[b + 1] === "of" && isCap(b + 2))))
        b += lower[b + 1] === "of" ? 2 : 1;
      if (!out.some((f) => f.start < end[b] && start[i] < f.end))
        push(text.slice(start[i], end[b]), start[i], end[b], `a list of ${lower[k]} that carried it`);
      i = b + 1;
      if (lower[i] === ",") i++;
      if (lower[i] === "and" || lower[i] === "or") i++;
      else if (lower[i - 1] !== ",") break;
    }
  }
}

const PREPOSITIONS = wordSet("to of by via per about into");
const isVerbLike = (w: string) =>
  /(?:ed|ing)$/.test(w) || w === "told" || w === "said" || w === "says" || PREPOSITIONS.has(w);

// Tokens between two names are only list punctuation and conjunctions.
/**
 * "Bloomberg (20-Dec) and Independent (Ireland) and Guardian (London, 17-Dec)": a line made of
 * two or more outlet names, with dates and places in brackets, is a list of sources.
 */
function sourceLines(
  doc: Doc,
  matches: Match[],
  cited: Uint8Array,
  taken: Uint8Array,
  push: (ref: string, s: number, e: number, why: string) => void,
): void {
  const { text, lower, tokens } = doc;
  const { start, end, count } = tokens;
  const newlineBefore = (k: number) => k <= 0 || text.slice(end[k - 1], start[k]).includes("\n");
  let done = -1;
  for (let g = 0; g < matches.length; g++) {
    if (cited[g] || matches[g].a <= done) continue;
    let first = matches[g].a;
    while (!newlineBefore(first)) first--;
    let last = matches[g].b;
    while (last + 1 < count && !newlineBefore(last + 1)) last++;
    done = last;
    let depth = 0;
    let ok = true;
    for (let k = first; k <= last && ok; k++) {
      if (lower[k] === "(") depth++;
      else if (lower[k] === ")") depth = Math.max(0, depth - 1);
      else if (depth === 0 && !taken[k])
        ok = k > first && (lower[k] === "and" || lower[k] === "," || lower[k] === "&");
    }
    const inLine = matches.flatMap((m, j) => (m.a >= first && m.b <= last ? [j] : []));
    if (!ok || depth !== 0 || inLine.length < 2) continue;
    for (const j of inLine) {
      if (cited[j]) continue;
      cited[j] = 1;
      const m = matches[j];
      push(m.name.canonical, start[m.a], end[m.b], "a source line of outlet names");
    }
  }
}

function linked(lower: readonly string[], b: number, a: number): boolean {
  if (a - b < 2 || a - b > 3) return false;
  for (let k = b + 1; k < a; k++) if (!LIST_LINKS.has(lower[k])) return false;
  return true;
}

// Broadcast networks whose local stations go by a channel number: "Fox 5", "NBC 7 San Diego".
const NUMBERED = wordSet("nbc cbs abc fox cw");
const DATES = wordSet(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december",
);

/** Every occurrence of a listed outlet name or of a name the document shows to be an outlet, in text order. */
function outletNames(
  doc: Doc,
  role: Uint8Array,
  isCap: (i: number) => boolean,
  surnames: Map<string, number>,
): Match[] {
  const listed = listedNames(doc, role, isCap, surnames);
  listed.push(...magazineShortForms(doc, listed, isCap));
  return [
    ...listed,
    ...namesFromDocument(doc).filter((m) => !listed.some((l) => l.a <= m.b && m.a <= l.b)),
  ].sort((x, y) => x.a - y.a);
}

/**
 * "disclosed personal notes with People Magazine" ... "Clinton said to People": a magazine
 * listed only with its noun, because its name alone is a common word ("Time", "People"), is
 * called by that word once the text has named it in full; capitalised inside a sentence and
 * not opening a longer name.
 */
function magazineShortForms(doc: Doc, listed: Match[], isCap: (i: number) => boolean): Match[] {
  const short = new Map<string, Name>();
  for (const m of listed)
    if (m.name.words.length === 2 && m.name.words[1] === "magazine") short.set(m.name.words[0], m.name);
  if (short.size === 0) return [];
  const { lower, sentenceOf, sentences } = doc;
  const out: Match[] = [];
  for (let i = 1; i < lower.length; i++) {
    const name = short.get(lower[i]);
    if (!name || !isCap(i) || i === sentences.firstToken[sentenceOf[i]] || lower[i + 1] === "magazine")
      continue;
    if ((isCap(i + 1) && sentenceOf[i + 1] === sentenceOf[i]) || isCap(i - 1)) continue;
    out.push({ a: i, b: i, name });
  }
  return out;
}

/** `surnames` gets, for each one-word name the text uses as a person's surname, where it first does. */
function listedNames(
  doc: Doc,
  role: Uint8Array,
  isCap: (i: number) => boolean,
  surnames: Map<string, number>,
): Match[] {
  const { text, lower, tokens, sentenceOf } = doc;
  const { titleCase } = nameScan(doc);
  const { start, end, count, kind } = tokens;
  const found: Match[] = [];
  for (let i = 0; i < count; i++) {
    if (!(role[i] & LISTED)) continue;
    // "60 Minutes", "20 Minutes": a name may open with a number.
    if (!isCap(i) && !(kind[i] === TokenKind.Number && isCap(i + 1))) continue;
    const list = NAMES.get(lower[i]) ?? [];
    for (const name of list) {
      let b = i + name.words.length - 1;
      if (b >= count) continue;
      let ok = true;
      for (let k = 0; k < name.words.length && ok; k++) ok = lower[i + k] === name.words[k];
      if (!ok) continue;
      const surface = text.slice(start[i], end[b]);
      if (name.acronym && surface !== surface.toUpperCase()) continue;
      if (name.cased && !casedAs(text, start, i, name.cased)) continue;
      if (name.framed && !framedProgramme(doc, i, b, found.at(-1))) continue;
      if (name.article && name.words.length === 1 && isCap(i - 1) && lower[i - 1] !== "the") continue;
      // "The Hill", "The Week" go with their article: "Hill claims ..." is a person.
      if (
        name.article &&
        name.words.length === 1 &&
        !name.acronym &&
        !name.source &&
        !list.some((n) => n !== name && !n.article && n.words.length === 1) &&
        lower[i - 1] !== "the" &&
        !/[(/|]\s*$/.test(text.slice(Math.max(0, start[i] - 2), start[i])) &&
        !(lower[b + 1] === "," && DATES.has(lower[b + 2]))
      )
        continue;
      // "Michael Bloomberg", "Mayor Bloomberg": a one-word name after a capitalised word that is
      // no function word is a surname.
      if (
        name.words.length === 1 &&
        !name.acronym &&
        isCap(i - 1) &&
        !NOT_NAME.has(lower[i - 1]) &&
        !OPENERS.has(lower[i - 1]) &&
        !ADJECTIVE.test(lower[i - 1]) &&
        found.at(-1)?.b !== i - 1 &&
        !/^[A-Z]+$/.test(text.slice(start[i - 1], end[i - 1])) &&
        sentenceOf[i - 1] === sentenceOf[i] &&
        end[i - 1] < start[i]
      ) {
        // Not in a Title Case headline: "Final Demand To Fox", "Real Reason He Shouldn't".
        if (!surnames.has(lower[i]) && !titleCase(i)) surnames.set(lower[i], start[i]);
        continue;
      }
      // "the Times Square", "The Hill Country": a one-word name that opens a longer one.
      if (
        name.article &&
        name.words.length === 1 &&
        isCap(b + 1) &&
        !DATES.has(lower[b + 1]) &&
        sentenceOf[b + 1] === sentenceOf[b] &&
        end[b] < start[b + 1]
      )
        continue;
      // "the Sunday Times", "the Bangkok Post": a listed short form ("Times") that is a media head
      // word after another capitalised word ends a longer, unlisted name (read by head word below).
      if (
        name.words.length === 1 &&
        !name.acronym &&
        role[i] & HEAD &&
        isCap(i - 1) &&
        lower[i - 1] !== "the" &&
        i - 1 > doc.sentences.firstToken[doc.sentenceOf[i]]
      )
        continue;
      // "Fox 5", "FOX 26", "NBC 7 San Diego": a local station of the network.
      if (NUMBERED.has(lower[b]) && kind[b + 1] === TokenKind.Number && /^\d{1,2}$/.test(lower[b + 1])) {
        b++;
        let c = b;
        while (c < b + 2 && isCap(c + 1) && !DATES.has(lower[c + 1]) && sentenceOf[c + 1] === sentenceOf[b])
          c++;
        if (!isCap(c + 1)) b = c;
      }
      // "ABC affiliate WFAA": the affiliate is the source.
      if (lower[b + 1] !== "affiliate") found.push({ a: i, b, name });
      i = b;
      break;
    }
  }
  return attachProgrammes(doc, found, isCap);
}

/** Whether the words at i are capitalised where the listed form has capitals ("Meet the Press"). */
function casedAs(text: string, start: Int32Array, i: number, cased: string): boolean {
  const words = cased.replace(/(['’]s)\b/g, " $1").split(/\s+/);
  return words.every((w, k) => w[0] === w[0].toLowerCase() || text[start[i + k]] === w[0]);
}

/**
 * Unlisted names this document itself shows to be outlets: a name that stands where only a
 * news medium fits ("BlazeTV host Glenn Beck", "appeared on Tucker Carlson Tonight", "an
 * op-ed in the Tennessean") in at least half of its occurrences is read like a listed name
 * throughout the document; a citation still needs a reporting context (outlet-context.ts).
 */
function namesFromDocument(doc: Doc): Match[] {
  const spans = nameSpans(doc, false);
  // Most texts put no unlisted name in a medium-only context: then nothing more is needed.
  const strong = spans.map((s) => {
    const context = mediaContext(doc, s.a, s.b);
    return context !== null && !context.weak;
  });
  if (!strong.includes(true)) return [];
  const keys = spans.map((s) => nameKey(doc, s.a, s.b));
  const seen = new Map<string, { strong: number; all: number }>();
  spans.forEach((s, k) => {
    const c = seen.get(keys[k]) ?? { strong: 0, all: 0 };
    c.all++;
    // "a Morning Consult poll": a pollster, not an outlet, in the whole document.
    if (POLLS.has(doc.lower[s.b + 1] ?? "")) c.all += 100;
    if (strong[k]) c.strong++;
    seen.set(keys[k], c);
  });
  const { text, lower, tokens } = doc;
  const writtenInLowerCase = (w: string) =>
    lower.some((l, i) => l === w && text.charCodeAt(tokens.start[i]) === l.charCodeAt(0));
  // "she told Harvey" after "The Steve Harvey Morning Show": one word that ends a longer name
  // in the text is a person's surname.
  const surname = (key: string) => !key.includes(" ") && keys.some((k) => k.split(" ").indexOf(key) > 0);
  const out: Match[] = [];
  spans.forEach((s, k) => {
    const c = seen.get(keys[k])!;
    if (c.strong === 0 || c.strong * 2 < c.all || notAName(keys[k], writtenInLowerCase) || surname(keys[k]))
      return;
    out.push({
      a: s.a,
      b: s.b,
      name: {
        words: keys[k].split(" "),
        canonical: text.slice(tokens.start[s.a], tokens.end[s.b]),
        acronym: false,
        article: false,
        source: "a name this text shows to be an outlet",
      },
    });
  });
  return out;
}

// A programme is named in quotes after "on" ("Later on ''This Week,'' Sanders said", "spoke on
// Wednesday’s “Sean Hannity Show”") or after a programme noun ("told the podcast “Here’s the
// Thing”"), in a sentence about speaking; whatever its name, which no list can hold.
const PROGRAMME_NOUNS = wordSet("podcast podcasts program programme show series broadcast");
const PROGRAMME_SPEECH = wordSet(
  "said says saying told tells spoke speaking appeared appearing appearance interview interviewed aired asked questioned argued added claimed insisted called explained declared admitted discussing",
);
const PROGRAMME_LINKS = wordSet("on told to with of");
// Works and views about a subject, besides the pieces of writing in WRITING: "a project on",
// "his position on".
const TOPIC_NOUNS = wordSet(
  "project projects book books study studies series lecture course position positions views stance",
);
// Working on a show is no source: "a host on the TV show", "offered analysis on ''Monday Night Baseball''".
const SHOW_ROLES = wordSet(
  "host co-host hosts star stars contestant contestants producer judge analyst analysis commentary work worked working",
);

function findQuotedProgrammes(
  doc: Doc,
  isCap: (i: number) => boolean,
  taken: Uint8Array,
  push: (ref: string, s: number, e: number, why: string) => void,
): void {
  const { text, lower, tokens, sentenceOf, sentences } = doc;
  const { start, end, count, kind } = tokens;
  for (let q = 1; q < count; q++) {
    const title = quotedTitle(doc, q, isCap);
    if (!title || taken[title.first]) continue;
    const { first, last } = title;
    const c = afterClosingQuote(lower, last) - 1;
    // What stands before the quotation: "on", "on Wednesday’s", "the podcast", "program,".
    let p = q - 1;
    if (lower[p] === ",") p--;
    let why: string | null = null;
    if (PROGRAMME_NOUNS.has(lower[p])) {
      // Only as where someone spoke: "told the television program", "said on the MSNBC show";
      // not "the host of the reality show".
      let k = p - 1;
      while (k > p - 7 && kind[k] === TokenKind.Word && !PROGRAMME_LINKS.has(lower[k])) k--;
      if (PROGRAMME_LINKS.has(lower[k]) && lower[k] !== "of" && !SHOW_ROLES.has(lower[k - 1]))
        why = `a programme named in quotes after '${lower[k]} ... ${lower[p]}'`;
    } else {
      if (lower[p] === "’s" || lower[p] === "'s") {
        // "on NBC's “Meet the Press”" names the network, read elsewhere.
        if (taken[p - 1] || NAMES.has(lower[p - 1])) continue;
        p -= 2;
      }
      // Not a topic: "The Washington Post's project on “Women in Power”", "an essay on “The Jewish Question”".
      const topic = WRITING.has(lower[p - 1]) || TOPIC_NOUNS.has(lower[p - 1]);
      if (lower[p] === "on" && !SHOW_ROLES.has(lower[p - 1]) && !topic)
        why = "a programme named in quotes after 'on'";
      // "told “CBS This Morning”", "an interview with “The View”"; not a one-word quotation ("told “No”").
      else if (
        last > first &&
        (lower[p] === "told" || (lower[p] === "with" && /^interviews?$/.test(lower[p - 1])))
      )
        why = `a programme named in quotes after '${lower[p]}'`;
    }
    if (!why) continue;
    const s = sentenceOf[q];
    let speech = false;
    for (let k = sentences.firstToken[s]; k < sentences.lastToken[s] && !speech; k++)
      speech = PROGRAMME_SPEECH.has(lower[k]);
    if (!speech) continue;
    taken.fill(1, first, last + 1);
    push(text.slice(start[first], end[last]), start[first], end[last], why);
    q = c;
  }
}

const JOINT_POLLS = wordSet("poll polls survey surveys");

/** The listed name the text uses that ends in this head word ("Washington Post" for "post"), or null. */
function fullNameEnding(doc: Doc, head: string): string | null {
  let names = FULL_NAMES.get(doc);
  if (!names) {
    // One pass per document: every two-word listed name ending in a media head word.
    names = new Map();
    const { lower } = doc;
    for (let i = 1; i < lower.length; i++) {
      if (!HEADS.has(lower[i]) || names.has(lower[i])) continue;
      for (const name of NAMES.get(lower[i - 1]) ?? [])
        if (name.words.length === 2 && name.words[1] === lower[i]) names.set(lower[i], name.canonical);
    }
    FULL_NAMES.set(doc, names);
  }
  return names.get(head) ?? null;
}
const FULL_NAMES = new WeakMap<Doc, Map<string, string>>();

/** Two listed names in one hyphenated token: "a new Washington Post-ABC News poll". */
function findJointNames(
  doc: Doc,
  isCap: (i: number) => boolean,
  taken: Uint8Array,
  push: (ref: string, s: number, e: number, why: string) => void,
): void {
  const { text, lower, tokens } = doc;
  const { start, end, count } = tokens;
  for (let t = 0; t < count; t++) {
    if (taken[t] || !isCap(t)) continue;
    const dash = lower[t].indexOf("-");
    if (dash <= 0) continue;
    const left = lower[t].slice(0, dash);
    const right = lower[t].slice(dash + 1);
    let first: { a: number; name: Name } | null = null;
    for (let a = Math.max(0, t - 3); a <= t && !first; a++) {
      const names = NAMES.get(a === t ? left : lower[a]) ?? [];
      for (const name of names)
        if (
          name.words.length === t - a + 1 &&
          name.words.every((w, k) => (a + k === t ? left : lower[a + k]) === w)
        )
          first = { a, name };
    }
    // "an average of recent Post-ABC polls", "The Post-SurveyMonkey poll": a bare media head in
    // a joint poll name is the short form of an outlet the text names in full, or its own title.
    const poll = JOINT_POLLS.has(lower[t + 1] ?? "");
    if (!first && poll && HEADS.has(left)) {
      const full = fullNameEnding(doc, left);
      first = {
        a: t,
        name: {
          words: [left],
          canonical: full ?? text.slice(start[t], start[t] + dash),
          acronym: false,
          article: true,
        },
      };
    }
    if (!first || (first.a < t && taken[first.a])) continue;
    // "the Chicago Sun-Times", "the Sun-Times": a one-word name read like "The Hill" opens a longer one.
    if (first.a === t && first.name.article && first.name.words.length === 1 && !poll) continue;
    // "the AP-GfK Poll", "a fresh CNN-ORC poll": an outlet that runs a poll with a pollster; the
    // pollster after the hyphen is no outlet (the set leaves pollsters out).
    if (poll && !NAMES.has(right)) {
      const cut = start[t] + dash;
      taken.fill(1, first.a, t + 1);
      push(
        first.name.canonical,
        start[first.a],
        cut,
        `the outlet's poll, run with ${text.slice(cut + 1, end[t])}`,
      );
      continue;
    }
    for (const name of NAMES.get(right) ?? []) {
      const b = t + name.words.length - 1;
      if (b >= count || !name.words.every((w, k) => (k === 0 ? right : lower[t + k]) === w)) continue;
      const why = outletContext(doc, first.a, b, true);
      if (!why) break;
      const cut = start[t] + dash;
      taken.fill(1, first.a, b + 1);
      push(first.name.canonical, start[first.a], cut, `${why} (joint with ${name.canonical})`);
      push(name.canonical, cut + 1, end[b], `${why} (joint with ${first.name.canonical})`);
      break;
    }
  }
}

// Where only a publication can stand: "reported for Intellihub", "a report in The Daily
// Sheeple", "told the Final Call, a Nation of Islam publication".
const WRITTEN_FOR = wordSet(
  "wrote writes writing reported reporting reports essay article piece column op-ed editorial commentary",
);
const WRITTEN_IN = wordSet("report article story piece op-ed column editorial essay published appeared");
const APPOSITION_STOPS = wordSet("for of at in with by who which that");
// Capitalised words before an outlet's name that are no given name: "Via Zerohedge", "Again Fox adds".
const OPENERS = wordSet(
  "via again also meanwhile however now then still so but yet plus per says said told tells reports reported writes wrote notes adds added",
);
const APPOSITION_NOUNS = wordSet(
  "publication newspaper magazine website outlet tabloid daily weekly blog broadcaster",
);

// "Article posted with permission from X", "Reprinted from X", "© Provided by X"
const COMPANY = wordSet("inc llc ltd corp group");
const CREDIT_LINKS = wordSet("of the and & 's ’s");
const CREDIT_VERBS = wordSet("reprinted republished reposted posted published provided");

/** Whether the word at w ends a credit line's lead-in, before the name of the source. */
function creditLine(doc: Doc, w: number): boolean {
  const { lower } = doc;
  if (lower[w] === "by") return lower[w - 1] === "provided" && lower[w - 2] === "©";
  if (lower[w] !== "from") return false;
  if (CREDIT_VERBS.has(lower[w - 1])) return true;
  return lower[w - 1] === "permission" && lower[w - 2] === "with" && CREDIT_VERBS.has(lower[w - 3]);
}

/**
 * A credited name that may be a person's ("posted with permission from Robert Spencer"): two or
 * three capitalised words with no "The", no connector and no media head word.
 */
function personLike(doc: Doc, a: number, b: number, isCap: (i: number) => boolean): boolean {
  const { lower } = doc;
  if (a === b || b - a > 2 || lower[a] === "the" || COMPANY.has(lower[b])) return false;
  for (let k = a; k <= b; k++) if (!isCap(k) || HEADS.has(lower[k])) return false;
  return true;
}
// Articles that open a publication's title: "The Tennessean", "La Stampa", "Die Tagespost"; not
// "Los"/"Las", which open city names.
const TITLE_ARTICLES = wordSet("the la le il el die der das");
/**
 * A word shaped like a media brand rather than a person: call-sign capitals with a digit
 * ("KENS5", "WFTV9") or inner capitals ("LifeSite", "NowThis"), not a surname with a particle
 * ("McCain", "DeSantis", "O'Brien"). Plain capitals ("EWTN", but also "NATO") are left out.
 */
function brandShaped(word: string): boolean {
  if (/^[A-Z]{2,5}\d{1,2}$/.test(word)) return true;
  return (
    /^[A-Z][a-z]+[A-Z][A-Za-z]+$/.test(word) &&
    !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El|Fitz)[A-Z]/.test(word)
  );
}
// "X reported", "X first reported", "X has reported"
function reportedAfter(lower: readonly string[], b: number): boolean {
  let k = b + 1;
  while (k < b + 3 && REPORT_ADVERBS.has(lower[k])) k++;
  return lower[k] === "reported" || lower[k] === "reports";
}

function findUnlistedInPlace(
  doc: Doc,
  isCap: (i: number) => boolean,
  taken: Uint8Array,
  push: (ref: string, s: number, e: number, why: string) => void,
): void {
  const { text, lower, tokens, sentenceOf } = doc;
  const { start, end, count } = tokens;
  for (let a = 1; a < count; a++) {
    if (!isCap(a) || isCap(a - 1) || taken[a]) continue;
    let b = a;
    while (b + 1 < count && b < a + 3 && isCap(b + 1) && !taken[b + 1] && sentenceOf[b + 1] === sentenceOf[a])
      b++;
    const first = lower[a] === "the" ? a + 1 : a;
    if (first > b || NOT_NAME.has(lower[first])) continue;
    const w = lower[a - 1];
    let why: string | null = null;
    if (w === "for" && WRITTEN_FOR.has(lower[a - 2])) why = `'${lower[a - 2]} for' an unlisted name`;
    else if (creditLine(doc, a - 1)) {
      // "Sons of Liberty Media", "Mish’s Global Economic Trend Analysis": the name runs on
      // through connectors to the end of the credit.
      const onLine = (k: number) => !text.slice(end[k - 1], start[k]).includes("\n");
      for (;;) {
        let k = b + 1;
        while (k < b + 3 && CREDIT_LINKS.has(lower[k])) k++;
        if (k === b + 1 || !isCap(k) || k > a + 8 || !onLine(k)) break;
        for (b = k; isCap(b + 1) && onLine(b + 1) && b < a + 8; b++);
      }
      if (!personLike(doc, a, b, isCap)) why = `a credit line '... ${w}'`;
    } else if (w === "in" && TITLE_ARTICLES.has(lower[a]) && WRITTEN_IN.has(lower[a - 2]))
      why = `'${lower[a - 2]} in ${text.slice(start[a], end[a])} ...'`;
    else if (w === "by" && lower[a] === "the" && reportingParticiple(doc, a - 1))
      why = `'${reportingParticiple(doc, a - 1)} by The ...'`;
    else if (
      a === b &&
      (TOLD.has(w) ||
        (w === "with" && (lower[a - 2] === "interview" || lower[a - 2] === "interviews")) ||
        reportedAfter(lower, b)) &&
      brandShaped(text.slice(start[a], end[a]))
    )
      why = `${TOLD.has(w) ? `'${w}'` : w === "with" ? "'interview with'" : "'reported'"} with a brand-shaped name`;
    else if (
      TITLE_ARTICLES.has(lower[a]) &&
      a < b &&
      a > doc.sentences.firstToken[sentenceOf[a]] &&
      (TOLD.has(w) || (w === "to" && lower[a - 2] === "according") || reportedAfter(lower, b))
    )
      // A capital "The" inside a sentence is part of a title: "told The Spokesman-Review",
      // "The Tennessean first reported"; people and agencies go without it ("told the FBI").
      why = `${TOLD.has(w) ? `'${w}'` : w === "to" ? "'according to'" : "'reported'"} with a title '${text.slice(start[a], end[a])} ...'`;
    else if (
      lower[b + 1] === "," &&
      (lower[b + 2] === "a" || lower[b + 2] === "an" || lower[b + 2] === "the")
    ) {
      // The noun heads the apposition: not "Lloyd Grove, the Daily Beast editor", nor "Massimo
      // Franco, a columnist for the Italian newspaper ...".
      for (
        let k = b + 3;
        k < b + 8 &&
        k < count &&
        tokens.kind[k] === TokenKind.Word &&
        !(APPOSITION_STOPS.has(lower[k]) && !isCap(k - 1));
        k++
      )
        if (APPOSITION_NOUNS.has(lower[k]) && !isCap(k)) {
          const context = outletContext(doc, a, b, false);
          if (context) why = `${context} (named as a ${lower[k]})`;
          break;
        }
    }
    if (!why) continue;
    taken.fill(1, a, b + 1);
    push(text.slice(start[a], end[b]), start[a], end[b], why);
  }
}
