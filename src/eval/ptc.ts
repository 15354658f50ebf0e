/**
 * Reading the Propaganda Techniques Corpus (SemEval-2020 Task 11) layout: `articleID.txt`
 * files and `ID<TAB>technique<TAB>start<TAB>end` label/template lines. The corpus counts
 * offsets in code points; everything here converts to UTF-16 so spans index JS strings.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fromCodePoint, toCodePoint } from "../document/span.js";

export { PTC_LABELS } from "../analyzers/techniques/labels.js";

export interface PtcArticle {
  id: string;
  path: string;
  text: string;
}

/** A labelled (or template, label "?") span in UTF-16 offsets of the article text. */
export interface PtcSpan {
  id: string;
  label: string;
  start: number;
  end: number;
}

const ARTICLE_FILE = /^article(\d+)\.txt$/;

/** The digits of `articleID.txt`, or null for any other file name. */
export function articleId(path: string): string | null {
  return ARTICLE_FILE.exec(basename(path))?.[1] ?? null;
}

/** All `articleID.txt` files of a directory, read exactly as stored, sorted by ID. */
export function readArticles(dir: string): PtcArticle[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`not a directory: '${dir}'`);
  }
  const out: PtcArticle[] = [];
  for (const name of readdirSync(dir)) {
    const id = articleId(name);
    if (id === null) continue;
    const path = join(dir, name);
    out.push({ id, path, text: readFileSync(path, "utf8") });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Parses label or template lines (code-point offsets); `texts` maps ID to article text for conversion. */
export function parseSpanLines(
  content: string,
  texts: ReadonlyMap<string, string>,
  origin: string,
): PtcSpan[] {
  const spans: PtcSpan[] = [];
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === "") continue;
    const cols = line.split("\t");
    if (cols.length < 4 || !/^\d+$/.test(cols[2]) || !/^\d+$/.test(cols[3])) {
      throw new Error(`${origin}:${n + 1}: expected ID<TAB>technique<TAB>start<TAB>end, got '${line}'`);
    }
    const [id, label] = cols;
    const text = texts.get(id);
    if (text === undefined) throw new Error(`${origin}:${n + 1}: no article${id}.txt for ID '${id}'`);
    const start = fromCodePoint(text, Number(cols[2]));
    const end = fromCodePoint(text, Number(cols[3]));
    spans.push({ id, label, start, end });
  }
  return spans;
}

/** Reads every `*.labels` file of a directory (or one file) into spans grouped by article ID. */
export function readLabels(path: string, texts: ReadonlyMap<string, string>): Map<string, PtcSpan[]> {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".labels"))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const byId = new Map<string, PtcSpan[]>();
  for (const file of files) {
    for (const span of parseSpanLines(readFileSync(file, "utf8"), texts, file)) {
      const list = byId.get(span.id) ?? [];
      list.push(span);
      byId.set(span.id, list);
    }
  }
  return byId;
}

/** One corpus line, offsets converted back to code points. */
export function formatSpanLine(text: string, span: PtcSpan): string {
  return `${span.id}\t${span.label}\t${toCodePoint(text, span.start)}\t${toCodePoint(text, span.end)}`;
}
