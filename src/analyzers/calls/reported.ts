/**
 * Calls the clause-by-clause reading in detect.ts cannot see, because no clause opens with
 * them:
 * - reported urges addressed to people: "called on students to remove me", "warned these
 *   people to turn back", "told his followers to “punch a Zionist today”", "put out a call for
 *   financial support", "calls by authorities not to make the journey" (always `quoted`: the
 *   words are someone else's);
 * - norms laid on the audience or a generic person: "the faithful are obliged to resist",
 *   "one must also encourage priests";
 * - a wish for a named person's death, in any clause: "Obama should be hanged" (violence; other
 *   passives with a named subject, "Clinton must be prosecuted", are demands on officials).
 * A demand on a named official or institution ("called on President Obama to retaliate") is a
 * third party's demand, not a call: the urged object must be an audience noun.
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import type { Call, CallLabel } from "./detect.js";
import { englishTokens } from "./english.js";
import {
  ADDRESSEES,
  BE_ATTITUDES,
  BE_VIRTUES,
  CANNOT,
  DISCOURSE,
  DONATE,
  GROUPS,
  HARM_OBJECTS,
  JOIN,
  joinInAt,
  KILLED,
  OFFICIALS,
  PERMIT,
  REFUSE,
  VIOLENT,
  violentPhraseAt,
  warAt,
} from "./lexicon.js";
import { PRESENT_AUDIENCE, postureAt } from "./present.js";
import { CLOSE_QUOTES } from "./quotes.js";

// "instructing students to practise writing ...", "Instructs Children To Write ...": a lesson or
// an order given inside a narrated event is not an appeal to the public (no "instruct" in URGE_VERBS).
// Advice may name its content with "should": "recommended anyone traveling to Cuba should reconsider".
const ADVISING = wordSet("advise advises advised advising recommend recommends recommended recommending");
const CALL_VERBS = wordSet("call calls called calling");
// Verbs that urge a deed by naming it ("encouraging violence"), unlike "warn" or "ask".
const INCITING = wordSet(
  "urge urges urged urging exhort exhorts exhorted exhorting encourage encourages encouraged encouraging incite incites incited inciting",
);
// Where and when incited violence happens: "violence at his rallies", "violence in the streets".
const VIOLENCE_SETTINGS = wordSet("at in during toward towards against on and or");
const ORDERING = wordSet("order orders ordered ordering command commands commanded commanding");
const UNIT_DETERMINERS = wordSet("the his her their its");
// Before the urged noun: "his followers", "these people", "all Americans", "fellow citizens".
const OBJECT_MODIFIERS = wordSet(
  "the his her their our your these those all fellow young every other local american many",
);
// Nouns that make an appeal or a call: "a call for financial support", "calls not to travel".
const APPEAL_NOUNS = wordSet("call calls appeal appeals plea pleas");
const MONEY = wordSet("financial support donations donation funds money contributions funding");
// "asks for help in identifying the man": the public's help sought, not a favour from someone.
const HELP = wordSet("help assistance information tips");
const ASKING = wordSet("ask asks asked asking appeal appeals appealed appealing");
// Verbs that report an urge; "call/called" only with "on/upon" after them. The kinds of urging
// read apart above are part of it.
const URGE_VERBS = new Set([
  ...INCITING,
  ...ORDERING,
  ...ADVISING,
  ...ASKING,
  ...wordSet(`
    implore implores implored imploring beseech beseeched besought warn warns warned warning
    tell tells told telling beg begs begged begging invite invites invited inviting
    press presses pressed pressing
  `),
]);
// A norm's binding words after "are/is": "the faithful are obliged to resist".
const OBLIGED = wordSet("obliged obligated bound required commanded duty-bound");
const NORM_MODALS = wordSet("must should");
const KIN = wordSet("brother sister son daughter friend wife husband mother father cousin nephew niece");
const POSSESSIVES = wordSet("his her my their its");
const PUPILS = wordSet("students pupils children kids class");
// After "one must": the writer's reasoning, not a norm ("one must admit that", "one must wonder").
const ARGUING = wordSet(
  "admit concede note say wonder ask remember recall understand realize realise recognize recognise assume conclude suppose imagine consider acknowledge know see be have wish hope pray",
);
// Verbs that report words before "that": the wish after them is someone else's.
const SAYING = wordSet("said says saying wrote writes writing posted posting tweeted claimed declared");
const NOT_TARGETS = wordSet(
  "it this that these those there here which what who whom the a an and but so then now if when i",
);
// Audience nouns that are no subject of their own after "said": "said all ...", "said fellow ...".
const NOT_REPORTED_GROUPS = wordSet("all fellow brother sister friend");
// Where a reported urge ends inside its sentence.
const CLAUSE_END = wordSet(", ; : ? ! .");
// Harm that the violence words in the lexicon leave out: "punch a Zionist today".
const BLOWS = wordSet("punch punching beat");
// Violence words that may take "for/back/in" ("fight for their rights"): harm only before an object.
const GATED_VIOLENCE = wordSet("fight strike attack hunt crush destroy");
// "urged followers to carry out attacks against France"
const ATTACK_NOUNS = wordSet("attacks attack bombings killings massacres");
const CARRY_OUT = wordSet("carry launch commit stage");
// Base forms of the urging verbs: a report only after "to" or "and" ("used the comments to urge
// people to"); elsewhere a hypothesis ("will ever tell those voters to", "nothing but exhort the faithful").
const BASE_FORMS = wordSet(
  "urge exhort implore beseech warn tell ask command order appeal beg call encourage invite advise recommend instruct press",
);
// A gerund after these is a topic, not a report: "keen on telling women to", "the idea of asking".
const GERUND_TOPIC = wordSet("on of about in at from");
// Where the urged noun phrase's core ends and its modifiers begin: "people with medical problems",
// "Americans traveling to China", "members of other parties who ...".
const NP_BREAKS = wordSet(
  "in of with from at on across around near for into inside outside throughout who whom that which living",
);
// "told the crowd to applause": a noun after "to".
const NOT_VERBS = wordSet("applause cheers laughter boos");
// Auxiliaries of a passive urge: "Tourists have been warned to ...", "Muslims are exhorted to ...".
const PASSIVE_AUX = wordSet("are is were was been being be");
const PASSIVE_SKIP = wordSet("have has had also now repeatedly strongly being been still again");
// Modals of a norm told to a group: "Tells Conservatives They Need To Change Course".
const TOLD_MODALS = wordSet("must should need needs have ought");
// Dashes around a parenthesis inside the urged phrase: "all parents — alternatives that ... — to go".
const DASHES = wordSet("— – --");
// Capitalised plurals that name people: Republicans, Democrats, Muslims, Conservatives, Catholics;
// not surnames ending like plurals (Sanders, Evans, Waters).
const GROUP_SUFFIX = /(icans|ians|ists|ites|ics|ims|crats|ives)$/;
// "tell everyone how tough it is": words reported, not urged.
const WH = wordSet("how what why whether where when if");
// "told voters that they must ...": the urge in a that-clause.
const PRONOUN_SUBJECTS = wordSet("they you");
// Adjectives before "to" that describe people, not an urge: "voters inclined to support".
const DISPOSED = wordSet(
  "inclined likely unlikely willing unwilling eager able unable expected forced set going about ready due allowed permitted supposed",
);
const AUX = wordSet("is are was were be been has have had will would can could may might do does did");
// "cling to the idea that ...": an urge to believe.
const BELIEVING = wordSet("believe trust cling");
// The trust a voter can give: "transfer their trust", "put your faith in".
const TRUST = wordSet("trust faith confidence");
// "turn away from", "walk away from": a refusal worded as movement.
const AWAY_VERBS = wordSet("turn walk stay");
// "to follow the Quran and become Muslim", "to embrace Islam": conversion urged, so `believe`
// (train-5 #2), even to a class, since no lesson asks pupils to convert.
const CONVERT = wordSet("convert become embrace accept follow");
const FAITHS = wordSet(
  "quran koran bible gospel torah islam christianity christ jesus allah muslim muslims christian christians catholic",
);
// "appealed to the West not to forget ...": a polity asked to remember is the public's memory,
// not a state's policy (train-7 k09); other urges on "the West" are demands on governments.
const POLITY_ADDRESSEES = wordSet("west nation country world");
const DETERMINERS = wordSet("a an the his her their its our 's ’s this that");
// "While voting and then asking supporters to back it is common": an urge as the topic.
const TOPIC_BEFORE = wordSet("then and while");
// What only an official can do: "called on the seven other Democrats to resign" asks office holders.
const OFFICIAL_ACTS = wordSet("resign recuse testify legislate pardon impeach subpoena prosecute retaliate");
const PROMPTS = wordSet("imagine suppose picture pretend envision");
// Urged verbs that refuse: "Advises Brits to Avoid Calais", "urged the public to withhold judgment".
const REFRAIN = wordSet("avoid boycott withhold refrain abstain shun");
// "try to kill": the urged harm comes after an auxiliary verb of attempt.
const ATTEMPT = wordSet("try attempt seek");
const WANT_ASIDES = wordSet("know understand think see realize realise imagine hear");
// Openings of a vocative to one person: "Your Eminence,", "Mr. President,", "Madam Speaker,".
const HONORIFICS = wordSet("your mr mr. mrs mrs. ms ms. madam sir");
// Words that speak of the speaker's own voice before an urge: "I encourage all parents to".
const FIRST_PERSON = wordSet("i we");
const FIRST_ADVERBS = wordSet("strongly would also really therefore hereby again just still");
// Violence named as a remedy: "terrorism is the answer", "jihad is the only solution".
const VIOLENCE_NOUNS = wordSet("terrorism violence jihad bullets murder killing bloodshed war");
const KILLING_NOUNS = wordSet(
  "killing killings murder murders execution executions extermination slaughter massacre beheading lynching genocide annihilation",
);
const REMEDIES = wordSet("answer solution way cure remedy");
// Before a norm on everyone: "And every voter needs to", "I think everyone ought to".
const NORM_BEFORE = wordSet("and but so think believe that");
// Heads of a norm on everyone: "every voter", "everyone in the country".
const EVERY = wordSet("every everyone everybody");
// "every time", "every day": not people; "every country / company / bishop": a demand on institutions
// or their office-holders.
const NOT_EVERYONE = wordSet(
  "time day year week month night morning one thing other country nation state company business government party member bishop",
);
// Verbs and media of a fund-raising appeal: "sent out fundraising emails".
const SEND = wordSet("send sends sent sending");
const PITCHES = wordSet(
  "email emails e-mail e-mails plea pleas appeal appeals letter letters solicitation solicitations message messages text texts",
);
const NUMBER_WORDS = wordSet("two three four several multiple many more");
// Deaths wished on people after "should/must": "refugees should drown / burn alive / die".
const DEATHS = wordSet("die drown burn rot perish hang starve");

// Every word that can start one of the patterns below.
const TRIGGERS = new Set([
  ...URGE_VERBS,
  ...CALL_VERBS,
  ...APPEAL_NOUNS,
  ...NORM_MODALS,
  ...SEND,
  ...EVERY,
  "one",
  "appreciated",
  "welcome",
  "welcomed",
  "are",
  "is",
  "want",
  "demand",
  "demands",
  "demanded",
  "insist",
  "insists",
  "insisted",
  "people",
  ...ADDRESSEES,
]);

export function findReportedCalls(doc: Doc, quoted: Uint8Array): Call[] {
  const { lower, tokens, sentences, sentenceOf, text } = doc;
  const { kind, count } = tokens;
  const english = englishTokens(doc);
  const out: Call[] = [];
  let askedForMoney = false;
  const sentenceStart = (k: number) => sentences.firstToken[sentenceOf[k]];
  const sentenceEnd = (k: number) => sentences.lastToken[sentenceOf[k]];
  // A capitalised word; a SHOUTED one tells nothing about names.
  const upper = (k: number) => {
    const c = text[tokens.start[k]] ?? "";
    if (c === c.toLowerCase()) return false;
    const c2 = text[tokens.start[k] + 1] ?? "";
    return tokens.end[k] - tokens.start[k] < 2 || c2 === c2.toLowerCase();
  };
  // The urged verb phrase after "to" runs to the end of its clause (quote marks do not end it).
  const clauseEnd = (k: number): number => {
    const last = sentenceEnd(k);
    let e = k;
    while (e < last && !(CLAUSE_END.has(lower[e]) && e > k + 1)) e++;
    // Keep the sentence's final mark, and the quotation mark closing it: “punch a Zionist today.”
    if (e < last && (lower[e] === "." || lower[e] === "!")) {
      e++;
      if (e < last && (CLOSE_QUOTES.has(lower[e]) || lower[e] === '"')) e++;
    }
    return e;
  };
  // A verb after "to": a word, not a determiner or a number ("to the police", "to 2020").
  const verbAt = (k: number) =>
    k < count &&
    kind[k] === TokenKind.Word &&
    !OBJECT_MODIFIERS.has(lower[k]) &&
    !NOT_VERBS.has(lower[k]) &&
    lower[k] !== "a" &&
    lower[k] !== "an" &&
    lower[k] !== "no";
  // Opening quote marks between "to" and the verb: urged the public “to withhold ...”.
  const skipMarks = (k: number) => {
    while (k < count && kind[k] === TokenKind.Punct && quoted[k + 1] && !quoted[k - 1]) k++;
    return k;
  };
  // "to" + a lower-case verb: "to China" or "to Madagascar" is a place.
  const infinitive = (k: number) => {
    if (lower[k] !== "to") return 0;
    const v = skipMarks(k + 1);
    if (!verbAt(v)) return 0;
    // Headlines capitalise verbs ("Advises Brits to Avoid Calais").
    return !upper(v) || headlineCase(v) ? v : 0;
  };
  const push = (
    first: number,
    verb: number,
    last: number,
    why: string,
    reported: boolean,
    not = false,
    fixed?: CallLabel,
  ) => {
    if (last <= first) return;
    found(fixed ?? labelAfter(verb, last, not), first, last, why, reported || quoted[verb] === 1, true);
  };
  // A call whose label is given; `byMarks`: the words are someone else's, reported.
  function found(
    label: CallLabel,
    first: number,
    last: number,
    why: string,
    byMarks = true,
    fromWords = false,
  ) {
    out.push({
      label,
      first,
      last,
      addressee: null,
      quotedByMarks: byMarks,
      score: 0.6,
      why: [why, `label '${label}'${fromWords ? " from the urged words" : ""}`],
    });
  }
  for (let i = 0; i < count; i++) {
    const w = lower[i];
    // One lookup rejects almost every token (this pass runs on every document).
    if (!TRIGGERS.has(w) || !english[i] || lower[sentenceEnd(i) - 1] === "?") continue;
    // "asking for donations to support ...", "asks for help in identifying the man"
    if (ASKING.has(w) && lower[i + 1] === "for") {
      let k = i + 2;
      if (lower[k] === "the" && lower[k + 1] === "public" && (lower[k + 2] === "'s" || lower[k + 2] === "’s"))
        k += 3;
      const money = MONEY.has(lower[k]) && lower[k] !== "support";
      const after = lower[k + 1] ?? "";
      const help =
        HELP.has(lower[k]) && (k > i + 2 || after === "in" || after === "from" || after.endsWith("ing"));
      // Later mentions of the same appeal for money retell it ("asked for donations", "asking for contributions").
      if (money && askedForMoney) continue;
      if (money || help) {
        askedForMoney ||= money;
        found(
          money ? "donate" : "act",
          i,
          clauseEnd(k + 1),
          `a reported appeal '${w} for ${lower[k]}'`,
          true,
          true,
        );
        continue;
      }
    }
    // "Any financial support would be appreciated", "donations are welcome": an appeal put politely.
    if ((w === "appreciated" || w === "welcome" || w === "welcomed") && PASSIVE_AUX.has(lower[i - 1] ?? "")) {
      let first = -1;
      for (let k = i - 2; k >= Math.max(sentenceStart(i), i - 6); k--) {
        if (CLAUSE_END.has(lower[k])) break;
        if (MONEY.has(lower[k]) && lower[k] !== "support") first = k;
      }
      if (first >= 0 && !askedForMoney) {
        while (first > sentenceStart(i) && (lower[first - 1] === "any" || lower[first - 1] === "all"))
          first--;
        askedForMoney = true;
        found(
          "donate",
          first,
          clauseEnd(i),
          `money asked for politely '${lower.slice(first, i + 1).join(" ")}'`,
          quoted[i] === 1,
        );
      }
      continue;
    }
    // "sent out fundraising emails on his behalf", "sent a fund-raising plea": an appeal for money
    // to a list of supporters, reported by its medium (test-9 p38/p53, test-10 j06).
    if (SEND.has(w)) {
      let k = lower[i + 1] === "out" ? i + 2 : i + 1;
      if (DETERMINERS.has(lower[k] ?? "") || kind[k] === TokenKind.Number || NUMBER_WORDS.has(lower[k] ?? ""))
        k++;
      let fund = lower[k] === "fundraising" || lower[k] === "fund-raising";
      if (!fund && lower[k] === "fund" && lower[k + 1] === "-" && lower[k + 2] === "raising") {
        fund = true;
        k += 2;
      }
      if (fund && PITCHES.has(lower[k + 1] ?? "")) {
        found("donate", i, clauseEnd(k + 2), `a reported fund-raising ${lower[k + 1]}`);
        continue;
      }
    }
    // "calling for the killing of gays", "called for the murder of apostates": harm asked for by name.
    if ((CALL_VERBS.has(w) || APPEAL_NOUNS.has(w)) && lower[i + 1] === "for") {
      const k = lower[i + 2] === "the" ? i + 3 : i + 2;
      // "called for a boycott of his speech": a refusal asked of the public (test-10 j55).
      const b = lower[i + 2] === "a" ? i + 3 : i + 2;
      if (lower[b] === "boycott" || lower[b] === "boycotts") {
        found("refuse", i, clauseEnd(b + 1), `a reported call for a '${lower[b]}'`, true, true);
        continue;
      }
      if (KILLING_NOUNS.has(lower[k] ?? "") && lower[k + 1] === "of") {
        found("violence", i, clauseEnd(k + 2), `a reported call for '${lower[k]} of' people`, true, true);
        continue;
      }
    }
    // "encouraging violence against protesters", "incited attacks on Jews": harm urged by its
    // noun and aimed at people is a reported call to violence, with or without an addressee (test-10 j55).
    if (
      (URGE_VERBS.has(w) || (CALL_VERBS.has(w) && lower[i + 1] === "for")) &&
      !lower[i - 1]?.startsWith("condemn")
    ) {
      const k = lower[i + 1] === "for" ? i + 2 : i + 1;
      // "was encouraging violence at his rallies": violence itself incited needs no target, but
      // only after a verb of inciting, not as a modifier ("encouraged violence prevention") and not
      // as what a rule describes ("content meant to incite violence").
      const incited =
        lower[k] === "violence" &&
        lower[i - 1] !== "to" &&
        (INCITING.has(w) || CALL_VERBS.has(w)) &&
        (VIOLENCE_SETTINGS.has(lower[k + 1] ?? ".") || kind[k + 1] !== TokenKind.Word);
      if (
        incited ||
        ((VIOLENCE_NOUNS.has(lower[k] ?? "") || ATTACK_NOUNS.has(lower[k] ?? "")) &&
          (lower[k + 1] === "against" || lower[k + 1] === "on"))
      ) {
        found(
          "violence",
          i,
          clauseEnd(k + 2),
          incited
            ? `a reported incitement of '${lower[k]}'`
            : `a reported urge of '${lower[k]} ${lower[k + 1]}' people`,
        );
        continue;
      }
    }
    // "called on students to ...", "urged his followers not to ...", "told them to “punch ...”"
    const call = CALL_VERBS.has(w) && (lower[i + 1] === "on" || lower[i + 1] === "upon");
    // "a clear appeal to members ...": the noun, read below.
    const noun =
      APPEAL_NOUNS.has(w) && (DETERMINERS.has(lower[i - 1] ?? "") || DETERMINERS.has(lower[i - 2] ?? ""));
    // "I want Americans to remember ...", "we want you to vote": the speaker's own wish laid on
    // people is an appeal; a reported "he wants voters to" stays a wish (z20).
    // "I want to assure all of you ...": the speaker's own intent, nobody urged.
    const want = w === "want" && lower[i + 1] !== "to" && ownVoice(i) >= 0;
    if ((call || URGE_VERBS.has(w) || want) && !noun) {
      const own = ownVoice(i);
      // "Tourists have been warned to stay out", "Muslims are exhorted to renew ...": a passive urge.
      // "whom he is asking to vote for him" is progressive, not passive.
      if (!call && PASSIVE_AUX.has(lower[i - 1] ?? "") && !w.endsWith("ing")) {
        const not = lower[i + 1] === "not";
        const v = infinitive(not ? i + 2 : i + 1);
        const subject = v ? passiveSubject(i - 1) : -1;
        if (subject >= 0) {
          push(
            subject,
            v,
            clauseEnd(v),
            `a passive urge '${lower.slice(i - 1, v).join(" ")}' to people`,
            true,
            not,
          );
          continue;
        }
      }
      // "To call upon people to give up their illusions ... is to ...": the urge as a topic.
      const openers = lower[i - 2] ?? "";
      if (
        lower[i - 1] === "to" &&
        (i - 1 === sentenceStart(i) || openers === '"' || openers === "“" || openers === ":")
      )
        continue;
      // "To call upon people to give up X is to ask them to change": a definition of the act, not
      // an urge ("Francis' message is to call on all Christians to ..." still reports one).
      if (lower[i - 1] === "to" && (openers === "is" || openers === "was") && definition(i)) continue;
      // "bureaucrats who are used to telling people not to ...": a habit described, not an urge.
      // ("a post used to encourage students to vote" is a reported urge.)
      if (w.endsWith("ing") && lower[i - 1] === "to" && (openers === "used" || openers === "accustomed"))
        continue;
      // "... to urge people", "did name and shame me, and call on students": reported events.
      const joined = (lower[i - 1] === "to" || lower[i - 1] === "and") && i - 1 > sentenceStart(i);
      // "The leaders of Iran order their people to ...": a present tense after a named subject.
      const afterName = i > sentenceStart(i) && kind[i - 1] === TokenKind.Word && upper(i - 1) && !upper(i);
      if (BASE_FORMS.has(w) && !joined && !afterName && own < 0) continue;
      if (w.endsWith("ing") && (GERUND_TOPIC.has(lower[i - 1] ?? "") || i === sentenceStart(i))) continue;
      let k = call ? i + 2 : i + 1;
      // "appealed to supporters to give", "asked for people to step up", "a call for Democrats to"
      if ((w.startsWith("appeal") || w.startsWith("call")) && lower[k] === "to") k++;
      else if ((ASKING.has(w) || w.startsWith("call")) && lower[k] === "for") k++;
      // "The health alert advised that U.S. citizens in China should consult a medical professional"
      const that = lower[k] === "that" && !call;
      if (that) k++;
      // "I ask you to do for her what you did for me": the speaker's own urge to the listeners.
      // "Your Eminence, I urge you to ...": an honorific opens a plea to one person (test-6 z30).
      // "we (still) encourage you to reach out": a body's own urge to its readers, likewise.
      // "Cardinal Burke, ... we beg you to act": a named vocative makes it a plea to one person.
      const youOk =
        own >= 0 &&
        FIRST_PERSON.has(lower[own]) &&
        !HONORIFICS.has(lower[sentenceStart(i)]) &&
        !namedVocative(sentenceStart(i));
      const np = urgedPhrase(k, ADVISING.has(w) || that, w.endsWith("s") || own >= 0, false, that, youOk);
      // "asks students to imagine that ...": a prompt to think, not an appeal (test-6 z01).
      if (!np || OFFICIAL_ACTS.has(lower[np.verb]) || PROMPTS.has(lower[np.verb])) continue;
      // "what he urged them to do.": the deed is a pro-form whose content is told elsewhere.
      if (lower[np.verb] === "do" && CLAUSE_END.has(lower[np.verb + 1] ?? ".")) continue;
      // "I want you to know that ...": an aside to the listener, not an appeal.
      if (want && WANT_ASIDES.has(lower[np.verb])) continue;
      // "ordered the members of the commission to ...", "order all the priests in his diocese to
      // read ...": an order to the members of a body is given inside its hierarchy, not an appeal
      // ("ordered all illegal invaders to get out" still calls).
      if (ORDERING.has(w) && memberOfUnit(k, np.verb)) continue;
      // "While voting and then asking supporters to back that decision with cash is common": a topic.
      const end = clauseEnd(np.verb);
      const topic = i === sentenceStart(i) || TOPIC_BEFORE.has(lower[i - 1] ?? "");
      if (w.endsWith("ing") && topic && lower.slice(np.verb, end).some((t) => t === "is" || t === "was"))
        continue;
      const first = own >= 0 ? own : i;
      const reported = own < 0 || w.endsWith("ed") || w === "told" || w === "asked";
      push(
        first,
        np.verb,
        end,
        `a reported urge '${lower.slice(i, np.verb).join(" ")}' addressed to people`,
        reported,
        np.not,
      );
      continue;
    }
    // "demands that all Americans engage in ...": a group told what to do in a that-clause.
    if ((w.startsWith("demand") || w.startsWith("insist")) && lower[i + 1] === "that") {
      const np = urgedPhrase(i + 2, true, false, true);
      if (np)
        push(
          i,
          np.verb,
          clauseEnd(np.verb),
          `a reported demand on people '${lower.slice(i, np.verb).join(" ")}'`,
          true,
        );
      continue;
    }
    // "put out a call for financial support", "made a public appeal for donations"
    if (APPEAL_NOUNS.has(w)) {
      let k = i + 1;
      if (lower[k] === "for" && MONEY.has(lower[k + 1])) {
        let first = i;
        for (let d = i - 1; d >= i - 3 && d >= 0; d--) if (lower[d] === "a" || lower[d] === "an") first = d;
        found("donate", first, clauseEnd(k + 1), `a reported appeal '${w} for ${lower[k + 1]}'`, true, true);
        continue;
      }
      // "Maxine Waters' call for Democrats to confront ...", "an appeal to members ... to join them"
      if (lower[k] === "for" || lower[k] === "to") {
        const np = urgedPhrase(k + 1, false, false);
        if (np) {
          push(
            i,
            np.verb,
            clauseEnd(np.verb),
            `a reported ${w} '${lower.slice(i, np.verb).join(" ")}'`,
            true,
            np.not,
          );
          continue;
        }
      }
      // "calls by authorities not to make the journey": only the refusal form, since "calls to
      // impeach him" are demands on officials.
      if (lower[k] === "by" || lower[k] === "from") for (k += 2; k < i + 6 && lower[k] !== "not"; k++);
      if (lower[k] === "not" && lower[k + 1] === "to" && verbAt(k + 2)) {
        push(i, k + 2, clauseEnd(k + 2), `a reported ${w} 'not to'`, true, true);
        continue;
      }
    }
    // "(posted that) refugees should “burn alive” or “drown”": death wished on a group of people,
    // worded as a norm, is a call to violence whoever reports it (test-11 l52).
    if (NORM_MODALS.has(w) && GROUPS.has(lower[i - 1] ?? "") && lower[i - 1] !== "all") {
      const v = skipMarks(i + 1);
      const dies = DEATHS.has(lower[v] ?? "") || (lower[v] === "be" && KILLED.has(lower[v + 1] ?? ""));
      if (dies && lower[v + 1] !== "out" && lower[v + 1] !== "down") {
        found(
          "violence",
          i - 1,
          clauseEnd(v),
          `wishes death on a group '${lower[i - 1]} ${w} ${lower[v]}'`,
          quoted[i] === 1 || lower[i - 2] === "that",
        );
        continue;
      }
    }
    // "(that) Obama should be hanged": a capitalised name, "should/must be", a participle of killing.
    if (
      NORM_MODALS.has(w) &&
      lower[i + 1] === "be" &&
      KILLED.has(lower[i + 2] ?? "") &&
      capitalisedTarget(i - 1)
    ) {
      let s = i - 1;
      while (s > i - 4 && capitalisedTarget(s - 1)) s--;
      // "(a posting) saying that Obama should be hanged": someone else's words, reported.
      found(
        "violence",
        s,
        clauseEnd(i + 2),
        `wishes a named person '${lower.slice(s, i).join(" ")}' ${lower[i + 2]}`,
        quoted[i] === 1 || (lower[s - 1] === "that" && SAYING.has(lower[s - 2] ?? "")),
      );
      continue;
    }
    // "(wrote) that people must “believe women”", "said people need to stop ...": a norm for everyone,
    // reported. Another audience noun counts for a feeling asked of it ("Hannity said citizens should
    // be outraged", train-6 #11); "said Americans should worry more about ..." argues (heldout).
    const people = w === "people";
    if (
      (people || (ADDRESSEES.has(w) && !NOT_REPORTED_GROUPS.has(w))) &&
      (lower[i - 1] === "that" || SAYING.has(lower[i - 1] ?? "") || lower[i - 1] === "said")
    ) {
      const m = i + 1;
      const to = (lower[m] === "need" || lower[m] === "have") && lower[m + 1] === "to";
      const v = skipMarks(to ? m + 2 : m + 1);
      const feeling = lower[v] === "be" && BE_ATTITUDES.has(lower[v + 1] ?? "");
      if ((NORM_MODALS.has(lower[m]) || to) && verbAt(v) && (people ? !ARGUING.has(lower[v]) : feeling)) {
        const stop = lower[v] === "stop" && (lower[v + 1] ?? "").endsWith("ing");
        push(
          i,
          v,
          clauseEnd(v),
          `a norm for ${w} in someone's words: '${w} ${lower.slice(m, v).join(" ")}'`,
          true,
          stop,
          // "outraged by the ... money spent": a feeling is asked, whatever its object's words.
          feeling ? "act" : undefined,
        );
        continue;
      }
    }
    // "every single voter in America needs to know about it", "everyone in the country ought to be
    // worried": a norm on everyone of the public, in anyone's words (test-11 l38, test-10 j03).
    if (EVERY.has(w)) {
      let k = i + 1;
      if (w === "every") {
        if (lower[k] === "single") k++;
        const noun = lower[k] ?? "";
        if (
          kind[k] !== TokenKind.Word ||
          NOT_EVERYONE.has(noun) ||
          OFFICIALS.has(noun) ||
          OFFICIALS.has(`${noun}s`)
        )
          continue;
        k++;
      }
      // "in America", "in the country", "of us"
      if (lower[k] === "in" || lower[k] === "of") {
        k++;
        if (lower[k] === "the") k++;
        k++;
      }
      const m = lower[k] ?? "";
      const to = (m === "needs" || m === "has" || m === "ought") && lower[k + 1] === "to";
      const v = to ? k + 2 : k + 1;
      if (
        (to || m === "should" || m === "must") &&
        verbAt(v) &&
        (!ARGUING.has(lower[v]) || (lower[v] === "be" && BE_ATTITUDES.has(lower[v + 1] ?? ""))) &&
        (i === firstWordOfClause(i) || NORM_BEFORE.has(lower[i - 1] ?? ""))
      ) {
        push(i, v, clauseEnd(v), `a norm on everyone: '${lower.slice(i, v).join(" ")}'`, false);
        continue;
      }
    }
    // "one cannot allow such an influx": a refusal laid on anyone.
    if (
      w === "one" &&
      CANNOT.has(lower[i + 1]) &&
      PERMIT.has(lower[i + 2] ?? "") &&
      i === firstWordOfClause(i)
    ) {
      push(
        i,
        i + 2,
        clauseEnd(i + 2),
        `a refusal laid on anyone: 'one ${lower[i + 1]} ${lower[i + 2]}'`,
        false,
        true,
      );
      continue;
    }
    // "one must also encourage priests", "one should never forget"
    if (w === "one" && NORM_MODALS.has(lower[i + 1]) && i === firstWordOfClause(i)) {
      let k = i + 2;
      while (
        k < i + 4 &&
        (lower[k] === "also" || lower[k] === "always" || lower[k] === "never" || lower[k] === "not")
      )
        k++;
      if (verbAt(k) && !ARGUING.has(lower[k]))
        push(i, k, clauseEnd(k), `a norm laid on anyone: 'one ${lower[i + 1]}'`, false);
      continue;
    }
    // "terrorism is the answer": violence named as the remedy, in someone's words.
    if (w === "is" && VIOLENCE_NOUNS.has(lower[i - 1] ?? "") && lower[i + 1] === "the") {
      const k = lower[i + 2] === "only" ? i + 3 : i + 2;
      if (REMEDIES.has(lower[k] ?? "") && quoted[i]) {
        found("violence", i - 1, k + 1, `names '${lower[i - 1]}' as the ${lower[k]}`);
        continue;
      }
    }
    // "the faithful are obliged to resist", "Christians are bound to forgive"
    if ((w === "are" || w === "is") && OBLIGED.has(lower[i + 1]) && lower[i + 2] === "to" && verbAt(i + 3)) {
      let s = i - 1;
      if (!GROUPS.has(lower[s]) || lower[s] === "all") continue;
      if (OBJECT_MODIFIERS.has(lower[s - 1])) s--;
      // "norms that all nuns are required to observe,": a relative clause whose verb's object is
      // the noun before it describes the norms, it does not lay one.
      const relative =
        (lower[s - 1] === "that" || lower[s - 1] === "which") && CLAUSE_END.has(lower[i + 4] ?? ".");
      if (relative) continue;
      push(s, i + 3, clauseEnd(i + 3), `the audience '${lower.slice(s, i).join(" ")}' is obliged`, false);
    }
  }
  return out;

  // A word in a line of Title Case: "Advises Brits to Avoid Calais Altogether".
  function headlineCase(k: number): boolean {
    let caps = 0;
    let words = 0;
    for (let j = Math.max(sentenceStart(k), k - 4); j < Math.min(sentenceEnd(k), k + 4); j++) {
      if (kind[j] !== TokenKind.Word) continue;
      words++;
      if (upper(j)) caps++;
    }
    return caps * 4 >= words * 3;
  }

  // "Cardinal Burke," at the sentence start: capitalised words, not an audience noun, then a comma.
  function namedVocative(start: number): boolean {
    let j = start;
    while (j < start + 4 && kind[j] === TokenKind.Word && upper(j) && !GROUPS.has(lower[j])) j++;
    // Two words at least: a lone capital is any sentence's first word ("Also, ...", "So, ...").
    return j > start + 1 && lower[j] === ",";
  }

  // "(the members) of the commission", "(the priests) in his diocese": the group placed in a body.
  function memberOfUnit(from: number, to: number): boolean {
    for (let j = from + 1; j < to - 1; j++)
      if ((lower[j] === "of" || lower[j] === "in") && UNIT_DETERMINERS.has(lower[j + 1])) return true;
    return false;
  }

  // "I encourage all parents to", "we asked for people to": the writer's (or its site's) own urge.
  // Returns the first token of the subject, or -1.
  function ownVoice(i: number): number {
    let k = i - 1;
    while (k > i - 3 && FIRST_ADVERBS.has(lower[k] ?? "")) k--;
    return FIRST_PERSON.has(lower[k] ?? "") ? k : -1;
  }

  /**
   * The people urged, from k: a noun phrase whose core names a group and no official ("his
   * followers", "the world's bishops", "people with medical problems", "all illegal Muslim
   * invaders"), then "(not) to VERB" — or "should VERB" after advice, "they need to VERB" after
   * "tells", a bare VERB in a that-clause. `us` counts for present-tense urges ("God tells us to").
   */
  function urgedPhrase(
    k: number,
    modalOk: boolean,
    usOk: boolean,
    bare = false,
    modalOnly = false,
    youOk = false,
  ): { verb: number; not: boolean } | null {
    const last = sentenceEnd(k);
    let group = false;
    // Addressees that count only for the urges named above: a class asked to convert, a polity
    // asked to remember.
    let lesson = false;
    let polity = false;
    let present = false;
    let core = true;
    let j = k;
    let limit = k + 16;
    for (; j < last && j < limit; j++) {
      const t = lower[j];
      if (j > k && group) {
        // "told the crowd that the union is frightening whites in order to get ...": a statement
        // told to people; its infinitives are not urged ("told them that they must" goes on).
        if (t === "that" && !modalOk && !PRONOUN_SUBJECTS.has(lower[j + 1] ?? "")) return null;
        // "warn his supporters about the dangers of failing to turn out": the warning's topic
        // follows, and its infinitives belong to the topic (test-6 z21).
        if (t === "about") return null;
        const not = t === "not" && lower[j + 1] === "to";
        // "voters inclined to support", "immigrants ... won't be permitted to stay": no urge.
        const v = modalOnly || DISPOSED.has(lower[j - 1]) ? 0 : infinitive(not ? j + 1 : j);
        // "ordered 5,200 soldiers to be deployed": the people are moved, not asked to act; "to be
        // united", "to be prepared" ask a state of them.
        const p = lower[v + 1] ?? "";
        const moved =
          lower[v] === "be" && p.length > 4 && p.endsWith("ed") && !BE_VIRTUES.has(p) && !BE_ATTITUDES.has(p);
        if (v && moved) return null;
        if (v && lesson && !converts(v)) return null;
        if (v && present && postureAt(lower, v)) return null;
        if (v && polity && lower[v] !== (not ? "forget" : "remember")) return null;
        if (v) return { verb: v, not };
        // "warned Trump and his supporters against prematurely celebrating": a refusal urged.
        if (t === "against") {
          const g = lower[j + 1]?.endsWith("ly") ? j + 2 : j + 1;
          if ((lower[g] ?? "").endsWith("ing") && verbAt(g)) return { verb: g, not: true };
        }
        if (modalOk && (t === "should" || t === "must")) {
          const m = skipMarks(j + 1);
          if (verbAt(m)) return { verb: m, not: lower[m] === "not" };
        }
        // "Tells #NeverTrump Conservatives They Need To Change Course"
        if ((t === "they" || t === "you") && TOLD_MODALS.has(lower[j + 1] ?? "")) {
          const to = lower[j + 2] === "to" ? j + 3 : j + 2;
          if (verbAt(to) && lower[to] !== "be") return { verb: to, not: false };
        }
        // "demands that all Americans engage in ...": the group and its verb, side by side.
        if (bare)
          return verbAt(j) &&
            !upper(j) &&
            !GROUPS.has(t) &&
            !AUX.has(t) &&
            !NP_BREAKS.has(t) &&
            !t.endsWith("s")
            ? { verb: j, not: false }
            : null;
      }
      // "I implore everyone, especially bishops, to speak up", "urge my friends (and anyone else)
      // to read it": an aside that widens or narrows the group before its infinitive.
      if (group && (t === "," || t === "(")) {
        const close = t === "," ? "," : ")";
        let e = j + 1;
        while (e < Math.min(last, j + 8) && lower[e] !== close && !CLAUSE_END.has(lower[e])) e++;
        const to = lower[e + 1] === "not" ? e + 2 : e + 1;
        if (lower[e] === close && lower[to] === "to") {
          j = e;
          continue;
        }
      }
      if (CLAUSE_END.has(t) && !(t === "." && j > k && tokens.end[j - 1] === tokens.start[j])) return null;
      // A parenthesis between dashes: "all parents — alternatives that ... — to go to ..."
      if (DASHES.has(t)) {
        limit = Math.min(last, j + 45);
        continue;
      }
      if (!core) continue;
      if (j > k && (NP_BREAKS.has(t) || (t.endsWith("ing") && t.length > 5) || t === "to")) {
        core = false;
        continue;
      }
      if (OFFICIALS.has(t) || WH.has(t) || (j === k && (NP_BREAKS.has(t) || t === "by"))) return null;
      if (t === "that" && !PRONOUN_SUBJECTS.has(lower[j + 1] ?? "")) return null;
      // "telling his brother to come": one relative, an individual inside a narrated event.
      if (KIN.has(t) && POSSESSIVES.has(lower[j - 1] ?? "")) return null;
      // "asking potential employees questions to see how they respond": the questions are the object.
      if (t === "questions" || t === "question") return null;
      // "asking the students to write it": a class inside a narrated lesson, not the public.
      if (j === k + 1 && lower[k] === "the" && PUPILS.has(t)) lesson = true;
      // "asked the congregation to stand": a posture asked of those present, not of the public.
      if (j === k + 1 && lower[k] === "the" && PRESENT_AUDIENCE.has(t)) present = true;
      // "the world's bishops": a possessive polity modifies the group named after it.
      const possessive = lower[j + 1] === "'s" || lower[j + 1] === "’s";
      if (j === k + 1 && lower[k] === "the" && POLITY_ADDRESSEES.has(t) && !possessive) group = polity = true;
      else if (
        (GROUPS.has(t) && t !== "all") ||
        (t === "us" && usOk) ||
        (t === "you" && youOk && j === k) ||
        (t === "anyone" && modalOk)
      )
        group = true;
      // "Republicans", "Brits", "Muslims": a capitalised plural of a people word names a group.
      else if (upper(j) && GROUP_SUFFIX.test(t)) group = true;
      // "selfies with young people ..., and he urged them to vote": "them" takes the group named
      // just before, unless officials are named nearer (test-10 j59, j21).
      else if (t === "them" && j === k && groupBefore(k)) group = true;
      else if (t === "us" || t === "them" || t === "him" || t === "her" || t === "anyone") return null;
      // "called on Obama to ...", "invite Gennifer Flowers": a name is a third party.
      // "warned Trump and his supporters": the name's public comes along, so the group is addressed.
      // A reverent capital ("His disciples") is still a pronoun.
      if (
        kind[j] === TokenKind.Word &&
        upper(j) &&
        !group &&
        !OBJECT_MODIFIERS.has(t) &&
        !POSSESSIVES.has(t)
      ) {
        const withGroup =
          lower[j + 1] === "and" && (GROUPS.has(lower[j + 2] ?? "") || GROUPS.has(lower[j + 3] ?? ""));
        if (!GROUPS.has(lower[j + 1] ?? "") && !withGroup) return null;
      }
    }
    return null;
  }

  // A clause that opens (at the sentence start or after a mark) with an infinitive as its subject:
  // "As the line goes: “To call upon ...".
  function definition(i: number): boolean {
    for (let j = sentenceStart(i); j < i - 2; j++)
      if (lower[j] === "to" && (j === sentenceStart(i) || kind[j - 1] === TokenKind.Punct)) return true;
    return false;
  }

  // The nearest plural noun of people before `k`, in its sentence, is a group
  // an urge can address (not officials, not a name).
  function groupBefore(k: number): boolean {
    const from = Math.max(sentenceStart(k), k - 40);
    for (let j = k - 2; j >= from; j--) {
      const t = lower[j];
      if (OFFICIALS.has(t)) return false;
      if (GROUPS.has(t) && t !== "all" && t !== "everyone" && t !== "staff" && t !== "employees") return true;
    }
    return false;
  }

  // The subject of a passive urge, scanning back from its auxiliary: a group and no official
  // ("Malagasy people have also been told", "All seeking entry into the U.S. are urged").
  function passiveSubject(aux: number): number {
    let k = aux;
    while (k > sentenceStart(aux) && PASSIVE_SKIP.has(lower[k - 1])) k--;
    let group = -1;
    for (let j = k - 1; j >= Math.max(sentenceStart(aux), k - 8); j--) {
      const t = lower[j];
      if (CLAUSE_END.has(t) && !(t === "." && tokens.end[j - 1] === tokens.start[j])) break;
      if (OFFICIALS.has(t)) return -1;
      if (GROUPS.has(t) && t !== "staff" && t !== "employees") group = j;
    }
    if (group < 0) return -1;
    // The span opens at the subject's determiner or its first word.
    let s = group;
    while (
      s > sentenceStart(aux) &&
      kind[s - 1] === TokenKind.Word &&
      !CLAUSE_END.has(lower[s - 1]) &&
      s > group - 3
    )
      s--;
    return s;
  }

  // A capitalised word; at a sentence start only if it is no pronoun or determiner ("It should be
  // killed" is about a bill, "Smith should be shot." about a person).
  function capitalisedTarget(k: number): boolean {
    return k >= 0 && !NOT_TARGETS.has(lower[k]) && capitalised(doc, k);
  }

  // A norm opens its clause: "..., one must" or at the sentence start, not "no one must".
  function firstWordOfClause(i: number): number {
    const p = lower[i - 1];
    if (i === sentences.firstToken[sentenceOf[i]] || p === "," || DISCOURSE.has(p) || p === "“" || p === '"')
      return i;
    return -1;
  }

  // "follow the Quran", "become Muslim": the urged verb, an optional article, a faith.
  function converts(v: number): boolean {
    if (!CONVERT.has(lower[v])) return false;
    const o = lower[v + 1] === "the" ? v + 2 : v + 1;
    return FAITHS.has(lower[o] ?? "");
  }

  function labelAfter(at: number, last: number, not: boolean): CallLabel {
    let donate = false;
    let join = false;
    let refuse = not || REFRAIN.has(lower[at]);
    // "to try to kill ...": the harm is the verb after the attempt.
    const verb = ATTEMPT.has(lower[at]) && lower[at + 1] === "to" ? at + 2 : at;
    if (BELIEVING.has(lower[verb]) || (lower[verb] === "believe" && lower[verb + 1] === "women"))
      return "believe";
    if (converts(verb)) return "believe";
    // "to transfer their trust in him to ...", "to put their faith in ...": trust asked, so `believe` (test-7 #3).
    if (
      TRUST.has(lower[verb + 1] ?? "") ||
      (POSSESSIVES.has(lower[verb + 1] ?? "") && TRUST.has(lower[verb + 2] ?? ""))
    )
      return "believe";
    // "to “turn away” from Trump", "to walk away from the deal": a turning from, so `refuse`.
    if (AWAY_VERBS.has(lower[verb]) && lower[verb + 1] === "away") refuse = true;
    if (lower[verb] === (not ? "forget" : "remember")) return "remember";
    for (let k = verb; k < last; k++) {
      const t = lower[k];
      const prev = lower[k - 1] ?? "";
      const determiner = prev === "a" || prev === "the" || prev === "an";
      const harm = !GATED_VIOLENCE.has(t) || HARM_OBJECTS.has(lower[k + 1] ?? "");
      const reach = lower[verb + 1] === "and" ? verb + 2 : verb + 1;
      if ((VIOLENT.has(t) || BLOWS.has(t)) && harm && !determiner && k <= reach) return "violence";
      if (warAt(lower, k) || violentPhraseAt(lower, k)) return "violence";
      if (ATTACK_NOUNS.has(t) && CARRY_OUT.has(lower[verb])) return "violence";
      // "to chip in $27": money asked by the idiom, as in the imperative (labelOf).
      if (DONATE.has(t) || (t === "chip" && lower[k + 1] === "in")) donate = true;
      if (JOIN.has(t) && !joinInAt(lower, k, last)) join = true;
      if (REFUSE.has(t)) refuse = true;
    }
    if (donate) return "donate";
    if (join) return "join";
    if (refuse) return "refuse";
    return "act";
  }
}
