/**
 * Official documents named by a head word: UN resolutions, named laws and bills,
 * treaties, agreements and charters, amendments and court decisions. Reports by a named
 * author are in reports.ts.
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { CITIES, COUNTRIES } from "../entities/lexicon.js";
import { wordSet } from "../word-set.js";
import { PROCEDURE_NOUNS } from "./established-documents.js";
import type { Found } from "./found.js";
import { acronymCased, NOT_NAME, nameScan, POSSESSIVE } from "./name-scan.js";

// Heads of named documents. Lower-case heads count only after a capitalised name ("the Minsk agreements").
const HEADS = wordSet(
  "act acts treaty treaties agreement agreements accord accords charter protocol declaration covenant constitution convention manual amendment amendments plan law partnership dossier pact resolution policy clause compromise",
);
// Lower-case "charter" is mostly a flight or a school: only "the UN Charter" counts.
const LOWERCASE_OK = new Set(["agreement", "agreements", "accord", "accords", "treaty", "dossier", "pact"]);
// Heads that also end names of schools, journals and bodies ("Harvard Law School", "the
// Marshall Plan Foundation"): they end a document's name only when no capitalised word follows.
const LAST_ONLY = new Set([
  "law",
  "plan",
  "partnership",
  "amendment",
  "resolution",
  "policy",
  "clause",
  "compromise",
]);
// "Foreign Policy", "U.S. Energy Policy": a domain before "Policy" names a field, not one
// document like "the Common Fisheries Policy".
const POLICY_DOMAINS = wordSet(
  "foreign public economic social energy immigration fiscal monetary trade defense defence security health education environmental tax housing drug",
);
const POLICY_BODIES = /\b(?:for|institute|center|centre|council|office|foundation|school|studies)\b/i;
// "the late Cardinal Bernard Law": a title opens a person's name, whose surname may be a head.
const PERSON_TITLES = wordSet(
  "cardinal bishop archbishop father fr rev reverend pastor mr mrs ms dr sir lord lady judge justice senator sen rep president governor mayor professor prof",
);
const ORDINALS = wordSet(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-fifth twenty-sixth",
);
// "Sharia law", "Canon Law", "Martial Law" name bodies of law, not one document.
const BODIES_OF_LAW = wordSet(
  "sharia islamic jewish canon martial common international federal natural criminal civil constitutional family case roman mosaic",
);
const PROGRAMME_PLANS =
  /\b(?:savings|retirement|pension|health|insurance|dental|medicare|medicaid|meal|payment)\b/i;
// "Partnership" names a firm or a charity unless the sentence is about a trade pact.
const PACT_CONTEXT = /\b(?:trade|deal|pact|agreement|treaty|tariffs?)\b/i;
// Treaties and trade pacts best known by their acronym (a lexicon like the outlet names):
// the acronym alone is the citation ("than Trade or the USMCA"). Lower-cased: the casing is
// checked by acronymCased ("NAFTA", "Nafta").
const TREATY_ACRONYMS = wordSet("nafta usmca tpp jcpoa npt ctbt gatt ttip ceta cafta");

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
// A court decision named by its case: "the Supreme Court's Citizens United decision".
const RULING_NOUNS = new Set(["decision", "ruling"]);
// "Plessy v. Ferguson": the parties of a case, each a capitalised name. Not "vs.", which names
// contests ("Trump vs. Clinton").
const VERSUS = new Set(["v"]);
// Words inside a party's name: "Brown v. Board of Education", "Bush v. Gore".
const PARTY_LINKS = new Set(["of", "the", "for", "&"]);
// Tokens of the first party's name, read leftwards: "Whole Woman's Health" is four.
const MAX_PARTY_WORDS = 5;
// "the Dred Scott case" names a ruling only beside words of the courts, within a few tokens:
// a sentence about an affair ("the Uranium One case") can mention a court further on.
const COURT_WINDOW = 6;
const COURT_WORDS = /\b(?:court|courts|ruling|rulings|decision|decisions|justices?|v\.)\s/i;
// "Francis' Apostolic Constitution": a church genre before "Constitution", not a name.
const CHURCH_GENRES = new Set(["apostolic", "dogmatic", "pastoral"]);
// Names that end in a head but are events or bodies, not documents; "the blessing of the New
// Covenant": the covenants of theology are no documents.
const NOT_DOCUMENTS = new Set([
  "national convention",
  "democratic convention",
  "republican convention",
  "new covenant",
  "old covenant",
  "abrahamic covenant",
  "mosaic covenant",
  "davidic covenant",
]);
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
// Titles before, and name particles after, the first name Bill.
const NOT_BILLS = wordSet("president mayor governor gov senator sen rep mr uncle de van von da del la le");
const BILL_NUMBER = /^(?:HB|SB|HR)-\d{1,4}$/;
const ORDINAL_ARTICLE = new Set(["article", "section", "chapter", "paragraph"]);
// A year of the last century or this one: "the 2015 Iran nuclear deal", "the 1994 crime bill".
const YEAR = /^(?:19|20)\d\d$/;

// Heads of a treaty or act named by its year alone: "the 1951 Convention".
const YEAR_NAMED = new Set(["convention", "treaty", "accord", "accords", "agreement", "protocol", "act"]);
// A court named after the law it applies: "the FISA court".
const COURTS = new Set(["court", "courts"]);
// Words that make a head the start of a body's or a place's name.
const NAME_FOLLOWERS = wordSet(
  "society party foundation institute center centre project avenue street square hall park network group council committee",
);
// Heads that keep their sense in a Title Case headline: "The Balfour Declaration: Support for ...".
const TITLE_CASE_OK = new Set([
  "declaration",
  "treaty",
  "treaties",
  "accords",
  "charter",
  "protocol",
  "covenant",
]);
// Adjectives that tell a pact was concluded, not hoped for: "a landmark nuclear deal with Iran".
const CONCLUDED = wordSet("landmark historic");
const INFORMAL_PACTS = new Set(["agreement", "agreements", "deal", "plan", "pact", "accord"]);

// Every word at which one of the checks in findDocuments can start.
const TRIGGERS = new Set([
  ...TREATY_ACRONYMS,
  ...PACT_NOUNS,
  ...RULING_NOUNS,
  ...VERSUS,
  "case",
  ...HEADS,
  "bill",
  "profession",
  "unscr",
  "standard",
  "standards",
]);
// "the Renewable Fuel Standard", "the Renewable Portfolio Standard", "Corporate Average Fuel
// Economy Standards": a regulatory standard named by what it regulates; not "the Gold Standard"
// or "Eastern Standard Time".
const REGULATED = wordSet("fuel fuels emissions emission portfolio efficiency economy quality performance");
// "the NAACP resolution", "the SSMU constitution": a body's own charter or resolution, named by
// its acronym. Not a country's ("the US constitution" is unnamed) nor a UN resolution without number.
const BODY_PAPERS = new Set(["resolution", "constitution", "charter", "bylaws"]);
const NOT_BODIES = new Set(["US", "USA", "UK", "UN", "EU", "U.S.", "U.K."]);

// Countries, regions and states whose constitution a text names by the place alone. Not "the
// US constitution" in lower case (the set reads it as "the Constitution", unnamed), nor the EU's
// (a treaty that never came into force).
const KNOWN_PLACES = new Set([...COUNTRIES, ...CITIES, "burma"]);

export function findDocuments(doc: Doc): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const out: Found[] = [];
  const { isCap, nameLeft, nameRight, titleCase, sentenceText } = nameScan(doc);
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
    // "UNSCR 2231": a Security Council resolution by its acronym.
    if (w === "unscr" && kind[i + 1] === TokenKind.Number && /^\d{2,4}$/.test(lower[i + 1])) {
      out.push({
        label: "document",
        ref: `UNSC Resolution ${lower[i + 1]}`,
        start: start[i],
        end: end[i + 1],
        why: "numbered UN resolution by its acronym",
      });
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
    if (TREATY_ACRONYMS.has(w) && acronymCased(text.slice(start[i], end[i]))) {
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
      // "the 2015 Iran nuclear deal": a year may stand between "the" and the name.
      const d = YEAR.test(lower[a - 1] ?? "") ? a - 2 : a - 1;
      if (lower[d] === "the" || POSSESSIVE.has(lower[d])) {
        out.push(named(doc, a, i, "a pact named by place and domain"));
        continue;
      }
    }
    // "the nuclear deal with Iran": the place after the pact, named as in "the Iran nuclear deal".
    if (
      PACT_NOUNS.has(w) &&
      PACT_DOMAINS.has(lower[i - 1]) &&
      // "the disastrous nuclear deal with Iran"
      (lower[i - 2] === "the" ||
        (lower[i - 3] === "the" && kind[i - 2] === TokenKind.Word && !isCap(i - 2)) ||
        // "last year's nuclear deal with Iran", "a landmark nuclear deal with Iran": one concluded;
        // not "President Obama's nuclear pact with Iran", a person's (test-2: "his nuclear deal").
        (POSSESSIVE.has(lower[i - 2]) && (lower[i - 3] === "year" || YEAR.test(lower[i - 3] ?? ""))) ||
        (CONCLUDED.has(lower[i - 2]) && (lower[i - 3] === "a" || lower[i - 3] === "the"))) &&
      lower[i + 1] === "with" &&
      isCap(i + 2) &&
      !isCap(i + 3) &&
      !NOT_NAME.has(lower[i + 2])
    ) {
      const place = text.slice(start[i + 2], end[i + 2]);
      out.push({
        label: "document",
        ref: `${place} ${lower[i - 1]} ${w}`,
        start: start[i - 1],
        end: end[i + 2],
        why: `a pact named by domain and place: '${place} ${lower[i - 1]} ${w}'`,
      });
      i += 2;
      continue;
    }
    // "the Supreme Court's Citizens United decision": a ruling named by its case.
    if (RULING_NOUNS.has(w) && i > 2 && isCap(i - 1) && !NOT_NAME.has(lower[i - 1])) {
      const a = nameLeft(i, 6);
      if (a < i && (lower[a - 1] === "'s" || lower[a - 1] === "’s") && lower[a - 2] === "court") {
        out.push(named(doc, a, i, "a court decision named by its case"));
        continue;
      }
    }
    if (VERSUS.has(w)) {
      const [a, b] = courtCase(doc, i, isCap);
      if (b > i) {
        out.push(named(doc, a, b, "a court decision named by its parties"));
        i = b;
      }
      continue;
    }
    // "the Dred Scott case to Plessy v. Ferguson": a two-word name of the case beside the courts.
    if (
      w === "case" &&
      lower[i - 3] === "the" &&
      isCap(i - 2) &&
      isCap(i - 1) &&
      !isCap(i) &&
      !NOT_NAME.has(lower[i - 2]) &&
      COURT_WORDS.test(
        `${text.slice(start[Math.max(0, i - COURT_WINDOW)], end[Math.min(count - 1, i + COURT_WINDOW)])} `,
      )
    ) {
      out.push(named(doc, i - 2, i, "a court case named by its party"));
      continue;
    }
    if (
      BODY_PAPERS.has(w) &&
      !isCap(i) &&
      lower[i - 2] === "the" &&
      /^[A-Z]{2,6}$/.test(text.slice(start[i - 1], end[i - 1])) &&
      !NOT_BODIES.has(text.slice(start[i - 1], end[i - 1]))
    ) {
      out.push(named(doc, i - 1, i, "a body's own paper named by its acronym"));
      continue;
    }
    // "Burma's constitution", "the West Virginia constitution", "the constitution of Valais": a
    // lower-case constitution named by its country or state (a capitalised one is read below).
    if (w === "constitution" && !isCap(i)) {
      const b =
        lower[i + 1] === "of" && isCap(i + 2) && !NOT_NAME.has(lower[i + 2]) ? nameRight(i + 1, 4) : i;
      if (b > i + 1) {
        out.push(named(doc, i, b, "a constitution named by its place after it"));
        i = b;
        continue;
      }
      const p = POSSESSIVE.has(lower[i - 1]) ? i - 2 : i - 1;
      if (p >= 0 && isCap(p) && KNOWN_PLACES.has(lower[p]) && !NOT_NAME.has(lower[p])) {
        out.push(named(doc, nameLeft(p + 1, 3), i, "a constitution named by its place"));
        continue;
      }
    }
    // "the Profession of Truth about Sacramental Marriage": a declaration's title, head first.
    if (w === "profession" && isCap(i) && lower[i + 1] === "of" && isCap(i + 2)) {
      let b = i + 2;
      while (
        b + 1 < count &&
        b < i + 10 &&
        (isCap(b + 1) || ((lower[b + 1] === "about" || lower[b + 1] === "of") && isCap(b + 2)))
      )
        b++;
      out.push(named(doc, i, b, "a declaration's title"));
      i = b;
      continue;
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
    // "the 1994 crime bill": a bill known by the year it passed and its subject.
    if (
      w === "bill" &&
      !isCap(i) &&
      kind[i - 1] === TokenKind.Word &&
      !isCap(i - 1) &&
      YEAR.test(lower[i - 2]) &&
      lower[i - 3] === "the"
    ) {
      out.push(named(doc, i - 2, i, "a bill named by its year and subject"));
      continue;
    }
    if (
      (w === "standard" || w === "standards") &&
      isCap(i) &&
      isCap(i - 1) &&
      REGULATED.has(lower[i - 1]) &&
      !isCap(i + 1) &&
      !titleCase(i)
    ) {
      out.push(named(doc, nameLeft(i, 6), i, "a regulatory standard named by what it regulates"));
      continue;
    }
    // "the Finance Bill", never "President Bill Clinton" or "Mayor Bill de Blasio".
    const bill =
      w === "bill" &&
      isCap(i) &&
      !isCap(i + 1) &&
      kind[i + 1] !== TokenKind.Number &&
      !NOT_BILLS.has(lower[i - 1]) &&
      // "her children, Michael, Robin and Bill": a first name closing a list of people.
      lower[i - 1] !== "and" &&
      !NOT_BILLS.has(lower[i + 1]);
    // In a Title Case headline every phrase looks like a name: "Clinton Accused Of Shocking Act".
    const headOk =
      HEADS.has(w) &&
      (isCap(i) || LOWERCASE_OK.has(w)) &&
      !(LAST_ONLY.has(w) && i + 1 < count && isCap(i + 1)) &&
      !(w === "law" && BODIES_OF_LAW.has(lower[i - 1])) &&
      !(w === "partnership" && !PACT_CONTEXT.test(sentenceText(i)));
    // "American Constitution Society", "Treaty Oak Park": the head opens a body's or place's name.
    if (headOk && isCap(i) && isCap(i + 1) && NAME_FOLLOWERS.has(lower[i + 1])) continue;
    // "a Freedom of Information Act request" uses the law, it does not cite it.
    if (headOk && PROCEDURE_NOUNS.has(lower[i + 1])) continue;
    // "the Foreign Intelligence Surveillance Act (FISA) court" names the court after the law.
    const after = lower[i + 1] === "(" && lower[i + 3] === ")" ? lower[i + 4] : lower[i + 1];
    if (headOk && COURTS.has(after)) continue;
    if ((headOk || bill) && (!titleCase(i) || TITLE_CASE_OK.has(w))) {
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
      // "the 1951 Convention", "the 1998 Act": a treaty or act named by its year alone.
      if (
        a === i &&
        isCap(i) &&
        YEAR_NAMED.has(w) &&
        /^(?:1[89]|20)\d\d$/.test(lower[i - 1]) &&
        lower[i - 2] === "the"
      ) {
        out.push(named(doc, i - 1, i, "a treaty or act named by its year"));
        continue;
      }
      if (a === i) continue;
      const name = text.slice(start[a], end[i]);
      // "a Brexit agreement", "her Brexit Plan": informal names of a deal still to be made.
      if (
        INFORMAL_PACTS.has(w) &&
        (lower[a] === "brexit" || (!isCap(i) && (lower[a - 1] === "a" || lower[a - 1] === "an")))
      )
        continue;
      if (NOT_DOCUMENTS.has(name.toLowerCase().split(/\s+/).slice(-2).join(" "))) continue;
      if (w === "convention" && !CONVENTION_PLACES.has(lower[a])) continue;
      // "Francis' Apostolic Constitution", "a Dogmatic Constitution": a church genre, not a
      // name; the title after it is read in church-documents.ts.
      if (w === "constitution" && a === i - 1 && CHURCH_GENRES.has(lower[a])) continue;
      if (w === "law" && (PERSON_TITLES.has(lower[a]) || PERSON_TITLES.has(lower[a - 1]))) continue;
      // "the Washington Institute for Near East Policy" is a body, not a policy.
      if (w === "policy" && (a > i - 2 || POLICY_DOMAINS.has(lower[i - 1]) || POLICY_BODIES.test(name)))
        continue;
      // "First and Fifth Amendment rights": each ordinal names its own amendment.
      if (
        w === "amendment" &&
        a === i - 3 &&
        lower[i - 2] === "and" &&
        ORDINALS.has(lower[a]) &&
        ORDINALS.has(lower[i - 1])
      ) {
        out.push(named(doc, a, a, "an amendment named by its ordinal before 'and'"));
        out.push(named(doc, i - 1, i, "named amendment"));
        continue;
      }
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
    }
  }
  return out;
}

// A pact's name as place, domain and noun: "Iran nuclear deal", "Paris climate accord".
const PACT_REF = /^(\S+) (\S+) (\S+)$/;

/**
 * Once "the Iran nuclear deal" is named, in full, as "the nuclear deal with Iran" or by an
 * established short name ("the Iran deal"), "the nuclear deal" and "the Iran deal" ("Iran
 * deal implementation") refer to it.
 */
export function findPactShortForms(doc: Doc, documents: readonly Found[]): Found[] {
  const pacts: [string, string, string][] = [];
  for (const f of documents) {
    const m = PACT_REF.exec(f.ref.toLowerCase());
    if (m && PACT_DOMAINS.has(m[2]) && PACT_NOUNS.has(m[3])) pacts.push([m[1], m[2], m[3]]);
  }
  if (pacts.length === 0) return [];
  const { lower, tokens } = doc;
  const isCap = (i: number) => capitalised(doc, i);
  const out: Found[] = [];
  for (let i = 2; i < tokens.count; i++) {
    const w = lower[i];
    if (!PACT_NOUNS.has(w)) continue;
    for (const [place, domain, noun] of pacts) {
      if (w !== noun) continue;
      if (lower[i - 1] === domain && lower[i - 2] === "the")
        out.push(named(doc, i - 1, i, "short form of a pact named in full"));
      else if (lower[i - 1] === place && isCap(i - 1) && lower[i - 2] !== "a" && lower[i - 2] !== "an")
        out.push(named(doc, i - 1, i, "short form of a pact named in full"));
      else continue;
      break;
    }
  }
  return out;
}

/**
 * The first and last tokens of a case named "Plessy v. Ferguson" around the "v" at i, or
 * [-1, -1]: the capitalised name before, possessives included ("Whole Woman's Health"), and a
 * capitalised name after.
 */
function courtCase(doc: Doc, i: number, isCap: (i: number) => boolean): [number, number] {
  const { lower, tokens } = doc;
  const dot = lower[i + 1] === "." ? 1 : 0;
  // A lower-case "v", not the initial in "Vladimir V. Putin".
  if (
    i === 0 ||
    doc.text[tokens.start[i]] !== "v" ||
    !isCap(i - 1) ||
    NOT_NAME.has(lower[i - 1]) ||
    !isCap(i + 1 + dot)
  )
    return [-1, -1];
  let a = i - 1;
  for (let k = i - 2; k >= 0 && i - k <= MAX_PARTY_WORDS; k--) {
    if (isCap(k) && !NOT_NAME.has(lower[k])) a = k;
    else if (!(POSSESSIVE.has(lower[k]) && k > 0 && isCap(k - 1))) break;
  }
  let b = i + 1 + dot;
  while (b + 2 < tokens.count && PARTY_LINKS.has(lower[b + 1]) && isCap(b + 2)) b += 2;
  return [a, b];
}

function named(doc: Doc, a: number, b: number, why: string): Found {
  const { start, end } = doc.tokens;
  const name = doc.text.slice(start[a], end[b]);
  return { label: "document", ref: name, start: start[a], end: end[b], why: `${why}: '${name}'` };
}
