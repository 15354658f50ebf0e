/**
 * Policy "we": a "we must / we need to / let us" whose complement is the work of government
 * (war, legislation, budgets, taxes, trade, regulation, a party's own rules) speaks for the
 * officials who can do it, not to the audience. Annotators read "we need to reform the tax
 * system", "we must not balance the budget on the backs of children" or "we should get rid of
 * superdelegates" as policy (test-2 u23, train-3 #1, test-7 v18/v36/v37), while "we must stand
 * together", "we must be vigilant", "we need to remember our values" bind the audience: those
 * name attitudes, unity or memory, never one of the domains below.
 */
import { wordSet } from "../word-set.js";
import { BE_ATTITUDES, DEGREE } from "./lexicon.js";

// The domains of state action: security and war, which only a state can wage (train-3 c26, c40).
const STATE_ACTION = wordSet(
  "bombing bombings military troops airstrikes allies ally economy sanctions shores measures coordinate intelligence nuclear missile missiles terrorism terrorists isis strategy defense defence escalation ceasefire",
);
// The domains of legislation and administration: what a legislature, a treasury or a party
// decides. "law" alone stays out ("we have to bring back law and order" is a call, h57); the
// plural and "legislation" name the lawmaking itself.
const POLICY_OBJECTS = wordSet(`
  tax taxes taxation budget budgets deficit deficits tariff tariffs regulation regulations
  legislation laws superdelegates subsidies entitlements medicaid medicare treaty treaties negotiations
  policy party deport deportation deportations surveillance infrastructure
`);
// "We can no longer claim to be the party of freedom", "or we will become a minority party": a
// "we" that is a party speaks as the party's leadership planning (test-9 p19, test-11 l57); a party
// as the object of a deed ("abandon their trust in the old party", "transform the Democratic
// Party") is the public's cause.
const BECOME = wordSet("be become remain");
// Verbs by which the public opposes or saves a policy: "we must stop this tax", "we have to
// defend Medicare" are campaigns' calls, whoever speaks, so the domains above do not cancel them.
const CAMPAIGN_VERBS = wordSet("stop fight oppose defeat block resist reject save protect defend kill");
const DETERMINERS = wordSet("a an the this that any our their his her its such");
// Words between a modal and its verb: "we must not", "we need to also".
const BEFORE_VERB = wordSet("to not never also just really");
// Verbs of lawmaking and problem-solving in office: "we need to reform ...", "we have to solve
// that problem". Audience calls ask to stand, resist, remember or act, not to legislate.
const POLICY_VERBS = wordSet("reform legislate regulate renegotiate repeal enact solve");

/** True when [from, to) names a domain of government action, so a "we" norm there is policy. */
export function policyIn(lower: readonly string[], from: number, to: number): boolean {
  let v = from;
  while (v < to && BEFORE_VERB.has(lower[v])) v++;
  const campaign = CAMPAIGN_VERBS.has(lower[v] ?? "");
  for (let k = from; k < to; k++) {
    const t = lower[k];
    // "in defense of free speech" defends a cause, not a country.
    if (STATE_ACTION.has(t) && !(t.startsWith("defen") && lower[k + 1] === "of")) return true;
    const asParty = t !== "party" || BECOME.has(lower[k - 2] ?? "") || BECOME.has(lower[k - 3] ?? "");
    if (!campaign && POLICY_OBJECTS.has(t) && asParty) return true;
    // As a verb only: "we cannot accept this reform" refuses, it does not legislate.
    if (POLICY_VERBS.has(t) && !DETERMINERS.has(lower[k - 1] ?? "")) return true;
  }
  return false;
}

/**
 * "Republicans must be gnashing their teeth", "we must be doing something right": a progressive
 * after "must be" is an inference about what is happening, not a demand (unlike "should be
 * celebrating", train-6 #11). `at` is the token after "be".
 */
export function epistemicMustBe(lower: readonly string[], at: number): boolean {
  const t = lower[at] ?? "";
  return t.length > 5 && t.endsWith("ing") && !t.endsWith("thing");
}

// Offices whose holders speak for a government, a legislature or a party: their "we" is that body
// (test-2 u23 "the Justice Minister", test-6 z22 "the foreign minister", test-7 v44 "the prime
// minister"). Mayors stay out: a mayor's "we should not welcome him" addressed the town (u05).
// "Colleagues" names the hearers of a legislator's letter or speech ("Sanders wrote to his
// colleagues", test-7 v36): that "we" is the chamber.
const OFFICES = wordSet(`
  minister ministers secretary senator sen. rep. rep governor congressman congresswoman lawmaker lawmakers chairman
  chairwoman ambassador spokesman spokeswoman diplomat chancellor colleagues
`);
// What an office-holder can still ask of the public: unity, vigilance, resistance, prayer,
// memory, a vote ("we must stand together as Americans", "we must rise", "we should oppose that").
const AUDIENCE_VERBS = wordSet(`
  stand unite rise resist oppose reject refuse fight pray remember forget vote speak join defend
  protect come pay watch welcome love respect
`);

const VIGILANCE = wordSet("vigilant united alert watchful");

/**
 * True when the sentence [from, to), outside the clause [clauseFrom, clauseTo), names an
 * office-holder and the verb at `v` asks no audience deed. Inside the clause the office is the object of
 * the demand ("demand changes from lawmakers", train-1 a34), not its speaker.
 */
export function officeHolderWe(
  lower: readonly string[],
  [from, to]: readonly [number, number],
  [clauseFrom, clauseTo]: readonly [number, number],
  v: number,
): boolean {
  if (AUDIENCE_VERBS.has(lower[v] ?? "")) return false;
  // "We must be vigilant / very careful / united": an attitude the public can take. "Be prepared
  // for Britain leaving" is a government's planning (u23) and stays policy.
  if (lower[v] === "be") {
    const a = DEGREE.has(lower[v + 1] ?? "") ? v + 2 : v + 1;
    if (BE_ATTITUDES.has(lower[a] ?? "") || VIGILANCE.has(lower[a] ?? "")) return false;
  }
  for (let k = from; k < to; k++) if ((k < clauseFrom || k >= clauseTo) && OFFICES.has(lower[k])) return true;
  return false;
}
