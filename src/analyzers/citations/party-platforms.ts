/**
 * A party's platform named with the party: "the Democratic Party's draft platform", "the
 * Democrats' platform", "the GOP platform", "the Republican National Committee's platform
 * planks". The platform is the party's founding policy document; bare "the platform" is
 * anaphoric and plural "Democratic platforms" generic, so neither is cited.
 */
import type { Doc } from "../../document/document.js";
import { wordSet } from "../word-set.js";
import { APOSTROPHES } from "./context-words.js";
import type { Found } from "./found.js";
import { POSSESSIVE } from "./name-scan.js";

const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["democratic", "Democratic"],
  ["democrat", "Democratic"],
  ["republican", "Republican"],
]);
// Names that stand for a party without "Party": "the GOP platform", "the DNC's platform".
const PARTY_NAMES: ReadonlyMap<string, string> = new Map([
  ["gop", "Republican"],
  ["rnc", "Republican"],
  ["republicans", "Republican"],
  ["dnc", "Democratic"],
  ["democrats", "Democratic"],
]);
// "the Democrats' draft platform", "the party's 2016 platform"
const PLATFORM_MODIFIERS = wordSet("draft official new final proposed");
// "the GOP platform committee" is a body of the convention, not its document.
const BODIES = wordSet("committee committees");

export function findPartyPlatforms(doc: Doc): Found[] {
  const { lower, tokens } = doc;
  const { start, end, count } = tokens;
  const out: Found[] = [];
  for (let i = 1; i < count; i++) {
    if ((lower[i] !== "platform" && lower[i] !== "manifesto") || BODIES.has(lower[i + 1])) continue;
    const manifesto = lower[i] === "manifesto";
    let k = i - 1;
    while (PLATFORM_MODIFIERS.has(lower[k]) || /^\d{4}$/.test(lower[k])) k--;
    if (POSSESSIVE.has(lower[k]) || (APOSTROPHES.has(lower[k]) && lower[k - 1]?.endsWith("s"))) k--;
    const party = manifesto ? ukPartyEndingAt(doc, k) : partyEndingAt(doc, k);
    if (!party) continue;
    out.push({
      label: "document",
      ref: manifesto ? `${party.name} Party manifesto` : `${party.name} Party platform`,
      start: start[party.a],
      end: end[i],
      why: "a party's platform named with the party",
    });
  }
  return out;
}

// British parties, whose election programme is their manifesto: "the Conservative manifesto",
// "Labour's manifesto", "the Liberal Democrat manifesto".
const UK_PARTIES: ReadonlyMap<string, string> = new Map([
  ["conservative", "Conservative"],
  ["conservatives", "Conservative"],
  ["tory", "Conservative"],
  ["tories", "Conservative"],
  ["labour", "Labour"],
  ["democrat", "Liberal Democrat"],
  ["democrats", "Liberal Democrat"],
  ["snp", "Scottish National"],
  ["ukip", "UK Independence"],
]);

/** The British party named by the capitalised words ending at b, "the" or a possessive before. */
function ukPartyEndingAt(doc: Doc, b: number): { a: number; name: string } | null {
  const { lower } = doc;
  let k = b;
  if (lower[k] === "party" && capitalAt(doc, k)) k--;
  const name = UK_PARTIES.get(lower[k]);
  if (!name || !capitalAt(doc, k)) return null;
  // "Liberal Democrat": only with "Liberal" before it.
  if (name === "Liberal Democrat") {
    if (lower[k - 1] !== "liberal") return null;
    k--;
  }
  // "the Conservative manifesto", "Labour's manifesto"; not "a Labour manifesto" still to be written.
  if (lower[k - 1] !== "the" && !POSSESSIVE.has(lower[b + 1] ?? "")) return null;
  return { a: k, name };
}

/** The party named by the capitalised words ending at b, if any. */
function partyEndingAt(doc: Doc, b: number): { a: number; name: string } | null {
  const { lower } = doc;
  if (!capitalAt(doc, b)) return null;
  const named = PARTY_NAMES.get(lower[b]);
  if (named) return { a: b, name: named };
  // "Republican National Committee", "Democratic National Committee"
  if (lower[b] === "committee" && lower[b - 1] === "national") {
    const adjective = PARTY_ADJECTIVES.get(lower[b - 2]);
    return adjective && capitalAt(doc, b - 2) ? { a: b - 2, name: adjective } : null;
  }
  // "the Democratic platform", "The Republican Platform": the adjective names the party when
  // "the" stands before it (not "a Republican platform" of one candidate, nor a plural).
  const adjective = PARTY_ADJECTIVES.get(lower[b]);
  if (adjective && lower[b - 1] === "the") return { a: b, name: adjective };
  if (lower[b] === "party") {
    const adjective = PARTY_ADJECTIVES.get(lower[b - 1]);
    return adjective && capitalAt(doc, b - 1) ? { a: b - 1, name: adjective } : null;
  }
  return null;
}

/** Whether token k starts with a capital letter. */
function capitalAt(doc: Doc, k: number): boolean {
  return k >= 0 && /^\p{Lu}/u.test(doc.text[doc.tokens.start[k]] ?? "");
}
