/**
 * Language identification: trigram models (franc-min) on each paragraph, restricted to
 * languages this tool's inputs are written in, with a script-based fallback for short text.
 */
import { franc } from "franc-min";

// ISO 639-3 (franc) to the ISO 639-1 codes results carry.
const ISO1: Record<string, string> = {
  eng: "en",
  fra: "fr",
  deu: "de",
  spa: "es",
  por: "pt",
  ita: "it",
  nld: "nl",
  tur: "tr",
  pol: "pl",
  ron: "ro",
  swe: "sv",
  hun: "hu",
  ces: "cs",
  ind: "id",
  vie: "vi",
  hrv: "hr",
  srp: "sr",
  bos: "bs",
  rus: "ru",
  ukr: "uk",
  bel: "be",
  bul: "bg",
  kaz: "kk",
  uzn: "uz",
  azj: "az",
  arb: "ar",
  urd: "ur",
  pes: "fa",
  pbu: "ps",
  ckb: "ckb",
  hin: "hi",
  swh: "sw",
  som: "so",
  hau: "ha",
  tgl: "tl",
};
const ONLY = Object.keys(ISO1);

// Unicode blocks of the scripts this tool meets, with the language a script alone suggests.
const SCRIPT_RANGES: Array<[number, number, string]> = [
  [0x41, 0x5a, "Latin"],
  [0x61, 0x7a, "Latin"],
  [0xc0, 0x24f, "Latin"],
  [0x370, 0x3ff, "Greek"],
  [0x400, 0x52f, "Cyrillic"],
  [0x590, 0x5ff, "Hebrew"],
  [0x600, 0x6ff, "Arabic"],
  [0x750, 0x77f, "Arabic"],
  [0x900, 0x97f, "Devanagari"],
  [0x3040, 0x30ff, "Kana"],
  [0x4e00, 0x9fff, "Han"],
  [0xac00, 0xd7af, "Hangul"],
  [0xfb50, 0xfdff, "Arabic"],
  [0xfe70, 0xfeff, "Arabic"],
];
const SCRIPT_LANGUAGE: Record<string, string> = {
  Greek: "el",
  Cyrillic: "ru",
  Hebrew: "he",
  Arabic: "ar",
  Devanagari: "hi",
  Kana: "ja",
  Han: "zh",
  Hangul: "ko",
};

/** Letters per script in text[start, end), counted in one pass over code units. */
export function scriptCounts(text: string, start = 0, end = text.length): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    for (const [lo, hi, script] of SCRIPT_RANGES) {
      if (c >= lo && c <= hi) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

export function dominant(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [k, v] of counts) if (v > most) [best, most] = [k, v];
  return best;
}

export const UNDETERMINED = "und";

// franc's cost grows with the sample; 600 characters decide a language reliably.
const SAMPLE = 600;

// The most frequent function words of Latin-script languages: a clear majority of hits
// decides the language at a fraction of the trigram model's cost.
const STOPWORDS: Record<string, string> = {
  en: "the of and to in is that for it was on with as by at from this be are have has not",
  fr: "le la les de des et est un une du que qui dans pour sur pas au avec ce il elle",
  de: "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch",
  es: "el la los las de y en que del por un una con para es se al lo su como",
  pt: "o a os as de e do da em que um uma para com não no na por se dos",
  it: "il lo la gli le di e che del della un una per non con sono da nel alla",
  nl: "de het een en van is dat op te in niet zijn met voor er aan als ook",
  tr: "ve bir bu da de için ile olarak çok daha gibi olan ama ne en kadar",
};
const STOPWORD_LANG = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words.split(" ")) STOPWORD_LANG.set(w, [...(STOPWORD_LANG.get(w) ?? []), lang]);
}
const WORD = /\p{L}+/gu;

function stopwordLanguage(sample: string): string | null {
  const hits: Record<string, number> = {};
  for (const m of sample.matchAll(WORD)) {
    const langs = STOPWORD_LANG.get(m[0].toLowerCase());
    if (langs) for (const l of langs) hits[l] = (hits[l] ?? 0) + 1;
  }
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0], ranked[1]];
  return best && best[1] >= 4 && best[1] >= 2 * (second?.[1] ?? 0) ? best[0] : null;
}

/** Language of a text: function words, else a trigram model, else what its script suggests. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const byStopwords = stopwordLanguage(sample);
  if (byStopwords) return byStopwords;
  const code = franc(sample, { only: ONLY, minLength: 20 });
  if (code !== UNDETERMINED) return ISO1[code] ?? code;
  const script = dominant(scriptCounts(sample));
  if (script === null) return UNDETERMINED;
  if (script === "Latin") return /[a-z]{3}/i.test(sample) ? "en" : UNDETERMINED;
  return SCRIPT_LANGUAGE[script] ?? UNDETERMINED;
}
