/**
 * Hadith and other collections of religious reports named as a source ("Sahih Muslim
 * 1910", "narrated in Sunan Abu Dawud"). "Muslim" alone is never taken: only with Sahih.
 */
import type { Found } from "./found.js";

const COLLECTIONS: Array<[RegExp, string]> = [
  [/^sahih\s*(?:al[-\s]?)?bukh[aā]ri$|^(?:al[-\s]?)?bukh[aā]ri$/i, "Sahih al-Bukhari"],
  [/^sahih\s+muslim$/i, "Sahih Muslim"],
  [/daw[uo]o?d$/i, "Sunan Abu Dawud"],
  [/tirmidh?i$/i, "Jami at-Tirmidhi"],
  [/nasa['’]?i$/i, "Sunan an-Nasa'i"],
  [/majah$/i, "Sunan Ibn Majah"],
  [/^muwatt?a/i, "Muwatta Malik"],
  [/^musnad/i, "Musnad Ahmad"],
  [/^riy[aā]dh?/i, "Riyad as-Salihin"],
  [/^mishkat/i, "Mishkat al-Masabih"],
  [/^bulugh/i, "Bulugh al-Maram"],
  [/mufrad$/i, "Al-Adab al-Mufrad"],
];

const NAME =
  "Sahih\\s+(?:al[-\\s]?)?Bukh[aā]ri|(?:al[-\\s])?Bukh[aā]ri|Sahih\\s+Muslim|(?:Sunan\\s+)?Abu\\s+Daw[uo]o?d" +
  "|(?:Jami['`’]?\\s*(?:at|al)[-\\s]?|Sunan\\s+(?:al[-\\s]?)?)?Tirmidh?i|Sunan\\s+(?:an|al)[-\\s]?Nasa['’]?i" +
  "|(?:Sunan\\s+)?Ibn\\s+Majah|Muwatt?a(?:\\s+(?:Imam\\s+)?Malik)?|Musnad\\s+(?:Imam\\s+)?Ahmad" +
  "|Riy[aā]dh?\\s+(?:as|us|al)[-\\s]?Salih[ie]e?n|Mishkat\\s+al[-\\s]Masabih|Bulugh\\s+al[-\\s]Maram" +
  "|Al[-\\s]Adab\\s+al[-\\s]Mufrad";
// Built once: the name, then an optional number ("1910", "no. 1910", "hadith 1910", "#1910").
const HADITH = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAME})(?:,?\\s*(?:hadith|no\\.|#)?\\s*(\\d{1,5})(?![\\p{N}:]))?(?![\\p{L}])`,
  "gu",
);

export function findHadith(text: string): Found[] {
  const out: Found[] = [];
  HADITH.lastIndex = 0;
  for (let m = HADITH.exec(text); m !== null; m = HADITH.exec(text)) {
    const name = m[1];
    const canonical = COLLECTIONS.find(([re]) => re.test(name))?.[1] ?? name;
    out.push({
      label: "hadith",
      ref: m[2] ? `${canonical} ${m[2]}` : canonical,
      start: m.index,
      end: m.index + m[0].length,
      why: `hadith collection '${name}' named as a source`,
    });
  }
  return out;
}
