/**
 * Names writers use for the books of the Bible and the surahs of the Qur'an, keyed by a
 * spelling-insensitive form so that transliteration variants (Al-Baqarah, Baqara,
 * al Baqarah) land on one surah number.
 */

/** Canonical Bible book → accepted names and abbreviations (lower-case, without dots). */
import { oneEdit } from "./one-edit.js";

const BIBLE: Record<string, string[]> = {
  Genesis: ["genesis", "gen", "gn"],
  Exodus: ["exodus", "exod", "ex"],
  Leviticus: ["leviticus", "lev"],
  Numbers: ["numbers", "num"],
  Deuteronomy: ["deuteronomy", "deut", "dt"],
  Joshua: ["joshua", "josh"],
  Judges: ["judges", "judg"],
  Ruth: ["ruth"],
  Samuel: ["samuel", "sam"],
  Kings: ["kings", "kgs"],
  Chronicles: ["chronicles", "chron", "chr"],
  Ezra: ["ezra"],
  Nehemiah: ["nehemiah", "neh"],
  Esther: ["esther", "esth"],
  Job: ["job"],
  Psalms: ["psalms", "psalm", "ps", "psa"],
  Proverbs: ["proverbs", "prov"],
  Ecclesiastes: ["ecclesiastes", "eccl", "eccles"],
  Isaiah: ["isaiah", "isa"],
  Jeremiah: ["jeremiah", "jer"],
  Lamentations: ["lamentations", "lam"],
  Ezekiel: ["ezekiel", "ezek"],
  Daniel: ["daniel", "dan"],
  Hosea: ["hosea", "hos"],
  Joel: ["joel"],
  Amos: ["amos"],
  Obadiah: ["obadiah", "obad"],
  Jonah: ["jonah"],
  Micah: ["micah", "mic"],
  Nahum: ["nahum", "nah"],
  Habakkuk: ["habakkuk", "hab"],
  Zephaniah: ["zephaniah", "zeph"],
  Haggai: ["haggai", "hag"],
  Zechariah: ["zechariah", "zech"],
  Malachi: ["malachi", "mal"],
  Matthew: ["matthew", "matt", "mt"],
  Mark: ["mark", "mk"],
  Luke: ["luke", "lk"],
  John: ["john", "jn"],
  Acts: ["acts"],
  Romans: ["romans", "rom"],
  Corinthians: ["corinthians", "cor"],
  Galatians: ["galatians", "gal"],
  Ephesians: ["ephesians", "eph"],
  Philippians: ["philippians", "phil"],
  Colossians: ["colossians", "col"],
  Thessalonians: ["thessalonians", "thess"],
  Timothy: ["timothy", "tim"],
  Titus: ["titus"],
  Philemon: ["philemon", "philem"],
  Hebrews: ["hebrews", "heb"],
  James: ["james", "jas"],
  Peter: ["peter", "pet"],
  Jude: ["jude"],
  // "Apocalypse" is the book's name in the Douay-Rheims Bible that traditionalist Catholic writers quote ("Apo. 21:4").
  Revelation: ["revelation", "rev", "apocalypse", "apoc", "apo"],
};

/** Books that exist only as 1/2(/3) X; John exists both ways. */
export const NUMBERED_BOOKS = new Set([
  "Samuel",
  "Kings",
  "Chronicles",
  "Corinthians",
  "Thessalonians",
  "Timothy",
  "Peter",
]);

/**
 * Books whose full name is no common word or first name, so that "Deuteronomy 28" with a
 * chapter alone is a reference (not "Job 2", "Mark 5" or "Acts 4").
 */
export const CHAPTER_ONLY_BOOKS: ReadonlyMap<string, string> = new Map(
  "genesis exodus leviticus deuteronomy nehemiah psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations ezekiel hosea obadiah habakkuk zephaniah haggai zechariah malachi romans galatians ephesians philippians colossians hebrews"
    .split(" ")
    .map((n) => [n, n === "psalm" ? "Psalms" : n[0].toUpperCase() + n.slice(1)]),
);

/** A book's name misspelt by one letter ("Deuteronoy"), for names of six letters or more. */
export function misspeltBook(word: string): string | undefined {
  if (word.length < 5) return undefined;
  for (const [name, book] of CHAPTER_ONLY_BOOKS) {
    if (Math.abs(name.length - word.length) <= 1 && name.length >= 6 && oneEdit(name, word)) return book;
  }
  return undefined;
}

export const BIBLE_BOOKS: ReadonlyMap<string, string> = new Map(
  Object.entries(BIBLE).flatMap(([book, names]) => names.map((n) => [n, book] as [string, string])),
);

/** "1", "I", "First" → 1 and so on, for numbered books. */
export const BOOK_ORDINALS: ReadonlyMap<string, number> = new Map([
  ["1", 1],
  ["2", 2],
  ["3", 3],
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["first", 1],
  ["second", 2],
  ["third", 3],
]);

// One common transliteration per surah, in order; variants follow in SURAH_VARIANTS.
const SURAHS =
  "Fatihah Baqarah Imran Nisa Maidah Anam Araf Anfal Tawbah Yunus Hud Yusuf Rad Ibrahim Hijr Nahl Isra Kahf " +
  "Maryam Taha Anbiya Hajj Muminun Nur Furqan Shuara Naml Qasas Ankabut Rum Luqman Sajdah Ahzab Saba Fatir " +
  "Yasin Saffat Sad Zumar Ghafir Fussilat Shura Zukhruf Dukhan Jathiyah Ahqaf Muhammad Fath Hujurat Qaf " +
  "Dhariyat Tur Najm Qamar Rahman Waqiah Hadid Mujadilah Hashr Mumtahanah Saff Jumuah Munafiqun Taghabun " +
  "Talaq Tahrim Mulk Qalam Haqqah Maarij Nuh Jinn Muzzammil Muddaththir Qiyamah Insan Mursalat Naba Naziat " +
  "Abasa Takwir Infitar Mutaffifin Inshiqaq Buruj Tariq Ala Ghashiyah Fajr Balad Shams Layl Duha Sharh Tin " +
  "Alaq Qadr Bayyinah Zalzalah Adiyat Qariah Takathur Asr Humazah Fil Quraysh Maun Kawthar Kafirun Nasr " +
  "Masad Ikhlas Falaq Nas";

const SURAH_VARIANTS: Record<number, string[]> = {
  3: ["aal-e-imran", "ali imran", "al-i-imran", "aal imran", "al imran", "al-imran"],
  9: ["tawba", "taubah", "tauba", "baraah", "bara'ah"],
  17: ["bani israil", "bani isra'il"],
  20: ["ta-ha"],
  36: ["ya-sin", "yaseen", "ya seen"],
  40: ["mumin"],
  47: ["qital"],
  76: ["dahr"],
  94: ["inshirah"],
  111: ["lahab"],
};

/**
 * Spelling-insensitive key: lower-case, article prefix (al-, an-, at-, ash-, ...) dropped,
 * letters only, doubled letters collapsed, final h dropped.
 */
export function surahKey(name: string): string {
  let s = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  s = s.replace(/^(?:surah|surat|sura|soorah)\s+/, "");
  if (!/^aal|^al-i|^ali /.test(s)) s = s.replace(/^(?:al|an|at|ash|ar|as|az|ad|adh|ath|us|ul)[-\s'’]+/, "");
  s = s.replace(/[^a-z]/g, "").replace(/(.)\1+/g, "$1");
  return s.length > 3 ? s.replace(/h$/, "") : s;
}

export const SURAH_NUMBERS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  SURAHS.split(" ").forEach((name, i) => {
    map.set(surahKey(name), i + 1);
  });
  for (const [n, names] of Object.entries(SURAH_VARIANTS)) for (const v of names) map.set(surahKey(v), +n);
  // Keys that are also ordinary English words would turn "Sad 2:3" into a surah: keep them
  // only where a "Surah" prefix asks for them (see scripture.ts).
  return map;
})();

/** Surah keys that are ordinary words or common names: accepted only after "Surah". */
export const AMBIGUOUS_SURAH_KEYS = new Set(
  [
    "sad",
    "tin",
    "nur",
    "rum",
    "fil",
    "nas",
    "ala",
    "muhamad",
    "maryam",
    "ibrahim",
    "yusuf",
    "yunus",
    "hud",
    "nuh",
  ].map(surahKey),
);
