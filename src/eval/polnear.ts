/**
 * Readers for the PolNeAR corpus (Newell, Margolin & Ruths, LREC 2018): article texts,
 * brat standoff attributions and the CoreNLP token/NER columns that ship with it.
 * Used by training and evaluation only, never at analysis time.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One contiguous piece of a possibly discontinuous brat span. */
export interface Fragment {
  start: number;
  end: number;
}

export interface GoldAttribution {
  source: Fragment[] | null;
  cue: Fragment[];
  content: Fragment[];
}

export interface CoreNlpToken {
  start: number;
  end: number;
  pos: string;
  ner: string;
}

export interface PolnearArticle {
  name: string;
  text: string;
  /** The annotator whose file was read (several annotated a few articles). */
  annotator: string | null;
  attributions: GoldAttribution[];
}

/** Parses brat offsets `START END;START END` into fragments. */
export function parseFragments(offsets: string): Fragment[] {
  return offsets.split(";").map((part) => {
    const [s, e] = part.trim().split(" ").map(Number);
    if (!Number.isInteger(s) || !Number.isInteger(e) || e < s) {
      throw new Error(`bad brat offsets '${offsets}'`);
    }
    return { start: s, end: e };
  });
}

/**
 * Reads the attribution relations of a brat .ann file: every E line with its Cue, Content
 * and (optional) Source T spans. E lines missing a cue or content are skipped.
 */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; fragments: Fragment[] }>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (line.startsWith("T") && cols.length >= 2) {
      const space = cols[1].indexOf(" ");
      if (space < 0) continue;
      spans.set(cols[0], {
        label: cols[1].slice(0, space),
        fragments: parseFragments(cols[1].slice(space + 1)),
      });
    } else if (line.startsWith("E") && cols.length >= 2) {
      events.push(cols[1].trim().split(/\s+/));
    }
  }
  const out: GoldAttribution[] = [];
  for (const args of events) {
    const roles: Record<string, Fragment[]> = {};
    for (const arg of args) {
      const [role, id] = arg.split(":");
      const span = spans.get(id);
      if (span && (role === "Source" || role === "Cue" || role === "Content")) roles[role] = span.fragments;
    }
    if (!roles.Cue || !roles.Content) continue;
    out.push({ source: roles.Source ?? null, cue: roles.Cue, content: roles.Content });
  }
  return out;
}

/** CoreNLP tokens of one article, grouped by sentence. */
export function parseCoreNlpTsv(tsv: string): CoreNlpToken[][] {
  const sentences: CoreNlpToken[][] = [];
  let current: CoreNlpToken[] = [];
  for (const line of tsv.split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 6) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    current.push({ start: Number(cols[0]), end: Number(cols[1]), pos: cols[4], ner: cols[5] });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** Article names of a split directory (e.g. ../shared/data/polnear/dev), sorted. */
export function listArticles(dir: string): string[] {
  const textDir = join(dir, "text");
  if (!existsSync(textDir)) throw new Error(`no PolNeAR text directory at '${textDir}'`);
  return readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/**
 * Reads the articles of a split with their attributions. Where several annotators
 * annotated one article, the file of the alphabetically first annotator is used so that
 * runs are reproducible.
 */
export function readAttributionSplit(
  dir: string,
  options: { allAnnotators?: boolean } = {},
): PolnearArticle[] {
  const annDir = join(dir, "attributions");
  const annFiles = readdirSync(annDir)
    .filter((f) => f.endsWith(".ann"))
    .sort();
  if (options.allAnnotators) {
    // Training may use every annotator's reading of the few multiply annotated articles.
    return annFiles.map((file) => {
      const name = file.slice(0, file.lastIndexOf("_"));
      const text = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
      return {
        name,
        text,
        annotator: file.slice(name.length + 1, -4),
        attributions: parseAnn(readFileSync(join(annDir, file), "utf8")),
      };
    });
  }
  const byArticle = new Map<string, string>();
  for (const f of annFiles) {
    const name = f.slice(0, f.lastIndexOf("_"));
    if (!byArticle.has(name)) byArticle.set(name, f);
  }
  return listArticles(dir).map((name) => {
    const text = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
    const file = byArticle.get(name);
    if (!file) return { name, text, annotator: null, attributions: [] };
    const annotator = file.slice(name.length + 1, -4);
    return { name, text, annotator, attributions: parseAnn(readFileSync(join(annDir, file), "utf8")) };
  });
}

export function readCoreNlp(dir: string, name: string): CoreNlpToken[][] {
  return parseCoreNlpTsv(readFileSync(join(dir, "corenlp-tsv", `${name}.tsv`), "utf8"));
}
