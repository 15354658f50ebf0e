/**
 * Feature hashing shared by training and inference of the sequence taggers (src/learn), and
 * fast inference without building feature strings. A feature is a template and up to three
 * string components (a word, a shape, a label...). Each component is hashed once per token
 * (FNV-1a, see tokenHashes in ./features.ts) and combined with the template's hash by a
 * few integer operations (murmur3's block mix and finaliser), so a word used by ten
 * templates of its neighbours is not rehashed ten times. Training records the same hashes
 * through RowSink, so the two paths cannot disagree. Rehashing every string per template
 * was 40% of both analyzers' time; string building and a 4 MB sparse index were most of it
 * before that. At inference the sink only records hashes and CompiledTagger.decode looks up
 * a whole sentence or paragraph in one loop, skipping most features the model has no row for
 * (a fifth of them) with a 32 KB filter; lookups in the two ~1 MB tables are still about 40%
 * of the analyzers' time. A separate small table for the 4,096 rows most frequent in
 * training (75% of lookups) made no clear difference and was left out.
 */
import { fmix32, fnv1a } from "../../learn/hash.js";
import {
  fromBase64,
  type HashedSequence,
  type TaggerJSON,
  viterbiPath,
} from "../../learn/sequence-tagger.js";

/** A feature template: its name and that name's hash, computed once. */
export interface Template {
  readonly name: string;
  readonly hash: number;
}

export function template(name: string): Template {
  return { name, hash: fnv1a(name) | 0 };
}

/** Hash of a feature component; constants are hashed once at module load. */
export function part(s: string): number {
  return fnv1a(s) | 0;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The feature's 32-bit hash: template, then components in order, then a finaliser. */
export function featureHash(t: Template, a?: number, b?: number, c?: number): number {
  let h = t.hash;
  if (a !== undefined) {
    h = mix(h, a);
    if (b !== undefined) {
      h = mix(h, b);
      if (c !== undefined) h = mix(h, c);
    }
  }
  return fmix32(h);
}

/**
 * Receives one token's features at a time, each a template with component hashes (from
 * `part` or tokenHashes); the same feature code drives training and inference.
 */
export interface FeatureSink {
  add(t: Template, a?: number, b?: number, c?: number): void;
  /** Closes the current token. */
  next(): void;
}

/** Records each token's feature hashes, for SequenceTagger.train. */
export class RowSink implements FeatureSink {
  private rows: number[] = [];
  private offsets: number[] = [0];
  add(t: Template, a?: number, b?: number, c?: number): void {
    this.rows.push(featureHash(t, a, b, c));
  }
  next(): void {
    this.offsets.push(this.rows.length);
  }
  sequence(): HashedSequence {
    return { rows: Uint32Array.from(this.rows), offsets: Uint32Array.from(this.offsets) };
  }
}

/**
 * Collects one sequence's feature hashes for CompiledTagger.decode, which looks them all up
 * in one loop (see there why).
 */
export class HashSink implements FeatureSink {
  hashes = new Int32Array(16384);
  /** Per token, the end of its hashes. */
  ends = new Int32Array(1024);
  count = 0;
  size = 0;

  /** Starts a new sequence. */
  reset(): void {
    this.count = 0;
    this.size = 0;
  }

  add(t: Template, a?: number, b?: number, c?: number): void {
    if (this.size === this.hashes.length) this.hashes = doubled(this.hashes);
    this.hashes[this.size++] = featureHash(t, a, b, c);
  }

  next(): void {
    if (this.count === this.ends.length) this.ends = doubled(this.ends);
    this.ends[this.count++] = this.size;
  }
}

function doubled(full: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(full.length * 2);
  grown.set(full);
  return grown;
}

export class CompiledTagger {
  readonly labels: readonly string[];
  private readonly L: number;
  private readonly mask: number;
  /**
   * Open addressing table; each slot holds the masked feature hash (two int16 halves)
   * followed by the row's int16 weights, so one lookup touches one place in memory.
   */
  private readonly table: Int16Array;
  private readonly stride: number;
  private readonly tableMask: number;
  /**
   * A one-hash Bloom filter of the model's rows, 2^18 bits (32 KB, stays in cache): about a
   * fifth of all features have no row, and most of them are turned away here without a
   * probe into the large table (9% of absent ones pass and are probed as before).
   */
  private readonly maybe = new Int32Array(1 << 13);
  private readonly scale: number;
  private readonly transitions: Float32Array;
  private score = new Float32Array(0);
  private back = new Uint8Array(0);
  private emission = new Float32Array(0);
  private sums = new Int32Array(0);

  constructor(json: TaggerJSON) {
    if (json?.kind !== "sequence-tagger" || json.version !== 1) {
      throw new TypeError(`not a sequence-tagger v1 model: ${JSON.stringify(json)?.slice(0, 80)}`);
    }
    this.labels = json.labels;
    const L = json.labels.length;
    this.L = L;
    this.mask = (1 << json.bits) - 1;
    this.scale = json.scale;
    const hashes = fromBase64(json.rows, Uint32Array);
    const q = fromBase64(json.weights, Int16Array);
    let size = 1024;
    while (size < hashes.length * 2) size *= 2;
    this.tableMask = size - 1;
    this.stride = L + 2;
    // Empty slots carry key -1 (both halves -1); real keys are below 2^24.
    this.table = new Int16Array(size * this.stride).fill(-1);
    for (let r = 0; r < hashes.length; r++) {
      let slot = (Math.imul(hashes[r], 0x9e3779b1) >>> 0) & this.tableMask;
      while (this.keyAt(slot) !== -1) slot = (slot + 1) & this.tableMask;
      const base = slot * this.stride;
      this.table[base] = hashes[r] >>> 16;
      this.table[base + 1] = hashes[r] & 0xffff;
      for (let y = 0; y < L; y++) this.table[base + 2 + y] = q[r * L + y];
    }
    for (const h of hashes) {
      const b = Math.imul(h, 0x85ebca6b) >>> 14;
      this.maybe[b >>> 5] |= 1 << (b & 31);
    }
    this.transitions = Float32Array.from(json.transitions);
  }

  private keyAt(slot: number): number {
    const base = slot * this.stride;
    return (this.table[base] << 16) | (this.table[base + 1] & 0xffff);
  }

  /**
   * First-order Viterbi over the sink's tokens; writes label ids into `path`. `bias` (per
   * label, in int16 weight units) is added to every token's scores. All table lookups of the
   * sequence run in one tight loop: they are most of the cost, as the two taggers' tables
   * (about 1 MB each) do not fit in L2 and nearly every lookup waits on memory.
   */
  decode(sink: HashSink, path: Uint8Array, bias?: Int32Array): void {
    const n = sink.count;
    const L = this.L;
    if (n === 0) return;
    if (this.score.length < n * L) {
      this.score = new Float32Array(n * L * 2);
      this.back = new Uint8Array(n * L * 2);
      this.emission = new Float32Array(n * L * 2);
      this.sums = new Int32Array(n * L * 2);
    }
    const { score, back, emission, transitions, scale, sums, table, stride, tableMask, mask, maybe } = this;
    if (bias) for (let k = 0; k < n * L; k += L) sums.set(bias, k);
    else sums.fill(0, 0, n * L);
    const { hashes, ends } = sink;
    let token = 0;
    let at = 0;
    for (let k = 0; k < sink.size; k++) {
      while (k >= ends[token]) {
        token++;
        at += L;
      }
      const key = hashes[k] & mask;
      const b = Math.imul(key, 0x85ebca6b) >>> 14;
      if ((maybe[b >>> 5] & (1 << (b & 31))) === 0) continue;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & tableMask;
      for (;;) {
        const base = slot * stride;
        const found = (table[base] << 16) | (table[base + 1] & 0xffff);
        if (found === key) {
          for (let y = 0; y < L; y++) sums[at + y] += table[base + 2 + y];
          break;
        }
        if (found === -1) break;
        slot = (slot + 1) & tableMask;
      }
    }
    for (let k = 0; k < n * L; k++) emission[k] = sums[k] * scale;
    viterbiPath(emission, n, L, transitions, score, back, path);
  }
}
