/**
 * Contexts before an outlet's name: the preposition or verb that makes it a source ("according
 * to X", "told X", "an essay for X", "reported by X", "said on X", "a journalist of X").
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import {
  AFTER_ACCORDING,
  AFTER_VERBS,
  BEFORE,
  BIOGRAPHY,
  BY_PARTICIPLES,
  CALLERS,
  CARRIED,
  DAYS,
  EPISODES,
  FROM_AFTER,
  GAVE,
  HANDED,
  HOSTS,
  IN_VERBS,
  INVERTED,
  JOBS,
  MEDIUM_NOUNS,
  OUTLET_PEOPLE,
  OUTLET_PLURALS,
  QUOTE_MARKS,
  REPORTING_PARTICIPLES,
  SERIES,
  SHOW_ROLES,
  SPEECH,
  TO_SPEECH,
  WITH_SPEECH,
  WRITING,
  WRITING_VERBS,
} from "./context-words.js";
import { NOT_NAME } from "./name-scan.js";

export interface Around {
  /** First and last token of the name, quotes included. */
  a: number;
  b: number;
  listed: boolean;
  programme: boolean;
  isCap: (i: number) => boolean;
}

/** Why the word at p, just before the name (past "the"), makes it a source, or null. */
export function contextBefore(doc: Doc, p: number, at: Around): string | null {
  const { text, lower, tokens, sentenceOf, sentences } = doc;
  const { a, b, listed, programme, isCap } = at;
  const w = lower[p];
  const n1 = lower[b + 1];
  const sentenceHas = (set: Set<string>, from: number, to: number) => {
    for (let k = Math.max(from, sentences.firstToken[sentenceOf[a]]); k < to; k++)
      if (set.has(lower[k])) return true;
    return false;
  };
  if (w === "to" && lower[p - 1] === "according") return "'according to'";
  // "according to a Reuters witness": the outlet's witness, analysis or report.
  if ((w === "a" || w === "an") && lower[p - 1] === "to" && lower[p - 2] === "according")
    return "'according to a' the outlet's ...";
  // "according to Bill Gertz in the Washington Times", "according to sources close to ABC News"
  if (AFTER_ACCORDING.has(w)) {
    for (let k = p - 1; k > p - 7 && tokens.kind[k] === TokenKind.Word; k--)
      if (lower[k] === "to" && lower[k - 1] === "according") return `'according to ... ${w}'`;
  }
  if (w === "of" && lower[p - 1] === "courtesy") return "credit 'courtesy of'";
  if (BEFORE.has(w)) return `'${w}' before the name`;
  // "gave Fox News examples", "sent CNN a statement": the outlet as the one handed the material.
  if (listed && GAVE.has(w)) return `'${w}' the outlet`;
  // Not "the opening question from CBS moderator John Dickerson": the host of a debate asks.
  if (
    w === "from" &&
    !HOSTS.has(n1) &&
    (FROM_AFTER.has(lower[p - 1]) || lineStartsAt(text, tokens.start[p]) || n1 === ":")
  )
    return `'${lower[p - 1] ?? ""} from'`;
  if (w === "to" && TO_SPEECH.has(lower[p - 1])) return `'${lower[p - 1]} to'`;
  // "in an email message Monday to The Washington Post": a day between the message and "to".
  if (w === "to" && DAYS.has(lower[p - 1]) && TO_SPEECH.has(lower[p - 2])) return `'${lower[p - 2]} ... to'`;
  if (w === "to" && programme && CALLERS.has(lower[p - 1])) return `'${lower[p - 1]} to' the programme`;
  // "Sanders visited NBC’s “Today” to discuss ..."
  if (programme && w === "visited") return "'visited' the programme";
  // "revealed new details to 60 Minutes", "was also sent to POLITICO": what was handed over goes
  // before the outlet; listed names only.
  if (w === "to" && listed) {
    for (let k = p - 1; k >= Math.max(p - 7, sentences.firstToken[sentenceOf[a]]); k--) {
      if (tokens.kind[k] === TokenKind.Punct) break;
      if (HANDED.has(lower[k])) return `'${lower[k]} ... to'`;
    }
  }
  // "spoke anonymously with the New York Times"; not "his conversations with Fox officials".
  // "a round-table interview Tuesday with Bloomberg Politics": a day may stand before "with".
  const withVerb = /ly$/.test(lower[p - 1] ?? "") || DAYS.has(lower[p - 1]) ? lower[p - 2] : lower[p - 1];
  if (
    w === "with" &&
    !OUTLET_PEOPLE.has(n1) &&
    (WITH_SPEECH.has(withVerb) || (lower[p - 1] === "down" && lower[p - 2] === "sat"))
  )
    return `'${withVerb} with'`;
  if (w === "for" || w === "in") {
    const prev = lower[p - 1];
    if (WRITING.has(prev)) return `'${prev} ${w}'`;
    // A job on a programme is no source: "at the time a writer for “SNL”".
    // Not an apposition that introduces a speaker by employer: "Vann Newkirk, a writer for The
    // Atlantic, said on Twitter".
    const apposition = (lower[p - 2] === "a" || lower[p - 2] === "an") && lower[p - 3] === ",";
    // Nor a title set before a name: "White House correspondent for The Atlantic and CNN
    // political analyst Elaina Plott tweeted" introduces her by her employers.
    const title = isCap(p - 2) && !NOT_NAME.has(lower[p - 2]);
    if (JOBS.has(prev) && !programme && !apposition && !title && !sentenceHas(BIOGRAPHY, 0, p))
      return `'${prev} ${w}'`;
    if (w === "in" && IN_VERBS.has(prev)) return `'${prev} in'`;
    // "a personal essay she wrote in February for Vanity Fair"; not a byline "Written for X by",
    // nor a career "who wrote opinion pieces for the Washington Post".
    const byline = prev === "written" && lineStartsAt(text, tokens.start[p - 1]);
    if (!byline && !SERIES.has(prev) && sentenceHas(WRITING_VERBS, p - 6, p))
      return `'${w}' after a verb of writing`;
  }
  // A credit line that lost its preposition: "Originally published the Jerusalem Post."
  if (w === "published" && lower[p - 1] === "originally" && lineStartsAt(text, tokens.start[p - 1]))
    return "credit 'originally published'";
  if (w === "by" && BY_PARTICIPLES.has(lower[p - 1])) return `'${lower[p - 1]} by'`;
  if (w === "by" && reportingParticiple(doc, p)) return `'${reportingParticiple(doc, p)} ... by'`;
  // "outlined now on the record in the Washington Post by ...": published there.
  if (w === "in" && listed && reportingParticiple(doc, p)) return `'${reportingParticiple(doc, p)} ... in'`;
  // "a meeting with the editorial board of the Washington Post", as "the Post's editorial board".
  if (w === "of" && lower[p - 1] === "board" && lower[p - 2] === "editorial") return "its editorial board";
  // "an episode of X", not the headline's "Issue of Iranian Migrants Crossing English Channel"
  if (w === "of" && EPISODES.has(lower[p - 1]) && !isCap(p - 1)) return `'${lower[p - 1]} of' it`;
  if (w === "as" && (AFTER_VERBS.has(n1) || n1 === "put" || n1 === "called")) return `'as X ${n1}'`;
  // "“... the same advantage,” reported Reuters."; not "said MSNBC host Chris Matthews", whose
  // host is the speaker.
  if (INVERTED.has(w) && /^[,”"]$/.test(lower[p - 1] ?? "") && !HOSTS.has(n1))
    return `'${w} X' after a quotation`;
  // "he told Wolf Blitzer of CNN", "published by Tyler Durden at Zero Hedge": a journalist of the outlet.
  // "Dan McLaughlin at the National Review agreed": a full name before, the verb after; not
  // "Critics of CNN said".
  const person = isCap(p - 1) && isCap(p - 2) && p - 2 >= sentences.firstToken[sentenceOf[a]];
  if (
    (w === "of" || w === "at") &&
    isCap(p - 1) &&
    (sentenceHas(SPEECH, 0, a) ||
      sentenceHas(WRITING_VERBS, 0, a) ||
      // "as Paul Krugman of the New York Times points out"
      (person && (SPEECH.has(n1) || AFTER_VERBS.has(n1))))
  )
    return `a journalist '${w}' it`;
  // "As Paul Sperry writes at the New York Post", "Maike Hickson translated it at One Peter Five"
  const writer = lower[p - 1] === "it" ? lower[p - 2] : lower[p - 1];
  if (w === "at" && (WRITING_VERBS.has(writer) || writer === "translated")) return `'${writer} at'`;
  // "the author of the above piece at The Intercept wrote"
  if (w === "at" && WRITING.has(lower[p - 1]) && !isCap(p - 1)) return `'${lower[p - 1]} at'`;
  // "a weekly show on BBC-TV called Question Time", "a German news organization called “The Local”"
  if (w === "called") {
    for (let k = p - 1; k > p - 6 && tokens.kind[k] === TokenKind.Word; k--)
      if (MEDIUM_NOUNS.has(lower[k])) return `a ${lower[k]} called so`;
  }
  // "news outlets such as Time, Slate and Drudge Report", "reported in outlets including the Times"
  if (outletListStart(doc, w === "as" ? p - 2 : p - 1) === p + 1)
    return "in a list of outlets that carried it";
  if (w === "on") {
    // "a guest-hosting gig on “Saturday Night Live”", "the “senior black correspondent” on the Daily Show"
    let role = false;
    for (let k = p - 1; k > p - 5 && k >= 0; k--) role ||= SHOW_ROLES.has(lower[k]);
    if (programme && !role) return "'on' the programme";
    // "Patrick Howley, writing on Breitbart, shared those sentiments"
    if (WRITING_VERBS.has(lower[p - 1])) return `'${lower[p - 1]} on' it`;
    if (sentenceHas(SPEECH, 0, a)) return "'on' it in a sentence about speech";
    // "On CNN Tuesday, his wife called for ...": a sentence that opens on the air.
    const s0 = sentences.firstToken[sentenceOf[a]];
    if (listed && (p === s0 || (p === s0 + 1 && DAYS.has(lower[s0])))) return "'On X' opening the sentence";
  }
  return null;
}

export function lineStartsAt(text: string, offset: number): boolean {
  let k = offset - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\t")) k--;
  return k < 0 || text[k] === "\n" || text[k] === "\r";
}

/** The past participle shortly before "by" at token `by` ("as highlighted by"), or null. */
export function reportingParticiple(doc: Doc, by: number): string | null {
  const { lower, tokens, sentenceOf, sentences } = doc;
  const first = sentences.firstToken[sentenceOf[by]];
  for (let k = by - 1; k >= Math.max(by - 8, first); k--) {
    // 'reported in a "hit piece" by': quotation marks do not end the phrase.
    if (tokens.kind[k] === TokenKind.Punct && !QUOTE_MARKS.has(lower[k])) return null;
    if (REPORTING_PARTICIPLES.has(lower[k])) return lower[k];
  }
  return null;
}

/**
 * Where the names start after a plural media noun at k that opens a list of outlets carrying
 * the news ("outlets such as", "newspapers including"), or -1.
 */
export function outletListStart(doc: Doc, k: number): number {
  const { lower, sentenceOf, sentences } = doc;
  // "outlets, such as the Post,": a comma may part the noun from its list.
  const noun = lower[k] === "," ? k - 1 : k;
  if (!OUTLET_PLURALS.has(lower[noun])) return -1;
  const j =
    lower[k + 1] === "such" && lower[k + 2] === "as"
      ? k + 3
      : lower[k + 1] === "including" || lower[k + 1] === "like"
        ? k + 2
        : -1;
  if (j < 0) return -1;
  // The verb may follow the list: "Additional outlets, such as the Post, echoed this claim".
  const s = sentenceOf[k];
  for (let m = sentences.firstToken[s]; m <= sentences.lastToken[s]; m++) if (CARRIED.has(lower[m])) return j;
  return -1;
}
