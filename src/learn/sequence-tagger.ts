/**
 * Averaged structured perceptron with first-order Viterbi decoding over hashed sparse
 * features (Collins 2002). Callers hash their features (src/analyzers/entities/fast-tagger.ts)
 * and pass 32-bit hashes per token; the tagger keeps their low `bits` bits. Chosen over a
 * CRF because it trains in seconds per epoch in plain TypeScript, needs no gradient tuning,
 * and is as accurate on tagging tasks.
 * Saved models keep only feature rows with a non-negligible weight, quantised to int16.
 */
import { seededRandom, shuffle } from "./hash.js";

export interface TaggerTrainOptions {
  epochs?: number;
  seed?: number;
  /** Feature hash space is 2^bits rows. */
  bits?: number;
  /** Called after each epoch (e.g. for progress or dev evaluation). */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export interface TaggerJSON {
  kind: "sequence-tagger";
  version: 1;
  labels: string[];
  bits: number;
  scale: number;
  /** base64 Uint32Array of kept feature hashes (row ids), ascending. */
  rows: string;
  /** base64 Int16Array, rows × labels, quantised weights. */
  weights: string;
  /** Transition weights, (labels + 1) × labels, the last row from the start state. */
  transitions: number[];
}

export interface TaggerPrediction {
  labels: string[];
  /** Per token: best minus second-best local score (emission plus transition from the chosen previous label). */
  margins: Float32Array;
}

/** One sequence's feature hashes, flattened: token i's are rows[offsets[i]..offsets[i+1]). */
export interface HashedSequence {
  rows: Uint32Array;
  offsets: Uint32Array;
}

interface Sequence extends HashedSequence {
  gold: Uint8Array;
}

export class SequenceTagger {
  private constructor(
    readonly labels: string[],
    readonly bits: number,
    /** Row index (+1) of each hash bucket, 0 when the bucket has no weights. */
    private readonly index: Int32Array,
    private readonly weights: Float32Array,
    private readonly transitions: Float32Array,
  ) {}

  static train(
    data: ReadonlyArray<HashedSequence & { labels: readonly string[] }>,
    options: TaggerTrainOptions = {},
  ): SequenceTagger {
    const { epochs = 10, seed = 1, bits = 18 } = options;
    if (!Number.isInteger(bits) || bits < 8 || bits > 24)
      throw new RangeError(`bits must be 8..24, got ${bits}`);
    const labels = [...new Set(data.flatMap((d) => d.labels))].sort();
    if (labels.length > 255) throw new RangeError(`at most 255 labels, got ${labels.length}`);
    const L = labels.length;
    const labelId = new Map(labels.map((l, i) => [l, i]));
    const mask = (1 << bits) - 1;
    const sequences: Sequence[] = data.map((d) => {
      const n = d.offsets.length - 1;
      if (n !== d.labels.length) {
        throw new RangeError(`features (${n}) and labels (${d.labels.length}) differ in length`);
      }
      const rows = d.rows.map((h) => h & mask);
      return { rows, offsets: d.offsets, gold: Uint8Array.from(d.labels, (l) => labelId.get(l)!) };
    });

    const size = (1 << bits) * L;
    const w = new Float32Array(size);
    const u = new Float32Array(size); // sum of c·update, for averaging: avg = w - u/c
    const tw = new Float32Array((L + 1) * L);
    const tu = new Float32Array((L + 1) * L);
    let c = 1;
    const random = seededRandom(seed);
    const order = sequences.map((_, i) => i);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      let mistakes = 0;
      for (const s of order) {
        const seq = sequences[s];
        const n = seq.gold.length;
        if (n === 0) continue;
        const pred = viterbi(seq.rows, seq.offsets, n, L, w, tw).path;
        for (let i = 0; i < n; i++) {
          const g = seq.gold[i];
          const p = pred[i];
          const gPrev = i === 0 ? L : seq.gold[i - 1];
          const pPrev = i === 0 ? L : pred[i - 1];
          if (g !== p) {
            mistakes++;
            for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
              const base = seq.rows[k] * L;
              w[base + g] += 1;
              u[base + g] += c;
              w[base + p] -= 1;
              u[base + p] -= c;
            }
          }
          if (g !== p || gPrev !== pPrev) {
            tw[gPrev * L + g] += 1;
            tu[gPrev * L + g] += c;
            tw[pPrev * L + p] -= 1;
            tu[pPrev * L + p] -= c;
          }
        }
        c++;
      }
      options.onEpoch?.(epoch, mistakes);
    }
    for (let i = 0; i < size; i++) w[i] -= u[i] / c;
    for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
    // Keep only rows that carry weight, so models stay small.
    const index = new Int32Array(1 << bits);
    let rows = 0;
    for (let r = 0; r < 1 << bits; r++) {
      for (let y = 0; y < L; y++) {
        if (w[r * L + y] !== 0) {
          index[r] = ++rows;
          break;
        }
      }
    }
    const weights = new Float32Array(rows * L);
    for (let r = 0; r < 1 << bits; r++) {
      if (index[r]) weights.set(w.subarray(r * L, r * L + L), (index[r] - 1) * L);
    }
    return new SequenceTagger(labels, bits, index, weights, tw);
  }

  /** Decodes one sequence of token feature hashes. */
  predict(sequence: HashedSequence): TaggerPrediction {
    const n = sequence.offsets.length - 1;
    const L = this.labels.length;
    const mask = (1 << this.bits) - 1;
    const offsets = new Uint32Array(n + 1);
    const rows = new Uint32Array(sequence.rows.length);
    let k = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      for (let j = sequence.offsets[i]; j < sequence.offsets[i + 1]; j++) {
        const row = this.index[sequence.rows[j] & mask];
        if (row) rows[k++] = row - 1;
      }
    }
    offsets[n] = k;
    const { path, margins } = viterbi(rows, offsets, n, L, this.weights, this.transitions);
    return { labels: Array.from(path, (y) => this.labels[y]), margins };
  }

  /**
   * Compact form: rows whose largest absolute weight is below `minWeight` are dropped,
   * the rest quantised to int16 with one scale.
   */
  toJSON(minWeight = 0): TaggerJSON {
    const L = this.labels.length;
    let max = 0;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? max / 32767 : 1;
    const keptHashes: number[] = [];
    const kept: number[] = [];
    for (let r = 0; r < this.index.length; r++) {
      const row = this.index[r];
      if (!row) continue;
      const base = (row - 1) * L;
      let rowMax = 0;
      for (let y = 0; y < L; y++) rowMax = Math.max(rowMax, Math.abs(this.weights[base + y]));
      if (rowMax < minWeight || Math.round(rowMax / scale) === 0) continue;
      keptHashes.push(r);
      for (let y = 0; y < L; y++) kept.push(Math.round(this.weights[base + y] / scale));
    }
    return {
      kind: "sequence-tagger",
      version: 1,
      labels: this.labels,
      bits: this.bits,
      scale,
      rows: Buffer.from(Uint32Array.from(keptHashes).buffer).toString("base64"),
      weights: Buffer.from(Int16Array.from(kept).buffer).toString("base64"),
      transitions: Array.from(this.transitions, (v) => Math.round(v * 1e4) / 1e4),
    };
  }

  static fromJSON(json: TaggerJSON): SequenceTagger {
    if (json?.kind !== "sequence-tagger" || json.version !== 1) {
      throw new TypeError(`not a sequence-tagger v1 model: ${JSON.stringify(json)?.slice(0, 80)}`);
    }
    const L = json.labels.length;
    const hashes = fromBase64(json.rows, Uint32Array);
    const q = fromBase64(json.weights, Int16Array);
    const index = new Int32Array(1 << json.bits);
    const weights = new Float32Array(hashes.length * L);
    for (let r = 0; r < hashes.length; r++) {
      index[hashes[r]] = r + 1;
      for (let y = 0; y < L; y++) weights[r * L + y] = q[r * L + y] * json.scale;
    }
    return new SequenceTagger(json.labels, json.bits, index, weights, Float32Array.from(json.transitions));
  }
}

/** A typed array from its base64 form in a TaggerJSON (rows, weights). */
export function fromBase64<T extends Uint32Array | Int16Array>(
  base64: string,
  Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const bytes = Buffer.from(base64, "base64");
  const copy = new ArrayBuffer(bytes.length); // aligned copy: Buffer slices may be unaligned
  new Uint8Array(copy).set(bytes);
  return new Type(copy, 0, bytes.length / Type.BYTES_PER_ELEMENT);
}

/** First-order Viterbi; weights are rows × L, transitions (L+1) × L with the start state last. */
function viterbi(
  rows: Uint32Array,
  offsets: Uint32Array,
  n: number,
  L: number,
  weights: Float32Array,
  transitions: Float32Array,
): { path: Uint8Array; margins: Float32Array } {
  const path = new Uint8Array(n);
  const margins = new Float32Array(n);
  if (n === 0) return { path, margins };
  const emission = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const base = rows[k] * L;
      for (let y = 0; y < L; y++) emission[i * L + y] += weights[base + y];
    }
  }
  viterbiPath(emission, n, L, transitions, new Float32Array(n * L), new Uint8Array(n * L), path);
  for (let i = 0; i < n; i++) {
    const prev = i === 0 ? L : path[i - 1];
    let best = -Infinity;
    let second = -Infinity;
    for (let y = 0; y < L; y++) {
      const s = emission[i * L + y] + transitions[prev * L + y];
      if (s > best) {
        second = best;
        best = s;
      } else if (s > second) second = s;
    }
    margins[i] = L > 1 ? best - second : best;
  }
  return { path, margins };
}

/**
 * The Viterbi recursion over precomputed emission scores (n × L), into caller-owned
 * buffers so that inference paths (entities/fast-tagger.ts) can reuse them without
 * allocating per sequence. `score` and `back` need n × L entries, `path` n.
 */
export function viterbiPath(
  emission: Float32Array,
  n: number,
  L: number,
  transitions: Float32Array,
  score: Float32Array,
  back: Uint8Array,
  path: Uint8Array,
): void {
  if (n === 0) return;
  for (let y = 0; y < L; y++) score[y] = emission[y] + transitions[L * L + y];
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p] + transitions[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emission[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (score[(n - 1) * L + y] > score[(n - 1) * L + last]) last = y;
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]];
}
