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

// Scripts whose presence alone decides the language family when text is too short.
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, "ar"],
  [/\p{Script=Cyrillic}/u, "ru"],
  [/\p{Script=Han}/u, "zh"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Devanagari}/u, "hi"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Hangul}/u, "ko"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "ja"],
];

export const UNDETERMINED = "und";

/** Dominant script of a string: "Latin", "Arabic", ... or null when it has no letters. */
export function dominantScript(text: string): string | null {
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = /\p{Script=Latin}/u.test(ch)
      ? "Latin"
      : (SCRIPTS.find(([re]) => re.test(ch))?.[1] ?? "Other");
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [k, v] of counts) if (v > most) [best, most] = [k, v];
  return best;
}

export function detectLanguage(text: string): string {
  const sample = text.length > 2048 ? text.slice(0, 2048) : text;
  const code = franc(sample, { only: ONLY, minLength: 20 });
  if (code !== UNDETERMINED) return ISO1[code] ?? code;
  const script = dominantScript(sample);
  if (script === null) return UNDETERMINED;
  if (script === "Latin") return /[a-z]{3}/i.test(sample) ? "en" : UNDETERMINED;
  return script === "Other" ? UNDETERMINED : script;
}
