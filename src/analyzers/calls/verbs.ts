/**
 * Open-class verbs for imperatives the closed IMPERATIVES list does not name ("Purge every
 * ...", "Don't leave it on the field", "Please read ..."). The word -> part-of-speech table
 * that ships inside the techniques model (majority CoreNLP tag per word, see
 * techniques/pos.ts) is reused: no second table to keep, and it is read once per process
 * (shared with the techniques analyzer's cache).
 */
import { loadTechniquesModel } from "../techniques/index.js";

let table: ReadonlyMap<string, string> | null = null;

/** True when `word` (lower case) is most often a present-tense verb and not a third-person form. */
export function isBaseVerb(word: string): boolean {
  table ??= loadTechniquesModel().pos ?? new Map();
  // "says", "wants": the coarse tag "V" also holds -s forms, which never open an imperative.
  return table.get(word) === "V" && !(word.endsWith("s") && !word.endsWith("ss"));
}
