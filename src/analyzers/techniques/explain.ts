/**
 * Turns model features back into reasons a reader understands, e.g.
 * `cue word "heinous" (emotive lexicon)` or `the span's text occurs 3-4 times in the article`.
 */
import type { DocContext } from "./features.js";
import { isStop, tokenRange } from "./features.js";

const BUCKET_WORDS: Record<string, string> = { "1": "once", "2": "twice" };
const times = (b: string) => BUCKET_WORDS[b] ?? `${b} times`;

/** Readable names of the cue patterns of `spanFeatures`. */
const CUE_WORDS: Record<string, string> = {
  "what-about": "a whataboutism cue (what about, hypocrisy, double standard)",
  "either-or": "an either/or choice",
  because: "a cause-effect word (because, therefore, led to)",
  authority: "a reporting verb or authority (said, according to, experts)",
  modal: "a prediction (will, would, could, might)",
  nation: "a nation word (America, patriot, nation)",
  hashtag: "a hashtag",
  we: "a first-person plural (we, our, us)",
};

export function describe(feature: string, ctx: DocContext, start: number, end: number): string | null {
  const eq = feature.indexOf("=");
  const key = eq < 0 ? feature : feature.slice(0, eq);
  const value = eq < 0 ? "" : feature.slice(eq + 1);
  switch (key) {
    case "w":
      return isStop(value) || !/\p{L}/u.test(value) ? null : `word "${value}"`;
    case "b":
      return `phrase "${value.replace("_", " ")}"`;
    case "span":
      return `the phrase "${value}" itself`;
    case "suf":
    case "stem":
    case "lenx":
      return null;
    case "first":
      return `starts with "${value}"`;
    case "last":
      return `ends with "${value}"`;
    case "l1":
      return `preceded by "${value}"`;
    case "l2":
      return `two words after "${value}"`;
    case "r1":
      return `followed by "${value}"`;
    case "lex": {
      const [first, last] = tokenRange(ctx.doc, start, end);
      for (let i = first; i < last; i++) {
        if (ctx.lex[i]?.includes(value)) return `cue word "${ctx.doc.lower[i]}" (${value} lexicon)`;
      }
      return `a word from the ${value} lexicon`;
    }
    case "fb":
      return `starts with "${value.replace("_", " ")}"`;
    case "lb":
      return `ends with "${value.replace("_", " ")}"`;
    case "occb":
      return value === "0" ? null : `the same words appear earlier in the article (${times(value)})`;
    case "occ-later":
      return "repeats a phrase used earlier in the article";
    case "spanrep":
      return value === "1" ? null : `the span's text occurs ${times(value)} in the article`;
    case "maxrep":
      return value === "1" ? null : `a word of the span recurs ${times(value)} in the article`;
    case "len":
      return `span of ${value} token${value === "1" ? "" : "s"}`;
    case "content":
      return `${value} content word${value === "1" ? "" : "s"}`;
    case "cover":
      return value === "sentence"
        ? "covers the whole sentence"
        : value === "half"
          ? "covers most of its sentence"
          : null;
    case "quoted":
      return "inside quotation marks";
    case "has-excl":
      return "contains an exclamation mark";
    case "has-quest":
      return "contains a question mark";
    case "has-quote":
      return "contains quoted speech";
    case "allcaps":
      return "a word in capitals";
    case "cap-first":
      return "starts with a capitalised word";
    case "S.excl":
      return "in an exclamation";
    case "S.quest":
      return "in a question";
    case "S.title":
      return "in the headline";
    case "S.allquoted":
      return "in a fully quoted sentence";
    case "S.somequoted":
      return "in a sentence with quoted speech";
    case "S.lex":
      return `its sentence has a word from the ${value} lexicon`;
    case "S.len":
      return `in a sentence of ${value} tokens`;
    case "cue":
      return CUE_WORDS[value] ? `contains ${CUE_WORDS[value]}` : null;
    case "scue":
      return CUE_WORDS[value] ? `its sentence contains ${CUE_WORDS[value]}` : null;
    default:
      return null;
  }
}
