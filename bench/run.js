#!/usr/bin/env node
// `npm run bench`: throughput of the full pipeline and of each analyzer on the PTC unlabelled
// articles, on one core, with wink-nlp's readDoc on the same texts as a reference.
// Usage: node bench/run.js [--rounds N] [--dir DIR]
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDocument, createPipeline, selectAnalyzers } from "../dist/index.js";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    dir: { type: "string", default: resolve(import.meta.dirname, "../../shared/data/ptc/unlabeled") },
  },
});
const rounds = Number(values.rounds);
const files = readdirSync(values.dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const texts = files.map((f) => readFileSync(join(values.dir, f), "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const now = () => performance.now();

function measure(label, fn) {
  fn(); // warm-up round: JIT and lazy model loading do not count
  const t0 = now();
  for (let r = 0; r < rounds; r++) fn();
  const secs = (now() - t0) / 1000;
  const docs = texts.length * rounds;
  return {
    label,
    docsPerSec: docs / secs,
    mbPerSec: (bytes * rounds) / 1e6 / secs,
    msPerDoc: (secs * 1000) / docs,
  };
}

console.log(
  `unspun bench: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds (+1 warm-up), node ${process.version}, one thread`,
);

// Model loading: create() of every analyzer.
const { run } = selectAnalyzers();
const steps = run.map((spec) => {
  const t0 = now();
  const analyze = spec.create();
  return { name: spec.name, analyze, loadMs: now() - t0, ms: 0 };
});

const pipeline = createPipeline();
const full = measure("unspun (all analyzers)", () => {
  for (const text of texts) pipeline({ text });
});

// Per analyzer: document creation once, then each analyzer's own time with its upstream.
let docMs = 0;
for (let r = 0; r <= rounds; r++) {
  for (const text of texts) {
    let t0 = now();
    const doc = createDocument({ text });
    if (r > 0) docMs += now() - t0;
    const upstream = {};
    for (const step of steps) {
      t0 = now();
      upstream[step.name] = step.analyze(doc, upstream);
      if (r > 0) step.ms += now() - t0;
    }
  }
}
const docs = texts.length * rounds;

const require = createRequire(import.meta.url);
const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"));
const wink = measure("wink-nlp readDoc (eng lite)", () => {
  for (const text of texts) nlp.readDoc(text);
});

const row = (r) =>
  `${r.label.padEnd(30)} ${r.docsPerSec.toFixed(1).padStart(9)} ${r.mbPerSec.toFixed(2).padStart(8)} ${r.msPerDoc.toFixed(3).padStart(9)}`;
console.log(
  `\n${"".padEnd(30)} ${"articles/s".padStart(9)} ${"MB/s".padStart(8)} ${"ms/article".padStart(9)}`,
);
console.log(row(full));
console.log(row(wink));
console.log(`ratio unspun / wink-nlp (articles/s): ${(full.docsPerSec / wink.docsPerSec).toFixed(2)}`);

console.log(`\nper stage (ms per article, one core)          load ms`);
console.log(
  `  ${"document (tokens, sentences, language)".padEnd(40)} ${(docMs / docs).toFixed(3).padStart(8)}`,
);
for (const s of steps) {
  console.log(
    `  ${s.name.padEnd(40)} ${(s.ms / docs).toFixed(3).padStart(8)} ${s.loadMs.toFixed(0).padStart(9)}`,
  );
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
