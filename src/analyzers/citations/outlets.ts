/**
 * News agencies and outlets named as the origin of information. A name alone is not a
 * citation ("Trump attacked CNN"); it becomes one in a reporting context: a dateline
 * "(Reuters)", a credit "REUTERS/Name", "according to X", "X reported", "told X",
 * "said on X", "obtained by X", "From X:", or a line that is nothing but the name.
 */
import type { Doc } from "../../document/document.js";
import type { Found } from "./found.js";

// canonical|variant|variant ... Acronyms (all capitals) must be written in capitals.
const OUTLETS = [
  "Reuters|Thomson Reuters",
  "AP|Associated Press|The Associated Press",
  "AFP|Agence France-Presse|Agence France Presse",
  "UPI|United Press International",
  "TASS|ITAR-TASS",
  "RIA Novosti|RIA",
  "Sputnik|Sputnik News",
  "RT|Russia Today",
  "Interfax",
  "Xinhua|Xinhua News Agency",
  "Global Times",
  "CGTN",
  "CCTV",
  "People's Daily",
  "KCNA",
  "Yonhap",
  "Kyodo|Kyodo News",
  "Al Jazeera|Al-Jazeera|Aljazeera",
  "Al Arabiya|Al-Arabiya",
  "Anadolu|Anadolu Agency",
  "IRNA",
  "Fars|Fars News|Fars News Agency",
  "Tasnim|Tasnim News Agency",
  "Press TV|PressTV",
  "SANA",
  "EFE",
  "ANSA",
  "dpa",
  "BBC|BBC News",
  "CNN",
  "MSNBC",
  "CNBC",
  "Fox News|Fox|Fox Business",
  "NBC News|NBC",
  "ABC News|ABC",
  "CBS News|CBS",
  "NPR",
  "PBS",
  "Bloomberg|Bloomberg News",
  "The New York Times|New York Times|NYT|Times",
  "The Washington Post|Washington Post",
  "The Wall Street Journal|Wall Street Journal|WSJ",
  "USA Today|USA TODAY",
  "Politico|POLITICO",
  "PolitiFact|Politifact",
  "FiveThirtyEight",
  "HuffPollster",
  "The Atlanta Journal-Constitution|Atlanta Journal-Constitution",
  "Snopes",
  "The Guardian|Guardian",
  "The Telegraph|Telegraph|Daily Telegraph",
  "Daily Mail|Mail Online|MailOnline",
  "The Independent",
  "Financial Times|FT",
  "The Economist|Economist",
  "Breitbart|Breitbart News",
  "The Hill",
  "Axios",
  "HuffPost|Huffington Post|The Huffington Post",
  "BuzzFeed|BuzzFeed News",
  "Vox",
  "Newsweek",
  "U.S. News & World Report|U.S. News|US News",
  "Time magazine|TIME",
  "The Atlantic",
  "Der Spiegel|Spiegel",
  "Le Monde",
  "Haaretz",
  "The Times of Israel|Times of Israel",
  "The Jerusalem Post|Jerusalem Post",
  "Dawn",
  "PJ Media",
  "The Daily Caller|Daily Caller",
  "Washington Examiner",
  "The Washington Times|Washington Times",
  "National Review",
  "The Daily Beast|Daily Beast",
  "Vice News|VICE News",
  "The Intercept",
  "Los Angeles Times|LA Times|L.A. Times",
  "Chicago Tribune",
  "The Boston Globe|Boston Globe",
  "New York Post|NY Post",
  "Miami Herald",
  "Infowars",
  "The Gateway Pundit|Gateway Pundit",
  "Western Journal|The Western Journal|Western Journalism",
  "Daily Wire|The Daily Wire",
  "Townhall",
  "Mother Jones",
  "Slate",
  "Salon",
  "ProPublica",
  "Sky News",
  "Deutsche Welle|DW",
  "Euronews",
  "France 24",
  "Variety",
  "Vanity Fair",
  "Esquire",
  "Forbes",
  "Fortune",
  "Wired",
  "The Nation",
  "Reason",
  "The Federalist",
  "The Spectator",
  "The American Conservative",
  "The Hollywood Reporter|Hollywood Reporter",
  "Deadline",
  "Rolling Stone",
  "The New Yorker|New Yorker",
  "Natural News",
  "Talking Points Memo",
  "Mediaite",
  "RealClearPolitics|Real Clear Politics|RCP",
  "Drudge Report",
  "The Blaze|TheBlaze",
  "Free Beacon|Washington Free Beacon",
  "Yahoo News",
  "Business Insider|Insider",
  "The Independent Journal Review|Independent Journal Review",
];

// Heads of outlet names not in the list: "the Columbus Dispatch", "the Cincinnati Enquirer".
const HEADS = new Set(
  "times post journal herald tribune gazette dispatch enquirer inquirer examiner chronicle courier observer telegraph globe news monitor bulletin".split(
    " ",
  ),
);
const AFTER_VERBS = new Set(
  "reported reports reporting said says wrote writes quoted quoting cited noted notes learned published confirmed revealed obtained broadcast aired tweeted found described detailed disclosed documented posted estimated observed first shows showed showing finds ruled checked".split(
    " ",
  ),
);
const NOT_SUBJECT = new Set(["of", "about", "against", "at", "with", "for", "toward", "towards"]);
// "A 2013 Washington Post report", "a CNN poll": the outlet's own reporting is the source.
const OUTLET_PRODUCTS = new Set(
  "report reports reporting story investigation article analysis poll survey editorial interview piece exclusive average tally fact-check".split(
    " ",
  ),
);
// "an essay for Vanity Fair", "an op-ed in the Post": the outlet that published the source.
const WRITING = new Set(
  "essay article piece column op-ed editorial interview commentary letter reporter correspondent columnist writer editor contributor".split(
    " ",
  ),
);
const AUXILIARIES = new Set(["has", "had", "first", "also", "later", "earlier", "previously"]);
const BY_PARTICIPLES = new Set(
  "reported obtained published cited quoted seen released broadcast aired reviewed first report story investigation written interviewed conducted".split(
    " ",
  ),
);
const SPEECH = new Set(
  "said says saying told appeared appearing spoke speaking interview asked argued added claimed insisted".split(
    " ",
  ),
);
const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

interface Name {
  words: string[];
  canonical: string;
  acronym: boolean;
}

function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z.-]*$/.test(s) || s === "dpa";
}

// First lower-case word → the names starting with it, longest first.
const NAMES: ReadonlyMap<string, Name[]> = (() => {
  const map = new Map<string, Name[]>();
  // Split as the tokenizer does: on spaces, with a possessive 's as a token of its own.
  const splitWords = (s: string) =>
    s
      .replace(/(['’]s)\b/g, " $1")
      .split(/\s+/)
      .filter(Boolean);
  for (const line of OUTLETS) {
    const [canonical, ...variants] = line.split("|");
    for (const v of [canonical, ...variants]) {
      const words = splitWords(v.replace(/^The /, "")).map((w) => w.toLowerCase());
      if (words.length === 0) continue;
      const list = map.get(words[0]) ?? [];
      list.push({ words, canonical, acronym: isAcronym(v) });
      map.set(words[0], list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** True when an outlet name from the list starts at token i ("the Daily Caller and ..."). */
export function outletStartsAt(doc: Doc, i: number): boolean {
  const list = NAMES.get(doc.lower[i]);
  return !!list?.some((n) => n.words.every((w, k) => doc.lower[i + k] === w));
}

export function findOutlets(doc: Doc): Found[] {
  const { text, lower, tokens, sentenceOf, sentences } = doc;
  const { start, end, count } = tokens;
  const out: Found[] = [];
  const isCap = (i: number) => {
    const c = text[start[i]];
    return c !== undefined && c !== c.toLowerCase();
  };
  const taken = new Uint8Array(count);

  const context = (a: number, b: number, listed = true): string | null => {
    const before = text[start[a] - 1];
    const after = text[end[b]];
    if (before === "(" && after === ")") return "dateline";
    if (before === "/" || after === "/" || lower[a - 1] === "©") return "credit";
    const n1 = lower[b + 1];
    const n2 = lower[b + 2];
    if (n1 === "photo" || n1 === "photos" || n1 === "staff" || n1 === "images") return "credit";
    // "Critics of CNN said": the name is not the subject of the verb after it.
    const object = NOT_SUBJECT.has(lower[lower[a - 1] === "the" ? a - 2 : a - 1] ?? "");
    if (!object && (AFTER_VERBS.has(n1) || (AUXILIARIES.has(n1) && AFTER_VERBS.has(n2))))
      return `'${n1}' after the name`;
    if (n1 === "news" && (n2 === "agency" || n2 === "service")) return "named as a news agency";
    if (listed && OUTLET_PRODUCTS.has(n1) && !object) return `the outlet's ${n1}`;
    // "the Washington Post's Greg Miller reported": a journalist of the outlet as the source.
    if ((n1 === "'s" || n1 === "’s") && /^["“«]$/.test(n2 ?? "")) return "its programme, named in quotes";
    if (n1 === "'s" || n1 === "’s") {
      let k = b + 2;
      while (k < b + 5 && isCap(k)) k++;
      if (
        k > b + 2 &&
        (AFTER_VERBS.has(lower[k]) ||
          OUTLET_PRODUCTS.has(lower[k]) ||
          (AUXILIARIES.has(lower[k]) && AFTER_VERBS.has(lower[k + 1])))
      )
        return `its reporter or product: '${lower[k]}'`;
    }
    // "–Natural News" closing a quotation: a credit line.
    if ((before === "–" || before === "—") && (after === undefined || after === "\n" || after === "\r"))
      return "credit after a dash";
    if (n1 === "," && MONTHS.has(n2)) return "source line with a date";
    let p = a - 1;
    if (lower[p] === "the") p--;
    const w = lower[p];
    if (w === "to" && lower[p - 1] === "according") return "'according to'";
    if (w === "told" || w === "via" || w === "per" || w === "from") return `'${w}' before the name`;
    if (w === "with" && (lower[p - 1] === "interview" || lower[p - 1] === "interviews"))
      return "interview with";
    if ((w === "for" || w === "in") && WRITING.has(lower[p - 1])) return `'${lower[p - 1]} ${w}'`;
    if (w === "by" && BY_PARTICIPLES.has(lower[p - 1])) return `'${lower[p - 1]} by'`;
    if (w === "as" && AFTER_VERBS.has(n1)) return "'as X reported'";
    // "he told Wolf Blitzer of CNN": a journalist of the outlet, in a sentence about speech.
    if (w === "of" && isCap(p - 1)) {
      const s = sentenceOf[a];
      for (let k = sentences.firstToken[s]; k < a; k++)
        if (SPEECH.has(lower[k])) return "a journalist 'of' it";
    }
    if (w === "on") {
      const s = sentenceOf[a];
      for (let k = sentences.firstToken[s]; k < a; k++)
        if (SPEECH.has(lower[k])) return `'${lower[k]} ... on'`;
    }
    // A line made only of outlet names: a photo credit or byline.
    const s = sentenceOf[a];
    let onlyNames = true;
    for (let k = sentences.firstToken[s]; k < sentences.lastToken[s] && onlyNames; k++)
      onlyNames = NAMES.has(lower[k]) || (k > a && k <= b) || /^\p{P}$/u.test(lower[k]);
    return onlyNames ? "a line that is only outlet names" : null;
  };

  for (let i = 0; i < count; i++) {
    const list = NAMES.get(lower[i]);
    if (!list || !isCap(i)) continue;
    for (const name of list) {
      const b = i + name.words.length - 1;
      if (b >= count) continue;
      let ok = true;
      for (let k = 0; k < name.words.length && ok; k++) ok = lower[i + k] === name.words[k];
      if (!ok) continue;
      const surface = text.slice(start[i], end[b]);
      if (name.acronym && surface !== surface.toUpperCase()) continue;
      // "Times" or "Fox" alone are outlets only when written alone on the line or as a credit.
      taken.fill(1, i, b + 1);
      const why = context(i, b);
      if (why) out.push({ label: "agency", ref: name.canonical, start: start[i], end: end[b], why });
      i = b;
      break;
    }
  }
  // Unlisted outlets by their head word: capitalised words ending in Dispatch, Herald, ...
  for (let h = 0; h < count; h++) {
    if (taken[h] || !HEADS.has(lower[h]) || !isCap(h)) continue;
    let a = h;
    while (
      a > 0 &&
      a > h - 3 &&
      !taken[a - 1] &&
      isCap(a - 1) &&
      lower[a - 1] !== "the" &&
      sentenceOf[a - 1] === sentenceOf[h]
    )
      a--;
    // A bare head ("the Enquirer") only as the short form of an outlet named before.
    if (a === h && !out.some((f) => f.start < start[h] && f.ref.endsWith(` ${text.slice(start[h], end[h])}`)))
      continue;
    const why = context(a, h, false);
    if (why) {
      const ref = text.slice(start[a], end[h]);
      out.push({ label: "agency", ref, start: start[a], end: end[h], why: `${why} (outlet-like name)` });
    }
  }
  // Unlisted broadcasters by call letters in a dateline or credit: "(WCMH/AP)", "By WCMH Staff".
  for (let i = 0; i < count; i++) {
    // US broadcast call letters: K or W and three letters.
    if (taken[i] || end[i] - start[i] !== 4 || (text[start[i]] !== "K" && text[start[i]] !== "W")) continue;
    if (!/^[KW][A-Z]{3}$/.test(text.slice(start[i], end[i]))) continue;
    const before = text[start[i] - 1];
    const after = text[end[i]];
    const paired = (before === "(" && after === "/") || (before === "/" && after === ")");
    const dateline = before === "(" && after === ")" && /^\)\s*[-–—]/.test(text.slice(end[i], end[i] + 4));
    const why =
      paired || dateline
        ? "call letters in a dateline"
        : lower[i + 1] === "staff"
          ? "call letters in a byline"
          : null;
    if (why)
      out.push({ label: "agency", ref: text.slice(start[i], end[i]), start: start[i], end: end[i], why });
  }
  // A short form ("the Enquirer") takes the full name used earlier in the text.
  out.sort((x, y) => x.start - y.start);
  for (let k = 0; k < out.length; k++) {
    if (out[k].ref.includes(" ")) continue;
    for (let m = 0; m < k; m++) if (out[m].ref.endsWith(` ${out[k].ref}`)) out[k].ref = out[m].ref;
  }
  return out;
}
