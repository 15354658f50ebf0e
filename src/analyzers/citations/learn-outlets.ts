/**
 * Distant supervision for outlet names. The hand list (outlet-list.ts) cannot keep up with
 * the outlets each new text cites, so names are learned from unannotated news: a capitalised
 * name counts as evidence for an outlet each time it stands in a context where only a news
 * medium fits ("CNN anchor Jake Tapper", "appeared on Meet the Press", "Politico first
 * reported", "an op-ed in the Tennessean", "a Fox News segment", a dateline "(AP) —", a
 * credit "h/t: BizPac Review"), and as evidence against each time the entity tagger reads it
 * as a person or a place. Names seen often enough in such contexts, and seldom elsewhere, go
 * to models/citations/outlets.json; the analyzer then treats them like listed names, which
 * still need a reporting context (outlet-context.ts) to become a citation.
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { REPORT_ADVERBS, TOLD } from "./context-words.js";

// "CNN anchor Jake Tapper", "a Washington Post reporter": people whose job is at a medium.
const MEDIA_ROLES = wordSet(
  "anchor anchors host hosts reporter reporters correspondent correspondents columnist columnists journalist journalists editor editors contributor contributors commentator commentators newsroom",
);
// "a Fox News segment", "a New York Times op-ed": what only a medium produces. Not "report",
// "poll", "analysis" or "investigation": agencies, pollsters and the FBI produce those too.
const MEDIA_PRODUCTS = wordSet("editorial editorials op-ed op-eds column columns podcast scoop");
// "the Russiagate story", "the Hillary Clinton segment", "a Trump interview": also a topic or a guest.
const WEAK_PRODUCTS = wordSet(
  "story stories article articles segment segments interview interviews exclusive",
);
// "WTMJ's show", "Breitbart's website", "the Tennessean's editorial board"
const OWN_MEDIA = wordSet(
  "website site show program programme podcast broadcast broadcasts newsroom homepage editorial editorials airwaves",
);
// "a Morning Consult poll": pollsters are not outlets in the annotation guidelines.
export const POLLS = wordSet("poll polls polling survey surveys");
// "appeared on Fox News", "in an interview on CNN": on the air.
const ON_AIR = wordSet(
  "appeared appearing appearance appearances interview interviewed spoke speaking said told aired airing broadcast",
);
// "an op-ed in the Tennessean", "published in Nature Astronomy"; not "wrote in Ron Paul" (a
// write-in vote) nor "writing in Hebrew".
const WRITTEN_IN = wordSet("op-ed column essay article piece editorial commentary published");
// "writing for the Remnant", "an essay for Vanity Fair"
const WRITTEN_FOR = wordSet(
  "wrote writes writing written op-ed column essay article piece editorial commentary",
);
// "a reporter for the Tennessean", "host of Real Time", "Fox viewers"
const ROLE_LINKS = wordSet("for at of with");
const AUDIENCES = wordSet("viewers readers listeners subscribers");
// "in an interview with the Daily Caller" (and TOLD, "told Fox News"): people are told and interviewed
// too, and the entity tagger's person readings and the share of such contexts weed them out.
const INTERVIEWED = wordSet("interview interviews");
// "Politico first reported", "the Times reports that"
const REPORTED = wordSet("reported reports");
// Social platforms carry what others say; the annotation guidelines do not count them as outlets.
export const PLATFORMS = wordSet(
  "twitter facebook youtube instagram tiktok reddit gab telegram snapchat linkedin",
);
// Capitalised but never the start of a name.
const NOT_NAME = wordSet(
  "the a an in on at to when if after before since as but and or for with by from this that these those he she it we they i you his her their our my your its there here what who why how mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday",
);
const CONNECTORS = wordSet("of and & de la al");
// A name ends before a date: "said on Twitter Thursday".
const DATES = wordSet(
  "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);

export interface NameSpan {
  /** First and last token of the name (a leading "The" left out). */
  a: number;
  b: number;
  /** Lower-case words joined by spaces: the name's key. */
  key: string;
  surface: string;
}

/** The key of the name at tokens a..b: its lower-case words joined by spaces. */
export const nameKey = (doc: Doc, a: number, b: number) => doc.lower.slice(a, b + 1).join(" ");

/**
 * Capitalised names of one to five tokens ("The Times of Israel" → "Times of Israel");
 * `withText: false` leaves `key` and `surface` empty, for callers that need few of them.
 */
export function nameSpans(doc: Doc, withText = true): NameSpan[] {
  const { text, lower, tokens, sentenceOf } = doc;
  const { start, end, count, kind } = tokens;
  const cap = (i: number) => capitalised(doc, i);
  const out: NameSpan[] = [];
  for (let i = 0; i < count; i++) {
    // A name may open with a number: "60 Minutes", "9 News".
    const numbered =
      kind[i] === TokenKind.Number &&
      /^\d{1,3}$/.test(lower[i]) &&
      cap(i + 1) &&
      !DATES.has(lower[i + 1]) &&
      !cap(i - 1) &&
      !/['’]/.test(text[start[i] - 1] ?? "") &&
      sentenceOf[i + 1] === sentenceOf[i];
    if (!cap(i) && !numbered) continue;
    let a = i;
    if (lower[a] === "the") a++;
    if (a >= count || !(cap(a) || numbered) || NOT_NAME.has(lower[a])) {
      continue;
    }
    let b = a;
    while (b + 1 < count && b - a < 4 && sentenceOf[b + 1] === sentenceOf[a]) {
      if (cap(b + 1) && !DATES.has(lower[b + 1])) b++;
      else if (CONNECTORS.has(lower[b + 1]) && cap(b + 2) && sentenceOf[b + 2] === sentenceOf[a]) b += 2;
      else break;
    }
    // A longer run of capitals is a headline in title case, not a name.
    if (b - a >= 4 && cap(b + 1) && sentenceOf[b + 1] === sentenceOf[a]) {
      while (b + 1 < count && cap(b + 1)) b++;
      i = b;
      continue;
    }
    out.push(
      withText
        ? { a, b, key: nameKey(doc, a, b), surface: text.slice(start[a], end[b]) }
        : { a, b, key: "", surface: "" },
    );
    i = b;
  }
  return out;
}

export interface MediaContext {
  why: string;
  /** "told X", "an interview with X", "X reported": people and agencies stand there too. */
  weak: boolean;
}

/** Why the name at a..b stands where a news medium fits, or null. */
export function mediaContext(doc: Doc, a: number, b: number): MediaContext | null {
  const why = mediaReason(doc, a, b);
  return why ? { why, weak: WEAK.test(why) } : null;
}
const WEAK = /^'(?:told|tells|telling|interviews? with|reported' after|reports' after)|\(weak\)$/;

function mediaReason(doc: Doc, a: number, b: number): string | null {
  const { text, lower, tokens } = doc;
  const { start, end } = tokens;
  // "LAS VEGAS (INTELLIHUB) —"; not "the Anti-Crime Brigade (BAC) —", an abbreviation.
  if (
    text[start[a] - 1] === "(" &&
    text[end[b]] === ")" &&
    /^\)\s*[-–—]/.test(text.slice(end[b], end[b] + 4)) &&
    !/[a-z]/.test(text.slice(tokens.start[a - 2] ?? 0, tokens.end[a - 2] ?? 0))
  )
    return "dateline";
  if (lower[a - 1] === "t" && lower[a - 2] === "/" && lower[a - 3] === "h") return "h/t";
  let n = b + 1;
  const possessive = lower[n] === "'s" || lower[n] === "’s";
  if (possessive) n++;
  if (MEDIA_ROLES.has(lower[n]) || AUDIENCES.has(lower[n])) return `'${lower[n]}' after it`;
  if (MEDIA_PRODUCTS.has(lower[n]) && !possessive) return `'${lower[n]}' after it`;
  if (possessive && OWN_MEDIA.has(lower[n])) return `its ${lower[n]}`;
  if (WEAK_PRODUCTS.has(lower[n]) && !possessive) return `'${lower[n]}' after it (weak)`;
  if (!possessive) {
    let k = b + 1;
    if (lower[k] === "," && lower[k + 1] === "which") k += 2;
    while (k < b + 4 && REPORT_ADVERBS.has(lower[k])) k++;
    if (REPORTED.has(lower[k]) && lower[k + 1] !== "to" && lower[k + 1] !== "for")
      return `'${lower[k]}' after it`;
  }
  let p = a - 1;
  if (lower[p] === "the") p--;
  // Not "broadcast on New York's AM 970": the station follows the place.
  if (lower[p] === "on" && ON_AIR.has(lower[p - 1]) && !possessive) return `'${lower[p - 1]} on'`;
  if (ROLE_LINKS.has(lower[p]) && MEDIA_ROLES.has(lower[p - 1])) return `'${lower[p - 1]} ${lower[p]}'`;
  if (TOLD.has(lower[p])) return `'${lower[p]}'`;
  if (lower[p] === "with" && INTERVIEWED.has(lower[p - 1])) return `'${lower[p - 1]} with'`;
  if (lower[p] === "in" && WRITTEN_IN.has(lower[p - 1])) return `'${lower[p - 1]} in'`;
  if (lower[p] === "for" && WRITTEN_FOR.has(lower[p - 1])) return `'${lower[p - 1]} for'`;
  return null;
}

export interface OutletEvidence {
  /** Name key → counts. */
  counts: Map<string, NameCounts>;
  /** How often each word was written in lower case: "Senior editor" is no name. */
  lowerCase: Map<string, number>;
}
export interface NameCounts {
  /** Occurrences as a whole capitalised name. */
  seen: number;
  /** In a context where only a medium fits. */
  media: number;
  /** In a context where a medium or a person or agency fits ("told X"). */
  weak: number;
  /** Read as a person or a place by the entity tagger. */
  person: number;
  /** Followed by "poll" or "survey": a pollster. */
  polls: number;
  /** Credited in the corpus's metadata (wire service, "h/t:"). */
  credited: number;
  /** Surface forms and how often each was seen. */
  forms: Map<string, number>;
}

export function emptyEvidence(): OutletEvidence {
  return { counts: new Map(), lowerCase: new Map() };
}

function countsOf(ev: OutletEvidence, key: string): NameCounts {
  let c = ev.counts.get(key);
  if (!c) {
    c = { seen: 0, media: 0, weak: 0, person: 0, polls: 0, credited: 0, forms: new Map() };
    ev.counts.set(key, c);
  }
  return c;
}

/**
 * Adds one document's evidence. `personAt` tells whether the entity tagger put the token in
 * a PERSON or LOCATION mention.
 */
export function addDocument(ev: OutletEvidence, doc: Doc, personAt: (token: number) => boolean): void {
  const { text, lower, tokens } = doc;
  for (let i = 0; i < tokens.count; i++)
    if (tokens.kind[i] === TokenKind.Word && text.charCodeAt(tokens.start[i]) === lower[i].charCodeAt(0))
      ev.lowerCase.set(lower[i], (ev.lowerCase.get(lower[i]) ?? 0) + 1);
  for (const s of nameSpans(doc)) {
    const c = countsOf(ev, s.key);
    c.seen++;
    c.forms.set(s.surface, (c.forms.get(s.surface) ?? 0) + 1);
    if (POLLS.has(doc.lower[s.b + 1] ?? "")) c.polls++;
    if (personAt(s.a)) {
      c.person++;
      continue;
    }
    const context = mediaContext(doc, s.a, s.b);
    if (context?.weak) c.weak++;
    else if (context) c.media++;
  }
}

/** A credit from the corpus's metadata ("h/t: BizPac Review", wire "AP"). */
export function addCredit(ev: OutletEvidence, name: string): void {
  const surface = name
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\.$/, "");
  if (!surface) return;
  const c = countsOf(ev, surface.toLowerCase().split(/\s+/).join(" "));
  c.credited++;
  c.forms.set(surface, (c.forms.get(surface) ?? 0) + 1);
}

export interface LearnedOutlet {
  name: string;
  seen: number;
  media: number;
  weak: number;
  person: number;
  credited: number;
}

export interface SelectOptions {
  /** Least number of contexts (credits count as such); at least one must be a strong one. */
  minMedia: number;
  /** Least number of weak contexts for a name seen in no strong one. */
  minWeak: number;
  /** Least share of media contexts among the name's occurrences. */
  minShare: number;
  /** Most share of person/place readings. */
  maxPerson: number;
}

export const DEFAULT_SELECT: SelectOptions = { minMedia: 2, minWeak: 3, minShare: 0.25, maxPerson: 0.34 };

// "Former Breitbart reporter", "Pulitzer Prize-winning journalist"
const TITLES = wordSet("former longtime veteran senior pulitzer award-winning chief top");
const INSTITUTIONS = wordSet(
  "government ministry department party police council committee commission university college court parliament congress senate embassy army",
);
// "Mexican journalist", "Iranian reporter": a nationality, not a name.
const ADJECTIVE = /(?:an|ese|ish|ic|i)$/;

/**
 * Why a key cannot be an outlet's name whatever its contexts, or null. `common` tells whether
 * a word is written in lower case often enough to be a common word ("Senior editor").
 */
export function notAName(key: string, common: (word: string) => boolean): string | null {
  const ws = key.split(" ");
  if (ws.some((w) => PLATFORMS.has(w))) return "a social platform";
  if (ws.some((w, k) => k > 0 && NOT_NAME.has(w) && w !== "the")) return "a phrase, not a name";
  if (/^[rdi]-/.test(key)) return "a party and state ('R-Texas')";
  if (TITLES.has(ws[0])) return "a title before a name";
  // "the Hungarian Government's website": an institution has a website too.
  if (ws.some((w) => INSTITUTIONS.has(w))) return "an institution";
  // "Daily Beast Erin Gloria Ryan": an outlet run into its reporter's name.
  if (ws.length > 4) return "too long";
  // "the Austrian Catholic news website": a nationality and a creed, no name.
  if (ws.length > 1 && ws.every((w) => ADJECTIVE.test(w) && w.length > 4)) return "adjectives";
  if (ws.length === 1) {
    if (ADJECTIVE.test(key) && key.length > 4) return "an adjective";
    // "Senior editor", "Additional reporting": a common word capitalised at a sentence start.
    if (common(key)) return "a common word";
  }
  return null;
}

/** Names with enough evidence, minus `known` keys (the hand list) and social platforms. */
export function selectOutlets(
  ev: OutletEvidence,
  known: (key: string) => boolean,
  options: SelectOptions = DEFAULT_SELECT,
): LearnedOutlet[] {
  const out: LearnedOutlet[] = [];
  for (const [key, c] of ev.counts) {
    if (known(key)) continue;
    const strong = c.media + c.credited;
    const media = strong + c.weak;
    const seen = Math.max(c.seen, 1);
    if (c.polls > 0 && c.polls >= strong) continue;
    // Weak contexts alone ("told TheDCNF" 13 times in 16) only when they are most of its uses.
    const weakOnly = c.weak >= options.minWeak && c.weak * 2 >= seen;
    if (
      (strong === 0 && !weakOnly) ||
      (media < options.minMedia && c.credited === 0) ||
      media / seen < options.minShare
    )
      continue;
    if (c.person / seen > options.maxPerson || notAName(key, (w) => (ev.lowerCase.get(w) ?? 0) >= seen))
      continue;
    // The most frequent surface form, ties by code order so that the output is deterministic.
    const name = [...c.forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    // Too short or not a name: "A", "US".
    if (name.length < 2 || !/\p{L}/u.test(name)) continue;
    out.push({ name, seen: c.seen, media: c.media, weak: c.weak, person: c.person, credited: c.credited });
  }
  return out.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}
