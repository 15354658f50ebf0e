/**
 * Measures how often LSH + verification finds near-duplicate pairs, on synthetic pairs
 * made from real article texts by editing random words, so each pair's exact Jaccard is known.
 */
import { seededRandom } from "../learn/hash.js";
import { assignCluster, DEFAULT_CLUSTER_THRESHOLD } from "./cluster.js";
import { bandKeys, DEFAULT_LSH, type LshParams } from "./lsh.js";
import { createMinHasher, DEFAULT_MINHASH, jaccard, type MinHashParams, shingleHashes } from "./minhash.js";

/** Replaces `rate` of the words of a text with invented ones. */
export function editWords(text: string, rate: number, random: () => number): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => (random() < rate ? `x${Math.floor(random() * 1e9)}` : w));
}

const FOOTER =
  "\n\nThis article first appeared on another website and is republished here with permission. " +
  "Follow our page for more updates and share this story with your friends.\n";

/** A mirror site's copy of a PTC-style article (title line first): its own headline, a footer, one word changed in three sentences. */
export function repostOf(article: string): string {
  const lines = article.split("\n");
  lines[0] = "Republished: a story from our partners";
  const body = lines.map((l, i) => [l, i] as const).filter(([l, i]) => i > 1 && l.split(" ").length > 6);
  const step = Math.max(1, Math.floor(body.length / 3));
  for (const [line, i] of body.filter((_, k) => k % step === 1).slice(0, 3)) {
    const words = line.split(" ");
    words[Math.floor(words.length / 2)] = "reportedly";
    lines[i] = words.join(" ");
  }
  return lines.join("\n") + FOOTER;
}

export interface RecallReport {
  pairs: number;
  /** Pairs whose exact Jaccard is >= 0.8 and that were found (candidate and verified). */
  above: { pairs: number; found: number; recall: number };
  /** The hardest part of `above`: pairs with 0.8 <= Jaccard < 0.85. */
  edge: { pairs: number; found: number; recall: number };
  /** Pairs with 0.5 <= Jaccard < 0.8 (heavier edits), found or not. */
  middle: { pairs: number; found: number; recall: number };
  /** Pairs below 0.3 exact Jaccard that were wrongly matched. */
  below: { pairs: number; matched: number };
  params: { minhash: MinHashParams; lsh: LshParams; threshold: number };
}

export function measureRecall(
  texts: readonly string[],
  options: {
    seed?: number;
    variants?: number;
    minhash?: MinHashParams;
    lsh?: LshParams;
    threshold?: number;
  } = {},
): RecallReport {
  const minhash = options.minhash ?? DEFAULT_MINHASH;
  const lsh = options.lsh ?? DEFAULT_LSH;
  const threshold = options.threshold ?? DEFAULT_CLUSTER_THRESHOLD;
  const random = seededRandom(options.seed ?? 1);
  const hasher = createMinHasher(minhash);
  const report: RecallReport = {
    pairs: 0,
    above: { pairs: 0, found: 0, recall: 0 },
    edge: { pairs: 0, found: 0, recall: 0 },
    middle: { pairs: 0, found: 0, recall: 0 },
    below: { pairs: 0, matched: 0 },
    params: { minhash, lsh, threshold },
  };
  for (const text of texts) {
    const base = hasher(text);
    if (!base) continue;
    const baseKeys = new Set(bandKeys(base, lsh));
    const baseShingles = shingleHashes(text, minhash.shingle);
    for (let v = 0; v < (options.variants ?? 8); v++) {
      // Edit rates from 0 to 8% of words keep 5-shingle Jaccard around 0.6-1.0; 30% drives it far below.
      const rate = v === 0 ? 0.3 : random() * 0.08;
      const copy = editWords(text, rate, random);
      const sig = hasher(copy);
      if (!sig) continue;
      const exact = jaccard(baseShingles, shingleHashes(copy, minhash.shingle));
      const candidate = bandKeys(sig, lsh).some((k) => baseKeys.has(k));
      const matched =
        candidate &&
        assignCluster(sig, [{ id: "b", cluster: null, signature: base, seq: 0 }], threshold).cluster !== null;
      report.pairs++;
      if (exact >= 0.8) {
        report.above.pairs++;
        if (matched) report.above.found++;
        if (exact < 0.85) {
          report.edge.pairs++;
          if (matched) report.edge.found++;
        }
      } else if (exact >= 0.5) {
        report.middle.pairs++;
        if (matched) report.middle.found++;
      } else if (exact < 0.3) {
        report.below.pairs++;
        if (matched) report.below.matched++;
      }
    }
  }
  for (const part of [report.above, report.edge, report.middle])
    part.recall = part.pairs ? part.found / part.pairs : 0;
  return report;
}
