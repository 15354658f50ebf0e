/**
 * Documents known by an established informal name rather than a title: "the withdrawal
 * agreement", "the Iran deal", "the Chequers plan", "Obamacare", "Magna Carta"; names given
 * in quotes before a head word ("the 'Stop Soros' law", the "Gun-Free Schools" law); and,
 * once a document is cited, the acronym defined for it ("Justice Against Sponsors of
 * Terrorism Act (JASTA)" ... "JASTA").
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { CLOSE_QUOTES, OPEN_QUOTES } from "./context-words.js";
import type { Found } from "./found.js";
import { acronymCased, POSSESSIVE } from "./name-scan.js";

// Informal names by their last word; each entry is the words before it. `the` marks names that
// need "the" or a possessive before them ("the Iran deal", not "an Iran deal" still hoped for);
// `capitals` names that count only with their first and last words capitalised ("Magna Carta").
const INFORMAL: Record<string, Array<{ words: string[]; the: boolean; ref: string; capitals?: boolean }>> = {
  agreement: [
    { words: ["withdrawal"], the: false, ref: "Brexit withdrawal agreement" },
    // A weekday, which never starts a name elsewhere.
    { words: ["good", "friday"], the: false, ref: "Good Friday Agreement" },
    { words: ["good", "friday", "peace"], the: false, ref: "Good Friday Agreement" },
  ],
  deal: [
    { words: ["iran"], the: true, ref: "Iran nuclear deal" },
    { words: ["chequers"], the: true, ref: "Chequers plan" },
  ],
  plan: [{ words: ["chequers"], the: true, ref: "Chequers plan" }],
  carta: [{ words: ["magna"], the: false, ref: "Magna Carta", capitals: true }],
  // The House Republicans' 1994 programme and the US school standards, known by these names.
  america: [{ words: ["contract", "with"], the: false, ref: "Contract with America", capitals: true }],
  core: [{ words: ["common"], the: false, ref: "Common Core State Standards", capitals: true }],
};
// Places that qualify the withdrawal agreement: "the EU withdrawal agreement", "May's Brexit withdrawal agreement".
const QUALIFIERS = new Set(["eu", "brexit", "uk", "uk-eu", "eu-uk"]);
// Nicknames of laws that stand for the law itself.
const NICKNAMES = new Map([
  ["obamacare", "Affordable Care Act"],
  ["hillarycare", "Health Security Act"],
  ["romneycare", "Massachusetts health care reform law"],
  ["trumpcare", "American Health Care Act"],
  ["dodd-frank", "Dodd-Frank Act"],
  ["glass-steagall", "Glass-Steagall Act"],
  ["taft-hartley", "Taft-Hartley Act"],
  ["sarbanes-oxley", "Sarbanes-Oxley Act"],
  ["mccain-feingold", "McCain-Feingold Act"],
]);
// Executive programmes set up by a memorandum and known by their acronym, which the set reads
// as documents (test-5: DACA); in capitals only.
const PROGRAMME_ACRONYMS = new Map([
  ["daca", "Deferred Action for Childhood Arrivals"],
  ["dapa", "Deferred Action for Parents of Americans and Lawful Permanent Residents"],
]);
const QUOTED_HEADS = new Set(["law", "act", "bill", "amendment", "plan", "agreement", "treaty", "protocol"]);
// A law used as the adjective of a procedure is not cited: "a FOIA request", "FISA applications".
export const PROCEDURE_NOUNS = new Set([
  "request",
  "requests",
  "application",
  "applications",
  "response",
  "responses",
  // "FOIA searches are generally custodian-based"
  "search",
  "searches",
]);
// An acronym or nickname is more often attributive still: "FISA court", "a FOIA lawsuit",
// "Obamacare supporters", "the Obamacare case".
const ACRONYM_PROCEDURES = new Set([
  ...PROCEDURE_NOUNS,
  ..."supporters opponents critics talks debate fight vote votes replacement repeal case exchange exchanges premiums plan plans enrollees enrollment market markets marketplace marketplaces subsidies mandate rollout website architect architects coverage policies customers".split(
    " ",
  ),
  "requested",
  "warrant",
  "warrants",
  "court",
  "lawsuit",
  "lawsuits",
  "recipient",
  "recipients",
  "permit",
  "permits",
  "officer",
  "officers",
]);

export function findEstablishedDocuments(doc: Doc): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const out: Found[] = [];
  const isCap = (i: number) => capitalised(doc, i);
  for (let i = 1; i < count; i++) {
    const w = lower[i];
    const nickname = NICKNAMES.get(w);
    if (nickname && !ACRONYM_PROCEDURES.has(lower[i + 1])) {
      out.push({
        label: "document",
        ref: nickname,
        start: start[i],
        end: end[i],
        why: `law nickname '${w}'`,
      });
      continue;
    }
    // "the DACA and DAPA programs", "DACA is currently operating"; not "a DACA recipient" or
    // "a Deferred Action for Childhood Arrivals (DACA) recipient", who holds a status under it.
    const programme = PROGRAMME_ACRONYMS.get(w);
    const next = lower[i + 1] === ")" ? lower[i + 2] : lower[i + 1];
    if (programme && text.slice(start[i], end[i]) === w.toUpperCase() && !ACRONYM_PROCEDURES.has(next)) {
      out.push({
        label: "document",
        ref: programme,
        start: start[i],
        end: end[i],
        why: `programme acronym '${w}'`,
      });
      continue;
    }
    // "the IHRA's definition of anti-Semitism", "the IHRA working definition": the International
    // Holocaust Remembrance Alliance's text, adopted by governments and parties as a document.
    if (w === "ihra" && text.slice(start[i], end[i]) === "IHRA") {
      let k = i + 1;
      if (POSSESSIVE.has(lower[k])) k++;
      if (lower[k] === "working") k++;
      if (lower[k] === "definition") {
        out.push({
          label: "document",
          ref: "IHRA working definition of antisemitism",
          start: start[i],
          end: end[k],
          why: "the IHRA definition of antisemitism",
        });
        i = k;
      }
      continue;
    }
    const informal = INFORMAL[w === "agreements" ? "agreement" : w];
    if (informal) {
      for (const name of informal) {
        let a = i - name.words.length;
        if (a < 0 || name.words.some((x, n) => lower[a + n] !== x)) continue;
        if (name.capitals && !(isCap(a) && isCap(i))) continue;
        if (QUALIFIERS.has(lower[a - 1])) a--;
        if (QUALIFIERS.has(lower[a - 1])) a--;
        if (name.the && !(lower[a - 1] === "the" || POSSESSIVE.has(lower[a - 1]))) continue;
        out.push({
          label: "document",
          ref: name.ref,
          start: start[a],
          end: end[i],
          why: `established name '${name.ref}'`,
        });
        break;
      }
      continue;
    }
    // "our ‘Stop Soros’ law", the misnamed federal “Gun-Free Schools” law.
    if (QUOTED_HEADS.has(w) && CLOSE_QUOTES.has(lower[i - 1])) {
      let open = -1;
      for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
        if (OPEN_QUOTES.has(lower[k])) {
          open = k;
          break;
        }
        if (kind[k] === TokenKind.Punct && lower[k] !== "-") break;
      }
      if (open < 0 || open + 1 >= i - 1 || !isCap(open + 1)) continue;
      const name = text.slice(start[open + 1], end[i - 2]);
      out.push({
        label: "document",
        ref: `${name} ${w}`,
        start: start[open + 1],
        end: end[i],
        why: `${w} named in quotes '${name}'`,
      });
    }
  }
  return out;
}

const DOTTED_INITIALS = /^(?:[a-z]\.){3,}$/;
const INITIALLED_HEADS = wordSet(
  "act agreement treaty accord convention charter protocol partnership plan bill law amendment standard",
);

/**
 * Later mentions of a cited document by the acronym defined for it right after its name:
 * "the Justice Against Sponsors of Terrorism Act (JASTA)" makes every "JASTA" a citation.
 */
export function findDefinedAcronyms(doc: Doc, documents: readonly Found[]): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, count } = tokens;
  const defined = new Map<string, string>();
  for (const f of documents) {
    const m = /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(f.end, f.end + 12));
    if (m) defined.set(m[1].toLowerCase(), f.ref);
    // Initials of a long name stand for it without a definition too: JASTA, FOIA, ACA.
    const words = f.ref.split(/\s+/).filter((x) => /^[A-Za-z]/.test(x) && x !== "the" && x !== "and");
    const caps = words.filter((x) => /^[A-Z]/.test(x));
    // Only for names that end in their head word: "Acts of the Apostolic See" is a gazette's.
    if (caps.length >= 3 && INITIALLED_HEADS.has(words[words.length - 1].toLowerCase())) {
      defined.set(
        caps
          .map((x) => x[0])
          .join("")
          .toLowerCase(),
        f.ref,
      );
      defined.set(
        words
          .map((x) => x[0])
          .join("")
          .toLowerCase(),
        f.ref,
      );
    }
  }
  const out: Found[] = [];
  // "the Renewable Fuel Standard" ... "on the renewable fuel standard": a long name the text has
  // cited, written again in lower case, as some papers do on later mentions.
  const long = new Map<string, { words: string[]; ref: string }[]>();
  for (const f of documents) {
    const words = f.ref.toLowerCase().split(/\s+/);
    if (words.length < 3 || !/^[A-Z]/.test(f.ref) || !INITIALLED_HEADS.has(words[words.length - 1])) continue;
    long.set(words[0], [...(long.get(words[0]) ?? []), { words, ref: f.ref }]);
  }
  if (long.size > 0)
    for (let i = 0; i < count; i++) {
      const names = long.get(lower[i]);
      if (!names || text[start[i]] !== lower[i][0]) continue;
      const name = names.find((n) => n.words.every((w, k) => lower[i + k] === w));
      if (!name) continue;
      const b = i + name.words.length - 1;
      out.push({
        label: "document",
        ref: name.ref,
        start: start[i],
        end: end[b],
        why: `'${name.ref}' in lower case`,
      });
      i = b;
    }
  if (defined.size === 0) return out;
  for (let i = 0; i < count; i++) {
    // "E.R.A." as newspapers with a house style write the initials.
    const dotted = DOTTED_INITIALS.test(lower[i]);
    const ref = defined.get(dotted ? lower[i].replaceAll(".", "") : lower[i]);
    if (ref === undefined || text[start[i] - 1] === "(" || ACRONYM_PROCEDURES.has(lower[i + 1])) continue;
    if (!(dotted ? text[start[i]] !== lower[i][0] : acronymCased(text.slice(start[i], end[i])))) continue;
    out.push({ label: "document", ref, start: start[i], end: end[i], why: `acronym defined for '${ref}'` });
  }
  return out;
}
