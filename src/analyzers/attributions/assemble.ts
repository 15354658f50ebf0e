/**
 * From tagged Source / Cue / Content runs to attribution relations: each cue takes the
 * nearest source of its sentence and the content runs closest to it (both sides of an
 * interrupted quotation become parts of one content). Quotations the tagger left without a
 * cue continue the previous speaker's quotation (multi-paragraph quotes).
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { QUOTE_CLOSE, QUOTE_IN, QUOTE_OPEN, type QuoteSpan } from "./quotes.js";

export type RunKind = "SRC" | "CUE" | "CON";

export interface Run {
  kind: RunKind;
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface Relation {
  source: Run | null;
  cue: Run | null;
  content: Run[];
  /** Set on a quotation continuing an earlier relation's quote (index into the result). */
  continues?: number;
  /** Set when a quotation after the cue block was joined to the content. */
  continued?: boolean;
}

/** Maximal runs of one kind from BIO labels of tokens [first, first + labels.length). */
export function runsFromLabels(
  labels: ArrayLike<number>,
  names: readonly string[],
  first: number,
  count: number,
): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  for (let k = 0; k < count; k++) {
    const l = names[labels[k]];
    const i = first + k;
    if (open && l.charCodeAt(0) === 73 /* I */ && l.slice(2) === open.kind) {
      open.last = i + 1;
      continue;
    }
    if (open) runs.push(open);
    open = l === "O" ? null : { kind: l.slice(2) as RunKind, first: i, last: i + 1 };
  }
  if (open) runs.push(open);
  return runs;
}

function gap(a: Run, b: Run): number {
  return a.last <= b.first ? b.first - a.last : a.first >= b.last ? a.first - b.last : 0;
}

/** Groups the runs of one paragraph into relations. */
export function assembleParagraph(
  doc: Doc,
  runs: readonly Run[],
  quoteState: Uint8Array,
  quotes: readonly QuoteSpan[],
): Relation[] {
  const cues = runs.filter((r) => r.kind === "CUE");
  const sources = runs.filter((r) => r.kind === "SRC");
  const contents = snapToQuotes(
    runs.filter((r) => r.kind === "CON"),
    quotes,
  );
  const sentence = (r: Run) => doc.sentenceOf[r.first];
  const relations: Relation[] = cues.map((cue) => {
    const s = sentence(cue);
    let source: Run | null = null;
    let best = Infinity;
    for (const src of sources) {
      if (sentence(src) !== s && doc.sentenceOf[src.last - 1] !== s) continue;
      // Prefer a source before its cue ("X said") over one after ("said X").
      const d = gap(src, cue) + (src.first > cue.first ? 0.5 : 0);
      if (d < best) {
        best = d;
        source = src;
      }
    }
    return { source, cue, content: [] };
  });
  const nearest = (con: Run, skip: number): number => {
    let best = -1;
    let bestGap = Infinity;
    relations.forEach((rel, k) => {
      if (k === skip) return;
      const cue = rel.cue!;
      // The source belongs to the cue's block: "'A,' he said" counts from "he".
      const d = Math.min(gap(con, cue), rel.source ? gap(con, rel.source) : Infinity);
      if (d < bestGap) {
        bestGap = d;
        best = k;
      }
    });
    return bestGap <= 40 ? best : -1;
  };
  const orphans: Run[] = [];
  const claimed: Run[][] = relations.map(() => []);
  for (const con of contents) {
    const k = nearest(con, -1);
    if (k >= 0) claimed[k].push(con);
    else orphans.push(con);
  }
  // A cue keeps one content run per side; two runs make one interrupted quotation only
  // when they hug the cue block ("'A,' he said, 'B.'"). Extra runs go to another cue.
  const spill: Run[] = [];
  claimed.forEach((runs, k) => {
    const rel = relations[k];
    const blockFirst = Math.min(rel.cue!.first, rel.source?.first ?? Infinity);
    const blockLast = Math.max(rel.cue!.last, rel.source?.last ?? -1);
    const left = runs.filter((r) => r.last <= blockFirst).sort((a, b) => b.last - a.last);
    const right = runs.filter((r) => r.first >= blockLast).sort((a, b) => a.first - b.first);
    const inside = runs.filter((r) => !left.includes(r) && !right.includes(r));
    const l = left[0];
    const r = right[0];
    let keep: Run[];
    if (
      l &&
      r &&
      blockFirst - l.last <= 3 &&
      r.first - blockLast <= 3 &&
      quoted(l, quoteState) &&
      quoted(r, quoteState)
    ) {
      keep = [l, r];
    } else if (l && r) keep = [blockFirst - l.last < r.first - blockLast ? l : r];
    else keep = l ? [l] : r ? [r] : [];
    keep.push(...inside);
    for (const run of runs) if (!keep.includes(run)) spill.push(run);
    rel.content = keep.sort((a, b) => a.first - b.first);
  });
  for (const con of spill) {
    const k = nearest(con, -1);
    // The closest cue block still without content takes it, not the first one in the text.
    let free = -1;
    let freeGap = Infinity;
    relations.forEach((rel, j) => {
      if (j === k || rel.content.length > 0 || !nearestIs(rel, con)) return;
      const d = Math.min(gap(con, rel.cue!), rel.source ? gap(con, rel.source) : Infinity);
      if (d < freeGap) [free, freeGap] = [j, d];
    });
    if (free >= 0) relations[free].content.push(con);
    else orphans.push(con);
  }
  const out = relations.filter((r) => r.content.length > 0);
  for (const con of orphans) {
    if (quoted(con, quoteState)) out.push({ source: null, cue: null, content: [con] });
  }
  return out.sort((a, b) => a.content[0].first - b.content[0].first);
}

/**
 * A content run lying inside one quotation becomes the whole quotation, marks included
 * (the tagger sometimes stops at a sentence end inside a quote); runs that land on the
 * same quotation merge.
 */
function snapToQuotes(runs: Run[], quotes: readonly QuoteSpan[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let snapped = run;
    for (const q of quotes) {
      const open = q.open >= 0 ? q.open : q.first;
      const end = q.close >= 0 ? q.close + 1 : q.last;
      if (run.first >= open && run.last <= end) {
        snapped = { kind: run.kind, first: open, last: end };
        break;
      }
      if (open > run.first) break;
    }
    const prev = out[out.length - 1];
    if (prev && prev.first === snapped.first && prev.last === snapped.last) continue;
    out.push(snapped);
  }
  return out;
}

/**
 * "according to X, ..." / "..., according to X": the tagger often takes X for content;
 * X is the source.
 */
export function fixAccordingTo(doc: Doc, rel: Relation): void {
  const cue = rel.cue;
  if (!cue || rel.source || doc.lower[cue.first] !== "according") return;
  const con = rel.content[0];
  if (con && con.first >= cue.last && rel.content.length === 1) {
    for (let i = con.first + 1; i < con.last - 1; i++) {
      if (doc.lower[i] === ",") {
        rel.source = { kind: "SRC", first: con.first, last: i };
        rel.content = [{ kind: "CON", first: i + 1, last: con.last }];
        return;
      }
    }
  } else if (con && con.last <= cue.first) {
    const s = doc.sentenceOf[cue.first];
    let end = doc.sentences.lastToken[s];
    while (end > cue.last && doc.tokens.kind[end - 1] === 3) end--;
    if (end > cue.last) rel.source = { kind: "SRC", first: cue.last, last: end };
  }
}

const STATEMENT_NOUNS = new Set([
  "statement",
  "statements",
  "remarks",
  "comments",
  "claim",
  "announcement",
  "appeal",
]);
const MADE = new Set(["made", "issued", "given", "voiced", "echoed", "repeated"]);

/** "A similar statement was made by X": passive reports the tagger never saw in news. */
export function passiveStatements(doc: Doc, first: number, last: number): Relation[] {
  const out: Relation[] = [];
  for (let i = first; i + 4 < last; i++) {
    if (!STATEMENT_NOUNS.has(doc.lower[i])) continue;
    const be = doc.lower[i + 1];
    if ((be !== "was" && be !== "were") || !MADE.has(doc.lower[i + 2]) || doc.lower[i + 3] !== "by") continue;
    const s = doc.sentenceOf[i];
    const start = doc.sentences.firstToken[s];
    let end = doc.sentences.lastToken[s];
    while (end > i + 4 && doc.tokens.kind[end - 1] === 3) end--;
    if (end <= i + 4) continue;
    out.push({
      source: { kind: "SRC", first: i + 4, last: end },
      cue: { kind: "CUE", first: i + 1, last: i + 4 },
      content: [{ kind: "CON", first: start, last: i + 1 }],
    });
  }
  return out;
}

/** A cue without content may take a spilled run within a few tokens of it. */
function nearestIs(rel: Relation, con: Run): boolean {
  return gap(con, rel.cue!) <= 3 || (rel.source !== null && gap(con, rel.source) <= 3);
}

function quoted(run: Run, quoteState: Uint8Array): boolean {
  const q = quoteState[run.first];
  return q === QUOTE_OPEN || q === QUOTE_IN;
}

/** True when most of the content lies inside quotation marks. */
export function isDirect(parts: readonly Run[], quoteState: Uint8Array): boolean {
  let quoted = 0;
  let total = 0;
  for (const p of parts) {
    for (let i = p.first; i < p.last; i++) {
      total++;
      const q = quoteState[i];
      if (q === QUOTE_IN || q === QUOTE_OPEN || q === QUOTE_CLOSE) quoted++;
    }
  }
  return total > 0 && quoted / total > 0.6;
}

// Chosen on two train tuning slices (every 10th article from 0 and from 5): content exact
// F1 0.483 -> 0.490 and 0.498 -> 0.498; ", and" cost 0.002 on the second and was dropped.
const CLAUSE_BREAK = new Set([";", "—", "–"]);
const CLAUSE_AFTER_COMMA = new Set(["but", "while", "which", "where", "who", "whom", "whose"]);

/**
 * Reported content after its cue runs to the end of the sentence far more often than the
 * tagger predicts; extend it there unless another run or a quotation mark lies in between.
 */
export function extendToSentenceEnd(doc: Doc, rel: Relation, runs: readonly Run[]): void {
  if (!rel.cue || rel.content.length !== 1) return;
  const con = rel.content[0];
  if (con.last <= rel.cue.first) {
    // "..., officials said": the content starts where its sentence starts.
    const s = doc.sentenceOf[con.last - 1];
    const start = doc.sentences.firstToken[s];
    if (start >= con.first) return;
    for (const r of runs) if (r.last <= con.first && r.last > start) return;
    for (let i = start; i < con.first; i++) {
      const c = doc.text[doc.tokens.start[i]];
      if (c === '"' || c === "“" || c === "”" || c === "(") return;
    }
    rel.content = [{ kind: "CON", first: start, last: con.last }];
    return;
  }
  if (con.first < rel.cue.last) return;
  const s = doc.sentenceOf[con.first];
  let end = doc.sentences.lastToken[s];
  while (end > con.last && doc.tokens.kind[end - 1] === 3) end--;
  if (end <= con.last) return;
  for (const r of runs) if (r.first >= con.last && r.first < end) return;
  for (let i = con.last; i < end; i++) {
    const c = doc.text[doc.tokens.start[i]];
    if (c === '"' || c === "“" || c === "”" || c === "(") return;
  }
  rel.content = [{ kind: "CON", first: con.first, last: end }];
}

export function hasWord(doc: Doc, run: Run): boolean {
  for (let i = run.first; i < run.last; i++)
    if (doc.tokens.kind[i] === 1 || doc.tokens.kind[i] === 2) return true;
  return false;
}

export function paragraphOf(doc: Doc, token: number): number {
  const { firstToken, count } = doc.paragraphs;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstToken[mid] <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A cue set off by commas inside its sentence ("For voters, he said, the stakes are high")
 * reports both halves: PolNeAR marks the content as two parts around the cue block.
 */
export function spanParenthetical(
  doc: Doc,
  rel: Relation,
  runs: readonly Run[],
  quoteState: Uint8Array,
): void {
  if (!rel.cue || rel.content.length !== 1) return;
  const con = rel.content[0];
  const blockFirst = Math.min(rel.cue.first, rel.source?.first ?? Infinity);
  const blockLast = Math.max(rel.cue.last, rel.source?.last ?? -1);
  const s = doc.sentenceOf[rel.cue.first];
  const sFirst = doc.sentences.firstToken[s];
  let sLast = doc.sentences.lastToken[s];
  while (sLast > blockLast && doc.tokens.kind[sLast - 1] === 3) sLast--;
  if (doc.lower[blockFirst - 1] !== "," || doc.lower[blockLast] !== ",") return;
  if (blockFirst - 1 <= sFirst || blockLast + 1 >= sLast) return;
  let part: Run;
  if (con.first === blockLast + 1) part = { kind: "CON", first: sFirst, last: blockFirst - 1 };
  else if (con.last === blockFirst - 1) part = { kind: "CON", first: blockLast + 1, last: sLast };
  else return;
  for (const r of runs) if (r.first < part.last && part.first < r.last && r.kind !== "CON") return;
  for (let i = part.first; i < part.last; i++) if (quoteState[i] !== 0) return;
  rel.content = part.first < con.first ? [part, con] : [con, part];
}

const WRAPPING = wordSet(
  "expected called known seem seems seemed appear appears appeared named deemed considered seen accused charged dubbed labeled labelled likely believed thought reported rumored slated poised set",
);
const CLAUSE_EDGE = new Set([";", ":", "(", "—", "–", "that", '"', "“", "”", "''", "``"]);

/**
 * A sourceless cue inside its clause ("Trump is expected to speak", "a group called X") or
 * a passive one ("Mr. Trump was challenged over ..."): PolNeAR's content wraps the cue, its
 * first part the subject before the cue, back to the clause edge or a comma, or just the
 * relative pronoun standing for it ("voters, who are expected to ...").
 */
export function wrapSubject(doc: Doc, rel: Relation, runs: readonly Run[], quoteState: Uint8Array): void {
  if (!rel.cue || rel.content.length !== 1) return;
  const con = rel.content[0];
  const passive = isPassive(doc, rel.cue);
  // A passive cue's subject is what was said about, not who said it ("Mr. Trump was
  // challenged over ..."): PolNeAR never marks a source before such a cue in train.
  let subject: Run | null = null;
  // "Clinton seems to have found ...": train has no source for "seem" / "appear" 188 times,
  // one before the cue 43 times; the subject is the content's first part.
  const seeming = SEEMING.has(doc.lower[rel.cue.last - 1]);
  if ((passive || seeming) && rel.source && rel.source.last <= rel.cue.first)
    [subject, rel.source] = [rel.source, null];
  // "Trump was asked ...": the subject is the one addressed (train: no source 29 times,
  // a source before the cue once).
  else if (rel.source && rel.source.last <= rel.cue.first && isAddressed(doc, rel.cue)) rel.source = null;
  if (passive && BE.has(doc.lower[rel.cue.first - 1] ?? ""))
    rel.cue = { ...rel.cue, first: rel.cue.first - 1 };
  if (rel.source && rel.source.first < rel.cue.first) return;
  const after = rel.source && rel.source.first >= rel.cue.last ? rel.source.last : rel.cue.last;
  if (con.first !== after || (!passive && !WRAPPING.has(doc.lower[rel.cue.last - 1]))) return;
  const s = doc.sentenceOf[rel.cue.first];
  const sFirst = doc.sentences.firstToken[s];
  let first = rel.cue.first;
  while (first > sFirst) {
    const w = doc.lower[first - 1];
    if (CLAUSE_EDGE.has(w) || quoteState[first - 1] !== 0 || w === ",") break;
    first--;
    if (RELATIVE.has(w)) break;
  }
  if (first >= rel.cue.first || (doc.tokens.kind[first] !== 1 && doc.tokens.kind[first] !== 2)) return;
  for (const r of runs)
    if (
      r.first < rel.cue.first &&
      first < r.last &&
      r.kind !== "CON" &&
      r.first !== rel.cue.first &&
      !(subject && r.first < subject.last && subject.first < r.last)
    )
      return;
  if (RELATIVE.has(doc.lower[first])) {
    rel.content = [{ kind: "CON", first, last: first + 1 }, con];
    return;
  }
  rel.content = [{ kind: "CON", first, last: rel.cue.first }, con];
}

const RELATIVE = new Set(["who", "which"]);
const SEEMING = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
const BE = new Set(["was", "were", "is", "are", "been", "be", "being", "'s", "’s"]);
// Adjectives in participle form: their subject holds the view ("voters are worried").
// "He was asked / told": the subject is the addressee, mostly not part of the content.
const STATE = wordSet(
  "asked told worried concerned divided convinced pleased disappointed frustrated surprised satisfied confused interested excited tired scared united determined committed opposed split torn",
);

/**
 * The cue's word after a form of "be" and any adverbs ("was widely seen" -> "seen"), or null
 * when no "be" opens the cue or stands right before it.
 */
function afterBe(doc: Doc, cue: Run): string | null {
  let i = cue.first;
  if (!BE.has(doc.lower[i]) && !BE.has(doc.lower[i - 1] ?? "")) return null;
  while (i < cue.last && (BE.has(doc.lower[i]) || doc.lower[i].endsWith("ly"))) i++;
  return i < cue.last ? doc.lower[i] : null;
}

/** "was asked", "were told": the passive of a verb whose subject is spoken to. */
function isAddressed(doc: Doc, cue: Run): boolean {
  const w = afterBe(doc, cue);
  return w === "asked" || w === "told";
}

/** "was criticized", "has been widely seen": a form of "be" and a past participle. */
function isPassive(doc: Doc, cue: Run): boolean {
  const w = afterBe(doc, cue);
  return w !== null && !STATE.has(w) && (w.endsWith("ed") || WRAPPING.has(w));
}

/**
 * "'A,' he said. 'B.'": a quotation opening right after the cue block that ends a quoted
 * content, with no cue of its own, continues the same speaker's words; PolNeAR marks both
 * quotations as one content. Returns the relations left after merging.
 */
export function continueQuotes(
  doc: Doc,
  found: Relation[],
  runs: readonly Run[],
  quotes: readonly QuoteSpan[],
  quoteState: Uint8Array,
): Relation[] {
  for (const rel of found) {
    if (!rel.cue || rel.content.length !== 1) continue;
    const con = rel.content[0];
    const blockFirst = Math.min(rel.cue.first, rel.source?.first ?? Infinity);
    const blockLast = Math.max(rel.cue.last, rel.source?.last ?? -1);
    let end = con.last - 1;
    if (quoteState[end] === 0 && isApostrophe(doc, end)) end--; // the outer mark of ''...''
    if (con.last > blockFirst || blockFirst - con.last > 1 || quoteState[end] !== QUOTE_CLOSE) continue;
    // The cue sentence may go on after the block ("he told ABC by phone.").
    let at = blockLast;
    const limit = Math.min(blockLast + 12, doc.tokens.count);
    while (at < limit && quoteState[at] === 0 && !isApostrophe(doc, at) && !OPENERS.has(doc.lower[at])) at++;
    const near =
      at < limit &&
      (at === blockLast || doc.lower[at - 1] === "." || doc.lower[at - 1] === ",") &&
      !runs.some((r) => r.first < at && blockLast < r.last);
    // A long tail ("Clark said, noting he would support ...") still hands the next
    // sentence's quotation to the same speaker when the tail quotes nothing itself.
    if (!near) {
      at = doc.sentences.lastToken[doc.sentenceOf[blockLast - 1]];
      const opens = at < doc.tokens.count && (OPENERS.has(doc.lower[at]) || isApostrophe(doc, at));
      if (!opens || doc.lower[at - 1] !== ".") continue;
      let quiet = true;
      for (let i = blockLast; i < at; i++) if (quoteState[i] !== 0 || isApostrophe(doc, i)) quiet = false;
      if (!quiet) continue;
    }
    let q: QuoteSpan | undefined;
    for (const x of quotes) {
      if (x.open === at || (x.open === at + 1 && isApostrophe(doc, at))) q = x;
      if (x.open >= at) break;
    }
    if (!q || paragraphOf(doc, q.open) !== paragraphOf(doc, blockFirst)) continue;
    let first = q.open;
    let last = q.close >= 0 ? q.close + 1 : q.last;
    if (first > at) first = at;
    if (
      last < doc.tokens.count &&
      isApostrophe(doc, last) &&
      doc.tokens.start[last] === doc.tokens.end[last - 1]
    )
      last++;
    // Its own cue right after it ("'B,' she added") claims it.
    const ownCue = runs.some((r) => r.kind === "CUE" && r.first >= last && r.first <= last + 3);
    if (ownCue || runs.some((r) => r.kind !== "CON" && r.first < last && first < r.last)) continue;
    rel.content = [con, { kind: "CON", first, last }];
    rel.continued = true;
  }
  return found.filter(
    (r) =>
      r.cue ||
      !found.some(
        (o) =>
          o.continued &&
          o.content[1].first <= r.content[0].first &&
          r.content[r.content.length - 1].last <= o.content[1].last,
      ),
  );
}

const OPENERS = new Set(['"', "“", "«", "„", "‘"]);

function isApostrophe(doc: Doc, i: number): boolean {
  const c = doc.text[doc.tokens.start[i]];
  return doc.tokens.end[i] - doc.tokens.start[i] === 1 && (c === "'" || c === "’");
}

/**
 * PolNeAR's comma convention for sources (train: 752 of 938 appositive sources before
 * their cue end in the closing comma, plain names never do; after the cue, an apposition
 * followed by a comma keeps it 70 times of 100): "Ben Domenech, publisher of The Federalist,
 * said" and "said Ben Domenech, publisher of The Federalist, who ..." keep the comma,
 * "Ms. Acosta, ..." drops it.
 */
export function sourceComma(doc: Doc, rel: Relation): void {
  const src = rel.source;
  if (!src || !rel.cue || src.last - src.first < 2) return;
  let inner = false;
  for (let i = src.first + 1; i < src.last - 1; i++) if (doc.lower[i] === ",") inner = true;
  const endsComma = doc.lower[src.last - 1] === ",";
  const before = src.last <= rel.cue.first;
  if (endsComma && !inner) rel.source = { ...src, last: src.last - 1 };
  // "..., referring to": a participle after the comma opens a new clause, not the cue of an apposition.
  else if (
    !endsComma &&
    inner &&
    doc.lower[src.last] === "," &&
    (!before || (src.last + 1 <= rel.cue.first && !doc.lower[rel.cue.first].endsWith("ing")))
  )
    rel.source = { ...src, last: src.last + 1 };
}

/** Reported content after its cue stops where another clause starts, outside quotations. */
export function cutAtClause(doc: Doc, rel: Relation, quoteState: Uint8Array): void {
  if (!rel.cue || rel.content.length !== 1) return;
  const con = rel.content[0];
  if (con.first < rel.cue.last) return;
  for (let i = con.first + 1; i < con.last; i++) {
    if (quoteState[i] !== 0) continue;
    const w = doc.lower[i];
    if (CLAUSE_BREAK.has(w) || (w === "," && CLAUSE_AFTER_COMMA.has(doc.lower[i + 1]))) {
      rel.content = [{ kind: "CON", first: con.first, last: i }];
      return;
    }
  }
}

// Words that open a fronted adverbial clause ("When asked if ..., he looked"), after an
// optional leading conjunction ("But in describing the plan as ..., the journalists ...").
const FRONTED_OPENERS = new Set([
  "when",
  "while",
  "though",
  "although",
  "after",
  "before",
  "since",
  "because",
  "if",
  "as",
  "once",
  "until",
  "unless",
  "whereas",
  "despite",
  "in",
  "by",
  "upon",
  "whether",
]);
const LEADING_CONJUNCTIONS = new Set(["but", "and", "yet", "so", "still", "even"]);
const GERUND_PREPOSITIONS = new Set(["in", "by", "upon"]);

/**
 * A cue inside a clause fronted before the sentence's subject ("Though Trump claims that
 * his net worth exceeds $10 billion, all of the research firms put him far lower"): its
 * reported content ends with that clause, at the first comma after the content starts,
 * not at the sentence end.
 */
export function cutAtFrontedClause(doc: Doc, rel: Relation, quoteState: Uint8Array): void {
  if (!rel.cue || rel.content.length !== 1) return;
  const con = rel.content[0];
  if (con.first < rel.cue.last) return;
  const s = doc.sentenceOf[rel.cue.first];
  let o = doc.sentences.firstToken[s];
  const end = doc.sentences.lastToken[s];
  while (o < rel.cue.first && (LEADING_CONJUNCTIONS.has(doc.lower[o]) || doc.lower[o] === ",")) o++;
  if (!FRONTED_OPENERS.has(doc.lower[o]) || (rel.source && rel.source.first < o)) return;
  // A preposition opens such a clause only with a gerund ("in describing", not "in a turn").
  if (GERUND_PREPOSITIONS.has(doc.lower[o]) && !doc.lower[o + 1]?.endsWith("ing")) return;
  for (let i = o + 1; i < con.first; i++) if (doc.lower[i] === "," && quoteState[i] === 0) return;
  for (let i = con.first + 1; i < con.last; i++) {
    if (doc.lower[i] !== "," || quoteState[i] !== 0) continue;
    // A quotation after the comma is what was said ("As they say, 'A.'").
    if (end - i > 3 && quoteState[i + 1] === 0) rel.content = [{ kind: "CON", first: con.first, last: i }];
    return;
  }
}

/**
 * "According to X, Y said Z": the tagger runs X and Y into one source of "said". PolNeAR
 * reads two attributions: X reports the rest of the sentence ("Y said Z"), Y says Z.
 * Returns the "according to" relations split off.
 */
export function splitAccordingTo(doc: Doc, found: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const rel of found) {
    const src = rel.source;
    if (!src || !rel.cue || src.last > rel.cue.first || src.first < 2) continue;
    if (doc.lower[src.first - 2] !== "according" || doc.lower[src.first - 1] !== "to") continue;
    if (found.some((r) => r.cue?.first === src.first - 2)) continue;
    let comma = -1;
    for (let i = src.first + 1; i < src.last - 1 && comma < 0; i++) if (doc.lower[i] === ",") comma = i;
    if (comma < 0) continue;
    let end = doc.sentences.lastToken[doc.sentenceOf[rel.cue.first]];
    while (end > rel.cue.last && doc.tokens.kind[end - 1] === TokenKind.Punct && doc.lower[end - 1] === ".")
      end--;
    rel.source = { kind: "SRC", first: comma + 1, last: src.last };
    out.push({
      source: { kind: "SRC", first: src.first, last: comma },
      cue: { kind: "CUE", first: src.first - 2, last: src.first },
      content: [{ kind: "CON", first: comma + 1, last: end }],
    });
  }
  return out;
}

const CUE_PREPOSITIONS = new Set(["about", "for", "of", "on", "with"]);

/**
 * "talked about the plan", "called for a ban": PolNeAR puts the preposition in the cue
 * (train, cue right before reported content: cue ends in about/for/of/on/with 1,710 times,
 * content starts with one 92 times); the tagger often starts the content with it.
 */
export function prepositionToCue(doc: Doc, rel: Relation, quoteState: Uint8Array): void {
  const cue = rel.cue;
  const con = rel.content[0];
  if (!cue || !con || con.first !== cue.last || con.last - con.first < 2 || quoted(con, quoteState)) return;
  if (!CUE_PREPOSITIONS.has(doc.lower[con.first])) return;
  rel.cue = { ...cue, last: cue.last + 1 };
  rel.content[0] = { ...con, first: con.first + 1 };
}

/**
 * "'A,' he says during a car ride": a cue block right after a closing quotation reports that
 * quotation, even when the tagger gave the cue a reported phrase after it instead. Takes the
 * sourceless quotation over and drops it from the list.
 */
export function claimQuoteBefore(doc: Doc, found: Relation[], quoteState: Uint8Array): Relation[] {
  const taken = new Set<Relation>();
  for (const rel of found) {
    if (!rel.cue || !rel.source || rel.content.length !== 1) continue;
    const con = rel.content[0];
    const blockFirst = Math.min(rel.cue.first, rel.source.first);
    if (con.first < rel.cue.last || quoted(con, quoteState)) continue;
    const quote = found.find(
      (o) =>
        !o.cue &&
        !taken.has(o) &&
        o.content.length === 1 &&
        o.content[0].last >= blockFirst - 1 &&
        o.content[0].last <= blockFirst &&
        quoted(o.content[0], quoteState),
    );
    if (!quote) continue;
    const end = quote.content[0].last - 1;
    if (quoteState[end] !== QUOTE_CLOSE && !isApostrophe(doc, end)) continue;
    rel.content = quote.content;
    taken.add(quote);
  }
  return taken.size ? found.filter((r) => !taken.has(r)) : found;
}

const ADDRESSEE_TAGS = new Set(["DT", "NN", "JJ", "PR", "CD", "?"]);
const COMPLEMENT_OPENERS = new Set(["that", "to", "if", "whether", "how", "why", "what", "when"]);
const ADDRESSING =
  /^(?:tell|tells|told|telling|ask|asks|asked|asking|inform|informs|informed|assure|assures|assured|remind|reminds|reminded|warn|warns|warned|warning|urge|urges|urged|urging|convince|convinced|promise|promised|promises|notified|advised|advise|advises)$/;

/**
 * "told reporters that ...", "urging his critics to ...": the one spoken to stands between
 * the cue and what was said and is not part of PolNeAR's content, which starts at "that" /
 * "to" / "if". Drops up to four noun-phrase words (and a comma) opening reported content.
 */
export function skipAddressee(doc: Doc, rel: Relation, pos: readonly string[], quoteState: Uint8Array): void {
  const cue = rel.cue;
  const con = rel.content[0];
  if (!cue || !con || con.first !== cue.last || quoted(con, quoteState)) return;
  if (!ADDRESSING.test(doc.lower[cue.last - 1])) return;
  let i = con.first;
  while (
    i < con.last &&
    i < con.first + 4 &&
    ADDRESSEE_TAGS.has(pos[i]) &&
    !COMPLEMENT_OPENERS.has(doc.lower[i])
  )
    i++;
  if (i === con.first || i >= con.last - 1) return;
  if (doc.lower[i] === "," && COMPLEMENT_OPENERS.has(doc.lower[i + 1])) i++;
  if (!COMPLEMENT_OPENERS.has(doc.lower[i])) return;
  rel.content[0] = { ...con, first: i };
}

/**
 * "Mr. Trump, who has relied on ..., has said X": a clause between a source and its cue
 * describes the source; it is not a part of what was said.
 */
export function dropSourceClause(rel: Relation): void {
  const src = rel.source;
  const cue = rel.cue;
  if (!src || !cue || src.last > cue.first || rel.content.length < 2) return;
  const kept = rel.content.filter((c) => c.first < src.last || c.last > cue.first);
  if (kept.length) rel.content = kept;
}
