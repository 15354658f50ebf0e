/**
 * Appeals to spread or follow a voice that the clause-by-clause reading in detect.ts drops as
 * site furniture or cannot see, because no imperative or modal opens them (train-6 #7/#12,
 * test-5b #4):
 * - a sentence-shaped list of share verbs: "Tweet, Post, Forward, Subscribe or Bookmark us";
 * - a one-word "SHARE:" opening an embedded post (its link, then "— Name (@handle)");
 * - an impersonal frame: "this story is crucial to amplify";
 * - a follow appeal with a purpose beyond news: "Please make sure to FOLLOW X ... to strengthen ...".
 * A bare button caption ("Share this story!", "Follow X on Twitter") stays furniture: it has
 * neither a list, a link, a frame of need nor a purpose.
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import type { Call, CallLabel } from "./detect.js";
import { SHARE } from "./lexicon.js";

// Verbs of a site's share bar, when written as a sentence.
const SHARE_BAR = wordSet("share tweet retweet post repost forward subscribe bookmark like email e-mail");
const LIST_JOINS = wordSet(", or and");
const OBJECTS = wordSet("us this it them");
// What is spread in an impersonal frame, and the frame's words of need.
const SPREAD = new Set([...SHARE, "amplify"]);
const CONTENT = wordSet("story article post video message news word information report");
const NEEDED = wordSet("crucial important vital essential imperative critical necessary urgent");
// "Follow us on Twitter to get the latest news": a purpose of reading is a promotion.
const NEWS_PURPOSES = wordSet("get receive stay keep see read learn find hear catch watch know");
// "Please make sure to", "Be sure to": the plea's words before "follow" open the span.
const FOLLOW_LEAD = wordSet("please make be sure");
const LINK_STARTS = wordSet("http https pic www");
const TRIGGERS = new Set([...SHARE_BAR, ...CONTENT, "follow"]);

export function findShareAppeals(doc: Doc, quoted: Uint8Array): Call[] {
  const { lower, sentences, sentenceOf } = doc;
  const count = doc.tokens.count;
  const out: Call[] = [];
  const push = (first: number, last: number, label: CallLabel, why: string, byMarks = quoted[first] === 1) =>
    out.push({
      label,
      first,
      last,
      addressee: null,
      quotedByMarks: byMarks,
      score: 0.6,
      why: [why, `label '${label}'`],
    });
  for (let i = 0; i < count; i++) {
    const w = lower[i];
    // One lookup rejects almost every token (this pass runs on every document).
    if (!TRIGGERS.has(w)) continue;
    const start = sentences.firstToken[sentenceOf[i]];
    const end = sentences.lastToken[sentenceOf[i]];
    if (SHARE_BAR.has(w) && i === start) {
      // "SHARE: https://t.co/... — Paul Joseph Watson (@PrisonPlanet)": the post's author asks.
      if (lower[i + 1] === ":" && LINK_STARTS.has(lower[i + 2] ?? "") && handleIn(i + 2, end)) {
        push(i, i + 1, "share", "a one-word share appeal opening an embedded post", true);
        continue;
      }
      // "Tweet, Post, Forward, Subscribe or Bookmark us": three or more verbs joined as a list.
      let k = i;
      let verbs = 1;
      while (LIST_JOINS.has(lower[k + 1] ?? "") && SHARE_BAR.has(lower[k + 2] ?? "")) {
        k += 2;
        verbs++;
      }
      if (verbs >= 3 && lower[k - 1] !== ",") {
        if (OBJECTS.has(lower[k + 1] ?? "")) k++;
        push(i, k + 1, "share", `a list of ${verbs} share verbs`);
      }
      continue;
    }
    // "this story is crucial to amplify": the content's spreading needed, with no agent named.
    if (CONTENT.has(w) && (lower[i - 1] === "this" || lower[i - 1] === "the") && lower[i + 1] === "is") {
      const n = lower[i + 2] === "so" ? i + 3 : i + 2;
      if (NEEDED.has(lower[n] ?? "") && lower[n + 1] === "to" && SPREAD.has(lower[n + 2] ?? "")) {
        push(i - 1, clauseEnd(n + 2, end), "share", `an impersonal need to ${lower[n + 2]} '${w}'`);
      }
      continue;
    }
    // "Please make sure to FOLLOW X ... to strengthen his ...": a follow appeal argued for.
    const sure = lower[i - 1] === "to" && lower[i - 2] === "sure";
    if (w === "follow" && (sure || lower[i - 1] === "please")) {
      let first = i - 1;
      while (first > start && FOLLOW_LEAD.has(lower[first - 1])) first--;
      const last = clauseEnd(i, end);
      for (let k = i + 2; k < last - 1; k++) {
        if (lower[k] !== "to" || doc.tokens.kind[k + 1] !== TokenKind.Word || NEWS_PURPOSES.has(lower[k + 1]))
          continue;
        // "to Twitter", "to our page": a place, not a purpose; the purpose's verb is lower case.
        const c = doc.text[doc.tokens.start[k + 1]];
        if (c !== c.toLowerCase() || OBJECTS.has(lower[k + 1]) || lower[k + 1] === "our") continue;
        push(first, last, "join", `a follow appeal with a purpose '${lower[k + 1]}'`);
        break;
      }
    }
  }
  return out;

  // The clause runs to the next comma or the sentence's end.
  function clauseEnd(k: number, end: number): number {
    let e = k;
    while (e < end && lower[e] !== "," && lower[e] !== "." && lower[e] !== "!") e++;
    return e;
  }

  // "(@PrisonPlanet)": a handle signs the embedded post.
  function handleIn(from: number, end: number): boolean {
    for (let k = from; k < end; k++) if (lower[k] === "@" && lower[k - 1] === "(") return true;
    return false;
  }
}
