/**
 * Official documents: UN resolutions, named laws, treaties, agreements and charters,
 * and reports attributed to an organisation ("a 2023 report by the Brookings
 * Institution", "a Pentagon report").
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import type { Found } from "./found.js";

// Heads of named documents. Lower-case heads count only after a capitalised name ("the Minsk agreements").
const HEADS = new Set(
  "act acts treaty treaties agreement agreements accord accords charter protocol declaration covenant constitution convention manual amendment amendments plan law catechism partnership dossier pact".split(
    " ",
  ),
);
// Lower-case "charter" is mostly a flight or a school: only "the UN Charter" counts.
const LOWERCASE_OK = new Set(["agreement", "agreements", "accord", "accords", "treaty", "dossier", "pact"]);
// Heads that also end names of schools, journals and bodies ("Harvard Law School", "the
// Marshall Plan Foundation"): they end a document's name only when no capitalised word follows.
const LAST_ONLY = new Set(["law", "plan", "partnership", "amendment"]);
// "Sharia law", "Canon Law", "Martial Law" name bodies of law, not one document.
const BODIES_OF_LAW = new Set(
  "sharia islamic jewish canon martial common international federal natural criminal civil constitutional family case roman mosaic".split(
    " ",
  ),
);
const PROGRAMME_PLANS =
  /\b(?:savings|retirement|pension|health|insurance|dental|medicare|medicaid|meal|payment)\b/i;
// "Partnership" names a firm or a charity unless the sentence is about a trade pact.
const PACT_CONTEXT = /\b(?:trade|deal|pact|agreement|treaty|tariffs?)\b/i;
// Treaties and trade pacts best known by their acronym (a lexicon like the outlet names):
// the acronym alone is the citation ("than Trade or the USMCA").
const TREATY_ACRONYMS = new Set([
  "NAFTA",
  "USMCA",
  "TPP",
  "JCPOA",
  "NPT",
  "CTBT",
  "GATT",
  "TTIP",
  "CETA",
  "CAFTA",
]);
const TREATY_ACRONYM_KEYS = new Set([...TREATY_ACRONYMS].map((a) => a.toLowerCase()));
// Policy domains between a place and a pact noun: "the Iran nuclear deal", "the Paris climate accord".
const PACT_DOMAINS = new Set([
  "nuclear",
  "climate",
  "trade",
  "free-trade",
  "arms",
  "peace",
  "ceasefire",
  "cease-fire",
]);
const PACT_NOUNS = new Set(["deal", "agreement", "accord", "pact", "treaty"]);
// Adjectives between an author's possessive and "report": "Robert Mueller's full report".
const REPORT_ADJECTIVES = new Set([
  "full",
  "final",
  "new",
  "latest",
  "annual",
  "initial",
  "interim",
  "preliminary",
  "official",
  "redacted",
  "unredacted",
  "long-awaited",
]);
// A court decision named by its case: "the Supreme Court's Citizens United decision".
const RULING_NOUNS = new Set(["decision", "ruling"]);
const CONNECTORS = new Set(["of", "on", "for", "and", "the", "against", "&"]);
// Names that end in a head but are events or bodies, not documents.
const NOT_DOCUMENTS = new Set(["national convention", "democratic convention", "republican convention"]);
const CONVENTION_PLACES = new Set([
  "geneva",
  "hague",
  "european",
  "istanbul",
  "vienna",
  "un",
  "chemical",
  "refugee",
]);
const REPORT_WORDS = new Set([
  "report",
  "analysis",
  "study",
  "review",
  "assessment",
  "audit",
  "release",
  "memo",
  "memorandum",
]);
const REPORT_VERBS = new Set([
  "published",
  "released",
  "issued",
  "compiled",
  "commissioned",
  "prepared",
  "produced",
]);
const DETERMINERS = new Set(["a", "an", "the", "its", "their"]);
// Capitalised only because they open a sentence, or dates: never part of a document's name.
const NOT_NAME = new Set(
  "until the a an in on at when if after before since as but and or for with by from under while during this that these those did do does was were is are has have had why how what who where so yet not no every each all any some both neither either monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
const ORG_HEADS = new Set(
  "institute institution center centre council committee watch office department agency commission foundation university ministry bureau service group organization organisation".split(
    " ",
  ),
);
// Titles before, and name particles after, the first name Bill.
const NOT_BILLS = new Set(
  "president mayor governor gov senator sen rep mr uncle de van von da del la le".split(" "),
);
const BILL_NUMBER = /^(?:HB|SB|HR)-\d{1,4}$/;
// Where users post, not bodies that write reports ("a timeline assessment by Twitter user X").
const PLATFORMS = new Set(["twitter", "facebook", "youtube", "instagram", "reddit", "tiktok", "google"]);
const ORDINAL_ARTICLE = new Set(["article", "section", "chapter", "paragraph"]);

// Every word at which one of the checks in findDocuments can start.
const TRIGGERS = new Set([
  ...TREATY_ACRONYM_KEYS,
  ...PACT_NOUNS,
  ...RULING_NOUNS,
  ...HEADS,
  ...REPORT_WORDS,
  "report",
  "protocol",
  "resolution",
  "bill",
]);

export function findDocuments(doc: Doc, outletLike: (start: number, end: number) => boolean): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const out: Found[] = [];
  const isCap = (i: number) => {
    const c = text[start[i]];
    return c !== undefined && kind[i] !== TokenKind.Punct && c !== c.toLowerCase();
  };
  // Capitalised name to the left of token i (exclusive), through connectors: first token or i.
  const nameLeft = (i: number, max: number): number => {
    let a = i;
    let k = i - 1;
    while (k >= 0 && i - k <= max) {
      if (isCap(k) && !NOT_NAME.has(lower[k])) a = k;
      else if (!(CONNECTORS.has(lower[k]) && k > 0 && isCap(k - 1))) break;
      k--;
    }
    return a;
  };
  // Capitalised name to the right of token i (exclusive): last token or i.
  const nameRight = (i: number, max: number): number => {
    let b = i;
    for (let k = i + 1; k < count && k - i <= max; k++) {
      if (
        NOT_NAME.has(lower[k]) &&
        lower[k] !== "the" &&
        lower[k] !== "and" &&
        lower[k] !== "on" &&
        lower[k] !== "for"
      )
        break;
      if (isCap(k)) b = k;
      else if (!CONNECTORS.has(lower[k])) break;
    }
    return b;
  };

  // A sentence of five or more words, at least three quarters of them capitalised.
  const titleCase = (i: number): boolean => {
    const s = doc.sentenceOf[i];
    let words = 0;
    let caps = 0;
    for (let k = doc.sentences.firstToken[s]; k < doc.sentences.lastToken[s]; k++) {
      if (kind[k] !== TokenKind.Word || NOT_NAME.has(lower[k])) continue;
      words++;
      if (isCap(k)) caps++;
    }
    return words >= 5 && caps * 4 >= words * 3;
  };
  const sentenceText = (i: number): string => {
    const s = doc.sentenceOf[i];
    return text.slice(start[doc.sentences.firstToken[s]], end[doc.sentences.lastToken[s] - 1]);
  };
  for (let i = 0; i < count; i++) {
    const w = lower[i];
    // US bill numbers: "HB-2", "SB 4", "H.R. 1"; the first-letter test keeps slices off most tokens.
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1);
    // h or s, then b, r or "."
    const billLike = (c0 === 104 || c0 === 115) && w.length <= 7 && (c1 === 98 || c1 === 114 || c1 === 46);
    // One lookup turns away almost every token before the checks below.
    if (!billLike && !TRIGGERS.has(w)) continue;
    if (billLike && BILL_NUMBER.test(text.slice(start[i], end[i]))) {
      out.push({
        label: "document",
        ref: text.slice(start[i], end[i]),
        start: start[i],
        end: end[i],
        why: "a bill number",
      });
      continue;
    }
    const numbered =
      billLike &&
      kind[i + 1] === TokenKind.Number &&
      /^(?:HB|SB|HR|H\.R\.)$/.test(text.slice(start[i], end[i]));
    if (numbered && /^\d{1,4}$/.test(lower[i + 1])) {
      const ref = text.slice(start[i], end[i + 1]);
      out.push({ label: "document", ref, start: start[i], end: end[i + 1], why: "a bill number" });
      i++;
      continue;
    }
    // UN resolutions: "(UN) (Security Council) resolution 2254", "General Assembly resolution 377".
    if (
      w === "resolution" &&
      i + 1 < count &&
      kind[i + 1] === TokenKind.Number &&
      /^\d{2,4}$/.test(lower[i + 1])
    ) {
      let a = i;
      let body = "UNSC";
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (/^(?:un|u\.n\.|united|nations|security|council|general|assembly)$/.test(lower[k]) && isCap(k))
          a = k;
        else break;
        if (lower[k] === "assembly") body = "UNGA";
      }
      out.push({
        label: "document",
        ref: `${body} Resolution ${lower[i + 1]}`,
        start: start[a],
        end: end[i + 1],
        why: "numbered UN resolution",
      });
      i++;
      continue;
    }
    // Treaties best known by their acronym: "the USMCA", "NAFTA".
    // The lower-case lookup first: a slice per short word would cost more than the rest of the loop.
    if (TREATY_ACRONYM_KEYS.has(w) && TREATY_ACRONYMS.has(text.slice(start[i], end[i]))) {
      out.push(named(doc, i, i, "a treaty or trade pact known by its acronym"));
      continue;
    }
    // "the Iran nuclear deal", "the Paris climate accord": a place, a policy domain, a pact noun.
    if (
      PACT_NOUNS.has(w) &&
      i > 1 &&
      PACT_DOMAINS.has(lower[i - 1]) &&
      !isCap(i - 1) &&
      isCap(i - 2) &&
      !NOT_NAME.has(lower[i - 2])
    ) {
      // Only "the" pact: "a Middle East peace agreement" or "a comprehensive UK-EU trade deal" is
      // one hoped for, not a document.
      const a = nameLeft(i - 1, 6);
      if (lower[a - 1] === "the") {
        out.push(named(doc, a, i, "a pact named by place and domain"));
        continue;
      }
    }
    // "the Supreme Court's Citizens United decision": a ruling named by its case.
    if (RULING_NOUNS.has(w) && i > 2 && isCap(i - 1) && !NOT_NAME.has(lower[i - 1])) {
      const a = nameLeft(i, 6);
      if (a < i && (lower[a - 1] === "'s" || lower[a - 1] === "’s") && lower[a - 2] === "court") {
        out.push(named(doc, a, i, "a court decision named by its case"));
        continue;
      }
    }
    // "Robert Mueller's full report", "the Special Counsel's report": a report by its author.
    if (w === "report" && i > 1) {
      let p = i - 1;
      if (REPORT_ADJECTIVES.has(lower[p])) p--;
      if ((lower[p] === "'s" || lower[p] === "’s") && isCap(p - 1) && !NOT_NAME.has(lower[p - 1])) {
        const a = nameLeft(p - 1, 4);
        if (!PLATFORMS.has(lower[a]) && !outletLike(start[a], end[p - 1])) {
          out.push({
            label: "document",
            ref: `${text.slice(start[a], end[p - 1])} report`,
            start: start[a],
            end: end[i],
            why: `report by '${text.slice(start[a], end[p - 1])}'`,
          });
          continue;
        }
      }
    }
    // "the protocol on Ireland and Northern Ireland": a lower-case protocol named after it.
    if (w === "protocol" && (lower[i + 1] === "on" || lower[i + 1] === "of") && isCap(i + 2)) {
      const b = nameRight(i + 1, 8);
      if (b > i + 1) {
        out.push(named(doc, i, b, "protocol named after its head word"));
        i = b;
        continue;
      }
    }
    // "the Finance Bill", never "President Bill Clinton" or "Mayor Bill de Blasio".
    const bill =
      w === "bill" &&
      isCap(i) &&
      !isCap(i + 1) &&
      kind[i + 1] !== TokenKind.Number &&
      !NOT_BILLS.has(lower[i - 1]) &&
      !NOT_BILLS.has(lower[i + 1]);
    // In a Title Case headline every phrase looks like a name: "Clinton Accused Of Shocking Act".
    const headOk =
      HEADS.has(w) &&
      (isCap(i) || LOWERCASE_OK.has(w)) &&
      !(LAST_ONLY.has(w) && i + 1 < count && isCap(i + 1)) &&
      !(w === "law" && BODIES_OF_LAW.has(lower[i - 1])) &&
      !(w === "partnership" && !PACT_CONTEXT.test(sentenceText(i)));
    if ((headOk || bill) && !titleCase(i)) {
      // Head-first: "Treaty on the Non-Proliferation of Nuclear Weapons", "Declaration of Independence".
      // Not "the Law of the Land" or "Fourth Amendment on the Supreme Court".
      if (
        isCap(i) &&
        !LAST_ONLY.has(w) &&
        (lower[i + 1] === "of" || lower[i + 1] === "on" || lower[i + 1] === "against")
      ) {
        const b = nameRight(i + 1, 8);
        if (b > i + 1) {
          out.push(named(doc, i, b, "document named by its head word first"));
          i = b;
          continue;
        }
      }
      const a = nameLeft(i, 8);
      if (a === i) continue;
      const name = text.slice(start[a], end[i]);
      if (NOT_DOCUMENTS.has(name.toLowerCase().split(/\s+/).slice(-2).join(" "))) continue;
      if (w === "convention" && !CONVENTION_PLACES.has(lower[a])) continue;
      // A law named without connectors ("Election Law", "Kate's Law"), not "the Rule of Law" or
      // "New York University School of Law".
      if (
        w === "law" &&
        (/ (?:of|the|and) /i.test(name) || /\b(?:school|college|university|faculty)\b/i.test(name))
      )
        continue;
      // "the Thrift Savings Plan", "a Medicare Advantage Plan": a programme one joins, not a document.
      if (w === "plan" && PROGRAMME_PLANS.test(name)) continue;
      // "Article 5 of the North Atlantic Treaty"
      let first = a;
      let article = "";
      const p = lower[a - 1] === "the" ? a - 2 : a - 1;
      if (lower[p] === "of" && kind[p - 1] === TokenKind.Number && ORDINAL_ARTICLE.has(lower[p - 2])) {
        first = p - 2;
        article = `, ${text.slice(start[p - 2], end[p - 2])} ${lower[p - 1]}`;
      }
      out.push({
        label: "document",
        ref: name + article,
        start: start[first],
        end: end[i],
        why: `named ${w} '${name}'`,
      });
      continue;
    }
    // Reports: "a (2023) report (published on Tuesday) by (the) ORG", "a (2019) ORG report".
    if (REPORT_WORDS.has(w) && (w !== "release" || lower[i - 1] === "press")) {
      let by = -1;
      for (let k = i + 1; k < count && k <= i + 6; k++) {
        if (lower[k] === "by" || lower[k] === "from") {
          by = k;
          break;
        }
        if (
          !(
            REPORT_VERBS.has(lower[k]) ||
            lower[k] === "on" ||
            lower[k] === "in" ||
            lower[k] === "last" ||
            isCap(k)
          )
        )
          break;
      }
      let orgA = -1;
      let orgB = -1;
      if (by >= 0) {
        orgA = lower[by + 1] === "the" ? by + 2 : by + 1;
        if (orgA < count && isCap(orgA)) orgB = nameRight(orgA, 8);
        else orgA = -1;
        // "a report from Moscow" names a place: "from" needs an organisation's head word.
        if (orgA >= 0 && lower[by] === "from" && !ORG_HEADS.has(lower[orgB]) && orgB - orgA < 1) orgA = -1;
      } else if (i > 0 && isCap(i - 1)) {
        orgB = i - 1;
        orgA = nameLeft(i - 1, 6);
      } else if (i > 1 && (lower[i - 1] === "'s" || lower[i - 1] === "’s") && isCap(i - 2)) {
        // "The Senate Intelligence Committee's report"
        orgB = i - 2;
        orgA = nameLeft(i - 2, 6);
      }
      if (
        orgA < 0 ||
        PLATFORMS.has(lower[orgA]) ||
        DETERMINERS.has(lower[orgA]) ||
        NOT_NAME.has(lower[orgB]) ||
        outletLike(start[orgA], end[orgB])
      )
        continue;
      // Back to the determiner: "a", "A 2019", "a 46-page suicide".
      let d = by >= 0 ? i : orgA;
      for (let k = d - 1; k >= 0 && k >= d - 5; k--) {
        if (DETERMINERS.has(lower[k])) {
          d = k;
          break;
        }
        if (kind[k] === TokenKind.Punct && lower[k] !== "-") break;
        // "an interview with Catholic World Report": the determiner belongs to another noun.
        if (NOT_NAME.has(lower[k])) break;
      }
      if (!DETERMINERS.has(lower[d])) continue;
      const org = text.slice(start[orgA], end[orgB]);
      const last = by >= 0 ? orgB : i;
      out.push({
        label: "document",
        ref: `${org} ${w === "release" ? "press release" : w === "memo" || w === "memorandum" ? "memo" : "report"}`,
        start: start[d],
        end: end[last],
        why: `${w} attributed to '${org}'`,
      });
      i = last;
    }
  }
  return out;
}

function named(doc: Doc, a: number, b: number, why: string): Found {
  const { start, end } = doc.tokens;
  const name = doc.text.slice(start[a], end[b]);
  return { label: "document", ref: name, start: start[a], end: end[b], why: `${why}: '${name}'` };
}
