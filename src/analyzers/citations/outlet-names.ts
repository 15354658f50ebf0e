/**
 * Names of news agencies and outlets, and a lookup by first word. A name is matched
 * token by token; acronyms only in capitals.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Doc } from "../../document/document.js";

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
  "The Mail on Sunday|Mail on Sunday",
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
  "The Daily Caller|Daily Caller|TheDC",
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
  "Talking Points Memo|TPM",
  "Mediaite",
  "RealClearPolitics|Real Clear Politics|RCP",
  "Drudge Report",
  "The Blaze|TheBlaze|BlazeTV",
  "Free Beacon|Washington Free Beacon",
  "Yahoo News",
  "Business Insider|Insider",
  "The Independent Journal Review|Independent Journal Review",
  "Newsmax",
  "The Forward",
  "One America News|One America News Network|OAN|OANN",
  "The Daily Signal|Daily Signal",
  "LifeSiteNews",
  "CNSNews|CNS News",
  "The Christian Science Monitor|Christian Science Monitor",
  "Quartz",
  "The Verge",
  "Raw Story|RawStory",
  "Common Dreams",
  "AlterNet",
  "ThinkProgress|Think Progress",
  "Media Matters",
  "ZeroHedge|Zero Hedge",
  "Russia Insider",
  "Global Research",
  "Consortium News",
  "CounterPunch",
  "WND|WorldNetDaily",
  "American Thinker",
  "FrontPage Magazine|FrontPage Mag",
  "NewsBusters",
  "Hot Air|HotAir",
  "RedState",
  "LifeNews",
  "Roll Call",
  "McClatchy",
  "Daily Express",
  "Daily Mirror|Mirror Online",
  "Evening Standard",
  "The Epoch Times|Epoch Times",
  "New York Daily News|NY Daily News",
  "Daily Kos",
  "C-SPAN",
  "Univision",
  "Telemundo",
  "Voice of America|VOA",
  "Radio Free Europe",
  "Middle East Eye",
  "Al-Monitor|Al Monitor",
  "Ynet|Ynetnews",
  "Kommersant",
  "Izvestia",
  "Pravda",
  "NHK",
  "NDTV",
  "South China Morning Post|SCMP",
  "Bild",
  "Le Figaro",
  "El País|El Pais",
  "The Globe and Mail|Globe and Mail",
  "CBC|CBC News",
];

export interface Name {
  words: string[];
  canonical: string;
  acronym: boolean;
  /** Written with "The" ("The Hill"): alone after another capitalised word it is part of a longer name ("Capitol Hill"). */
  article: boolean;
  /** Where an unlisted name comes from, told in the finding's `why`. */
  source?: string;
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
  OUTLETS.flatMap((line) =>
    line.split("|").map((v) =>
      splitWords(v.replace(/^The /, ""))
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
