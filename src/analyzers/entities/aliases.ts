/**
 * Alias merging within one document: "Antony Blinken" / "A. Blinken" / "Blinken";
 * "the US" / "the United States" / "America"; "North Atlantic Treaty Organization" / "NATO".
 * Conservative: a short form joins an entity only when the text supports one reading.
 */
import { PLACE_ALIASES } from "./lexicon.js";

export interface Mention {
  start: number;
  end: number;
  text: string;
  label: string;
  /** Word tokens of the mention, as written. */
  words: string[];
  /** Set when the mention is a role phrase standing for a person ("the US Secretary of State"). */
  role?: boolean;
}

export interface Cluster {
  label: string;
  mentions: number[];
  /** Canonical name from the alias table, when one matched. */
  canonical?: string;
}

const ALIAS_KEY = new Map<string, string>();
for (const group of PLACE_ALIASES) {
  for (const form of group) ALIAS_KEY.set(norm(form), group[0]);
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.\s]+/g, " ")
    .trim();
}

/** "Antony" matches "A." and "A"; "Antony" matches "Antony". */
function givenMatches(full: string, short: string): boolean {
  const s = short.replace(/\.$/, "");
  if (s.length === 1) return full[0]?.toUpperCase() === s.toUpperCase();
  return full.toLowerCase() === s.toLowerCase();
}

function initials(words: readonly string[]): string {
  let out = "";
  for (const w of words) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** Groups mentions (in text order) into entities. */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();
  const persons: number[] = []; // clusters of PERSON with a multi-word name, latest last
  const orgs: number[] = [];
  const assign = (m: number, c: number) => {
    clusters[c].mentions.push(m);
  };
  const open = (m: number, label: string, canonical?: string): number => {
    clusters.push({ label, mentions: [m], canonical });
    return clusters.length - 1;
  };
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m];
    const { label, words } = mention;
    const key = norm(mention.text.replace(/^the\s+/i, ""));
    const alias = ALIAS_KEY.get(key);
    if (alias) {
      const k = `alias:${alias}`;
      const c = byKey.get(k);
      if (c !== undefined) assign(m, c);
      else byKey.set(k, open(m, label === "MISC" ? "LOCATION" : label, alias));
      continue;
    }
    const exact = byKey.get(`${label}:${key}`);
    if (exact !== undefined) {
      assign(m, exact);
      continue;
    }
    if (label === "PERSON" && words.length > 0) {
      const target = findPerson(mentions, clusters, persons, words);
      if (target !== undefined) {
        assign(m, target);
        byKey.set(`${label}:${key}`, target);
        continue;
      }
      const c = open(m, label);
      byKey.set(`${label}:${key}`, c);
      if (words.length > 1) persons.push(c);
      continue;
    }
    if (label === "ORGANIZATION" && words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0])) {
      // An acronym joins the organisation whose capitalised words spell it.
      const target = orgs.find((c) => initials(mentions[clusters[c].mentions[0]].words) === words[0]);
      if (target !== undefined) {
        assign(m, target);
        byKey.set(`${label}:${key}`, target);
        continue;
      }
    }
    const c = open(m, label);
    byKey.set(`${label}:${key}`, c);
    if (label === "ORGANIZATION" && words.length > 1) orgs.push(c);
  }
  return clusters;
}

/**
 * A person mention with fewer words joins the latest multi-word person whose surname
 * matches and whose given names agree (initials allowed).
 */
function findPerson(
  mentions: readonly Mention[],
  clusters: readonly Cluster[],
  persons: readonly number[],
  words: readonly string[],
): number | undefined {
  const surname = words[words.length - 1].toLowerCase();
  for (let k = persons.length - 1; k >= 0; k--) {
    const c = persons[k];
    for (const m of clusters[c].mentions) {
      const full = mentions[m].words;
      if (full.length < words.length || full[full.length - 1].toLowerCase() !== surname) continue;
      let ok = true;
      for (let i = 0; i < words.length - 1; i++) {
        if (!givenMatches(full[i], words[i])) ok = false;
      }
      if (ok) return c;
    }
  }
  return undefined;
}
