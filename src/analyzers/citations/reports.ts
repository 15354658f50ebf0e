/**
 * Reports, studies, memos and dossiers attributed to a named author or body: "a 2023 report by the
 * Brookings Institution", "the Mueller report", "Mueller Report" in a headline, "Robert
 * Mueller's final report", "the Pennsylvania grand jury report", "report issued by special
 * counsel Robert Mueller", "an FBI summary". Never "his report" or "the report", and never an
 * outlet's own report (that cites the outlet).
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { CITIES, COUNTRIES } from "../entities/lexicon.js";
import { wordSet } from "../word-set.js";
import { APOSTROPHES, DETERMINERS, JOBS } from "./context-words.js";
import type { Found } from "./found.js";
import { DEMONYM, NOT_NAME, nameScan, POSSESSIVE, PRONOUNS } from "./name-scan.js";

// Adjectives between an author and "report": "Robert Mueller's full report", "the full Mueller report".
const REPORT_ADJECTIVES = new Set([
  "full",
  "final",
  "new",
  "latest",
  "annual",
  "initial",
  "interim",
  "preliminary",
  "official",
  "redacted",
  "unredacted",
  "long-awaited",
  "much-anticipated",
  "highly-anticipated",
  "eagerly-awaited",
  "complete",
  "completed",
  "classified",
  "declassified",
  "damning",
  "scathing",
  "special",
  "exclusive",
  "breaking",
]);
const REPORT_WORDS = new Set([
  "report",
  "dossier",
  "reports",
  "analysis",
  "study",
  "review",
  "assessment",
  "audit",
  "release",
  "memo",
  "memorandum",
  "summary",
  "research",
  "survey",
  // Only with "by/from" and a body: "a paper from the Brookings Institution", "a 2014
  // examination by the Better Government Association".
  "paper",
  "examination",
]);
// Only these take an author's name right before them: "the Mueller report", "an FBI summary".
const NAMED_BEFORE = new Set([
  "report",
  "reports",
  "study",
  "memo",
  "memorandum",
  "summary",
  "audit",
  "assessment",
  "analysis",
  "survey",
]);
// Only these stand without a determiner ("Mueller report: ...", "IG report", "all FBI reports").
const BARE_OK = new Set(["report", "reports"]);
// Only these take a possessive author: "Mueller's report", not "Trump's assessment" (an opinion).
const POSSESSIVE_OK = new Set(["report", "memo", "memorandum", "study"]);
// Work by scholars: a person as author is not a document ("a study by professor X").
const SCHOLARLY = new Set(["study", "analysis", "research", "review", "assessment", "paper", "examination"]);
const REPORT_VERBS = new Set([
  "published",
  "released",
  "issued",
  "compiled",
  "commissioned",
  "prepared",
  "produced",
  "conducted",
  "made",
  "public",
  "written",
  "authored",
  "delivered",
]);
// Words between a report and its "by" that keep them together: "made public this week by".
const BETWEEN = new Set([
  "on",
  "in",
  "last",
  "this",
  "earlier",
  "week",
  "month",
  "year",
  "jointly",
  "recently",
]);
// Offices whose holders write official reports, in lower case too: "special counsel Robert
// Mueller", "the Pennsylvania grand jury report", "the special counsel's document".
const ROLES = new Map([
  ["counsel", new Set(["special", "independent"])],
  ["general", new Set(["inspector"])],
  ["jury", new Set(["grand"])],
]);
// "Rosiak at The Daily Caller", "John Solomon of The Hill": a writer and the outlet.
const JOURNALIST_LINKS = new Set(["at", "of", "for"]);
// Titles before a person after "by": "report issued by special counsel Robert Mueller".
const TITLES = new Set([
  "special",
  "independent",
  "counsel",
  "inspector",
  "general",
  "attorney",
  "former",
  "investigator",
  "prosecutor",
  "judge",
  "director",
]);
// Lower-case words after a scholar's institution: "by Loyola Law School professor Justin Levitt".
const ACADEMICS = new Set([
  "professor",
  "researcher",
  "researchers",
  "economist",
  "scholar",
  "fellow",
  "student",
]);
// The last word of a description of a body before its name: "the nonpartisan", "the
// left-leaning", "the liberal watchdog group", "the environmental nonprofit".
const DESCRIPTORS =
  /^(?:non-?partisan|bipartisan|independent|left-leaning|right-leaning|liberal|conservative|progressive|libertarian|centrist|watchdog|group|nonprofit|non-profit|think-tank|tank|firm|organization|organisation)$/;
// Before an author's name only an article will do: "its Amazon summary" is the book's blurb.
const ARTICLES = new Set(["a", "an", "the"]);
const REPORTS_ON = new Set(["on", "of", "about", "into"]);
const QUANTIFIERS = new Set([
  "all",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "several",
  "many",
  "some",
  "both",
  "recent",
  "other",
]);
const ORG_HEADS = wordSet(
  "institute institution center centre council committee panel watch office department agency commission foundation university ministry bureau service group organization organisation congregation dicastery",
);
// A survey is a document only by a body ("a National Autistic Society survey", "a survey by
// the Census Bureau"); a pollster's survey ("a new YouGov survey") is a poll, and polls are not cited.
const SURVEY_BODIES = wordSet(
  "institute institution center centre council committee office department agency commission foundation university college ministry bureau service society association federation union league board",
);
// "the Croatian report", "the British report": a nationality says where a report comes from,
// not who wrote it.
const NATIONALITY = /^[a-z]+(?:ian|ese|ish)$/;
// "a report from Great Britain" names a place, not its author.
const PLACES = new Set([...COUNTRIES, ...CITIES]);
// Where users post, not bodies that write reports ("a timeline assessment by Twitter user X").
const PLATFORMS = new Set([
  "twitter",
  "facebook",
  "youtube",
  "instagram",
  "reddit",
  "tiktok",
  "google",
  "amazon",
]);
// After a verb "report" rather than the noun: "Police report that ...", "Democrats report raising".
// "Trump report card" is a compound, not a report.
const VERB_NEXT = new Set(["that", "a", "an", "the", "no", "it", "he", "she", "they", "we", "card", "cards"]);
// Prefixes glued to a headline name: "Post-Mueller Report".
const GLUED_PREFIX = /^(?:post|pre|anti|pro|after)[-‐]/i;

export function findReports(doc: Doc, outletLike: (start: number, end: number) => boolean): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const { isCap, nameLeft, nameRight, titleCase } = nameScan(doc);
  const out: Found[] = [];
  // A name left of token i, not reaching through "the": "Release the Mueller report" names Mueller.
  const authorLeft = (i: number, max: number): number => {
    let a = nameLeft(i, max);
    for (let k = i - 1; k > a; k--) if (lower[k] === "the") return k + 1;
    if (a < i && isCap(a) && lower[a] === "the") a++;
    return a;
  };
  let lowerWords: Set<string> | null = null;
  const writtenLower = (word: string): boolean => {
    if (lowerWords === null) {
      lowerWords = new Set();
      for (let k = 0; k < count; k++) if (kind[k] === TokenKind.Word && !isCap(k)) lowerWords.add(lower[k]);
    }
    return lowerWords.has(word);
  };
  const roleBefore = (i: number): number => (ROLES.get(lower[i])?.has(lower[i - 1]) ? i - 1 : -1);
  const push = (from: number, to: number, author: string, word: string, why: string) => {
    const noun = word === "release" ? "press release" : word.startsWith("memo") ? "memo" : word;
    out.push({
      label: "document",
      ref: `${author} ${noun === "reports" ? "report" : noun}`,
      start: from,
      end: end[to],
      why,
    });
  };
  const bad = (a: number, b: number) =>
    PLATFORMS.has(lower[a]) ||
    DETERMINERS.has(lower[a]) ||
    NOT_NAME.has(lower[b]) ||
    outletLike(start[a], end[b]);

  // An outlet's name right before the report word at i: "a New York Times report".
  const byOutlet = (i: number) => isCap(i - 1) && outletLike(start[nameLeft(i, 4)], end[i - 1]);
  // A name a..b that is a journalist's: a job in or just after it, or an outlet after "at/of/for".
  const journalistAt = (a: number, b: number): boolean => {
    for (let k = a; k <= b + 3 && k < count; k++) if (JOBS.has(lower[k])) return true;
    if (!JOURNALIST_LINKS.has(lower[b + 1])) return false;
    const o = lower[b + 2] === "the" ? b + 3 : b + 2;
    return isCap(o) && outletLike(start[o], end[nameRight(o, 5)]);
  };

  for (let i = 1; i < count; i++) {
    const w = lower[i];
    if (!REPORT_WORDS.has(w) && w !== "document") continue;
    if (w === "release" && lower[i - 1] !== "press") continue;
    // "The Executive Office for Immigration Review", "Catholic World Report": a capitalised head
    // inside a longer name in running text is a body or a title, not a document.
    const capHead = isCap(i);
    const headline = titleCase(i);

    // Possessive author: "Robert Mueller's full report", "Mueller’s Russia Probe Report",
    // "the special counsel's document".
    {
      let p = i - 1;
      for (let n = 0; n < 3 && p > 1 && (REPORT_ADJECTIVES.has(lower[p]) || (isCap(p) && headline)); n++) p--;
      // "Horowitz’ report": a name ending in s or z takes the apostrophe alone.
      const bareApostrophe =
        APOSTROPHES.has(lower[p]) && /[sxz]$/.test(lower[p - 1] ?? "") && end[p - 1] === start[p];
      if ((POSSESSIVE.has(lower[p]) || bareApostrophe) && p > 0) {
        const role = roleBefore(p - 1);
        if (role >= 0 && (POSSESSIVE_OK.has(w) || w === "document")) {
          const a = isCap(role - 1) && !NOT_NAME.has(lower[role - 1]) ? authorLeft(role, 4) : role;
          push(
            start[a],
            i,
            text.slice(start[a], end[p - 1]),
            "report",
            `report by '${text.slice(start[a], end[p - 1])}'`,
          );
          continue;
        }
        // "Accuser Posts Doctor's Report" in a headline: a common noun capitalised, no author.
        const common = headline && writtenLower(lower[p - 1]);
        if (POSSESSIVE_OK.has(w) && isCap(p - 1) && !NOT_NAME.has(lower[p - 1]) && !common) {
          const a = authorLeft(p - 1, 4);
          if (!PLATFORMS.has(lower[a]) && !outletLike(start[a], end[p - 1])) {
            const author = text.slice(start[a], end[p - 1]);
            push(start[a], i, author, w, `${w} by '${author}'`);
            continue;
          }
        }
      }
    }
    if (w === "document") continue;

    // "a (2023) report (published on Tuesday) by (the) ORG", "report issued by special counsel X".
    let by = -1;
    for (let k = i + 1; k < count && k <= i + 6; k++) {
      if (lower[k] === "by" || lower[k] === "from") {
        by = k;
        break;
      }
      // "research on behalf of the Roosevelt Institute": the body that commissioned it.
      if (lower[k] === "on" && lower[k + 1] === "behalf" && lower[k + 2] === "of") {
        by = k + 2;
        break;
      }
      // "the dossier of the Congregation for Bishops", "the report of the Senate Intelligence
      // Committee": "of the" and a body's name, which must end in a body's head word.
      if (k === i + 1 && lower[k] === "of" && lower[k + 1] === "the" && isCap(k + 2)) {
        const z = nameRight(k + 2, 8);
        if (ORG_HEADS.has(lower[z]) || ORG_HEADS.has(lower[nameRight(k + 2, 1)])) by = k;
        break;
      }
      if (!(REPORT_VERBS.has(lower[k]) || BETWEEN.has(lower[k]) || isCap(k))) break;
    }
    // "reports by News4SA" are an outlet's; "a summary prepared by" a department is its letter.
    if (by >= 0 && w !== "reports" && w !== "summary") {
      let orgA = by + 1;
      // "Research by the The Space and Science Research Center": a doubled article too.
      while (lower[orgA] === "the" && orgA < by + 3) orgA++;
      // "by the nonpartisan Better Government Association", "from the left-leaning Brookings
      // Institution", "by the liberal watchdog group Media Matters": a description of the body
      // between the article and its name.
      if (lower[orgA - 1] === "the" && !isCap(orgA)) {
        let k = orgA;
        while (k < orgA + 4 && kind[k] === TokenKind.Word && !isCap(k) && !TITLES.has(lower[k])) k++;
        if (k > orgA && isCap(k) && !NOT_NAME.has(lower[k]) && DESCRIPTORS.test(lower[k - 1])) orgA = k;
      }
      let titled = false;
      while (orgA < count && TITLES.has(lower[orgA]) && !isCap(orgA)) {
        orgA++;
        titled = true;
      }
      // "by former British spy Christopher Steele": a nationality and a trade between title and name.
      if (titled) {
        let k = orgA;
        while (
          k < orgA + 3 &&
          ((isCap(k) && DEMONYM.test(lower[k])) || (!isCap(k) && kind[k] === TokenKind.Word))
        )
          k++;
        if (k > orgA && isCap(k) && isCap(k + 1)) orgA = k;
      }
      if (orgA < count && isCap(orgA) && !PRONOUNS.has(lower[i - 1])) {
        const orgB = nameRight(orgA, 8);
        // "an analysis by Lily Batchelder, a former tax aide": a first and last name described
        // after a comma, not "the Tax Policy Center, a think tank" nor "Harvard University, a ...".
        const described =
          lower[by + 1] !== "the" &&
          orgB === orgA + 1 &&
          !ORG_HEADS.has(lower[orgB]) &&
          lower[orgB + 1] === "," &&
          ARTICLES.has(lower[orgB + 2]);
        const person =
          SCHOLARLY.has(w) &&
          (described ||
            ACADEMICS.has(lower[orgB + 1]) ||
            (lower[by + 1] !== "the" &&
              isCap(orgA + 1) &&
              (lower[orgA + 2] === "of" || lower[orgA + 2] === "at") &&
              !ORG_HEADS.has(lower[orgA + 1])));
        // "a Breitbart report by Allum Bokhari", "a lengthy report by Rosiak at The Daily Caller",
        // "a report by War Correspondent Sara Carter": a journalist's story, whose outlet is the source.
        const journalist = !titled && (byOutlet(i) || journalistAt(orgA, orgB));
        // "a report from Moscow" names a place: "from" needs an organisation's head word.
        const place =
          lower[by] === "from" &&
          !titled &&
          !ORG_HEADS.has(lower[orgB]) &&
          (orgB === orgA || PLACES.has(lower[orgB]));
        const poll = w === "survey" && !SURVEY_BODIES.has(lower[orgB]);
        if (!person && !place && !journalist && !poll && !bad(orgA, orgB)) {
          const org = text.slice(start[orgA], end[orgB]);
          // Back to the determiner when there is one: "a", "A 2019", "a 33-year-long".
          let d = i;
          for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
            if (DETERMINERS.has(lower[k])) {
              d = k;
              break;
            }
            if ((kind[k] === TokenKind.Punct && lower[k] !== "-") || NOT_NAME.has(lower[k])) break;
          }
          push(start[d], orgB, org, w, `${w} attributed to '${org}'`);
          i = orgB;
          continue;
        }
      }
    }

    // "the Pennsylvania grand jury report", "the State Department inspector general report".
    // Not "the European Research Group" or "the IG review" (a process, not a paper).
    if (!NAMED_BEFORE.has(w) || (capHead && w === "reports")) continue;
    // "Children in the Islamic State study the Qur'an": the verb, with its object after it.
    if ((w === "study" || w === "audit") && !capHead && VERB_NEXT.has(lower[i + 1])) continue;
    // "the House committee memo", "the Labor Department employment report": one lower-case
    // word between a body and its paper, the body's own head or the paper's subject after it.
    const between =
      !isCap(i - 1) &&
      kind[i - 1] === TokenKind.Word &&
      isCap(i - 2) &&
      !NOT_NAME.has(lower[i - 2]) &&
      (ORG_HEADS.has(lower[i - 1]) || ORG_HEADS.has(lower[i - 2]))
        ? 1
        : 0;
    const last = i - 1 - between;
    const role = roleBefore(last);
    let orgB = last;
    let orgA = role;
    // A role alone names its holder only in capitals: "the Special Counsel report", not "a grand jury report".
    if (role >= 0 && !isCap(role) && !(isCap(role - 1) && !NOT_NAME.has(lower[role - 1]))) continue;
    if (role < 0 || (isCap(role - 1) && !NOT_NAME.has(lower[role - 1]))) {
      orgB = role >= 0 ? role - 1 : last;
      if (!isCap(orgB) || NOT_NAME.has(lower[orgB])) continue;
      // In a headline only the word before is the author ("Barr Release Full Mueller Report"),
      // and only a word the text never writes in lower case ("RUSSIA PROBE REPORT" is no author).
      orgA = headline ? orgB : authorLeft(orgB, 6);
      if (REPORT_ADJECTIVES.has(lower[orgB])) continue;
      // "Jobs report gives ...": a word capitalised only as the first of a sentence is no author.
      const opens = orgA === doc.sentences.firstToken[doc.sentenceOf[orgA]];
      if ((headline || (opens && orgA === orgB)) && writtenLower(lower[orgB])) continue;
    }
    if (!headline && capHead) {
      // A capitalised head after a name with a connector names a body or a title.
      let joined = false;
      for (let k = orgA; k < orgB; k++) if (!isCap(k)) joined = true;
      if (joined) continue;
    }
    if (bad(orgA, orgB)) continue;
    if (w === "survey" && !SURVEY_BODIES.has(lower[orgB])) continue;
    if (orgA === orgB && role < 0 && NATIONALITY.test(lower[orgA])) continue;
    if (role >= 0) orgB = last;
    // Back over years and adjectives to a determiner: "the 2019 Mueller report", "the full Mueller report".
    let d = orgA;
    for (let k = orgA - 1; k >= 0 && k >= orgA - 5; k--) {
      if (ARTICLES.has(lower[k]) || QUANTIFIERS.has(lower[k])) {
        d = k;
        break;
      }
      // "an interview with Catholic World Report": the determiner belongs to another noun.
      if (
        (kind[k] === TokenKind.Punct && lower[k] !== "-") ||
        NOT_NAME.has(lower[k]) ||
        PRONOUNS.has(lower[k])
      )
        break;
    }
    if (!ARTICLES.has(lower[d]) && !QUANTIFIERS.has(lower[d])) {
      // Without a determiner only "report" in lower case, or in a headline, and not a verb:
      // "Mueller report: no indictments", "IG report", never "his report" or "Police report that".
      if (!BARE_OK.has(w) || (capHead && !headline) || PRONOUNS.has(lower[orgA - 1])) continue;
      const next = doc.sentenceOf[i + 1] === doc.sentenceOf[i] && !isCap(i + 1) ? lower[i + 1] : "";
      // "special counsel Robert Mueller report pointing to ...": after a titled person, the noun.
      const titled = TITLES.has(lower[orgA - 1]) && orgA < orgB;
      if (VERB_NEXT.has(next) || (next.endsWith("ing") && !titled) || kind[i + 1] === TokenKind.Number)
        continue;
    }
    // "The World Health Organisation reports 50 cases" is the verb: the plural noun needs "on" or "of".
    // "Scott Johnson reports on ...": the plural also needs an article or a quantifier before it.
    if (
      w === "reports" &&
      !QUANTIFIERS.has(lower[d]) &&
      !(ARTICLES.has(lower[d]) && REPORTS_ON.has(lower[i + 1]))
    )
      continue;
    // "(thanks to the Geller Report)": a hat tip credits a site, it cites no document.
    const t = ARTICLES.has(lower[d]) ? d - 1 : d;
    if ((lower[t] === "to" && lower[t - 1] === "thanks") || lower[t] === "via") continue;
    let from = start[d];
    if (d === orgA) {
      const glued = GLUED_PREFIX.exec(text.slice(start[orgA], end[orgA]));
      if (glued && end[orgA] - start[orgA] > glued[0].length) from += glued[0].length;
    }
    const author = text.slice(d === orgA ? from : start[orgA], end[orgB]);
    push(from, i, author, w, `${w} attributed to '${author}'`);
  }
  return out;
}
