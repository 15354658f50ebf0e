/**
 * The mobilization evaluation set (eval/mobilization/gold.jsonl): one JSON object a line,
 * `{ id, split: "dev"|"heldout"|"train", source, calls: [{start,end,label,quoted}],
 * citations: [{start,end,label,ref}] }`. `source` is a path relative to the set
 * directory for texts written for the set, or `ptc:<path>` / `polnear:<path>` relative
 * to the shared data directory for corpus documents, whose text never enters the repo.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
  /** Rests on an annotator's convention beyond the guidelines' examples; left out by `strict`. */
  convention?: boolean;
}
export interface GoldCall extends GoldSpan {
  quoted: boolean;
}
export interface GoldCitation extends GoldSpan {
  ref: string;
}
export interface GoldDoc {
  id: string;
  split: "dev" | "heldout" | "train";
  /** Annotation batch: "dev", "heldout-1" (before any rule), "heldout-2", "heldout-3" (blind, later). */
  part?: string;
  source: string;
  calls: GoldCall[];
  citations: GoldCitation[];
}
export interface LoadedDoc extends GoldDoc {
  text: string;
  /** Under `strict`, the convention spans taken out: findings overlapping them are not scored. */
  ignore?: GoldSpan[];
}

const CORPUS = /^(ptc|polnear):(.+)$/;

/** The records of a file in gold.jsonl's format (the set, or a second annotator's), without their texts. */
export function readRecords(path: string): GoldDoc[] {
  const records: GoldDoc[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, n) => {
      if (!line.trim()) return;
      try {
        records.push(JSON.parse(line) as GoldDoc);
      } catch {
        throw new Error(`${basename(path)} line ${n + 1} is not JSON: '${line.slice(0, 60)}'`);
      }
    });
  return records;
}

/** Reads the set; `strict` moves the spans marked `convention` out of the gold into `ignore`. */
export function readGold(setDir: string, dataDir: string, options: { strict?: boolean } = {}): LoadedDoc[] {
  const docs: LoadedDoc[] = [];
  for (const gold of readRecords(join(setDir, "gold.jsonl"))) {
    const corpus = CORPUS.exec(gold.source);
    const path = corpus ? join(dataDir, corpus[1], corpus[2]) : join(setDir, gold.source);
    const text = readFileSync(path, "utf8");
    for (const s of [...gold.calls, ...gold.citations]) {
      if (!(0 <= s.start && s.start < s.end && s.end <= text.length)) {
        throw new Error(`${gold.id}: span [${s.start}, ${s.end}) outside '${path}' (${text.length} chars)`);
      }
    }
    if (options.strict) {
      const plain = <T extends GoldSpan>(spans: T[]) => spans.filter((s) => !s.convention);
      const ignore = [...gold.calls, ...gold.citations].filter((s) => s.convention);
      docs.push({ ...gold, calls: plain(gold.calls), citations: plain(gold.citations), text, ignore });
    } else docs.push({ ...gold, text });
  }
  return docs;
}
