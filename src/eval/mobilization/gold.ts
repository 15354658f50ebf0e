/**
 * The mobilization evaluation set (eval/mobilization/gold.jsonl): one JSON object a line,
 * `{ id, split: "dev"|"heldout", source, calls: [{start,end,label,quoted}],
 * citations: [{start,end,label,ref}] }`. `source` is a path relative to the set
 * directory for texts written for the set, or `ptc:<path>` / `polnear:<path>` relative
 * to the shared data directory for corpus documents, whose text never enters the repo.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
}
export interface GoldCall extends GoldSpan {
  quoted: boolean;
}
export interface GoldCitation extends GoldSpan {
  ref: string;
}
export interface GoldDoc {
  id: string;
  split: "dev" | "heldout";
  /** Annotation batch: "dev", "heldout-1" (before any rule), "heldout-2", "heldout-3" (blind, later). */
  part?: string;
  source: string;
  calls: GoldCall[];
  citations: GoldCitation[];
}
export interface LoadedDoc extends GoldDoc {
  text: string;
}

const CORPUS = /^(ptc|polnear):(.+)$/;

export function readGold(setDir: string, dataDir: string): LoadedDoc[] {
  const lines = readFileSync(join(setDir, "gold.jsonl"), "utf8").split("\n");
  const docs: LoadedDoc[] = [];
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let gold: GoldDoc;
    try {
      gold = JSON.parse(line) as GoldDoc;
    } catch {
      throw new Error(`gold.jsonl line ${n + 1} is not JSON: '${line.slice(0, 60)}'`);
    }
    const corpus = CORPUS.exec(gold.source);
    const path = corpus ? join(dataDir, corpus[1], corpus[2]) : join(setDir, gold.source);
    const text = readFileSync(path, "utf8");
    for (const s of [...gold.calls, ...gold.citations]) {
      if (!(0 <= s.start && s.start < s.end && s.end <= text.length)) {
        throw new Error(`${gold.id}: span [${s.start}, ${s.end}) outside '${path}' (${text.length} chars)`);
      }
    }
    docs.push({ ...gold, text });
  });
  return docs;
}
