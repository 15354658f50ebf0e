/**
 * Finds calls to action clause by clause. A sentence is cut at quotation marks, ";" and
 * ":" so that a quoted appeal inside a report is judged on its own. A clause is a call
 * when it opens (after a vocative or "please/so/then") with a mobilising imperative, a
 * negative imperative, "let us", or when the speaker binds the audience: "we must",
 * "it is your duty to", "it's time", "Patriots must ...".
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { englishTokens } from "./english.js";
import {
  ADDRESSEES,
  ADVISORY,
  BE_ATTITUDES,
  BE_VIRTUES,
  BELIEVE,
  CANNOT,
  DEGREE,
  DISCOURSE,
  DONATE,
  GATES,
  GROUPS,
  HARM_OBJECTS,
  IMPERATIVES,
  JOIN,
  joinInAt,
  KILLED,
  MODALS,
  OFFICIALS,
  PERMIT,
  REFUSABLE,
  REFUSE,
  SHARE,
  SITE_FURNITURE,
  STAY_STATES,
  VIOLENT,
  violentPhraseAt,
  warAt,
} from "./lexicon.js";
import { epistemicMustBe, officeHolderWe, policyIn } from "./policy.js";
import { proceedingsIn } from "./present.js";
import { CLOSE_QUOTES, isDoubledApostrophe, OPEN_QUOTES, speechTokens } from "./quotes.js";
import { findReportedCalls } from "./reported.js";
import { findShareAppeals } from "./share.js";
import { isHeadline, shortLabel } from "./titles.js";
import { isBaseVerb } from "./verbs.js";

export type CallLabel = "act" | "refuse" | "remember" | "join" | "believe" | "violence" | "donate" | "share";

export interface Call {
  label: CallLabel;
  /** Token range [first, last) of the clause. */
  first: number;
  last: number;
  addressee: [number, number] | null;
  quotedByMarks: boolean;
  score: number;
  why: string[];
}

// "‘" opens a single-quoted quotation ("saying, ‘Hey, go vote for Hillary’"); "’" doubles as an apostrophe.
const SPLIT = new Set([";", ":", '"', "‘", ...OPEN_QUOTES, ...CLOSE_QUOTES]);
const NEGATIONS = new Set(["never", "don't", "don’t", "do", "let's", "let’s", "let"]);
const WE = new Set(["we", "we've", "we’ve", "we'd", "we’d", "you", "you've", "you’ve", "y'all", "y’all"]);
// "you guys have to all go back", "you all must": the addressee named after "you".
const YOU_NOUNS = new Set(["guys", "all", "people", "folks"]);
// "you don't show that kind of aggression", "you do not allow ...": a generic norm of conduct.
const YOU_NORMS = new Set(["allow", "let", "tolerate", "accept", "show", "abandon", "betray", "surrender"]);
// "we cannot give in", "we can't afford to be politically correct", "we simply can't let up".
const CANNOT_VERBS = new Set([
  "give",
  "back",
  "afford",
  "stop",
  "quit",
  "rest",
  "relent",
  "fail",
  "ignore",
  "tolerate",
  "accept",
  "surrender",
  "waver",
  "falter",
]);
const DASHES = new Set(["–", "—", ".", "…"]);
// "We will not comply": a refusal; "We will not be silenced", "We will never surrender" promise.
const WILL_NOT_VERBS = new Set(["comply", "obey", "submit", "cooperate", "register", "pay", "bow", "kneel"]);
// "Second – burn them to death": the marker of a list item before its clause.
const LIST_MARKERS = wordSet(
  "one two three four five first second third fourth fifth sixth firstly secondly thirdly finally lastly",
);
const MARKER_MARKS = new Set(["–", "—", "-", ":", ")", "."]);
// People a norm may address as subject besides the vocative nouns: "American comedians need to ...".
// "Anyone who still believes X should reflect ...", "the public ... must remember": generic persons.
const NORM_GROUPS = wordSet(
  "anyone anybody public comedians journalists writers artists conservatives liberals progressives republicans democrats catholics evangelicals feminists activists americans britons brits europeans canadians taxpayers consumers masses advocates nationalists",
);
const SAYING = wordSet("said says told tells wrote writes added adds argued argues");
// "we must do the same / do so / do it / do that": a deed named elsewhere in the sentence.
const ANAPHORIC = wordSet("the so it that this");
// With "the", a party's name is the party: "the Democrats must consider policies" (test-7 v47).
const PARTIES = wordSet("democrats republicans");
// "we need to have someone who ...", "we ought to have somebody in the White House".
const LEADER_WANTED = wordSet("someone somebody leaders");
// "American comedians", "Muslim women": one adjective of origin or creed before the group.
const ORIGIN_ADJECTIVES = wordSet(
  "american u.s. british european canadian muslim christian jewish catholic black white young conservative liberal",
);
// Participles and relatives that open a long subject: "Parents interested in ... should consider".
const LONG_SUBJECT = new Set([
  "who",
  "that",
  "interested",
  "looking",
  "living",
  "wishing",
  "wanting",
  "everywhere",
]);
// Where a second clause starts inside a clause: "... and we need to", "If you don't, let's ...",
// "When he says ‘Let's ...". Calls bound to the audience (we must, let us, it is vital that we)
// are read there too; bare imperatives are not (a verb after "and" is rarely a new appeal).
const INNER_STARTS = new Set([",", "and", "but", "so", "then", "‘", "—", "–", ".", "…"]);
const WE_ADVERBS = new Set([
  "all",
  "sure",
  "really",
  "just",
  "absolutely",
  "simply",
  "also",
  "still",
  "truly",
  "ourselves",
  "yourselves",
  "too",
]);
// Collectives after "our / this / the" that stand for the audience: "our country must ...".
const POLITIES = wordSet(
  "country nation people movement generation society west republic homeland motherland fatherland cause town city state party union",
);
const INSTITUTIONS = new Set(["party", "state", "union", "city", "town", "movement"]);
// The writer's own nation named bare as the subject: "America must reject ...". English opinion
// text addresses these; other nations named as subjects are third parties ("Russia must stop").
const OWN_NATIONS = new Set(["america", "britain", "europe", "christendom"]);
// Subjects of a hortative passive: "it must be rooted out". "he/she must be ..." is too often a
// guess ("she must be exhausted"), "they must be ..." a demand on officials unless it is harm.
const PASSIVE_SUBJECTS = new Set(["it", "this", "that", "they", "these", "those"]);
// "It must be said / noted / admitted that ...": the writer's aside.
const ASIDE_PARTICIPLES = wordSet(
  "said noted stressed emphasized emphasised pointed remembered recalled admitted acknowledged recognized recognised understood assumed mentioned added concluded asked concerned worried pleased disappointed tired surprised confused mistaken interested involved related based located born married aware exhausted used",
);
const IRREGULAR_PARTICIPLES = wordSet(
  "paid held made done taken brought fought won kept told shown given seen put set cut stopped shut struck thrown driven beaten sent spent met led caught found built understood been gone had got",
);
// A quoted fragment that opens with one of these still calls for violence ("his “punch a
// Zionist” tweet"); fight/attack/destroy are left out, they are as often figurative ("would
// ‘fight those who ...’").
const BODILY_HARM = wordSet(
  "kill slaughter slay behead massacre exterminate lynch butcher stab murder execute shoot hang punch chop",
);
const HARMED = wordSet("crushed destroyed attacked hunted fought eliminated wiped struck beaten");
const PEOPLE_PRONOUNS = new Set(["they", "he", "she", "those", "these", "them"]);
const REFUSED = wordSet(
  "rejected stopped discarded opposed resisted banned abolished repealed excised halted blocked ended condemned denounced dismantled removed outlawed prevented boycotted refused",
);
// "maybe we should start killing them": a hedge does not soften a wish of harm (test-8 q60).
const HEDGES = wordSet("maybe perhaps");
// Verbs that begin or keep up a deed named by a gerund ("start killing them"; not "stop").
const ONSET = wordSet("start starting begin beginning keep continue");

/** "killing", "stabbing", "shooting": the gerund of a violent verb (a doubled final consonant dropped). */
function violentGerund(t: string): boolean {
  if (t.length < 6 || !t.endsWith("ing")) return false;
  const s = t.slice(0, -3);
  return VIOLENT.has(s) || (s[s.length - 1] === s[s.length - 2] && VIOLENT.has(s.slice(0, -1)));
}

function isParticiple(t: string): boolean {
  return (
    (t.length > 4 && t.endsWith("ed")) ||
    IRREGULAR_PARTICIPLES.has(t) ||
    (t.length > 5 && t.endsWith("en") && t !== "often")
  );
}
// "Watch: ...", "Breaking News: ...": a headline's label, not a speaker.
const HEADLINE_LABELS = wordSet(
  "watch video breaking news exclusive update opinion editorial analysis live report photos listen read poll",
);
const COMPLEMENT_VERBS = wordSet(
  "said says say think thinks believe believes believed argue argues argued insist insists insisted demand demands demanded agree agreed urged urge urges declared declares warned warns",
);
const CONDITIONS = new Set(["if", "once", "when", "unless", "until", "whenever", "after", "before"]);
const WE_EPISTEMIC = new Set([
  "see",
  "understand",
  "know",
  "realize",
  "realise",
  "think",
  "wonder",
  "look",
  "recognize",
  "recognise",
  // "We have to ask.", "we also have to discuss fishing", "we should assume ...": the writer's inquiry.
  // "we need to figure out what to do with it": working out, not doing.
  "figure",
  "ask",
  "discuss",
  "assume",
  "suppose",
  "question",
]);
// "It is imperative that we ...": adjectives of necessity before "that we / for us to".
const DEONTIC_ADJECTIVES = wordSet(
  "important imperative essential vital crucial necessary critical urgent incumbent paramount",
);
const AUDIENCE_SUBJECTS = new Set([
  "we",
  "us",
  "you",
  "all",
  "everyone",
  "everybody",
  "each",
  "every",
  "our",
]);
// Verbs of knowing after "it is important that we": an argument's premise, not an appeal.
const EPISTEMIC_VERBS = wordSet(
  "understand know realize realise recognize recognise remember consider think see look ask learn",
);
// "we can't let go / let up": idioms, not refusals.
const LET_IDIOMS = new Set(["go", "down", "slip"]);
const ASIDE_VERBS = new Set([
  "stipulate",
  "concede",
  "note",
  "mention",
  "add",
  "admit",
  "acknowledge",
  "recall",
  "say",
  "point",
  "remind",
]);
// "Lynch announced ...": a capitalised name followed by its verb is a subject, not an imperative.
const SUBJECT_VERBS = wordSet(
  "says said calls called announced told tells wrote writes argues argued claims claimed added noted insisted explained stated reported has have",
);
// The subject of "Patriots must ..." ends before any of these: "People are obsessed ... and they should".
// A pronoun or a future ("Workers will have to pay more") ends the search too.
const SUBJECT_STOPS = wordSet(
  "is are was were , and which will would may might could can i you he she it we they",
);
// A violent imperative takes an object: "Kill them", "Burn their ...", "Hang the traitors".
const VIOLENT_OBJECTS = wordSet(
  "them him her those these the their his every all down up out a an this that yourselves our us",
);
// Verbs whose every reading is harm; "fight" or "strike" may take "for", "back", "in the way of".
const KILLING = wordSet(
  "kill slaughter slay behead massacre exterminate annihilate lynch bomb butcher stab murder execute shoot burn hang punch chop",
);
const WIDGET_OBJECTS = new Set(["story", "article", "post", "page", "video"]);
const SPEECH_BEFORE = wordSet(
  "said says saying tweeted tweets wrote writes posted told tells shouted chanted declared added",
);
const CONSEQUENCE_MODALS = new Set(["can", "may", "might", "could", "will", "'ll", "’ll"]);
const NAMED_OBJECT = new Set(["support", "elect", "defeat", "hold"]);
const STATE_VERBS = new Set(["confront", "strike", "bomb", "invade", "sanction", "attack"]);
const EPISTEMIC_NEXT = new Set([
  "in",
  "on",
  "at",
  "out",
  "from",
  "the",
  "a",
  "an",
  "joking",
  "kidding",
  "dreaming",
  "crazy",
  "mad",
]);
const LET_SKIP = new Set(["just", "all", "now", "also", "simply", "first", "then", "finally", "together"]);
const NOUN_BLOCKERS = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "'s",
  "’s",
  "of",
  "will",
  "would",
  "can",
  "could",
]);
// "Please ask yourself ...", "please explain your ...": a prompt or a question, not a plea to act.
const PLEA_PROMPTS = wordSet("ask explain imagine consider think note clarify describe answer excuse");
const REFLEXIVE = wordSet("yourself yourselves");
const OWE_SELF = wordSet("himself herself themselves yourself yourselves ourselves oneself");
const LOOK = wordSet("look see watch check listen");
const LINK_STARTS = wordSet("http https www");
// Before a quoted name: "the “Fight for $15” movement". After a possessive the quoted words are
// someone's own ("his “punch a Zionist” tweet" still calls).
const NAME_DETERMINERS = wordSet("the a an");
// "(Matthew 15:14)", "(2 John 1.10-11)", "(Quran 9:5)": a book, a chapter and a verse in parentheses.
const SCRIPTURE_REF = /^\(\s*(?:[1-3]\s*)?[A-Z][A-Za-z’']+\.?\s+\d+\s*[:.]\s*\d+/;
// Prepositions that open a fronted adverbial: "In short,", "Above all,", "For now,".
const FRONTED = wordSet("in above for until at after");
const DUTY = new Set(["duty", "obligation", "responsibility", "task"]);
// "Our job / mission / calling is to ...": the audience's task as a subject ("our aim" only states one).
const TASKS = new Set([...DUTY, "job", "mission", "calling"]);
// "Do not fear", "don't panic": courage asked, so `act` (the README's "do not be afraid", train-7 #14).
const FEAR = new Set(["fear", "afraid", "be", "panic"]);
const SAYINGS = wordSet("saying sayings motto adage proverb maxim words");
// ("Keep the faith" perseveres: act.)
const WORKS = wordSet("work efforts progress");
const OWN_WORK_NEXT = wordSet("which that we");
const FAITH_VERBS = wordSet("have renew");
const HEART = wordSet("hope heart faith courage");
const PRAISE = wordSet("proud grateful thankful glad pleased");
const DECEIVED = wordSet("fooled deceived misled duped conned tricked lied hoodwinked");
// "It's time to ...", "it's time for us ...", "it's time someone ...", but not "it's time that it occurred".
const TIME_NEXT = new Set(["to", "for", "we", "you", "someone", "somebody", "all", "every", "our"]);
// "It is the duty of every Muslim" binds the audience; "the responsibility of the Holy See" does not.
const AUDIENCE_OF = new Set(["us", "every", "all", "each", "our", "you"]);
// "Let's talk about", "let us know", "let's be clear": the writer steering the text, not the audience.
const TAGS = wordSet("ok okay right alright");
const RETROSPECT = wordSet("revisit recap review relive");
const LET_DISCOURSE = wordSet(
  "talk see look start begin face know unpack proceed consider assume suppose imagine say compare review examine recap hope pretend recall note remember think hear boil dispel understand",
);
const LET_BE_DISCOURSE = new Set([
  "clear",
  "honest",
  "frank",
  "real",
  "fair",
  "serious",
  "blunt",
  "reasonable",
]);
// "let's not kid ourselves", "let's not get ahead of ourselves", "let's not be naive": asides.
const LET_NOT_ASIDES = new Set([
  "kid",
  "fool",
  "kidding",
  "mince",
  "get",
  "be",
  "go",
  "overstate",
  "exaggerate",
]);
// "Remember, ..." / "Remember that ..." / "Remember this is ...": a reminder inside an argument.
const REMINDER_NEXT = new Set([",", "to", "that", "when", "if", "how", "the", "this", "about"]);
const REMINDER_NEXT2 = new Set(["is", "was", "are", "were", "has", "have", "'s", "’s", "will", "can"]);

// "you must rally / resist", "you have to stand up / speak out": a bare "you must" calls only
// with a verb that mobilises.
const RALLYING = wordSet("rally resist oppose unite organize organise mobilize mobilise");
const RISING = wordSet("stand speak rise fight");
const UP = wordSet("up out");
// "please sign up here / below": the caption of a form.
const HERE = wordSet("here below");
// "if we tried ..., we should get better terms": a past condition makes "should" predict.
const PAST_CONDITION = wordSet("were was had did could went");
// "shed their trust in ...": to stop trusting is a refusal.
const SHED = wordSet("shed abandon drop withdraw");
const POSSESSIVE_DETS = wordSet("their our your his her its");
const TRUST = wordSet("trust faith confidence support allegiance loyalty");
// "we should encourage him to ...": an urge passed on to a third party.
const URGING = wordSet("encourage urge ask tell persuade press pressure push convince implore beg");
const THIRD_PERSONS = wordSet("him her");

/**
 * `names` marks tokens inside named-entity mentions (from the entities analyzer, when it
 * ran): "Lynch said ..." opens with a name, not with the verb "lynch".
 */
export function findCalls(doc: Doc, names: Uint8Array = new Uint8Array(doc.tokens.count)): Call[] {
  const { lower, tokens, sentences } = doc;
  const { kind } = tokens;
  const quoted = speechTokens(doc);
  const english = englishTokens(doc);
  const calls: Call[] = [];
  // For each token, the next ", if you" condition's "if" at or after it (-1: none), read in one
  // pass so that looking for one inside a clause costs nothing.
  const ifYouNext = new Int32Array(lower.length + 1).fill(-1);
  for (let k = lower.length - 2; k >= 1; k--)
    ifYouNext[k] = lower[k] === "if" && lower[k - 1] === "," && lower[k + 1] === "you" ? k : ifYouNext[k + 1];
  // The first token of the sentence being read: open-class imperatives are only read there.
  let sentenceStart = 0;
  let sentenceEnd = 0;
  let sentenceIndex = 0;
  for (let s = 0; s < sentences.count; s++) {
    const sf = sentences.firstToken[s];
    const sl = sentences.lastToken[s];
    // Questions ask, they do not call ("Should force be used?"). A headline is a call only when
    // it opens with an imperative ("Stop Comparing X to Y", "Don't Trust the Machines"): the
    // guidelines count a headline in the writer's voice that urges readers; other headlines announce.
    // "Let's not give them that, OK?": a tag after a comma does not make the command a question.
    const tagged = lower[sl - 1] === "?" && TAGS.has(lower[sl - 2] ?? "") && lower[sl - 3] === ",";
    if (!english[sf] || (lower[sl - 1] === "?" && !tagged)) continue;
    const headline = isHeadline(doc, sf, sl);
    sentenceStart = sf;
    sentenceEnd = sl;
    sentenceIndex = s;
    // A short line without final punctuation is a title or a list item ("Stand Together",
    // "Love Your Enemies", "Stop lying" in a list of someone's tasks), not an appeal.
    if (shortLabel(doc, sf, sl)) continue;
    let vocative: [number, number] | null = null;
    let a = sf;
    while (a < sl) {
      let b = a;
      while (
        b < sl &&
        !(SPLIT.has(lower[b]) && !glued(b)) &&
        !(lower[b] === "'" && isDoubledApostrophe(doc, b))
      )
        b++;
      if (b > a && (!embeddedFragment(a) || harmFragment(a))) {
        const call = judgeClause(a, b, headline);
        if (call) {
          if (call.addressee) vocative = call.addressee;
          else call.addressee = vocative;
          call.quotedByMarks =
            quoted[a] === 1 || quoted[b - 1] === 1 || quoted[call.first] === 1 || quoted[call.last - 1] === 1;
          // "Roger Stone: Don't Trust the Voting Machines": a headline gives the named speaker's words.
          if (headline && speakerBefore(sf, a)) {
            call.quotedByMarks = true;
            call.why.push("a headline's words of the speaker named before the colon");
          }
          calls.push(call);
          // "We have to stop demonizing people ..., and we have to start doing something": two calls.
          const second = secondCall(call, b, headline);
          if (second) {
            second.addressee ??= call.addressee;
            second.quotedByMarks = call.quotedByMarks;
            calls.push(second);
          }
        } else {
          const v = readVocative(doc, a, b);
          if (v) vocative = [v[0], v[1]];
        }
      }
      a = b + (isDoubledApostrophe(doc, b) ? 2 : 1);
    }
  }
  // Reported urges and norms (reported.ts), where no clause-level call was found.
  for (const r of [...findReportedCalls(doc, quoted), ...findShareAppeals(doc, quoted)])
    if (!calls.some((c) => c.first < r.last && r.first < c.last)) calls.push(r);
  calls.sort((x, y) => x.first - y.first);
  return mergeHarmLists(calls);
  // A list of punishments ("chop their head off ... Second – burn them to death.") is one call.
  function mergeHarmLists(found: Call[]): Call[] {
    const merged: Call[] = [];
    for (const c of found) {
      const p = merged[merged.length - 1];
      const item = c.first - p?.last === 2 && LIST_MARKERS.has(lower[c.first - 2]);
      if (p && p.label === "violence" && c.label === "violence" && item) p.last = c.last;
      else merged.push(c);
    }
    return merged;
  }
  // A second binding clause inside the first call's clause, after ", and we ...": cut there.
  function secondCall(call: Call, b: number, headline: boolean): Call | null {
    for (let k = call.first + 3; k < b - 2; k++) {
      if (lower[k - 1] !== "and" && lower[k - 1] !== ",") continue;
      if (!WE.has(lower[k]) && !(isAudienceHead(k, "") && MODALS.has(lower[k + 1] ?? ""))) continue;
      const next = judgeClause(k, b, headline);
      if (!next || next.first !== k) continue;
      call.last = lower[k - 1] === "and" && lower[k - 2] === "," ? k - 2 : k - 1;
      return next;
    }
    return null;
  }
  // `she vows to “defend the ACA”`, `he would "fight those who ..."`: a quotation that starts
  // in lower case right after a word continues the reporter's sentence; it is not an appeal.
  // The same for the words right after a closing quote: `his “#wordsmatter” pledge regarding ...`.
  function embeddedFragment(a: number): boolean {
    const mark = a - 1;
    // ''destroy our economy'': the second of two apostrophes ends the mark.
    const doubled = mark >= 1 && isDoubledApostrophe(doc, mark - 1);
    const first = doubled ? mark - 1 : mark;
    if (first < 1) return false;
    if (!doubled && (!SPLIT.has(lower[mark]) || lower[mark] === ";" || lower[mark] === ":")) return false;
    const c = doc.text[tokens.start[a]];
    const lowerCase = c !== undefined && c !== c.toUpperCase();
    // "tweeted ‘let us support ...’", "saying, ‘Hey, go vote ...’": a single-quoted quotation after a
    // verb of saying or a comma is speech; elsewhere ("would ‘fight those who ...’") a fragment.
    if (lower[mark] === "‘")
      return lowerCase && lower[first - 1] !== "," && !SPEECH_BEFORE.has(lower[first - 1] ?? "");
    if (CLOSE_QUOTES.has(lower[mark]) || ((lower[mark] === '"' || doubled) && !quoted[a])) return lowerCase;
    return lowerCase && tokens.kind[first - 1] === TokenKind.Word;
  }
  // "his “punch a Zionist” tweet": a quoted call to bodily harm named as a label. After "to" the
  // fragment completes a reported urge ("told them to “punch ...”"), which reported.ts reads whole.
  function harmFragment(a: number): boolean {
    return BODILY_HARM.has(lower[a]) && lower[a - 2] !== "to";
  }
  // "I think we have to", "He said we must wait", "demands that we should ...": a complement
  // clause of saying or believing (a reported call); not the relative "the steps we have to take".
  function afterComplementVerb(k: number): boolean {
    // "statements that ... and that we must adhere to ...": a second complement of the same verb.
    if (lower[k - 1] === "that" && lower[k - 2] === "and") return true;
    const v = lower[k - 1] === "that" ? k - 2 : k - 1;
    if (!COMPLEMENT_VERBS.has(lower[v] ?? "")) return false;
    const before = lower[v - 1] ?? "";
    return before !== "not" && before !== "n't" && !before.endsWith("n't") && !before.endsWith("n’t");
  }
  // "Roger Stone:" at the start of a headline: two to four capitalised words naming a speaker.
  function speakerBefore(sf: number, a: number): boolean {
    const colon = a - 1;
    // "EXCLUSIVE – Roger Stone: ...": the speaker follows the label's dash.
    let from = sf;
    for (let k = sf; k < colon; k++)
      if (lower[k] === "–" || lower[k] === "—" || lower[k] === "|") from = k + 1;
    if (lower[colon] !== ":" || colon - from < 2 || colon - from > 4) return false;
    for (let k = from; k < colon; k++) {
      const c = doc.text[tokens.start[k]];
      if (kind[k] !== TokenKind.Word || c === c.toLowerCase() || (!names[k] && HEADLINE_LABELS.has(lower[k])))
        return false;
    }
    return true;
  }
  // A colon inside "https://x" or "2:30" joins, it does not end a clause.
  function glued(k: number): boolean {
    return lower[k] === ":" && tokens.end[k - 1] === tokens.start[k] && tokens.end[k] === tokens.start[k + 1];
  }
  function judgeClause(a: number, b: number, headline: boolean): Call | null {
    let h = a;
    while (h < b && kind[h] === TokenKind.Punct) h++;
    let addressee: [number, number] | null = null;
    const v = readVocative(doc, h, b);
    if (v) {
      addressee = [v[0], v[1]];
      h = v[2];
    }
    // "Please give ...": a plea makes any listed imperative a call, whatever its object.
    let please = false;
    // "Instead, move to a location where ...": advice after a warning.
    let advisory = false;
    while (h < b && DISCOURSE.has(lower[h]) && h + 1 < b && kind[h + 1] !== TokenKind.Punct) {
      please ||= lower[h] === "please";
      advisory ||= lower[h] === "instead";
      h++;
    }
    // "So, we have to ...", "Now, let us ..."
    if (DISCOURSE.has(lower[h]) && lower[h + 1] === "," && h + 2 < b) {
      please ||= lower[h] === "please";
      advisory ||= lower[h] === "instead";
      h += 2;
    }
    // "Second – burn them to death": a list item's marker.
    if (LIST_MARKERS.has(lower[h]) && MARKER_MARKS.has(lower[h + 1] ?? "") && h + 2 < b) h += 2;
    // Advice to the public: "If you experience ..., do not attempt to locate their source".
    // The condition is the advice's, not an argument's.
    {
      // "While in China, if you experience ..., do not ...": conditions may follow one another.
      let c = h;
      while (c < b && (CONDITIONS.has(lower[c]) || lower[c] === "while")) {
        c++;
        while (c < b && lower[c] !== ",") c++;
        c++;
      }
      if (c > h && c < b && opensCommand(c)) {
        h = c;
        advisory = true;
      } else {
        // "If you are propositioned, abused, or threatened ..., report it": a condition that
        // lists its cases with commas; and "I state, as before, if you know of abuse, contact the
        // police": an "if" clause after a comma inside the sentence. The command follows one of
        // the condition's commas (within 40 tokens), while what lies between its commas continues
        // the list ("abused, or threatened") rather than opening another adverbial ("if you want
        // to deal with them, at the moment they ..., stop calling on them" advises the White House).
        const at = CONDITIONS.has(lower[h]) ? h : conditionAfterComma(h, b);
        let comma = -1;
        for (let k = at + 2; at >= 0 && k < Math.min(b - 1, at + 40); k++) {
          if (lower[k] !== ",") continue;
          const listed = k - comma <= 3 || lower[comma + 1] === "or" || lower[comma + 1] === "and";
          if (comma >= 0 && !listed) break;
          if (opensCommand(k + 1)) {
            h = k + 1;
            advisory = true;
            break;
          }
          comma = k;
        }
      }
    }
    // "In short, don't panic", "Above all, vote", "For now, stay home": a fronted adverbial of at
    // most three words before a command.
    if (FRONTED.has(lower[h])) {
      const c = lower.slice(h + 1, Math.min(b, h + 4)).indexOf(",");
      if (c >= 0 && h + c + 2 < b && opensCommand(h + c + 2)) h += c + 2;
    }
    // "I think / I believe / I would say" before the call.
    if (lower[h] === "i" && (lower[h + 1] === "think" || lower[h + 1] === "believe")) h += 2;
    if (h >= b) return null;
    const why: string[] = [];
    let form: "imperative" | "negative" | "let" | "we" | "duty" | "deontic" | "subject" | "passive" | null =
      null;
    let score = 0.8;
    let weRefuse = false;
    let passive = -1;
    const w = lower[h];
    const n1 = lower[h + 1] ?? "";
    const n2 = lower[h + 2] ?? "";
    if (letUsAt(h)) {
      form = "let";
      why.push("'let us' exhortation");
    } else if (
      (w === "i" || w === "we") &&
      n1 === "refuse" &&
      n2 === "to" &&
      lower[h + 3] !== "believe" &&
      !quoted[h] // someone's "I refuse to let hate destroy me" speaks of themselves
    ) {
      // "I refuse to answer the American Community Survey": the writer's own refusal, like "We will not comply".
      form = "negative";
      why.push(`a refusal in the first person '${lower.slice(h, h + 3).join(" ")}'`);
    } else if (
      (w === "do" && (n1 === "not" || n1 === "n't")) ||
      w === "don't" ||
      w === "don’t" ||
      w === "never"
    ) {
      let verbAt = w === "do" ? h + 2 : h + 1;
      if (lower[verbAt] === "'" || lower[verbAt] === "’") verbAt++; // a stray mark: "Don't' let ..."
      const forget = lower[verbAt] === "forget";
      const reminder =
        forget &&
        (verbAt + 1 >= b || (REMINDER_NEXT.has(lower[verbAt + 1] ?? "") && lower[verbAt + 1] !== "the"));
      const idiom = lower[verbAt] === "get" && lower[verbAt + 1] === "me"; // "don't get me wrong"
      // "“... do not receive him ...” (2 John 1:10)": scripture's prohibition quoted at the reader.
      const scriptural = isBaseVerb(lower[verbAt] ?? "") && scriptureAfter(h);
      if ((REFUSABLE.has(lower[verbAt] ?? "") || scriptural) && verbAt < b && !reminder && !idiom) {
        form = "negative";
        why.push(`negative imperative '${lower.slice(h, verbAt + 1).join(" ")}'`);
      }
    } else {
      // "Go join ...", "Come vote with us": a motion verb before the imperative that calls.
      const v = (w === "go" || w === "come") && IMPERATIVES.has(n1) ? h + 1 : h;
      if (imperativeAt(v, please || advisory) || (please && pleaVerbAt(v, b))) {
        form = "imperative";
        why.push(`opens with the imperative '${lower.slice(h, v + 1).join(" ")}'`);
      } else if (openImperativeAt(h, b)) {
        form = "imperative";
        why.push(`opens with the verb '${w}' on everyone of a kind or on the reader`);
      } else if (
        isBaseVerb(w) &&
        !names[h] &&
        capitalised(doc, h) &&
        // "Think not that I am come to destroy the law": a prompt to think, not a command to act.
        !PLEA_PROMPTS.has(w) &&
        scriptureAfter(h)
      ) {
        // "“Leave them; they are blind guides.” (Matthew 15:14)": a command of scripture the writer
        // quotes at the reader (train-6 #3, train-7 #7).
        form = "imperative";
        why.push(`a scriptural command '${w}' quoted at the reader`);
      } else if (advisory && advisoryAt(h)) {
        form = "imperative";
        why.push(`advice to the public '${lower.slice(h, h + 2).join(" ")}'`);
      }
    }
    // "Nor must we join their applause", "Neither should we ...": the inverted negative norm
    // that continues a refusal.
    if (
      !form &&
      (w === "nor" || w === "neither") &&
      (n1 === "must" || n1 === "should") &&
      n2 === "we" &&
      isBaseVerb(lower[h + 3] ?? "") &&
      !ASIDE_VERBS.has(lower[h + 3]) &&
      !WE_EPISTEMIC.has(lower[h + 3]) &&
      !stateActionIn(h + 3, b)
    ) {
      form = "we";
      weRefuse = true;
      score = 0.7;
      why.push(`binds the audience: '${lower.slice(h, h + 3).join(" ")}'`);
    }
    if (!form) {
      // "we must / we need to / we've got to / we have to / we should / we ought to", at the
      // clause start or after a conjunction inside it ("... for 40 years and we need to ...").
      for (let k = h; k < b - 1 && !form; k++) {
        if (
          !WE.has(lower[k]) ||
          (k > h &&
            !INNER_STARTS.has(lower[k - 1]) &&
            !afterComplementVerb(k) &&
            !negatedThink(k) &&
            !(HEDGES.has(lower[k - 1]) && harmSoon(k)))
        )
          continue;
        let m = k + 1;
        const you = lower[k].startsWith("you") || lower[k].startsWith("y'") || lower[k].startsWith("y’");
        // A bare "you must / you have to" is too often a narrated instruction or a generic
        // description ("you have to go the other way", "you have to whip them up"); "you guys"
        // and "y'all" address a group, and "you should not / you don't allow" state a norm.
        const group =
          you &&
          (lower[k].startsWith("y'") ||
            lower[k].startsWith("y’") ||
            (YOU_NOUNS.has(lower[m]) && lower[m + 1] !== "," && lower[m + 1] !== "of"));
        if (group && lower[k] === "you") m++;
        // "If you don't want Trump to be the nominee, you better get on board with Rubio": an
        // appeal whose condition picks out its audience by a wish (test-9 #3, test-10 j41).
        const youBetter =
          (lower[k] === "you" || lower[k] === "you’d" || lower[k] === "you'd") &&
          lower[m] === "better" &&
          ifYouBefore(k);
        // "we'd better act", "we had better act"
        if (
          youBetter ||
          ((lower[k] === "we’d" || lower[k] === "we'd") && lower[m] === "better") ||
          (lower[m] === "had" && lower[m + 1] === "better")
        ) {
          h = k;
          form = "we";
          score = 0.7;
          why.push(`binds the audience: '${lower.slice(k, lower[m] === "had" ? m + 2 : m + 1).join(" ")}'`);
          break;
        }
        // "We are called to be contemplatives", "we are all called to serve", "We are to have no
        // fellowship with ...": the vocation or duty of the preacher's "we" (not "you are to", an
        // instruction to one person).
        if (lower[k] === "we" && lower[m] === "are") {
          const c = lower[m + 1] === "all" ? m + 2 : m + 1;
          const to = lower[c] === "called" ? c + 1 : c;
          const v = to + 1;
          if (lower[to] === "to" && v < b && isBaseVerb(lower[v] ?? "") && !ASIDE_VERBS.has(lower[v])) {
            h = k;
            form = "we";
            score = 0.65;
            why.push(`binds the audience: '${lower.slice(k, to + 1).join(" ")}'`);
            break;
          }
        }
        // "we'd have to raise taxes" is a conditional, not a call.
        if (lower[k] === "we’d" || lower[k] === "we'd") continue;
        // "I don't think we should jump to conclusions": a refusal put politely.
        const denied = k > h && negatedThink(k);
        // "we all must", "we sure should believe him", "we desperately need to", "we ourselves should"
        if (
          WE_ADVERBS.has(lower[m]) ||
          (lower[m].length > 4 && lower[m].endsWith("ly") && MODALS.has(lower[m + 1] ?? ""))
        )
          m++;
        const modal = lower[m];
        const aux = lower[k];
        const binding =
          // "We must be in deep trouble" guesses, it does not bind.
          // "we must be doing something right" infers.
          (modal === "must" &&
            !(
              lower[m + 1] === "be" &&
              (EPISTEMIC_NEXT.has(lower[m + 2] ?? "") || epistemicMustBe(lower, m + 2))
            )) ||
          modal === "should" ||
          (modal === "need" && lower[m + 1] === "to") ||
          (modal === "ought" && lower[m + 1] === "to") ||
          (modal === "have" &&
            (lower[m + 1] === "to" || (lower[m + 1] === "got" && lower[m + 2] === "to"))) ||
          // "We have a responsibility to our planet to be ...", "we have a duty to resist".
          (modal === "have" &&
            (lower[m + 1] === "a" || lower[m + 1] === "the") &&
            DUTY.has(lower[m + 2] ?? "")) ||
          (modal === "got" && lower[m + 1] === "to" && aux.endsWith("'ve")) ||
          (modal === "got" && lower[m + 1] === "to" && aux.endsWith("’ve")) ||
          ((modal === "will" || modal === "shall") &&
            lower[m + 1] === "not" &&
            WILL_NOT_VERBS.has(lower[m + 2] ?? "")) ||
          // "we cannot give in to extortion", "we can't afford to be politically correct anymore"
          (CANNOT.has(modal) && cannotAt(m + 1)) ||
          // "We can no longer dwell on the past but must focus on ..."
          (modal === "can" &&
            lower[m + 1] === "no" &&
            lower[m + 2] === "longer" &&
            !WE_EPISTEMIC.has(lower[m + 3] ?? "")) ||
          // "you don't show that kind of aggression toward teenagers": a generic norm.
          (you &&
            (modal === "don't" || modal === "don’t" || (modal === "do" && lower[m + 1] === "not")) &&
            YOU_NORMS.has(lower[modal === "do" ? m + 2 : m + 1] ?? "")) ||
          // "we can't let them break our borders", "we cannot allow this"
          ((modal === "can't" || modal === "can’t" || modal === "cannot") &&
            PERMIT.has(lower[m + 1] ?? "") &&
            !LET_IDIOMS.has(lower[m + 2] ?? "")) ||
          ((modal === "will" || modal === "shall") &&
            lower[m + 1] === "never" &&
            WILL_NOT_VERBS.has(lower[m + 2] ?? ""));
        if (binding && k > 0 && lower[k - 1] === "if") continue;
        // "if we tried to make peace now, we should get better terms": after a past-tense "if"
        // clause, "should" is the conditional's "would", a prediction (test-6 z18).
        if (binding && modal === "should" && pastCondition(sentenceStart, k)) continue;
        // "you should not presume", "you don't allow ...": norms; "you can't let that happen" is an aside.
        const negated =
          lower[m + 1] === "not" ||
          lower[m + 1] === "never" ||
          modal === "shouldn't" ||
          modal === "shouldn’t" ||
          modal === "mustn't" ||
          modal === "don't" ||
          modal === "don’t" ||
          modal === "do";
        // "You should learn to call them by their name": advice to the reader on how to act.
        const learn = modal === "should" && lower[m + 1] === "learn" && lower[m + 2] === "to";
        // "you have to rally and find ways ...", "you have to stand up against it": a verb of
        // mobilising tells a generic you what the public must do, whoever hears it (test-6 z01, train-7 k03).
        const vYou = lower[m + 1] === "to" ? m + 2 : m + 1;
        const rally =
          RALLYING.has(lower[vYou] ?? "") || (RISING.has(lower[vYou] ?? "") && UP.has(lower[vYou + 1] ?? ""));
        // "You should be outraged at ...", "you must be vigilant": a feeling or a stance asked of the
        // reader in the writer's own voice (in quoted speech "you should be careful" is said to one person).
        const feel = lower[vYou] === "be" && DEGREE.has(lower[vYou + 1] ?? "") ? vYou + 2 : vYou + 1;
        const stance =
          lower[vYou] === "be" &&
          !quoted[k] &&
          (modal === "should" || modal === "must") &&
          (BE_ATTITUDES.has(lower[feel] ?? "") || BE_VIRTUES.has(lower[feel] ?? ""));
        if (binding && you && !group && !negated && !learn && !rally && !stance) continue;
        // "We have to really increase the bombings", "we must protect Americans from terrorism":
        // what only a state can do is a demand on it, not on the audience (train-3 c26, c40).
        if (binding && !you && stateActionIn(m + 1, b)) continue;
        // "Other nations have restructured their tax code, and we must do the same": an anaphoric
        // deed takes its domain from the sentence.
        if (
          binding &&
          !you &&
          lower[vYou] === "do" &&
          ANAPHORIC.has(lower[vYou + 1] ?? "") &&
          stateActionIn(sentenceStart, b)
        )
          continue;
        // "We must not overreact," said the foreign minister: an office-holder's "we" is the body
        // the office speaks for, unless the deed is one the public can do.
        if (binding && !you && officeHolderWe(lower, [speakerFrom(), sentenceEnd], [k, b], vYou)) continue;
        // "we ought to start it up again", "we ought to build a statue of him": in quoted speech
        // "ought to" weighs what would be right to do, an opinion on policy, not an appeal
        // (test-10 j31, test-11 l22: 0 of 5 such quoted clauses were calls).
        if (binding && !you && modal === "ought" && quoted[k]) continue;
        // "To build an economy that works for everyone, we have got to go big": a fronted purpose
        // names a policy goal and the "we" clause its means, a programme, not an appeal (test-11 l28).
        let opener = sentenceStart;
        while (
          opener < k &&
          (OPEN_QUOTES.has(lower[opener]) || lower[opener] === '"' || lower[opener] === "'")
        )
          opener++;
        if (
          binding &&
          !you &&
          quoted[k] &&
          k > opener + 3 &&
          lower[opener] === "to" &&
          isBaseVerb(lower[opener + 1] ?? "")
        )
          continue;
        // "we should note / add / admit ...": the writer's aside, not a call.
        const verb = lower[lower[m + 1] === "to" ? m + 2 : m + 1] ?? "";
        if (binding && ASIDE_VERBS.has(verb)) continue;
        // "we need to- And these guns ...": a sentence broken off before its verb.
        if (binding && lower[m + 1] === "to" && (verb === "-" || DASHES.has(verb))) continue;
        // "we should be more like Sweden": a comparison argued, not a deed asked.
        if (binding && verb === "be" && lower[m + 3] === "like") continue;
        // "We should be proud of the progress": praise; "We should begin by being realistic": the argument's order.
        const vAt = lower[m + 1] === "to" ? m + 2 : m + 1;
        if (binding && verb === "be" && PRAISE.has(lower[vAt + 1] ?? "")) continue;
        if (binding && (verb === "begin" || verb === "start") && lower[vAt + 1] === "by") continue;
        // "we need to see the bigger picture", "we should think of ...": the writer's argument.
        if (binding && WE_EPISTEMIC.has(verb)) continue;
        // "we must continue (to build upon) the good work we have accomplished", "We must continue in
        // our work of education": a body carrying on its own programme, not a deed asked of the
        // audience ("we must continue to fight / to work hard" still call).
        if (binding && verb === "continue" && ownWorkAt(vAt + 1)) continue;
        // "We have to find out what is the problem": an inquiry, like "figure out".
        if (binding && verb === "find" && lower[vAt + 1] === "out") continue;
        // "we ought to have someone who ...": the kind of leader wanted, not a deed (u39, test-7 v52).
        if (binding && verb === "have" && LEADER_WANTED.has(lower[vAt + 1] ?? "")) continue;
        // "we should have seen it coming", "we must have missed it": hindsight or a guess.
        if (binding && verb === "have") {
          let p = m + 2;
          // "must have really screwed", "should have never been"
          while (((lower[p] ?? "").endsWith("ly") && lower[p].length > 3) || lower[p] === "never") p++;
          if (isParticiple(lower[p] ?? "")) continue;
        }
        // "We should not forget that ...": a reminder inside an argument.
        const forgets = lower.slice(m + 1, m + 4);
        if (binding && forgets.includes("forget") && lower[m + 1 + forgets.indexOf("forget") + 1] === "that")
          continue;
        if (binding) {
          if (
            denied ||
            modal === "will" ||
            modal === "shall" ||
            CANNOT.has(modal) ||
            modal === "don't" ||
            modal === "don’t" ||
            modal === "do" ||
            lower[m + 1] === "not" ||
            lower[m + 1] === "never" ||
            // "We must no longer subsidize ...": to give up a practice refuses it ("we can no longer
            // dwell on the past but must focus on ..." turns to a deed).
            (modal !== "can" && lower[m + 1] === "no" && lower[m + 2] === "longer")
          )
            weRefuse = true;
          h = k;
          form = "we";
          score = 0.7;
          why.push(`binds the audience: '${lower.slice(k, m + 2).join(" ")}'`);
        }
      }
    }
    // Where a second clause starts inside this one ("..., let's", "and it must be"), found once
    // for the forms below; "that" and "now" open one for "it's time" only.
    const inner: number[] = [];
    const innerThat: number[] = [];
    if (!form) {
      for (let k = h + 1; k < b - 1; k++) {
        const before = lower[k - 1];
        if (INNER_STARTS.has(before)) inner.push(k);
        // "a suggestion that I think it's time we all started ...": after a verb of believing too.
        const it = lower[k] === "it" || lower[k] === "it's" || lower[k] === "it’s";
        if (
          INNER_STARTS.has(before) ||
          before === "that" ||
          before === "now" ||
          (it && afterComplementVerb(k))
        )
          innerThat.push(k);
      }
    }
    if (!form) {
      // "If you don't, let's have a conversation", "... says ‘Let's make ...’"
      for (const k of inner) {
        if (form) break;
        if (letUsAt(k)) {
          h = k;
          form = "let";
          why.push("'let us' exhortation");
        }
      }
    }
    if (!form) {
      // "Consider that and then, please, support the petition", "One – the easiest – chop their head off"
      // "if you care about my mother please share": a "please" anywhere in the clause opens a plea.
      for (let k = h + 1; k < b - 1 && !form; k++) {
        if (lower[k] !== "please") continue;
        const j = lower[k + 1] === "," ? k + 2 : k + 1;
        if (j < b && (imperativeAt(j, true) || pleaVerbAt(j, b))) {
          h = k;
          // "please do not touch or harm the protester": a negative plea refuses (test-9 p21).
          form = negativeStart(j) ? "negative" : "imperative";
          why.push(`a plea '${lower.slice(k, j + 1).join(" ")}'`);
        }
      }
      for (const k of inner) {
        if (form) break;
        const j = lower[k] === "please" ? (lower[k + 1] === "," ? k + 2 : k + 1) : -1;
        const plea = j > 0 && j < b && imperativeAt(j, true);
        // "My son is getting bullied, DO NOT BULLY MY KIDS": a shouted command after a statement.
        const shout = shoutAt(k) && opensCommand(k);
        // "... if they turn away, then seize them and kill them": a command after its condition.
        const harm = (DASHES.has(lower[k - 1]) || lower[k - 1] === "then") && harmAhead(k) && imperativeAt(k);
        // "This is why, despite ..., I refuse to answer the survey": the writer's own refusal.
        const refusal =
          (lower[k] === "i" || lower[k] === "we") &&
          lower[k + 1] === "refuse" &&
          lower[k + 2] === "to" &&
          !quoted[k];
        if (refusal) {
          h = k;
          form = "negative";
          why.push(`a refusal in the first person '${lower.slice(k, k + 3).join(" ")}'`);
          break;
        }
        if (shout) {
          h = k;
          form = opensNegative(k) ? "negative" : "imperative";
          why.push(`a shouted command '${lower.slice(k, k + 3).join(" ")}'`);
          break;
        }
        if (plea || harm) {
          h = k;
          form = plea && negativeStart(j) ? "negative" : "imperative";
          why.push(
            plea ? `a plea '${lower.slice(k, j + 1).join(" ")}'` : `the imperative of harm '${lower[k]}'`,
          );
          break;
        }
      }
    }
    // "(If you agree,) I hope that you will support my campaign": the writer's polite request to the
    // readers, with a mobilising verb (train-7 #10); "I hope the people can see through this" wishes.
    // After a condition, the token after its comma (looked for only inside the clause).
    let i0 = h;
    if (!form && CONDITIONS.has(lower[h])) {
      while (i0 < b && lower[i0] !== ",") i0++;
      i0++;
    }
    if (!form && i0 > 0 && i0 < b && lower[i0] === "i" && lower[i0 + 1] === "hope" && !quoted[i0]) {
      const y = lower[i0 + 2] === "that" ? i0 + 3 : i0 + 2;
      const will = lower[y + 1] === "will" || lower[y + 1] === "’ll" || lower[y + 1] === "'ll";
      if (lower[y] === "you" && will && IMPERATIVES.has(lower[y + 2] ?? "")) {
        h = i0;
        form = "we";
        score = 0.65;
        why.push(`a request to the reader '${lower.slice(i0, y + 3).join(" ")}'`);
      }
    }
    if (!form) {
      // "It is imperative that we ...", "it's vital for us to ...", "What is essential is that we ..."
      for (const k of [h, ...inner]) {
        if (form) break;
        const at = deonticAt(k, b);
        if (at) {
          h = k;
          form = "deontic";
          score = 0.7;
          why.push(`binds the audience: '${lower.slice(k, at).join(" ")}'`);
        }
      }
    }
    if (!form) {
      // "it is (our|your) duty to", "it's time (for us) to", "it's (high) time someone ...", at the
      // clause start or inside it ("..., saying it's time to unite", "argued that it is time to").
      for (const j of [h, ...innerThat]) {
        if (form) break;
        let k = afterItIs(j);
        if (!k) continue;
        // "it is also the time to stay awake", "it is now time to act"
        if (
          (lower[k] === "also" || lower[k] === "now") &&
          (lower[k + 1] === "the" || lower[k + 1] === "time")
        )
          k++;
        if (lower[k] === "high" && lower[k + 1] === "time") k++;
        const poss = lower[k] === "our" || lower[k] === "your" || lower[k] === "the";
        const noun = lower[poss ? k + 1 : k];
        const after = lower[(poss ? k + 1 : k) + 1] ?? "";
        const thirdParty = lower[k] === "the" && after === "of" && !AUDIENCE_OF.has(lower[k + 3] ?? "");
        // "it is time to be honest that ...": the writer's aside.
        const toVerb = lower[(poss ? k + 1 : k) + 2] ?? "";
        const aside =
          after === "to" &&
          ((toVerb === "be" && LET_BE_DISCOURSE.has(lower[(poss ? k + 1 : k) + 3] ?? "")) ||
            // "it's time to revisit the best moments of the year", "time to look back at ...": a
            // feature's opening line steering the reader through it.
            RETROSPECT.has(toVerb) ||
            (toVerb === "look" && lower[(poss ? k + 1 : k) + 3] === "back"));
        // "it's time for us to ...", but "it's time for Congress to ..." asks a third party.
        const forWhom = lower[(poss ? k + 1 : k) + 2] ?? "";
        // "it's time for our leaders to ..." asks them, "it's time for our people to ..." the audience.
        const ours = forWhom === "our" && !ADDRESSEES.has(lower[(poss ? k + 1 : k) + 3] ?? "");
        const thirdPartyFor = after === "for" && (ours || !audienceFor((poss ? k + 1 : k) + 2, b));
        // "It is time that we recognize ...": the audience after "that" (y48's "It is time we").
        const timeThat = after === "that" && AUDIENCE_SUBJECTS.has(forWhom);
        const timeFor = noun === "time" && (TIME_NEXT.has(after) || timeThat) && !aside && !thirdPartyFor;
        if ((DUTY.has(noun) && !thirdParty) || timeFor) {
          h = j;
          form = "duty";
          score = 0.75;
          why.push(noun === "time" ? "'it is time'" : `'it is ${poss ? `${lower[k]} ` : ""}${noun}'`);
        }
      }
    }
    if (!form) {
      const at = timeIsNowAt(h, b) || owesItAt(h, b) || ourJobAt(h, b);
      // "Now more than ever is the time": the skipped "now" is the subject's first word.
      if (at && h > a && lower[h - 1] === "now" && lower[h] !== "now") h--;
      if (at) {
        form = "duty";
        score = 0.7;
        why.push(`binds the audience: '${lower.slice(h, at).join(" ")}'`);
      }
    }
    if (!form) {
      // "Patriots must ...", "The people of the motherland must ...", "Volunteers ... should sign up".
      // At the clause start, or right after "and/but" when a bare group noun meets its modal ("...
      // and Americans need to encourage them"): elsewhere inside a clause the noun is too often an
      // object or in a relative clause ("the harassment supporters of Israel must endure").
      const starts = [
        h,
        ...inner.filter(
          (k) =>
            ((lower[k - 1] === "and" || lower[k - 1] === "but") && MODALS.has(lower[k + 1] ?? "")) ||
            // "In the shrieking of the left, the masses should never forget ...": after a fronted
            // phrase, "the/our" + a group noun + its modal.
            (lower[k - 1] === "," &&
              (lower[k] === "the" || lower[k] === "our") &&
              NORM_GROUPS.has(lower[k + 1] ?? "") &&
              MODALS.has(lower[k + 2] ?? "")),
        ),
      ];
      for (const s0 of starts) {
        if (form) break;
        const w0 = lower[s0];
        let k = s0;
        const prefixed =
          w0 === "the" || w0 === "all" || w0 === "our" || w0 === "young" || w0 === "every" || w0 === "this";
        if (prefixed) k++;
        // "our great nation must", "our young people should": one modifier before the head.
        if (prefixed && !isAudienceHead(k, w0) && isAudienceHead(k + 1, w0)) k++;
        // "American comedians need to ...": an adjective of origin or creed before the group.
        else if (!prefixed && ORIGIN_ADJECTIVES.has(w0) && isAudienceHead(k + 1, "")) k++;
        // "Privacy advocates must fight": any one modifier when the group's modal follows at once.
        else if (
          !prefixed &&
          !isAudienceHead(k, "") &&
          NORM_GROUPS.has(lower[k + 1] ?? "") &&
          MODALS.has(lower[k + 2] ?? "")
        )
          k++;
        if (!isAudienceHead(k, prefixed ? w0 : "")) continue;
        // "Americans who value the Constitution should ...": a relative clause may sit in between.
        const long = lower.slice(k + 1, k + 3).some((t) => LONG_SUBJECT.has(t));
        const reach = long ? 20 : 6;
        for (let m = k + 1; m < Math.min(b - 1, k + reach); m++) {
          if (SUBJECT_STOPS.has(lower[m])) break;
          // "Britain persuaded Brussels the backstop should ...": a verb ends the subject.
          if (!long && lower[m].length > 4 && lower[m].endsWith("ed")) break;
          // "Americans no longer have to fear": a statement, not a demand.
          if (lower[m] === "longer") break;
          if (!MODALS.has(lower[m])) continue;
          const to = lower[m + 1] === "to";
          if (lower[m] === "must" || lower[m] === "should" || (lower[m] !== "got" && to)) {
            const verb = lower[to ? m + 2 : m + 1];
            const after = lower[to ? m + 3 : m + 2] ?? "";
            // "The country should never have elected him": hindsight, not a demand. Unlike "we need
            // to see", "Conservatives need to remember that ..." and "Journalists need to know that
            // ..." lay the knowing on a group, which the guidelines count (test-6a #9, train-7 #19).
            const hindsight = (verb === "never" || verb === "not") && after === "have";
            // "Republicans must be gnashing their teeth": an inference, not a demand.
            const guess = lower[m] === "must" && verb === "be" && epistemicMustBe(lower, to ? m + 3 : m + 2);
            // "People should take a look at that", "voters should watch the tape": a prompt to look
            // at the evidence argues, like "see for yourself" ("need to check the facts" is a deed).
            const look =
              (LOOK.has(verb ?? "") && verb !== "check") ||
              (verb === "take" && after === "a" && lower[(to ? m + 3 : m + 2) + 1] === "look");
            const argues = hindsight || guess || look || ASIDE_VERBS.has(verb ?? "");
            // "Everyone should be as upset as ...", "Americans should be celebrating": an attitude or
            // a doing asked of the group (train-4 #7, train-6 #11), not "should be in power".
            const attitude = DEGREE.has(after) ? (lower[(to ? m + 3 : m + 2) + 1] ?? "") : after;
            const beAsked =
              BE_VIRTUES.has(attitude) ||
              BE_ATTITUDES.has(attitude) ||
              (attitude.endsWith("ing") && attitude.length > 5 && !DEGREE.has(after));
            if (
              verb &&
              !argues &&
              !stateActionIn(m + 1, b) &&
              ((verb !== "be" && verb !== "have") || (verb === "be" && beAsked))
            ) {
              h = s0;
              form = "subject";
              score = 0.65;
              addressee ??= [s0, m];
              why.push(`the audience '${lower.slice(s0, m).join(" ")}' is told what it ${lower[m]} do`);
            }
          }
          break;
        }
      }
    }
    if (!form) {
      // "NO Christian or other free man should ever comply with such a law", "No American must
      // stand for this": a norm denied to every member of the audience is a refusal. Only an
      // audience noun: "no one should have to ..." mostly argues for a policy.
      const group = lower[h] === "no" ? (lower[h + 1] ?? "") : "";
      if (group && (isAudienceHead(h + 1, "") || ADDRESSEES.has(`${group}s`) || NORM_GROUPS.has(`${group}s`)))
        for (let m = h + 2; m < Math.min(b - 1, h + 9); m++) {
          if (SUBJECT_STOPS.has(lower[m])) break;
          if (lower[m] !== "should" && lower[m] !== "must") continue;
          const v = lower[m + 1] === "ever" ? m + 2 : m + 1;
          if (isBaseVerb(lower[v] ?? "") && !ASIDE_VERBS.has(lower[v]) && !stateActionIn(v, b)) {
            form = "subject";
            weRefuse = true;
            score = 0.65;
            why.push(`a norm denied to every one of the audience: '${lower.slice(h, v + 1).join(" ")}'`);
          }
          break;
        }
    }
    if (!form) {
      // Hortative passives: "it must be clearly diagnosed and discarded", "Attention must be paid",
      // "They must not be allowed to win".
      let p: [number, number] | null = null;
      // "Once a petition tops 100,000 signatures, it must be considered": a rule, not a demand.
      for (const k of CONDITIONS.has(lower[h]) ? [h] : [h, ...inner]) {
        if (p) break;
        p = passiveAt(k, b);
        if (p) h = k;
      }
      if (p) {
        form = "passive";
        score = 0.6;
        why.push(`demands an action in the passive: '${lower.slice(p[0], p[1] + 1).join(" ")}'`);
        passive = p[1];
      }
    }
    if (!form) return null;
    // "let us invest in ... the military": a government's plan, as for "we must" (train-3 c26).
    if (form === "let" && stateActionIn(h, b)) return null;
    // "Please take your seats.", "Let's save the speeches for later": a host running the event.
    if ((form === "imperative" || form === "let") && proceedingsIn(lower, h, b)) return null;
    // An e-mail address ("write to editors@site.com") is furniture; a @handle in a tweet is not.
    for (let k = h; k < b; k++)
      if (SITE_FURNITURE.has(lower[k]) || (lower[k] === "@" && tokens.end[k - 1] === tokens.start[k]))
        return null;
    // "Sign up by entering your email": a form's caption; "email your senator" still calls.
    for (let k = h + 1; k < b; k++)
      if ((lower[k] === "email" || lower[k] === "e-mail") && lower[k - 1] === "your") return null;
    // "Expose them ..., and you may just find yourself in jail", "Sign up and you can still get ...":
    // an imperative as the condition of a consequence, not an appeal.
    if (form === "imperative")
      for (let k = h + 1; k < b - 2; k++)
        if (lower[k] === "and" && lower[k + 1] === "you" && CONSEQUENCE_MODALS.has(lower[k + 2])) return null;
    // "Keep the returns, Trump.": an imperative whose vocative is a named person asks that person.
    if (form === "imperative" || form === "negative") {
      const last = lower[b - 1] === "." || lower[b - 1] === "!" ? b - 2 : b - 1;
      if (last > h + 1 && lower[last - 1] === "," && nameAt(last) && !ADDRESSEES.has(lower[last]))
        return null;
    }
    // "please sign up here.", "Sign up below": a form's link caption (test-6 z05); "sign up to
    // volunteer" still calls.
    for (let k = h; k < Math.min(b - 2, h + 2); k++)
      if (lower[k] === "sign" && lower[k + 1] === "up" && HERE.has(lower[k + 2])) return null;
    // "Share this story!" under an article is a button's caption, not an appeal.
    if (w === "share" && n1 === "this" && WIDGET_OBJECTS.has(n2)) return null;
    // "we should encourage him to take the next plane home", "we must urge the government to act":
    // the audience only passes a demand on to a third party (train-7 k16).
    if (form === "we" && urgesThirdParty(h, b)) return null;
    // "BUILD THE WALL!", "SMASH THE STATE": a shouted imperative of three words or fewer is a
    // slogan or a chant (train-5 f01, train-7 k03); a shouted refusal ("DO NOT COMPLY") calls.
    if (form === "imperative" && shoutedSlogan(h, b)) return null;
    // "the “Fight for $15” movement": a quoted imperative after a determiner names a campaign.
    if (form === "imperative" && h > 1 && quoteMark(h - 1) && NAME_DETERMINERS.has(lower[h - 2])) return null;
    if (headline || isHeadline(doc, h, b)) {
      // In a headline only an imperative of four words or more calls: "Sunday Sermon: Love
      // Your Enemies" names a topic, "Stop Comparing Immigration Enforcement to ..." urges.
      if ((form !== "imperative" && form !== "negative") || shortLabel(doc, h, b, true)) return null;
    }
    // "let's not take ... at face value" refuses, like a negative imperative; so does "Let us
    // never be neutral" (test-10 j43).
    const negAt = (k: number) => lower[k] === "not" || lower[k] === "never";
    const letNot = form === "let" && (negAt(h + 1) || negAt(h + 2));
    const label =
      passive >= 0 ? passiveLabel(h, passive, b) : labelOf(h, b, weRefuse || letNot ? "negative" : form);
    why.push(`label '${label}' from the clause's words`);
    return { label, first: h, last: b, addressee, quotedByMarks: false, score, why };
  }

  // A verb of urging right after the modal, then one person or an official: "should encourage him".
  function urgesThirdParty(from: number, to: number): boolean {
    for (let k = from + 2; k < Math.min(to - 1, from + 6); k++) {
      if (!URGING.has(lower[k]) || !(MODALS.has(lower[k - 1]) || lower[k - 1] === "to")) continue;
      const o = lower[k + 1] === "the" ? k + 2 : k + 1;
      return THIRD_PERSONS.has(lower[o]) || OFFICIALS.has(lower[o] ?? "");
    }
    return false;
  }

  // "if we tried", "if they were", "if we had fought": an unreal condition before `to`.
  function pastCondition(from: number, to: number): boolean {
    for (let k = from; k < to - 2; k++)
      if (lower[k] === "if")
        for (let j = k + 2; j < Math.min(to, k + 4); j++)
          if (PAST_CONDITION.has(lower[j]) || (lower[j].endsWith("ed") && lower[j].length > 4)) return true;
    return false;
  }

  // An opening quotation mark at k.
  function quoteMark(k: number): boolean {
    return OPEN_QUOTES.has(lower[k]) || lower[k] === '"';
  }

  // Three words or fewer, every letter a capital.
  function shoutedSlogan(from: number, to: number): boolean {
    let words = 0;
    for (let k = from; k < to; k++) {
      if (kind[k] !== TokenKind.Word) continue;
      const word = doc.text.slice(tokens.start[k], tokens.end[k]);
      if (++words > 3 || word !== word.toUpperCase()) return false;
    }
    return words > 0;
  }

  // "If you ... ," before `k` in its sentence: a condition on the listener.
  function ifYouBefore(k: number): boolean {
    for (let j = Math.max(sentenceStart, k - 25); j < k - 2; j++)
      if (lower[j] === "if" && lower[j + 1] === "you") return true;
    return false;
  }

  // Where the speaker of the current sentence may be named: "''We must not overreact,'' he told
  // me." names its minister in the sentence before. Read only for a "we" norm, not per sentence.
  function speakerFrom(): number {
    for (let k = sentenceStart; k < sentenceEnd - 1; k++)
      if ((lower[k] === "he" || lower[k] === "she") && SAYING.has(lower[k + 1]))
        return sentenceIndex > 0 ? sentences.firstToken[sentenceIndex - 1] : sentenceStart;
    return sentenceStart;
  }

  // A word of state action or policy in [from, to): a "we must" about it speaks for a government.
  function stateActionIn(from: number, to: number): boolean {
    return policyIn(lower, from, to);
  }

  /**
   * The collective the writer addresses as subject: an audience noun ("Patriots", "the people"),
   * or after "our/this/the" a polity ("our country", "this nation", "the West"); the writer's own
   * Western nation named bare ("America must reject ...") counts too.
   */
  function isAudienceHead(k: number, prefix: string): boolean {
    const t = lower[k] ?? "";
    // "people need to connect somehow" generalises; "the people / our people must" addresses.
    // "He said people need to stop ..." reports a norm for everyone.
    // A quotation that opens with "People need to ..." lays the speaker's norm on everyone (test-5 y12).
    if (t === "people" && !prefix)
      return (
        afterComplementVerb(k) ||
        (quoted[k] === 1 && (OPEN_QUOTES.has(lower[k - 1] ?? "") || lower[k - 1] === '"'))
      );
    // "Those who want to keep the faith should reach out ...", "those who lose should concede": a
    // norm on everyone who does something, the generic person of the guidelines ("one must").
    if (t === "those" && !prefix && lower[k + 1] === "who") return true;
    // "the Democrats must consider policies": the party, a third party; bare "Democrats" the voters.
    if (prefix === "the" && PARTIES.has(t)) return false;
    if (ADDRESSEES.has(t) || NORM_GROUPS.has(t)) return true;
    // "the party / the state legislature" is a third party; "the nation", "the West" the audience's own.
    if (prefix === "our" || prefix === "this") return POLITIES.has(t);
    if (prefix === "the") return POLITIES.has(t) && !INSTITUTIONS.has(t);
    return OWN_NATIONS.has(t) && !names[k - 1];
  }

  /**
   * "X must / needs to / has to (not) be (adverb) PARTICIPLE" with a subject that is not a person
   * the writer describes ("he must be exhausted" guesses): [modal, participle] or null.
   */
  function passiveAt(h: number, b: number): [number, number] | null {
    // The subject is a pronoun pointing back at what the writer just named ("it must be
    // excised", "they must be stopped"); a noun subject is usually a demand on officials
    // ("Every vote must be counted", "the public needs to be made aware").
    if (!PASSIVE_SUBJECTS.has(lower[h])) return null;
    let m = h + 1;
    if (lower[m].length > 3 && lower[m].endsWith("ly")) m++;
    // Only "must": "they need to be defeated by Sunnis" and "it needs to be welcomed" analyse.
    if (lower[m] !== "must") return null;
    let v = m + 1;
    if (lower[v] === "not" || lower[v] === "never") v++;
    if (lower[v] !== "be") return null;
    v++;
    while (v < b && lower[v].length > 3 && lower[v].endsWith("ly")) v++;
    const participle = lower[v] ?? "";
    // "they must be interrogated / paid overtime" asks officials; "they must be killed" is kept.
    if (PEOPLE_PRONOUNS.has(lower[h]) && !KILLED.has(participle) && !HARMED.has(participle)) return null;
    if (v < b && isParticiple(participle) && !ASIDE_PARTICIPLES.has(participle)) return [m, v];
    return null;
  }

  function passiveLabel(h: number, v: number, b: number): CallLabel {
    for (let k = v; k < b; k++) {
      const t = lower[k];
      if (KILLED.has(t)) return "violence";
      // "they must be crushed": harm when the subject is people.
      if (HARMED.has(t) && PEOPLE_PRONOUNS.has(lower[h])) return "violence";
    }
    for (let k = h; k < b; k++)
      if (lower[k] === "not" || lower[k] === "never" || REFUSED.has(lower[k])) return "refuse";
    return "act";
  }

  /**
   * "it is (really) imperative / essential / vital that we|you ...", "it's important for us to",
   * "what is (absolutely) imperative is that we ...": a necessity laid on the audience. Returns
   * the token after the audience word, or 0.
   */
  function deonticAt(k: number, b: number): number {
    let m = k;
    const what = lower[m] === "what";
    if (what || lower[m] === "it") m++;
    else if (lower[m] !== "it's" && lower[m] !== "it’s") return 0;
    else m++;
    if (lower[m] === "is" || lower[m] === "'s" || lower[m] === "’s") m++;
    else if (lower[m - 1] !== "it's" && lower[m - 1] !== "it’s") return 0;
    while (m < b && lower[m].endsWith("ly") && lower[m].length > 3) m++; // "absolutely", "really"
    if (lower[m] === "so" || lower[m] === "very" || lower[m] === "most") m++;
    if (!DEONTIC_ADJECTIVES.has(lower[m] ?? "")) return 0;
    m++;
    if (what) {
      if (lower[m] !== "is" && lower[m] !== "now") return 0;
      m++;
    }
    let subject = 0;
    if (lower[m] === "that" && AUDIENCE_SUBJECTS.has(lower[m + 1] ?? "")) subject = m + 1;
    else if (lower[m] === "for" && AUDIENCE_SUBJECTS.has(lower[m + 1] ?? "")) subject = m + 1;
    if (!subject) return 0;
    let v = subject + 1;
    if (lower[v] === "all" || lower[v] === "of") v += lower[v] === "of" ? 2 : 1; // "all of us", "we all"
    while (
      v < b &&
      (lower[v] === "to" || lower[v] === "not" || lower[v] === "do" || WE_ADVERBS.has(lower[v]))
    )
      v++;
    // "It's important that we understand ...": the writer's argument, not a call.
    if (ASIDE_VERBS.has(lower[v] ?? "") || EPISTEMIC_VERBS.has(lower[v] ?? "")) return 0;
    if (lower[v] === "keep" && lower[v + 1] === "in" && lower[v + 2] === "mind") return 0;
    // "it's important for us to be in Israel" explains; "that we be vigilant" urges.
    if (lower[v] === "be" && !BE_VIRTUES.has(lower[v + 1] ?? "")) return 0;
    return subject + 1;
  }

  /**
   * "The time to take a stand is now", "The time has come for us to ...": the moment for a deed
   * declared, as "it's time to"; "the time has come for Congress to" asks a third party.
   * Returns the token after the phrase, or 0.
   */
  function timeIsNowAt(k: number, b: number): number {
    // "Now (more than ever) is the time to demand justice": the moment named as the subject.
    // ("now" may have been skipped as a discourse word before k.)
    if (lower[k] === "now" || lower[k - 1] === "now") {
      let j = lower[k] === "now" ? k + 1 : k;
      if (lower[j] === "more" && lower[j + 1] === "than" && lower[j + 2] === "ever") j += 3;
      if (lower[j] === "," && lower[j - 1] === "ever") j++;
      if (lower[j] !== "is" || lower[j + 1] !== "the" || lower[j + 2] !== "time") return 0;
      if (lower[j + 3] === "to") return j + 4;
      return lower[j + 3] === "for" && audienceFor(j + 4, b) ? j + 4 : 0;
    }
    // "Time for the laity to demand a new shepherd": a verbless "it's time" opening a sentence.
    if (lower[k] === "time" && k === sentenceStart && lower[k + 1] === "for")
      return audienceFor(k + 2, b) && !upperUs(k + 2) ? k + 2 : 0;
    // "It is on all of us to debunk them", "it's up to each of us to ...": the task is the audience's.
    let j = afterItIs(k);
    if (j) {
      if (lower[j] === "up" && lower[j + 1] === "to") j += 2;
      else if (lower[j] === "on") j++;
      else return 0;
      if ((lower[j] === "all" || lower[j] === "each") && lower[j + 1] === "of") j += 2;
      return lower[j] === "us" && lower[j + 1] === "to" && kind[j + 2] === TokenKind.Word && !upperUs(j)
        ? j + 2
        : 0;
    }
    if (lower[k] !== "the" || lower[k + 1] !== "time") return 0;
    if (lower[k + 2] === "has" && lower[k + 3] === "come") {
      const next = lower[k + 4];
      if (next === "to") return k + 5;
      return next === "for" && audienceFor(k + 5, b) ? k + 5 : 0;
    }
    if (lower[k + 2] !== "to") return 0;
    for (let j = k + 3; j < b - 1; j++) if (lower[j] === "is" && lower[j + 1] === "now") return k + 3;
    return 0;
  }

  /**
   * "Every American owes it to himself to read ...", "you owe it to yourselves to ...": a norm on
   * the audience or a generic person in the idiom of obligation; a named person's is a third party's.
   */
  function owesItAt(k: number, b: number): number {
    for (let m = k + 1; m < Math.min(b - 4, k + 6); m++) {
      if ((lower[m] !== "owes" && lower[m] !== "owe") || lower[m + 1] !== "it" || lower[m + 2] !== "to")
        continue;
      if (!OWE_SELF.has(lower[m + 3]) || lower[m + 4] !== "to") return 0;
      for (let j = k; j < m; j++) {
        const t = lower[j];
        if (names[j] && !OWN_NATIONS.has(t)) return 0;
        if (
          WE.has(t) ||
          AUDIENCE_SUBJECTS.has(t) ||
          GROUPS.has(t) ||
          GROUPS.has(`${t}s`) ||
          NORM_GROUPS.has(t)
        )
          return m + 5;
      }
      return 0;
    }
    return 0;
  }

  /**
   * "Our job is to transform ...", "your duty is to find ...", "Our job as Americans ... is to dig
   * deep": the audience's own task named as the subject, then "is to" + a verb (within 24 tokens,
   * past an apposition or an inner clause). Returns the token after "to", or 0.
   */
  function ourJobAt(k: number, b: number): number {
    if ((lower[k] !== "our" && lower[k] !== "your") || !TASKS.has(lower[k + 1] ?? "")) return 0;
    for (let j = k + 2; j < Math.min(b - 2, k + 24); j++)
      if (lower[j] === "is" && lower[j + 1] === "to" && isBaseVerb(lower[j + 2] ?? ""))
        // "Our job is to cut taxes and rebuild the army": what only a state does is its programme.
        return stateActionIn(j + 2, b) ? 0 : j + 2;
    return 0;
  }

  /** "(continue) in our work", "(continue to build upon) the good work": the body's own work named. */
  function ownWorkAt(k: number): boolean {
    for (let j = k; j < Math.min(lower.length - 1, k + 6); j++) {
      if (lower[j] !== "our" && lower[j] !== "the" && lower[j] !== "this") continue;
      const n = lower[j + 1] === "good" || lower[j + 1] === "important" ? j + 2 : j + 1;
      // "the work (which) we have done" is ours; "the work of Dr. King" is carried on by everyone.
      const ours = lower[j] === "our" || OWN_WORK_NEXT.has(lower[n + 1] ?? "");
      if (WORKS.has(lower[n] ?? "") && ours) return true;
    }
    return false;
  }

  /** "it is", "it's": the token after them at k, or 0. */
  function afterItIs(k: number): number {
    if (lower[k] === "it's" || lower[k] === "it’s") return k + 1;
    const n1 = lower[k + 1];
    return lower[k] === "it" && (n1 === "is" || n1 === "'s" || n1 === "’s") ? k + 2 : 0;
  }

  /** "US" in capitals names the country ("Time for US to do the same"), not the audience. */
  function upperUs(k: number): boolean {
    return lower[k] === "us" && doc.text.slice(tokens.start[k], tokens.end[k]) === "US";
  }

  /** ", if you ...": an "if" opening a condition after a comma in the clause, or -1. */
  function conditionAfterComma(h: number, b: number): number {
    const k = h + 1 < ifYouNext.length ? ifYouNext[h + 1] : -1;
    return k >= 0 && k < b - 2 ? k : -1;
  }

  /** A clause that commands after a condition: an imperative, a refusal, "let's" or advice. */
  function opensCommand(k: number): boolean {
    return opensNegative(k) || letUsAt(k) || imperativeAt(k) || advisoryAt(k);
  }

  // "do not / don't / never" opening a verb phrase.
  function negativeStart(j: number): boolean {
    const w = lower[j];
    return (
      (w === "do" && (lower[j + 1] === "not" || lower[j + 1] === "n't")) ||
      w === "don't" ||
      w === "don’t" ||
      w === "never"
    );
  }

  /** "do not / don't / never" + a verb of refusal at k. */
  function opensNegative(k: number): boolean {
    const w = lower[k];
    const verb = w === "do" && (lower[k + 1] === "not" || lower[k + 1] === "n't") ? k + 2 : k + 1;
    // Scripture's "If anyone comes ..., do not receive him" (see scriptureAfter) forbids any verb.
    const v = lower[verb] ?? "";
    return (
      (w === "do" || w === "don't" || w === "don’t" || w === "never") &&
      (REFUSABLE.has(v) || (isBaseVerb(v) && scriptureAfter(k)))
    );
  }

  /**
   * "Purge every ...", "Expose and rout every last ...", "Read his words for yourselves": at a
   * sentence's start, a verb outside the closed list calls when its object is everyone of a kind
   * ("every") or the reader ("yourself"), which instructions and headlines rarely have.
   */
  function openImperativeAt(k: number, b: number): boolean {
    const w = lower[k];
    if (k !== sentenceStart || (!IMPERATIVES.has(w) && !isBaseVerb(w))) return false;
    // "Take a look for yourself", "See for yourself": a prompt to look, not a deed.
    for (let j = k; j < k + 3; j++)
      if (PLEA_PROMPTS.has(lower[j] ?? "") || LOOK.has(lower[j] ?? "")) return false;
    if (NOUN_BLOCKERS.has(lower[k + 1] ?? "") || SUBJECT_VERBS.has(lower[k + 1] ?? "")) return false;
    const end = lower[b - 1] === "." || lower[b - 1] === "!" ? b : sentenceEnd;
    if (lower[end - 1] !== "." && lower[end - 1] !== "!") return false;
    for (let j = k + 1; j < Math.min(b, k + 9); j++) {
      if (REFLEXIVE.has(lower[j])) return true;
      if (lower[j] === "every" && j <= k + 3) return true;
    }
    return false;
  }

  /** A quotation around k closed by a scripture reference: “...” (Matthew 15:14), “...” (2 John 1.10-11). */
  function scriptureAfter(k: number): boolean {
    if (!quoted[k]) return false;
    let e = k;
    while (e < tokens.count && quoted[e]) e++;
    while (e < tokens.count && (CLOSE_QUOTES.has(lower[e]) || lower[e] === '"')) e++;
    if (e >= tokens.count || lower[e] !== "(") return false;
    return SCRIPTURE_REF.test(doc.text.slice(tokens.start[e], tokens.start[e] + 40));
  }

  /** Three SHOUTED words from k after words that were not: a command set apart by capitals. */
  function shoutAt(k: number): boolean {
    const upper = (j: number) => {
      if (kind[j] !== TokenKind.Word) return false;
      const word = doc.text.slice(tokens.start[j], tokens.end[j]);
      return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    };
    if (!(upper(k) && upper(k + 1) && upper(k + 2))) return false;
    // The two words before, across punctuation, are not both shouted ("on FB, DO NOT ...").
    let p = k - 1;
    while (p >= 0 && kind[p] !== TokenKind.Word) p--;
    let q = p - 1;
    while (q >= 0 && kind[q] !== TokenKind.Word) q--;
    return !(upper(p) && upper(q));
  }

  /**
   * After "please" any verb asks ("Please read ...", "please say it to me"), not only the listed
   * imperatives (those keep their gates in imperativeAt); "please share." may end the clause. A
   * prompt ("please ask yourself", "please explain ...") asks for thought or an answer, not a deed.
   */
  function pleaVerbAt(k: number, b: number): boolean {
    const w = lower[k] ?? "";
    if (k + 1 >= b || !/^[\p{L}\p{N}$]/u.test(lower[k + 1])) return SHARE.has(w) || DONATE.has(w);
    const n1 = lower[k + 1];
    // "please consider a donation", "please consider hitting the donate button": a prompt to
    // think that is a plea for the gift it names.
    if (w === "consider")
      for (let j = k + 1; j < Math.min(b, k + 5); j++) if (DONATE.has(lower[j])) return true;
    // "Please check this http://...", "please see www...": pointing at a link is a reference, not a deed.
    if (LOOK.has(w))
      for (let j = k + 1; j < Math.min(b, k + 4); j++) if (LINK_STARTS.has(lower[j])) return false;
    if (
      IMPERATIVES.has(w) ||
      PLEA_PROMPTS.has(w) ||
      names[k] ||
      NOUN_BLOCKERS.has(n1) ||
      SUBJECT_VERBS.has(n1)
    )
      return false;
    return isBaseVerb(w);
  }

  /** A verb of advice to the public with an object or a direction: "consult a doctor", "move to a ...". */
  function advisoryAt(k: number): boolean {
    const n1 = lower[k + 1] ?? "";
    // "If you don't see the asteroid, be sure to look out for the meteor shower"
    if (lower[k] === "be" && n1 === "sure" && lower[k + 2] === "to") return true;
    // "If you witnessed it, come forward", "bring it forward": the appeal for witnesses.
    if ((lower[k] === "come" || lower[k] === "bring") && (n1 === "forward" || lower[k + 2] === "forward"))
      return true;
    return (
      ADVISORY.has(lower[k]) &&
      !names[k] &&
      kind[k + 1] === TokenKind.Word &&
      !NOUN_BLOCKERS.has(n1) &&
      !SUBJECT_VERBS.has(n1)
    );
  }

  /** "I don't think we ...", "I do not believe we ...": a negated opinion before "we". */
  function negatedThink(k: number): boolean {
    const v = lower[k - 1];
    if (v !== "think" && v !== "believe") return false;
    const n = lower[k - 2] ?? "";
    return n === "don't" || n === "don’t" || n === "n't" || (n === "not" && lower[k - 3] === "do");
  }

  /** After "we can't": a refusal to yield ("give in", "back down", "afford to", "let up"), not an inability. */
  function cannotAt(k: number): boolean {
    const v = lower[k] ?? "";
    const next = lower[k + 1] ?? "";
    if (PERMIT.has(v)) return !LET_IDIOMS.has(next);
    if (v === "give") return next === "in" || next === "up";
    if (v === "back") return next === "down";
    if (v === "afford") return next === "to";
    return CANNOT_VERBS.has(v);
  }

  /** "It's time for [the #BDStears crowd | America | us] to": the audience, not officials or a name. */
  function audienceFor(k: number, b: number): boolean {
    let audience = false;
    for (let j = k; j < Math.min(b, k + 6) && lower[j] !== "to"; j++) {
      const t = lower[j];
      if (OFFICIALS.has(t)) return false;
      if (AUDIENCE_OF.has(t) || GROUPS.has(t) || NORM_GROUPS.has(t) || OWN_NATIONS.has(t)) audience = true;
      else if (kind[j] === TokenKind.Word && names[j] && !OWN_NATIONS.has(t)) return false;
    }
    return audience;
  }

  /**
   * "Hold Melania Trump to ...": the entity tagger may take a sentence's first word into the
   * name that follows it; a verb that asks for a person's backing or accounting is not a name.
   */
  // A name after a verb: tagged by the entities analyzer, or (when it did not run) a Capitalised word.
  function nameAt(k: number): boolean {
    if (names[k] === 1) return true;
    const c = doc.text[tokens.start[k]] ?? "";
    const c2 = doc.text[tokens.start[k] + 1] ?? "";
    return kind[k] === TokenKind.Word && c !== c.toLowerCase() && c2 !== "" && c2 === c2.toLowerCase();
  }

  function verbBeforeName(k: number): boolean {
    return (
      names[k] === 1 &&
      names[k + 1] === 1 &&
      NAMED_OBJECT.has(lower[k]) &&
      k === sentences.firstToken[doc.sentenceOf[k]]
    );
  }

  // A violent gerund or verb with a human object within a few words: "we should start killing them".
  function harmSoon(k: number): boolean {
    for (let j = k + 1; j < Math.min(k + 6, lower.length - 1); j++)
      if ((violentGerund(lower[j]) || KILLING.has(lower[j])) && HARM_OBJECTS.has(lower[j + 1])) return true;
    return false;
  }

  // A killing verb, or one joined to it: "seize them and kill them".
  function harmAhead(k: number): boolean {
    if (KILLING.has(lower[k])) return true;
    return (
      PEOPLE_PRONOUNS.has(lower[k + 1] ?? "") && lower[k + 2] === "and" && KILLING.has(lower[k + 3] ?? "")
    );
  }

  /** A mobilising imperative at k: a listed verb whose next word makes it a call ("Join ...", "Stop the ..."). */
  function imperativeAt(k: number, relaxed = false): boolean {
    const w = lower[k];
    const n1 = lower[k + 1] ?? "";
    const n2 = lower[k + 2] ?? "";
    if (
      !IMPERATIVES.has(w) ||
      (names[k] && !verbBeforeName(k)) ||
      (KILLING.has(w) && !VIOLENT_OBJECTS.has(n1)) ||
      NEGATIONS.has(w) ||
      NOUN_BLOCKERS.has(n1) ||
      SUBJECT_VERBS.has(n1) ||
      (n1.length > 4 && n1.endsWith("ed") && w !== "stay" && w !== "be") ||
      (w === "take" && n1 === "a" && n2 !== "stand" && n2 !== "knee") ||
      (w === "hold" && n1 === "the" && n2 !== "line") ||
      !/^[\p{L}\p{N}$]/u.test(n1)
    )
      return false;
    // "Be strong", "Be not afraid"; "be afraid" (of the power) warns, it does not call.
    if (w === "be") return BE_VIRTUES.has(n1) && n1 !== "afraid";
    if (w === "stay") return STAY_STATES.has(n1);
    // "Remember our saying, ...": a saying recalled inside an argument.
    if (w === "remember") return !REMINDER_NEXT.has(n1) && !REMINDER_NEXT2.has(n2) && !SAYINGS.has(n2);
    // "Stop comparing ...", "Stop lying": stop with a gerund asks to cease.
    if (w === "stop" && n1.length > 4 && n1.endsWith("ing")) return true;
    const gate = GATES.get(w);
    // "Support Paul Ryan", "Hold Melania Trump to her husband's standards": a person as the object.
    const named =
      (nameAt(k + 1) || verbBeforeName(k)) &&
      (NAMED_OBJECT.has(w) || (w === "hold" && lower.slice(k + 2, k + 6).includes("to")));
    // "Confront Assad and Iran now": what a state does to a named leader or country.
    if (nameAt(k + 1) && STATE_VERBS.has(w)) return false;
    // "Please keep up the great work" thanks; "Please give serious thought to ..." asks.
    // "Pray earnestly for the Church", "Stand firmly with them": a manner adverb before the gate word.
    const adverbGate = n1.length > 4 && n1.endsWith("ly") && gate?.has(n2);
    return (
      (relaxed && w !== "keep") ||
      !gate ||
      gate.has(n1) ||
      adverbGate ||
      named ||
      (w === "make" && violentPhraseAt(lower, k))
    );
  }

  /** "let us / let's" + a verb that is not the writer steering the text ("let's talk about"). */

  function letUsAt(k: number): boolean {
    const w = lower[k];
    const n1 = lower[k + 1] ?? "";
    const letUs =
      w === "let's" || w === "let’s" || (w === "let" && (n1 === "us" || n1 === "'s" || n1 === "’s"));
    if (!letUs) return false;
    let v = w === "let" ? k + 2 : k + 1;
    while (LET_SKIP.has(lower[v] ?? "") && v < lower.length - 1) v++;
    const verb = lower[v] ?? "";
    const after = lower[v + 1] ?? "";
    // "Let's, for example, take a look": an aside after "let's" belongs to the writer's steering.
    const aside =
      verb === "," ||
      // Said to someone ("Let's talk about JFK", "let's go back to his platform"), talk steers the talk.
      (LET_DISCOURSE.has(verb) && !(verb === "talk" && quoted[k])) ||
      (verb === "be" && LET_BE_DISCOURSE.has(after)) ||
      (verb === "take" && after === "a") || // "let's take a look"
      // "let's go back to his platform" said to someone steers the talk; "let's go back six months" narrates.
      (verb === "go" && after === "back" && (!quoted[k] || lower[v + 2] !== "to")) ||
      (verb === "make" && (after === "one" || after === "no" || after === "it")) || // "let's make no mistake"
      (verb === "put" && after === "it") || // "let's put it that way"
      // "let us turn instead to the candidates' ideas": the writer moving on.
      (verb === "turn" && (after === "now" || after === "instead" || after === "next")) ||
      // "Let's go Hamas.", "Let's go Mets!": a cheer for a side, not a call to go anywhere.
      (verb === "go" && capitalised(doc, v + 1) && !(lower[v + 2] ?? "").match(/^[a-z]/)) ||
      (verb === "get" && after === "off") || // "let's get off of that"
      // "let's not kid ourselves / pretend / forget that ...", but "let us not forget" and "let's not
      // take at face value anything they say" urge.
      (verb === "not" &&
        (LET_NOT_ASIDES.has(after) ||
          LET_DISCOURSE.has(after) ||
          (after === "forget" && lower[v + 2] === "that")));
    return !aside;
  }

  function labelOf(h: number, b: number, form: string): CallLabel {
    let violence = false;
    let donate = false;
    let share = false;
    let join = false;
    let believe = false;
    let refuse = form === "negative";
    let remember = lower[h] === "remember";
    // "Stop comparing ...", "Stop the cuts": asks to cease, a refusal; "Leave them" asks to stop
    // following them (train-6 #3).
    if (lower[h] === "stop" && form === "imperative") refuse = true;
    if (lower[h] === "leave" && form === "imperative" && PEOPLE_PRONOUNS.has(lower[h + 1] ?? ""))
      refuse = true;
    // "we must stop -ing", "it's time we stopped imagining ...", "we must cease our acceptance of
    // sin": to cease a practice after a modal, "to" or the audience's "we" refuses it.
    for (let k = h; k < Math.min(b, h + 6); k++)
      if (
        (((lower[k] === "stop" || lower[k] === "stopped") && (lower[k + 1] ?? "").endsWith("ing")) ||
          lower[k] === "cease") &&
        (lower[k - 1] === "to" || lower[k - 1] === "we" || MODALS.has(lower[k - 1] ?? ""))
      )
        refuse = true;
    for (let k = h; k < b; k++) {
      const t = lower[k];
      const prev = lower[k - 1] ?? "";
      const next = lower[k + 1] ?? "";
      if (violentPhraseAt(lower, k) || warAt(lower, k)) violence = true;
      // "we should start killing them": harm begun or kept up, named by its gerund (test-8 q60).
      if (ONSET.has(prev) && HARM_OBJECTS.has(next) && violentGerund(t)) violence = true;
      if (VIOLENT.has(t)) {
        const determinerBefore = prev === "the" || prev === "a" || prev === "general" || prev === "an";
        if (
          t === "fight" ||
          t === "strike" ||
          t === "attack" ||
          t === "hunt" ||
          t === "crush" ||
          t === "destroy"
        ) {
          if (!determinerBefore && HARM_OBJECTS.has(next)) violence = true;
        } else if (t === "burn" || t === "hang" || t === "shoot") {
          if (next !== "out" && next !== "calories" && next !== "fat" && !determinerBefore) violence = true;
        } else if (!determinerBefore) violence = true;
      }
      // "figures with power, wealth, and conflicts", "the time and money spent": money listed
      // among other things is described, not asked for.
      // ("Readers, donate ..." is the verb after a vocative.)
      const listed =
        (prev === "," || prev === "and" || prev === "or") &&
        !DONATE.has(lower[k - 2] ?? "") &&
        !isBaseVerb(t);
      // "Support them financially if you can", "help us financially": money asked by its adverb.
      const financially = t === "financially" && k <= h + 4;
      if ((DONATE.has(t) && !listed) || (t === "chip" && next === "in") || financially) donate = true;
      // "forward this e-mail" shares; "look forward", "move forward" do not.
      const forwardOk = t !== "forward" || k === h || prev === "to" || MODALS.has(prev);
      // "their fair share of taxes" is a noun.
      // ("Share their articles": the opening imperative is the verb.)
      if (SHARE.has(t) && forwardOk && (k === h || (next !== "our" && next !== "their" && next !== "of")))
        share = true;
      if (t === "spread" && next === "the") share = true;
      // "join me in praying for ...", "join us in making acts of reparation": to do something
      // alongside the speaker is the deed, not membership of a group.
      if ((JOIN.has(t) && !joinInAt(lower, k, b)) || (t === "sign" && next === "up")) join = true;
      // "we must always believe that ...", "we need to have the faith in ...": an adverb may sit
      // between the modal and the verb of belief, an article between "have" and "faith".
      const adverb = WE_ADVERBS.has(prev) || prev === "always" || (prev.length > 4 && prev.endsWith("ly"));
      const modalBefore = MODALS.has(prev) || (adverb && MODALS.has(lower[k - 2] ?? ""));
      if (
        ((k === h || modalBefore) && BELIEVE.has(t)) ||
        (t === "wake" && next === "up") ||
        // "Let us all renew faith in the Church": faith had, kept or renewed.
        (t === "faith" && (FAITH_VERBS.has(prev) || (prev === "the" && FAITH_VERBS.has(lower[k - 2] ?? ""))))
      )
        believe = true;
      if (REFUSE.has(t)) refuse = true;
      // "Catholics must shed their trust in the papacy": to stop trusting refuses (test-6 z16).
      if (SHED.has(t) && POSSESSIVE_DETS.has(next) && TRUST.has(lower[k + 2] ?? "")) refuse = true;
      const negated = prev === "never" || prev === "not" || prev === "don't" || prev === "don’t";
      // "must remember one rule" asks to remember; "need to remember that ..." argues (act, z01).
      const modalRemember = t === "remember" && (prev === "to" || MODALS.has(prev)) && next !== "that";
      if ((t === "forget" && negated) || (t === "remember" && k === h) || modalRemember) remember = true;
    }
    // "Do not fear", "Do not be afraid": encouragement, not a refusal.
    // "Don't be fooled", "do not be deceived": rejecting a deception refuses.
    const nv = lower[h] === "do" ? h + 2 : h + 1;
    // "Don't be a sucker": a role the reader is told to refuse, not a fear (test-9 p45).
    const beRole = lower[nv] === "be" && (lower[nv + 1] === "a" || lower[nv + 1] === "an");
    if (
      form === "negative" &&
      FEAR.has(lower[nv]) &&
      !beRole &&
      !(lower[nv] === "be" && DECEIVED.has(lower[nv + 1] ?? ""))
    )
      refuse = false;
    // "let us not lose hope!", "Don't lose heart": encouragement, like "Do not fear" (train-10 r05).
    if (form === "negative")
      for (let k = h + 1; k < Math.min(b - 1, h + 5); k++)
        if (lower[k] === "lose" && HEART.has(lower[k + 1])) refuse = false;
    // "Don't allow yourself to be fooled": encouragement to the reader, not a refusal.
    const v = lower[h] === "do" ? h + 2 : h + 1;
    if (
      form === "negative" &&
      PERMIT.has(lower[v]) &&
      (lower[v + 1] === "yourself" || lower[v + 1] === "yourselves")
    )
      refuse = false;
    if (violence) return "violence";
    if (donate) return "donate";
    if (share) return "share";
    // "Nor must we join them", "never join a party of ...": joining refused.
    if (join && !(form === "negative" && refuse)) return "join";
    if (remember) return "remember";
    if (refuse) return "refuse";
    if (believe) return "believe";
    return "act";
  }
}

/** "O brothers," / "Patriots," / "Young men of Montana," at the clause start: [from, to, next]. */
function readVocative(doc: Doc, a: number, b: number): [number, number, number] | null {
  const { lower } = doc;
  let k = a;
  if (lower[k] === "o" || lower[k] === "oh" || lower[k] === "dear" || lower[k] === "to") k++;
  const from = k;
  let hasAddressee = false;
  for (; k < b && k < from + 7; k++) {
    const t = lower[k];
    if (t === ",") {
      if (!hasAddressee || k === from) return null;
      return [from, k, k + 1];
    }
    if (ADDRESSEES.has(t)) hasAddressee = true;
    else if (!/^[\p{L}'’-]+$/u.test(t)) return null;
    else if (k === from && t !== "young" && t !== "my" && t !== "our" && t !== "fellow" && t !== "the") {
      if (!ADDRESSEES.has(t)) return null;
    }
  }
  return null;
}
