/**
 * A fixed set of worker threads, each with its own pipeline, analysing inputs as they come.
 * Used by batch runs (`analyzeItems`) and by the HTTP server, so that a long analysis never
 * blocks the thread that answers requests. A worker that dies fails only the input it held
 * (as an E_ANALYZE record) and is replaced.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type PipelineOptions, selectAnalyzers } from "../analyzers/pipeline.js";
import type { DocInput } from "../document/document.js";
import { type ErrorResult, RESULT_VERSION, type Result } from "../document/types.js";

export function analyzeError(input: Pick<DocInput, "id" | "source">, error: unknown): ErrorResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    version: RESULT_VERSION,
    id: input.id ?? "",
    source: input.source ?? "",
    error: { code: "E_ANALYZE", message: `analysis failed: ${message}` },
  };
}

export interface AnalyzerPool {
  readonly size: number;
  /** Why the pool stopped starting workers (they died again and again, e.g. on a bad analyzer option); null while it works. */
  readonly failure: Error | null;
  analyze(input: DocInput): Promise<Result>;
  /** Resolves when a worker is free and nothing waits in the queue. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** The compiled worker; when running from TypeScript sources (tests), the built copy in dist/. */
function workerUrl(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".ts")) return here;
  const built = new URL("../../dist/runner/worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(built)))
    throw new Error("worker threads need the build: run `npm run build`");
  return built;
}

interface Job {
  input: DocInput;
  resolve: (r: Result) => void;
}

export function createWorkerPool(size: number, pipeline: PipelineOptions = {}): AnalyzerPool {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`pool size must be a positive integer, got ${size}`);
  // Analyzer specs are code, not data: workers use the built-in registry.
  const { analyzers: _code, ...serializable } = pipeline;
  // Bad names fail here, once, rather than in every worker as it is replaced.
  selectAnalyzers(serializable);
  const url = workerUrl();
  const workers = new Set<Worker>();
  const held = new Map<Worker, Job>();
  const idle: Worker[] = [];
  const queue: Job[] = [];
  const waiting: Array<() => void> = [];
  let closed = false;
  // Workers that died since the last result; past a few, the pool is broken (a worker that
  // cannot start, e.g. an analyzer option it rejects) and answers every input with the cause.
  let deaths = 0;
  let broken: Error | null = null;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      held.set(worker, job);
      worker.postMessage(job.input);
    }
    if (idle.length > 0 && queue.length === 0) for (const wake of waiting.splice(0)) wake();
  };
  const free = (worker: Worker) => {
    held.delete(worker);
    idle.push(worker);
    dispatch();
  };
  const spawn = () => {
    const worker = new Worker(url, { workerData: serializable });
    workers.add(worker);
    worker.on("message", (result: Result) => {
      deaths = 0;
      held.get(worker)?.resolve(result);
      free(worker);
    });
    worker.on("error", (error) => {
      workers.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      const job = held.get(worker);
      held.delete(worker);
      job?.resolve(analyzeError(job.input, error));
      if (closed || broken) return;
      if (++deaths <= size + 2) return spawn();
      broken = error;
      for (const queued of queue.splice(0)) queued.resolve(analyzeError(queued.input, error));
      for (const wake of waiting.splice(0)) wake();
    });
    idle.push(worker);
    dispatch();
  };
  for (let i = 0; i < size; i++) spawn();

  return {
    size,
    get failure() {
      return broken;
    },
    analyze(input) {
      if (closed) return Promise.reject(new Error("the analyzer pool is closed"));
      if (broken) return Promise.resolve(analyzeError(input, broken));
      return new Promise<Result>((resolve) => {
        queue.push({ input, resolve });
        dispatch();
      });
    },
    ready() {
      if (broken || (idle.length > 0 && queue.length === 0)) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    async close() {
      closed = true;
      const unfinished = [...held.values(), ...queue.splice(0)];
      held.clear();
      for (const job of unfinished)
        job.resolve(analyzeError(job.input, new Error("the analyzer pool was closed")));
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
