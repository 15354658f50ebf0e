/**
 * Instructions to an audience in the room: the pastor "asked the congregation to stand", the
 * host's "Please take your seats. Let's save the speeches for later". They run a narrated
 * service, dinner or rally and ask nothing of the public the text reaches (test-7 v05, v18),
 * unlike "urged the crowd to stand up against ..." or "asked the crowd to vote".
 */
import { wordSet } from "../word-set.js";

// The people present at an event, as addressed by whoever runs it.
export const PRESENT_AUDIENCE = wordSet(
  "congregation audience crowd attendees guests worshippers worshipers room",
);
// Postures and gestures asked of those present; "stand up", "stand with", "stand against",
// "rise up" are the figurative, mobilising uses and are kept.
const POSTURES = wordSet("stand sit rise kneel applaud clap bow");
const FIGURATIVE = wordSet("up with against for together firm behind by tall");
// The business of an event: "take your seats", "let's save the speeches", "let's begin the program".
const PROCEEDINGS = wordSet("seats seat seated speeches program programme ceremony proceedings");

/** True when the verb at `v` is a posture asked of people present ("to stand to honor him"). */
export function postureAt(lower: readonly string[], v: number): boolean {
  return POSTURES.has(lower[v] ?? "") && !FIGURATIVE.has(lower[v + 1] ?? "");
}

/** True when the clause [from, to) of an imperative or "let's" runs an event's proceedings. */
export function proceedingsIn(lower: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 6; k++) if (PROCEEDINGS.has(lower[k])) return true;
  return false;
}
