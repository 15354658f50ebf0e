/**
 * Us versus them: for each actor the text talks about (entities from the entities
 * analyzer, or collective groups such as "the globalists", "the West", "brothers"),
 * whether the text frames it as in-group (addressed with "our", called on, praised) or
 * out-group (labelled with epithets, blamed, named as a target of violence), with the
 * label spans and the number of technique spans in the sentences that mention it.
 */
import { type Doc, tokenAt } from "../../document/document.js";
import { textSpan } from "../../document/span.js";
import type { Annotation, TextSpan } from "../../document/types.js";
import { englishTokens } from "../calls/english.js";
import { VIOLENT } from "../calls/lexicon.js";
import { quotedTokens } from "../calls/quotes.js";
import type { AnalyzerSpec, Upstream } from "../types.js";
import { BLAME, EPITHETS, GROUPS, IN_GROUPS, OUR, PRAISE } from "./lexicon.js";

export interface Actor {
  name: string;
  entity: string | null;
  stance: "in" | "out" | "neutral";
  labels: TextSpan[];
  techniques: number;
  mentions: number;
  why: string[];
}

interface Working {
  name: string;
  entity: string | null;
  group: string | null;
  ranges: Array<[number, number]>;
  inScore: number;
  outScore: number;
  labels: Map<number, TextSpan>;
  why: Set<string>;
}

const PROPER_GROUPS = new Set([
  "west",
  "western",
  "nato",
  "brussels",
  "washington",
  "kremlin",
  "kyiv",
  "democrats",
  "republicans",
  "zionists",
]);
const BE = new Set(["is", "are", "was", "were", "'re", "’re", "remain", "remains"]);
const DETERMINERS = new Set(["the", "a", "an", "these", "those", "such"]);
const LEFT_NEXT = new Set([
  ".",
  ",",
  "is",
  "are",
  "has",
  "have",
  "wants",
  "will",
  "and",
  "'s",
  "’s",
  "who",
  "!",
]);
const MAX_ACTORS = 25;

function isCap(doc: Doc, i: number): boolean {
  const c = doc.text[doc.tokens.start[i]];
  return c !== undefined && c !== c.toLowerCase();
}

function collectActors(doc: Doc, upstream: Upstream): Working[] {
  const { lower, tokens } = doc;
  const actors: Working[] = [];
  const covered = new Uint8Array(tokens.count);
  const english = englishTokens(doc);
  for (const e of upstream.entities?.entities ?? []) {
    const w: Working = {
      name: e.name,
      entity: e.id,
      group: null,
      ranges: [],
      inScore: 0,
      outScore: 0,
      labels: new Map(),
      why: new Set(),
    };
    for (const m of e.mentions) {
      const a = tokenAt(doc, m.start);
      const b = Math.max(a + 1, tokenAt(doc, m.end - 1) + 1);
      w.ranges.push([a, b]);
      covered.fill(1, a, b);
      // A tagger may take "Patriots" for a name: the group word still says who it is.
      if (b === a + 1 && GROUPS.has(lower[a])) w.group = lower[a];
    }
    if (w.ranges.length) actors.push(w);
  }
  const byGroup = new Map<string, Working>();
  for (let i = 0; i < tokens.count; i++) {
    const t = lower[i];
    const name = GROUPS.get(t);
    if (!name || covered[i] || !english[i]) continue;
    if (PROPER_GROUPS.has(t) && !isCap(doc, i)) continue;
    if ((t === "west" || t === "western") && i + 1 < tokens.count && isCap(doc, i + 1)) continue; // West Virginia
    if (t === "left" && !(lower[i - 1] === "the" && LEFT_NEXT.has(lower[i + 1] ?? "."))) continue;
    if (t === "aliens" && lower[i - 1] !== "illegal") continue;
    let w = byGroup.get(name);
    if (!w) {
      w = {
        name,
        entity: null,
        group: t,
        ranges: [],
        inScore: 0,
        outScore: 0,
        labels: new Map(),
        why: new Set(),
      };
      byGroup.set(name, w);
      actors.push(w);
    }
    w.ranges.push([t === "aliens" ? i - 1 : i, i + 1]);
  }
  return actors;
}

function frame(doc: Doc, upstream: Upstream): Actor[] {
  const { lower, tokens, sentenceOf } = doc;
  const calls = upstream.calls?.annotations ?? [];
  const techniques = upstream.techniques?.annotations ?? [];
  const techniqueSentences = techniques.map(
    (t) => sentenceOf[Math.min(tokenAt(doc, t.start), tokens.count - 1)],
  );
  // Only short name-calling spans label an actor; a sentence-long span says little about whom.
  const nameCalling = techniques.filter((t) => t.label?.startsWith("Name_Calling") && t.end - t.start <= 40);
  const addLabel = (w: Working, a: number, b: number, why: string) => {
    w.labels.set(tokens.start[a], textSpan(doc, tokens.start[a], tokens.end[b - 1]));
    w.outScore++;
    w.why.add(why);
  };
  const actors = collectActors(doc, upstream);
  const isTarget = targetTest(doc);
  const quoted = quotedTokens(doc);
  for (const w of actors) {
    if (w.group && IN_GROUPS.has(w.group)) {
      w.inScore++;
      w.why.add(`'${w.group}' names an in-group`);
    }
    for (const [a, b] of w.ranges) {
      // Inside someone else's quotation the framing is theirs, not the text's.
      if (quoted[a]) {
        w.why.add("some mentions only inside quotations (not counted)");
        continue;
      }
      const s = sentenceOf[a];
      const same = (k: number) => k >= 0 && k < tokens.count && sentenceOf[k] === s;
      const from = tokens.start[a];
      const to = tokens.end[b - 1];
      // "Love your enemies" names no enemy of the writer's.
      const yours = lower[a - 1] === "your" || lower[a - 1] === "thy";
      if (w.group && EPITHETS.has(w.group) && !yours) addLabel(w, a, b, `called '${lower[a]}'`);
      // "Patriots, the hour is late.": addressed directly at the start of a sentence.
      const opensSentence =
        a === doc.sentences.firstToken[s] ||
        (a === doc.sentences.firstToken[s] + 1 && /^(?:o|oh|dear)$/.test(lower[a - 1]));
      if (opensSentence && lower[b] === "," && w.group && !EPITHETS.has(w.group)) {
        w.inScore++;
        w.why.add("addressed directly");
      }
      if (OUR.has(lower[a - 1] ?? "") && same(a - 1)) {
        w.inScore++;
        w.why.add(`'${lower[a - 1]} ${lower[a]}'`);
      }
      for (let k = a - 3; k < b + 3; k++) {
        if (k >= a && k < b) continue;
        if (!same(k)) continue;
        if (PRAISE.has(lower[k])) {
          w.inScore++;
          w.why.add(`praised: '${lower[k]}'`);
        }
        // Epithets before the name ("the corrupt globalists") or as apposition ("X, the traitors").
        if (
          EPITHETS.has(lower[k]) &&
          // "the enemies of Allah" labels others, not Allah; after the name only as apposition.
          (k < a ? !lower.slice(k + 1, a).includes("of") : lower[b] === ",")
        ) {
          if (!GROUPS.has(lower[k]) || k < a) addLabel(w, k, k + 1, `labelled '${lower[k]}'`);
        }
      }
      // "X are (the) traitors"
      let k = b;
      if (BE.has(lower[k] ?? "") && same(k)) {
        k++;
        if (DETERMINERS.has(lower[k] ?? "")) k++;
        if (EPITHETS.has(lower[k] ?? "") && same(k)) addLabel(w, k, k + 1, `said to be '${lower[k]}'`);
      }
      // "X betrayed us", "X have sold our borders"
      for (let j = b; j < b + 3 && same(j); j++) {
        if (BLAME.has(lower[j])) {
          w.outScore++;
          w.why.add(`blamed: '${lower[j]}'`);
          break;
        }
      }
      for (const c of calls) {
        const addressee = c.addressee as TextSpan | null;
        if (addressee && addressee.start <= from && to <= addressee.end) {
          w.inScore += 2;
          w.why.add(`addressed by a call to action`);
        }
        if (c.label === "violence" && c.start <= from && to <= c.end && isTarget(a)) {
          w.outScore += 2;
          w.why.add("target of a call to violence");
        }
      }
      for (const t of nameCalling) {
        // Name-calling on the mention itself or right next to it ("Kane is a traitor").
        if (t.start < to + 12 && from - 12 < t.end && sentenceOf[tokenAt(doc, t.start)] === s) {
          const a2 = tokenAt(doc, t.start);
          if (!(a2 >= a && a2 < b) && !quoted[a2]) {
            w.labels.set(t.start, textSpan(doc, t.start, t.end));
            w.outScore++;
            w.why.add("name-calling next to it");
          }
        }
      }
    }
  }
  return (
    actors
      .map((w): Actor & { order: number } => {
        const sentences = new Set(w.ranges.map(([a]) => sentenceOf[a]));
        const stance = w.inScore > w.outScore ? "in" : w.outScore > w.inScore ? "out" : "neutral";
        return {
          name: w.name,
          entity: w.entity,
          stance,
          labels: [...w.labels.values()].sort((x, y) => x.start - y.start),
          techniques: techniqueSentences.filter((s) => sentences.has(s)).length,
          mentions: w.ranges.length,
          why: [...w.why],
          order: (stance === "neutral" ? 0 : 1000) + w.ranges.length,
        };
      })
      // A neutral actor named once is noise in an at-a-glance summary.
      .filter((a) => a.stance !== "neutral" || a.mentions > 1 || a.techniques > 0)
      .sort((x, y) => y.order - x.order)
      .slice(0, MAX_ACTORS)
      .map(({ order: _order, ...actor }) => actor)
  );
}

/**
 * In a call to violence, the actors it targets come shortly after a violent word ("kill the
 * soldiers of the regime"); "in the way of Allah" or the addressee are not targets.
 */
function targetTest(doc: Doc): (a: number) => boolean {
  const { lower } = doc;
  return (a: number) => {
    for (let k = a - 1; k >= 0 && k >= a - 6; k--) {
      const t = lower[k];
      if (t === "way" || t === "for" || t === "with" || t === "," || t === ".") return false;
      if (t === "of" && EPITHETS.has(lower[k - 1] ?? "")) return false; // "the enemies of Allah"
      if (VIOLENT.has(t) || t === "pay" || t === "visit" || t === "arms") return true;
    }
    return false;
  };
}

export const framingAnalyzer: AnalyzerSpec = {
  name: "framing",
  description:
    "Us versus them: actors framed as in-group or out-group, with their labels and technique counts.",
  after: ["entities", "techniques", "calls"],
  create: () => (doc, upstream) => {
    const annotations: Annotation[] = [];
    return { annotations, summary: { actors: frame(doc, upstream) } };
  },
};
