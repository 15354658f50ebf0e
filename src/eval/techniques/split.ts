/**
 * The fixed by-article split of the labelled PTC articles: train (fitting), dev (tuning
 * thresholds and calibration) and test (reported only). It ships as
 * models/techniques/split.json so every command agrees on it.
 */
import { readFileSync } from "node:fs";
import { seededRandom, shuffle } from "../../learn/hash.js";

export interface Split {
  seed: number;
  train: string[];
  dev: string[];
  test: string[];
}

export type SplitName = "train" | "dev" | "test" | "train+dev" | "all";

/** Sorted IDs shuffled with a fixed seed; `test` and `dev` take fixed counts, the rest trains. */
export function makeSplit(ids: readonly string[], seed = 11, test = 60, dev = 40): Split {
  const order = shuffle([...ids].sort(), seededRandom(seed));
  const sorted = (a: string[]) => a.sort();
  return {
    seed,
    test: sorted(order.slice(0, test)),
    dev: sorted(order.slice(test, test + dev)),
    train: sorted(order.slice(test + dev)),
  };
}

export const SPLIT_URL = new URL("../../../models/techniques/split.json", import.meta.url);

export function loadSplit(url: URL = SPLIT_URL): Split {
  return JSON.parse(readFileSync(url, "utf8")) as Split;
}

/**
 * The IDs of a named part; "all" keeps every ID given, "train+dev" everything but test
 * (for cross-validation that never touches the test articles).
 */
export function selectIds(split: Split, name: string, ids: readonly string[]): string[] {
  if (name === "all") return [...ids];
  if (name !== "train" && name !== "dev" && name !== "test" && name !== "train+dev") {
    throw new Error(`unknown split '${name}'; expected train, dev, test, train+dev or all`);
  }
  const part = new Set(name === "train+dev" ? [...split.train, ...split.dev] : split[name]);
  return ids.filter((id) => part.has(id));
}
