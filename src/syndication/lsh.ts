/**
 * Banded locality-sensitive hashing: a signature of bands×rows values is cut into bands;
 * two documents become candidates when any band is identical. The chance that a pair
 * with Jaccard J becomes a candidate is 1 - (1 - J^rows)^bands.
 */

export interface LshParams {
  bands: number;
  rows: number;
}

/** 32 bands of 4 rows over 128 permutations: P(candidate | J=0.8) > 0.9999999, P(J=0.5) = 0.87, P(J=0.2) = 0.05. */
export const DEFAULT_LSH: LshParams = { bands: 32, rows: 4 };

export function candidateProbability(jaccard: number, { bands, rows }: LshParams): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}

/** One key per band: the band number above a 32-bit hash of its rows (an exact integer below 2^53, for index columns). */
export function bandKeys(signature: Uint32Array, { bands, rows }: LshParams = DEFAULT_LSH): number[] {
  if (signature.length < bands * rows) {
    throw new RangeError(`signature of ${signature.length} values is too short for ${bands}x${rows} bands`);
  }
  const keys = new Array<number>(bands);
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) {
      h = Math.imul(h ^ signature[b * rows + r], 0x01000193);
      h ^= h >>> 15;
    }
    keys[b] = b * 0x100000000 + (h >>> 0);
  }
  return keys;
}
