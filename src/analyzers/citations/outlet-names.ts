/**
 * Names of news agencies, outlets and their programmes (the hand lists in outlet-list.ts and
 * programme-list.ts, and names learned from news text), and a lookup by first word. A name is
 * matched token by token; acronyms only in capitals.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Doc } from "../../document/document.js";
import { OUTLETS } from "./outlet-list.js";
import { PROGRAMMES } from "./programme-list.js";

export interface Name {
  words: string[];
  canonical: string;
  acronym: boolean;
  /** Written with "The" ("The Hill"): alone after another capitalised word it is part of a longer name ("Capitol Hill"). */
  article: boolean;
  /** Where an unlisted name comes from, told in the finding's `why`. */
  source?: string;
  /** A programme of an outlet ("Meet the Press"), cited in place of the network before it. */
  programme?: boolean;
  /**
   * A programme name that is also a common phrase ("Today", "State of the Union"): it counts
   * only in quotes, after its network's possessive or before "show".
   */
  framed?: boolean;
  /** The listed form, for programmes, whose words must be capitalised as written. */
  cased?: string;
}

export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z.-]*$/.test(s) || s === "dpa";
}

// Split as the tokenizer does: on spaces, with a possessive 's as a token of its own.
const splitWords = (s: string) =>
  s
    .replace(/(['’]s)\b/g, " $1")
    .split(/\s+/)
    .filter(Boolean);

const LISTED_KEYS = new Set(
  [...OUTLETS, ...PROGRAMMES].flatMap((line) =>
    line.split("|").map((v) =>
      splitWords(v.replace(/^\??(?:The )?/, ""))
        .map((w) => w.toLowerCase())
        .join(" "),
    ),
  ),
);
/** True when a name key (lower-case words joined by spaces, no leading "the") is on the hand list. */
export const isListedKey = (key: string) => LISTED_KEYS.has(key);

// Names learned from unannotated news by `unspun train outlets` (learn-outlets.ts). Absent
// only while that command runs for the first time.
const LEARNED_URL = new URL("../../../models/citations/outlets.json", import.meta.url);
export const LEARNED: readonly string[] = existsSync(LEARNED_URL)
  ? (JSON.parse(readFileSync(LEARNED_URL, "utf8")) as { outlets: string[] }).outlets
  : [];

// First lower-case word → the names starting with it, longest first.
export const NAMES: ReadonlyMap<string, Name[]> = (() => {
  const map = new Map<string, Name[]>();
  const add = (words: string[], name: Name) => {
    const list = map.get(words[0]) ?? [];
    list.push(name);
    map.set(words[0], list);
  };
  for (const line of OUTLETS) {
    const [canonical, ...variants] = line.split("|");
    for (const v of [canonical, ...variants]) {
      const words = splitWords(v.replace(/^The /, "")).map((w) => w.toLowerCase());
      if (words.length === 0) continue;
      add(words, { words, canonical, acronym: isAcronym(v), article: v.startsWith("The ") });
    }
  }
  for (const line of PROGRAMMES) {
    const forms = line.split("|");
    const canonical = forms[0].replace(/^\?/, "");
    for (const form of forms) {
      const v = form.replace(/^\?/, "");
      const cased = v.replace(/^The /, "");
      const words = splitWords(cased).map((w) => w.toLowerCase());
      add(words, {
        words,
        canonical,
        acronym: isAcronym(v),
        article: v.startsWith("The "),
        programme: true,
        framed: form.startsWith("?"),
        cased,
      });
    }
  }
  for (const name of LEARNED) {
    const words = splitWords(name).map((w) => w.toLowerCase());
    // "CNN Money", "Daily Caller News Foundation": a part of a listed outlet is cited as that outlet.
    const listed = map
      .get(words[0])
      ?.find((n) => n.words.length < words.length && n.words.every((w, k) => words[k] === w));
    // A learned one-word name is read like "The Hill": not as the end of a longer name
    // ("Capitol Hill"), since the miner saw it alone.
    add(words, {
      words,
      canonical: listed?.canonical ?? name,
      acronym: isAcronym(name),
      article: words.length === 1,
      source: "a name learned from news text",
    });
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** True when an outlet name from the list starts at token i ("the Daily Caller and ..."). */
export function outletStartsAt(doc: Doc, i: number): boolean {
  const list = NAMES.get(doc.lower[i]);
  return !!list?.some((n) => n.words.every((w, k) => doc.lower[i + k] === w));
}
