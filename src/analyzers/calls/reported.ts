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
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import type { Call, CallLabel } from "./detect.js";
import { englishTokens } from "./english.js";
import { ADDRESSEES, DISCOURSE, DONATE, HARM_OBJECTS, JOIN, KILLED, REFUSE, VIOLENT } from "./lexicon.js";
import { CLOSE_QUOTES } from "./quotes.js";

// Verbs that report an urge; "call/called" only with "on/upon" after them.
const URGE_VERBS = wordSet(`
  urge urges urged urging exhort exhorts exhorted exhorting implore implores implored imploring
  beseech beseeched besought warn warns warned warning
  tell tells told telling ask asks asked asking
  command commands commanded commanding order orders ordered ordering appeal appeals appealed appealing
  beg begs begged begging
`);
const CALL_VERBS = wordSet("call calls called calling");
// Who may be urged: the audience nouns, and people in general or a movement's base.
const URGED = new Set([
  ...ADDRESSEES,
  ...wordSet(`
    public residents protesters protestors demonstrators fans activists republicans democrats
    conservatives liberals progressives participants migrants refugees crowd crowds audience
    listeners employees staff backers constituents americans britons
  `),
]);
// Before the urged noun: "his followers", "these people", "all Americans", "fellow citizens".
const OBJECT_MODIFIERS = wordSet(
  "the his her their our your these those all fellow young every other local american many",
);
// Nouns that make an appeal or a call: "a call for financial support", "calls not to travel".
const APPEAL_NOUNS = wordSet("call calls appeal appeals plea pleas");
const MONEY = wordSet("financial support donations donation funds money contributions funding");
// A norm's binding words after "are/is": "the faithful are obliged to resist".
const OBLIGED = wordSet("obliged obligated bound required commanded duty-bound");
const NORM_MODALS = wordSet("must should");
// After "one must": the writer's reasoning, not a norm ("one must admit that", "one must wonder").
const ARGUING = wordSet(
  "admit concede note say wonder ask remember recall understand realize realise recognize recognise assume conclude suppose imagine consider acknowledge know see be have",
);
// Verbs that report words before "that": the wish after them is someone else's.
const SAYING = wordSet("said says saying wrote writes writing posted posting tweeted claimed declared");
const NOT_TARGETS = wordSet(
  "it this that these those there here which what who whom the a an and but so then now if when",
);
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
const BASE_FORMS = wordSet("urge exhort implore beseech warn tell ask command order appeal beg call");
// A gerund after these is a topic, not a report: "keen on telling women to", "the idea of asking".
const GERUND_TOPIC = wordSet("on of about in at from");

// Every word that can start one of the patterns below.
const TRIGGERS = new Set([...URGE_VERBS, ...CALL_VERBS, ...APPEAL_NOUNS, ...NORM_MODALS, "one", "are", "is"]);

export function findReportedCalls(doc: Doc, quoted: Uint8Array): Call[] {
  const { lower, tokens, sentences, sentenceOf } = doc;
  const { kind, count } = tokens;
  const english = englishTokens(doc);
  const out: Call[] = [];
  const sentenceEnd = (k: number) => sentences.lastToken[sentenceOf[k]];
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
    lower[k] !== "a" &&
    lower[k] !== "an" &&
    lower[k] !== "no";
  const push = (first: number, verb: number, last: number, why: string, reported: boolean, not = false) => {
    if (last <= first) return;
    const label = labelAfter(verb, last, not);
    out.push({
      label,
      first,
      last,
      addressee: null,
      quotedByMarks: reported || quoted[verb] === 1,
      score: 0.6,
      why: [why, `label '${label}' from the urged words`],
    });
  };
  for (let i = 0; i < count; i++) {
    const w = lower[i];
    // One lookup rejects almost every token (this pass runs on every document).
    if (!TRIGGERS.has(w) || !english[i] || lower[sentenceEnd(i) - 1] === "?") continue;
    // "called on students to ...", "urged his followers not to ...", "told them to “punch ...”"
    const call = CALL_VERBS.has(w) && (lower[i + 1] === "on" || lower[i + 1] === "upon");
    if (call || URGE_VERBS.has(w)) {
      // "... to urge people", "did name and shame me, and call on students": reported events.
      const joined =
        (lower[i - 1] === "to" || lower[i - 1] === "and") && i - 1 > sentences.firstToken[sentenceOf[i]];
      if (BASE_FORMS.has(w) && !joined) continue;
      if (w.endsWith("ing") && GERUND_TOPIC.has(lower[i - 1] ?? "")) continue;
      let k = call ? i + 2 : i + 1;
      // "appealed to supporters to give"
      if ((w.startsWith("appeal") || w.startsWith("call")) && lower[k] === "to") k++;
      let mods = 0;
      while (mods < 2 && OBJECT_MODIFIERS.has(lower[k])) {
        k++;
        mods++;
      }
      // "these people", "his followers"; "people" bare only after a verb of urging ("urged people to").
      if (!URGED.has(lower[k]) || (lower[k] === "all" && mods === 0 && !URGED.has(lower[k + 1]))) continue;
      k++;
      const not = lower[k] === "not";
      if (not) k++;
      if (lower[k] !== "to") continue;
      k++;
      while (k < count && kind[k] === TokenKind.Punct && quoted[k + 1] && !quoted[k - 1]) k++;
      if (!verbAt(k)) continue;
      push(
        i,
        k,
        clauseEnd(k),
        `a reported urge '${lower.slice(i, k).join(" ")}' addressed to people`,
        true,
        not,
      );
      continue;
    }
    // "put out a call for financial support", "made a public appeal for donations"
    if (APPEAL_NOUNS.has(w)) {
      let k = i + 1;
      if (lower[k] === "for" && MONEY.has(lower[k + 1])) {
        let first = i;
        for (let d = i - 1; d >= i - 3 && d >= 0; d--) if (lower[d] === "a" || lower[d] === "an") first = d;
        out.push({
          label: "donate",
          first,
          last: clauseEnd(k + 1),
          addressee: null,
          quotedByMarks: true,
          score: 0.6,
          why: [`a reported appeal '${w} for ${lower[k + 1]}'`, "label 'donate' from the urged words"],
        });
        continue;
      }
      // "calls by authorities not to make the journey": only the refusal form, since "calls to
      // impeach him" are demands on officials.
      if (lower[k] === "by" || lower[k] === "from") for (k += 2; k < i + 6 && lower[k] !== "not"; k++);
      if (lower[k] === "not" && lower[k + 1] === "to" && verbAt(k + 2)) {
        push(i, k + 2, clauseEnd(k + 2), `a reported ${w} 'not to'`, true, true);
        continue;
      }
    }
    // "(that) Obama should be hanged": a capitalised name, "should/must be", a participle of killing.
    if (NORM_MODALS.has(w) && lower[i + 1] === "be" && KILLED.has(lower[i + 2] ?? "") && capitalised(i - 1)) {
      let s = i - 1;
      while (s > i - 4 && capitalised(s - 1)) s--;
      out.push({
        label: "violence",
        first: s,
        last: clauseEnd(i + 2),
        addressee: null,
        // "(a posting) saying that Obama should be hanged": someone else's words, reported.
        quotedByMarks: quoted[i] === 1 || (lower[s - 1] === "that" && SAYING.has(lower[s - 2] ?? "")),
        score: 0.6,
        why: [`wishes a named person '${lower.slice(s, i).join(" ")}' ${lower[i + 2]}`, "label 'violence'"],
      });
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
    // "the faithful are obliged to resist", "Christians are bound to forgive"
    if ((w === "are" || w === "is") && OBLIGED.has(lower[i + 1]) && lower[i + 2] === "to" && verbAt(i + 3)) {
      let s = i - 1;
      if (!URGED.has(lower[s]) || lower[s] === "all") continue;
      if (OBJECT_MODIFIERS.has(lower[s - 1])) s--;
      push(s, i + 3, clauseEnd(i + 3), `the audience '${lower.slice(s, i).join(" ")}' is obliged`, false);
    }
  }
  return out;

  // A capitalised word; at a sentence start only if it is no pronoun or determiner ("It should be
  // killed" is about a bill, "Smith should be shot." about a person).
  function capitalised(k: number): boolean {
    if (k < 0 || kind[k] !== TokenKind.Word || NOT_TARGETS.has(lower[k])) return false;
    const c = doc.text[tokens.start[k]];
    return c !== c.toLowerCase();
  }

  // A norm opens its clause: "..., one must" or at the sentence start, not "no one must".
  function firstWordOfClause(i: number): number {
    const p = lower[i - 1];
    if (i === sentences.firstToken[sentenceOf[i]] || p === "," || DISCOURSE.has(p) || p === "“" || p === '"')
      return i;
    return -1;
  }

  function labelAfter(verb: number, last: number, not: boolean): CallLabel {
    let donate = false;
    let join = false;
    let refuse = not;
    for (let k = verb; k < last; k++) {
      const t = lower[k];
      const prev = lower[k - 1] ?? "";
      const determiner = prev === "a" || prev === "the" || prev === "an";
      const harm = !GATED_VIOLENCE.has(t) || HARM_OBJECTS.has(lower[k + 1] ?? "");
      if ((VIOLENT.has(t) || BLOWS.has(t)) && harm && !determiner && k <= verb + 1) return "violence";
      if (ATTACK_NOUNS.has(t) && CARRY_OUT.has(lower[verb])) return "violence";
      if (DONATE.has(t)) donate = true;
      if (JOIN.has(t)) join = true;
      if (REFUSE.has(t)) refuse = true;
    }
    if (donate) return "donate";
    if (join) return "join";
    if (refuse) return "refuse";
    return "act";
  }
}
