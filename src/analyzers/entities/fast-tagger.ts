/**
 * Inference for a trained SequenceTagger (src/learn) without building feature strings:
 * features are hashed by chaining FNV-1a over their parts, which gives exactly the hash of
 * the concatenated string the trainer saw. String building and a 4 MB sparse index were
 * most of the per-document cost; this keeps both analyzers inside their speed budget.
 */
import { type TaggerJSON, viterbiPath } from "../../learn/sequence-tagger.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** A feature template: its name prefix and that prefix's hash, computed once. */
export interface Template {
  readonly name: string;
  readonly hash: number;
}

export function template(name: string): Template {
  return { name, hash: fnvMore(FNV_OFFSET, name) };
}

/**
 * Receives one token's features at a time. A feature is `name + a ("|" + b ("|" + c))`;
 * the same feature code drives training (strings) and inference (hashes).
 */
export interface FeatureSink {
  add(t: Template, a?: string, b?: string, c?: string): void;
  /** Closes the current token. */
  next(): void;
}

/** Collects feature strings per token, for SequenceTagger.train. */
export class StringSink implements FeatureSink {
  readonly tokens: string[][] = [];
  private current: string[] = [];
  add(t: Template, a?: string, b?: string, c?: string): void {
    let f = a === undefined ? t.name : t.name + a;
    if (b !== undefined) f += `|${b}`;
    if (c !== undefined) f += `|${c}`;
    this.current.push(f);
  }
  next(): void {
    this.tokens.push(this.current);
    this.current = [];
  }
}

/**
 * Hashes each feature, looks it up and adds its weights straight into the token's emission
 * scores (int16 sums, scaled once in decode), so no per-feature list is kept.
 */
export class HashSink implements FeatureSink {
  /** Emission sums, tokens × labels. */
  emission = new Int32Array(4096);
  count = 0;
  private base = 0;
  private readonly L: number;

  constructor(private readonly tagger: CompiledTagger) {
    this.L = tagger.labels.length;
  }

  /** Starts a new sequence of at most `tokens` tokens. */
  reset(tokens: number): void {
    const need = (tokens + 1) * this.L;
    if (this.emission.length < need) this.emission = new Int32Array(need * 2);
    else this.emission.fill(0, 0, need);
    this.count = 0;
    this.base = 0;
  }

  add(t: Template, a?: string, b?: string, c?: string): void {
    let h = t.hash;
    if (a !== undefined) h = fnvMore(h, a);
    if (b !== undefined) h = fnvMore(Math.imul(h ^ 124, FNV_PRIME), b); // 124 is "|"
    if (c !== undefined) h = fnvMore(Math.imul(h ^ 124, FNV_PRIME), c);
    this.tagger.accumulate(h >>> 0, this.emission, this.base);
  }

  next(): void {
    this.count++;
    this.base += this.L;
  }
}

function decode<T extends Uint32Array | Int16Array>(
  base64: string,
  Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const bytes = Buffer.from(base64, "base64");
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Type(copy, 0, bytes.length / Type.BYTES_PER_ELEMENT);
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
  private readonly scale: number;
  private readonly transitions: Float32Array;
  private score = new Float32Array(0);
  private back = new Uint8Array(0);
  private emission = new Float32Array(0);

  constructor(json: TaggerJSON) {
    if (json?.kind !== "sequence-tagger" || json.version !== 1) {
      throw new TypeError(`not a sequence-tagger v1 model: ${JSON.stringify(json)?.slice(0, 80)}`);
    }
    this.labels = json.labels;
    const L = json.labels.length;
    this.L = L;
    this.mask = (1 << json.bits) - 1;
    this.scale = json.scale;
    const hashes = decode(json.rows, Uint32Array);
    const q = decode(json.weights, Int16Array);
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
    this.transitions = Float32Array.from(json.transitions);
  }

  private keyAt(slot: number): number {
    const base = slot * this.stride;
    return (this.table[base] << 16) | (this.table[base + 1] & 0xffff);
  }

  /** Adds the weights of a full 32-bit feature hash into `out` at `at` (nothing if pruned). */
  accumulate(hash: number, out: Int32Array, at: number): void {
    const key = hash & this.mask;
    const { table, stride, tableMask } = this;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & tableMask;
    for (;;) {
      const base = slot * stride;
      const k = (table[base] << 16) | (table[base + 1] & 0xffff);
      if (k === key) {
        for (let y = 0; y < this.L; y++) out[at + y] += table[base + 2 + y];
        return;
      }
      if (k === -1) return;
      slot = (slot + 1) & tableMask;
    }
  }

  /** First-order Viterbi over the sink's tokens; writes label ids into `path`. */
  decode(sink: HashSink, path: Uint8Array): void {
    const n = sink.count;
    const L = this.L;
    if (n === 0) return;
    if (this.score.length < n * L) {
      this.score = new Float32Array(n * L * 2);
      this.back = new Uint8Array(n * L * 2);
      this.emission = new Float32Array(n * L * 2);
    }
    const { score, back, emission, transitions, scale } = this;
    const sums = sink.emission;
    for (let k = 0; k < n * L; k++) emission[k] = sums[k] * scale;
    viterbiPath(emission, n, L, transitions, score, back, path);
  }
}
