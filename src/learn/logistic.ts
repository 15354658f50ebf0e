/**
 * Multinomial logistic regression over hashed sparse string features, trained with
 * AdaGrad and L2 decay. Chosen over the perceptron for classification because its
 * outputs are probabilities (with a temperature fitted on held-out data they are
 * calibrated, so a threshold means something) and its per-feature weights explain a
 * decision. No maintained npm package trains sparse multiclass models of this size.
 */
import { fnv1a, seededRandom, shuffle } from "./hash.js";

export interface Example {
  features: readonly string[];
  label: string;
  /** Training weight of the example (default 1). */
  weight?: number;
}

export interface LogisticTrainOptions {
  epochs?: number;
  seed?: number;
  bits?: number;
  /** AdaGrad base learning rate. */
  rate?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** Features seen in fewer training examples than this are dropped. */
  minCount?: number;
}

export interface LogisticJSON {
  kind: "logistic";
  version: 1;
  labels: string[];
  bits: number;
  /** Largest absolute weight; stored weights are sign(q)·(q/127)²·scale. */
  scale: number;
  temperature: number;
  /** base64 LEB128 varints: gaps between kept hash buckets, ascending. */
  rows: string;
  /** base64 Int8Array: rows × columns quantised weights (one column, w1 - w0, for two labels). */
  weights: string;
  /** Bias per label. */
  bias: number[];
  /** Weight columns stored per row: 1 for two labels (w1 - w0), else one per label. */
  columns: number;
}

export interface Contribution {
  feature: string;
  weight: number;
}

const toBase64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");

function fromBase64<T>(s: string, make: (b: ArrayBuffer) => T): T {
  const buf = Buffer.from(s, "base64");
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return make(copy);
}

/** The sorted label set of some examples and the hash mask, checking the arguments once for every learner. */
function labelSpace(examples: readonly Example[], bits: number) {
  if (!Number.isInteger(bits) || bits < 8 || bits > 24)
    throw new RangeError(`bits must be 8..24, got ${bits}`);
  if (examples.length === 0) throw new RangeError("no training examples");
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  return { labels, labelId: new Map(labels.map((l, i) => [l, i])), mask: (1 << bits) - 1 };
}

export class LogisticModel {
  temperature = 1;
  private readonly labelIndex: Map<string, number>;

  private constructor(
    readonly labels: string[],
    readonly bits: number,
    /** Row (+1) of each hash bucket; 0 = no weights. */
    private readonly index: Int32Array,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.labelIndex = new Map(labels.map((l, i) => [l, i]));
  }

  static train(examples: readonly Example[], options: LogisticTrainOptions = {}): LogisticModel {
    const { epochs = 10, seed = 1, bits = 18, rate = 0.2, l2 = 1e-6, minCount = 1 } = options;
    const { labels, labelId, mask } = labelSpace(examples, bits);
    const L = labels.length;
    const hashed = examples.map((e) => Uint32Array.from(e.features, (f) => fnv1a(f) & mask));
    let keep: Uint8Array | null = null;
    if (minCount > 1) {
      const counts = new Uint32Array(1 << bits);
      for (const h of hashed) for (const r of h) counts[r]++;
      keep = Uint8Array.from(counts, (c) => (c >= minCount ? 1 : 0));
    }
    const rowsOf = hashed.map((h) => (keep ? h.filter((r) => keep![r]) : h));
    const W = new Float32Array((1 << bits) * L);
    const G = new Float32Array((1 << bits) * L);
    const bias = new Float32Array(L);
    const gBias = new Float32Array(L);
    const order = examples.map((_, i) => i);
    const random = seededRandom(seed);
    const scores = new Float64Array(L);
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (const i of order) {
        const rows = rowsOf[i];
        const y = labelId.get(examples[i].label)!;
        const w = examples[i].weight ?? 1;
        for (let c = 0; c < L; c++) {
          let s = bias[c];
          for (let k = 0; k < rows.length; k++) s += W[rows[k] * L + c];
          scores[c] = s;
        }
        softmaxInPlace(scores);
        for (let c = 0; c < L; c++) {
          const g = w * (scores[c] - (c === y ? 1 : 0));
          gBias[c] += g * g;
          bias[c] -= (rate * g) / Math.sqrt(gBias[c] + 1e-8);
          if (g === 0) continue;
          for (let k = 0; k < rows.length; k++) {
            const at = rows[k] * L + c;
            const grad = g + l2 * W[at];
            G[at] += grad * grad;
            W[at] -= (rate * grad) / Math.sqrt(G[at] + 1e-8);
          }
        }
      }
    }
    const index = new Int32Array(1 << bits);
    const kept: number[] = [];
    for (let r = 0; r < 1 << bits; r++) {
      let any = false;
      for (let c = 0; c < L; c++) if (W[r * L + c] !== 0) any = true;
      if (any) kept.push(r);
    }
    const weights = new Float32Array(kept.length * L);
    kept.forEach((r, k) => {
      index[r] = k + 1;
      weights.set(W.subarray(r * L, r * L + L), k * L);
    });
    return new LogisticModel(labels, bits, index, weights, bias);
  }

  /**
   * The mean of models trained on the same data with different shuffles (same labels and
   * bits): one model, as fast as each, with less of the order noise of online training.
   */
  static average(models: readonly LogisticModel[]): LogisticModel {
    return LogisticModel.blend(
      models,
      models.map(() => 1 / models.length),
    );
  }

  /** Σ weights[k] · models[k], row by row and for the biases (same labels and bits): one model as fast as each. */
  static blend(models: readonly LogisticModel[], weights: readonly number[]): LogisticModel {
    if (models.length === 0) throw new RangeError("blend needs at least one model");
    if (weights.length !== models.length)
      throw new RangeError(`blend needs one weight per model, got ${weights.length} for ${models.length}`);
    const { labels, bits } = models[0];
    for (const m of models) {
      if (m.bits !== bits || m.labels.join("\t") !== labels.join("\t")) {
        throw new RangeError(
          `cannot blend models with different labels or bits (${m.labels.length}, ${m.bits})`,
        );
      }
    }
    const L = labels.length;
    const index = new Int32Array(1 << bits);
    const kept: number[] = [];
    for (let r = 0; r < index.length; r++) if (models.some((m) => m.index[r] !== 0)) kept.push(r);
    const out = new Float32Array(kept.length * L);
    kept.forEach((r, k) => {
      index[r] = k + 1;
      models.forEach((m, j) => {
        const row = m.index[r];
        if (row === 0) return;
        for (let c = 0; c < L; c++) out[k * L + c] += m.weights[(row - 1) * L + c] * weights[j];
      });
    });
    const bias = new Float32Array(L);
    models.forEach((m, j) => {
      for (let c = 0; c < L; c++) bias[c] += m.bias[c] * weights[j];
    });
    return new LogisticModel([...labels], bits, index, out, bias);
  }

  /**
   * Multinomial naive Bayes over the same hashed features, as a linear model: weight =
   * log P(feature | label) with additive smoothing `alpha`, centred over the labels (the
   * softmax ignores a per-feature constant), bias = log prior. Its scores are a
   * different inductive bias from the logistic fit, so `blend` can mix the two into
   * one model.
   */
  static naiveBayes(
    examples: readonly Example[],
    options: { bits?: number; alpha?: number } = {},
  ): LogisticModel {
    const { bits = 18, alpha = 0.1 } = options;
    const { labels, labelId, mask } = labelSpace(examples, bits);
    const L = labels.length;
    const counts = new Float64Array((1 << bits) * L);
    const seen = new Uint8Array(1 << bits);
    const total = new Float64Array(L);
    const prior = new Float64Array(L);
    for (const e of examples) {
      const y = labelId.get(e.label)!;
      prior[y]++;
      for (const f of e.features) {
        const r = fnv1a(f) & mask;
        counts[r * L + y]++;
        total[y]++;
        seen[r] = 1;
      }
    }
    const kept: number[] = [];
    for (let r = 0; r < seen.length; r++) if (seen[r]) kept.push(r);
    const index = new Int32Array(1 << bits);
    const weights = new Float32Array(kept.length * L);
    const norm = Float64Array.from(total, (t) => Math.log(t + alpha * kept.length));
    kept.forEach((r, k) => {
      index[r] = k + 1;
      let mean = 0;
      for (let c = 0; c < L; c++) mean += weights[k * L + c] = Math.log(counts[r * L + c] + alpha) - norm[c];
      for (let c = 0; c < L; c++) weights[k * L + c] -= mean / L;
    });
    const bias = Float32Array.from(prior, (p) => Math.log(p / examples.length));
    return new LogisticModel(labels, bits, index, weights, bias);
  }

  /** Raw per-label scores (logits before temperature). A feature listed twice counts twice. */
  scores(features: readonly string[]): Float64Array {
    const L = this.labels.length;
    const out = Float64Array.from(this.bias);
    const mask = (1 << this.bits) - 1;
    for (let k = 0; k < features.length; k++) {
      const row = this.index[fnv1a(features[k]) & mask];
      if (row === 0) continue;
      const base = (row - 1) * L;
      for (let c = 0; c < L; c++) out[c] += this.weights[base + c];
    }
    return out;
  }

  /** For a two-label model: the weight difference w1 - w0 of a feature given by its full 32-bit hash. */
  hashMargin(hash: number): number {
    const row = this.index[hash & ((1 << this.bits) - 1)];
    return row === 0 ? 0 : this.weights[row * 2 - 1] - this.weights[row * 2 - 2];
  }

  /** For a two-label model: bias(label 1) - bias(label 0). */
  biasMargin(): number {
    return this.bias[1] - this.bias[0];
  }

  /** For a two-label model: score(label 1) - score(label 0), summed over both feature lists. */
  margin(features: readonly string[], extra: readonly string[] = []): number {
    if (this.labels.length !== 2)
      throw new RangeError(`margin needs a two-label model, this has ${this.labels.length}`);
    const mask = (1 << this.bits) - 1;
    let m = this.bias[1] - this.bias[0];
    for (const list of [features, extra]) {
      for (let k = 0; k < list.length; k++) {
        const row = this.index[fnv1a(list[k]) & mask];
        if (row !== 0) m += this.weights[row * 2 - 1] - this.weights[row * 2 - 2];
      }
    }
    return m / this.temperature;
  }

  /** Calibrated probability per label (softmax of scores / temperature). */
  probabilities(features: readonly string[]): Float64Array {
    const s = this.scores(features);
    for (let c = 0; c < s.length; c++) s[c] /= this.temperature;
    return softmaxInPlace(s);
  }

  /** The features that pushed most towards `label` relative to the average label, strongest first. */
  explain(features: readonly string[], label: string, top = 3): Contribution[] {
    const c = this.labelIndex.get(label);
    if (c === undefined) throw new RangeError(`unknown label '${label}'`);
    const L = this.labels.length;
    const mask = (1 << this.bits) - 1;
    const out: Contribution[] = [];
    const seen = new Set<number>();
    for (const f of features) {
      const r = fnv1a(f) & mask;
      const row = this.index[r];
      if (row === 0 || seen.has(r)) continue;
      seen.add(r);
      const base = (row - 1) * L;
      let mean = 0;
      for (let k = 0; k < L; k++) mean += this.weights[base + k];
      const weight = this.weights[base + c] - mean / L;
      if (weight > 0) out.push({ feature: f, weight });
    }
    return out.sort((a, b) => b.weight - a.weight).slice(0, top);
  }

  /** Fits the softmax temperature minimising log-loss on held-out examples (grid search). */
  calibrate(examples: readonly Example[]): number {
    const cached = examples.map((e) => ({ s: this.scores(e.features), y: this.labelIndex.get(e.label) }));
    let best = 1;
    let bestLoss = Number.POSITIVE_INFINITY;
    for (let t = 0.3; t <= 4.0001; t += 0.05) {
      let loss = 0;
      for (const { s, y } of cached) {
        if (y === undefined) continue;
        const p = softmaxInPlace(s.map((v) => v / t));
        loss -= Math.log(Math.max(p[y], 1e-12));
      }
      if (loss < bestLoss) [best, bestLoss] = [t, loss];
    }
    this.temperature = Math.round(best * 100) / 100;
    return this.temperature;
  }

  /**
   * Prunes rows whose largest weight is below `minWeight` and quantises to int8. A
   * two-label model keeps only w1 - w0 per row: the softmax depends on nothing else.
   */
  toJSON(minWeight = 0): LogisticJSON {
    const L = this.labels.length;
    const C = L === 2 ? 1 : L;
    const column = (base: number, c: number) =>
      C === 1 ? this.weights[base + 1] - this.weights[base] : this.weights[base + c];
    const rows: number[] = [];
    let max = 0;
    for (let r = 0; r < this.index.length; r++) {
      const row = this.index[r];
      if (row === 0) continue;
      let big = 0;
      for (let c = 0; c < C; c++) big = Math.max(big, Math.abs(column((row - 1) * L, c)));
      if (big < minWeight) continue;
      rows.push(r);
      max = Math.max(max, big);
    }
    // Square-root quantisation keeps small weights distinguishable next to a few large ones.
    const scale = max > 0 ? max : 1;
    const q = new Int8Array(rows.length * C);
    rows.forEach((r, k) => {
      const base = (this.index[r] - 1) * L;
      for (let c = 0; c < C; c++) {
        const w = column(base, c);
        q[k * C + c] = Math.sign(w) * Math.round(Math.sqrt(Math.abs(w) / scale) * 127);
      }
    });
    return {
      kind: "logistic",
      version: 1,
      labels: this.labels,
      bits: this.bits,
      scale,
      temperature: this.temperature,
      rows: encodeGaps(rows),
      weights: toBase64(q),
      bias: Array.from(this.bias, (b) => Math.round(b * 1e5) / 1e5),
      columns: C,
    };
  }

  static fromJSON(json: LogisticJSON): LogisticModel {
    if (json?.kind !== "logistic" || json.version !== 1) {
      throw new TypeError(
        `not a logistic model v1: kind=${String(json?.kind)} version=${String(json?.version)}`,
      );
    }
    const L = json.labels.length;
    const C = json.columns;
    const rows = decodeGaps(json.rows);
    const q = fromBase64(json.weights, (b) => new Int8Array(b));
    if (q.length !== rows.length * C) {
      throw new TypeError(`model weights hold ${q.length} values, expected ${rows.length} rows × ${C}`);
    }
    const index = new Int32Array(1 << json.bits);
    const weights = new Float32Array(rows.length * L);
    for (let k = 0; k < rows.length; k++) {
      index[rows[k]] = k + 1;
      for (let c = 0; c < C; c++) {
        const v = q[k * C + c] / 127;
        weights[k * L + c + (C === 1 ? 1 : 0)] = Math.sign(v) * v * v * json.scale;
      }
    }
    const model = new LogisticModel(json.labels, json.bits, index, weights, Float32Array.from(json.bias));
    model.temperature = json.temperature;
    return model;
  }
}

/** Ascending integers as base64 LEB128 varints of their gaps (about 1-2 bytes a row). */
function encodeGaps(values: readonly number[]): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const v of values) {
    let gap = v - prev;
    prev = v;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  return Buffer.from(bytes).toString("base64");
}

function decodeGaps(s: string): Uint32Array {
  const bytes = Buffer.from(s, "base64");
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    prev += gap;
    out.push(prev);
  }
  return Uint32Array.from(out);
}

function softmaxInPlace(s: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < s.length; i++) if (s[i] > max) max = s[i];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s[i] = Math.exp(s[i] - max);
  for (let i = 0; i < s.length; i++) s[i] /= sum;
  return s;
}
