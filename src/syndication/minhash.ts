/**
 * MinHash signatures over word shingles. Words are lower-cased runs of letters and
 * digits, so punctuation, case and whitespace edits made by mirror sites do not count
 * as changes. Each permutation is a seeded murmur3 finalizer (a bijection on 32-bit
 * integers), which is cheap and behaves as a random permutation for min-wise hashing.
 */

import { fmix32, fnv1a } from "../learn/hash.js";

export interface MinHashParams {
  /** Words per shingle. */
  shingle: number;
  /** Number of hash permutations (signature length). */
  permutations: number;
  /** Seed for the permutation constants; fixed so signatures are comparable across runs. */
  seed: number;
}

export const DEFAULT_MINHASH: MinHashParams = { shingle: 5, permutations: 128, seed: 0x5eed };

const WORD = /[\p{L}\p{N}]+/gu;

/** Hashes of the distinct word shingles of a text (texts shorter than one shingle give one). */
export function shingleHashes(text: string, size: number = DEFAULT_MINHASH.shingle): Uint32Array {
  const words: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) words.push(fnv1a(m[0]));
  if (words.length === 0) return new Uint32Array(0);
  const set = new Set<number>();
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last; i++) {
    let h = 0x9747b28c;
    const end = Math.min(words.length, i + size);
    for (let j = i; j < end; j++) h = fmix32((h ^ words[j]) + 0x6b43a9b5);
    set.add(h);
  }
  return Uint32Array.from(set);
}

/** Exact Jaccard similarity of two hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const small = a.length < b.length ? a : b;
  const big = new Set(a.length < b.length ? b : a);
  let both = 0;
  for (const x of small) if (big.has(x)) both++;
  return both / (a.length + b.length - both);
}

export type MinHasher = (text: string) => Uint32Array | null;

/** Builds a hasher once (the permutation seeds); it maps a text to its signature, null when it has no words. */
export function createMinHasher(params: Partial<MinHashParams> = {}): MinHasher {
  const { shingle, permutations, seed } = { ...DEFAULT_MINHASH, ...params };
  if (!Number.isInteger(shingle) || shingle < 1)
    throw new RangeError(`shingle must be a positive integer, got ${shingle}`);
  if (!Number.isInteger(permutations) || permutations < 1)
    throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  const seeds = new Uint32Array(permutations);
  let s = seed >>> 0;
  for (let i = 0; i < permutations; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(s);
  }
  return (text) => {
    const shingles = shingleHashes(text, shingle);
    if (shingles.length === 0) return null;
    const sig = new Uint32Array(permutations).fill(0xffffffff);
    for (let k = 0; k < shingles.length; k++) {
      const x = shingles[k];
      for (let i = 0; i < permutations; i++) {
        const v = fmix32(x ^ seeds[i]);
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  };
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} vs ${b.length}`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
