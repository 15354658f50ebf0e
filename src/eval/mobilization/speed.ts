/**
 * Time added by the mobilization analyzers (citations, calls, framing, profile) per
 * document: the upstream analyzers run first, untimed, then each of the four is timed
 * over all documents for several rounds after a warm-up round. CPU time is reported next to
 * wall time: on a shared machine wall time also counts the time spent waiting for a core.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinAnalyzers } from "../../analyzers/registry.js";
import type { AnalyzerOutput } from "../../analyzers/types.js";
import { createDocument } from "../../document/document.js";

export const MOBILIZATION_ANALYZERS = ["citations", "calls", "framing", "profile"];

export interface Timing {
  documents: number;
  chars: number;
  /** Wall-clock milliseconds per document, per analyzer and in total. */
  ms: Record<string, number>;
  /** CPU milliseconds (user + system) per document. */
  cpuMs: Record<string, number>;
}

export function timeMobilization(dir: string, rounds = 5): Timing {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const docs = texts.map((text) => createDocument({ text }));
  const steps = builtinAnalyzers.map((spec) => [spec.name, spec.create()] as const);
  const upstream = docs.map(() => ({}) as Record<string, AnalyzerOutput>);
  const ms: Record<string, number> = {};
  const cpuMs: Record<string, number> = {};
  for (let round = 0; round <= rounds; round++) {
    for (const [name, analyze] of steps) {
      const timed = MOBILIZATION_ANALYZERS.includes(name);
      if (round > 0 && !timed) continue;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (let i = 0; i < docs.length; i++) upstream[i][name] = analyze(docs[i], upstream[i]);
      if (round === 0) continue;
      const cpu = process.cpuUsage(c0);
      ms[name] = (ms[name] ?? 0) + (performance.now() - t0) / rounds / docs.length;
      cpuMs[name] = (cpuMs[name] ?? 0) + (cpu.user + cpu.system) / 1000 / rounds / docs.length;
    }
  }
  ms.total = MOBILIZATION_ANALYZERS.reduce((sum, n) => sum + (ms[n] ?? 0), 0);
  cpuMs.total = MOBILIZATION_ANALYZERS.reduce((sum, n) => sum + (cpuMs[n] ?? 0), 0);
  const chars = texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length);
  return { documents: docs.length, chars, ms, cpuMs };
}
