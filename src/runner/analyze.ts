/**
 * Runs the pipeline over a stream of items, in this thread or on worker threads,
 * yielding one result per item in input order. A failure inside an analyzer becomes an
 * E_ANALYZE error record for that input; the batch goes on.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { createPipeline, type PipelineOptions } from "../analyzers/pipeline.js";
import { type ErrorResult, RESULT_VERSION, type Result } from "../document/types.js";
import type { InputDoc, Item } from "../ingest/read.js";

export interface RunOptions {
  /** Worker threads; 1 (default) analyses in this thread. */
  jobs?: number;
  pipeline?: PipelineOptions;
}

export function analyzeError(input: Pick<InputDoc, "id" | "source">, error: unknown): ErrorResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    version: RESULT_VERSION,
    id: input.id,
    source: input.source,
    error: { code: "E_ANALYZE", message: `analysis failed: ${message}` },
  };
}

export async function* analyzeItems(
  items: AsyncIterable<Item>,
  options: RunOptions = {},
): AsyncIterable<Result> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  if (jobs === 1) {
    const pipeline = createPipeline(options.pipeline);
    for await (const item of items) {
      if (!item.ok) {
        yield item.error;
        continue;
      }
      try {
        yield pipeline(item.input);
      } catch (e) {
        yield analyzeError(item.input, e);
      }
    }
    return;
  }
  yield* analyzeOnWorkers(items, jobs, options.pipeline ?? {});
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

interface Pending {
  resolve: (r: Result) => void;
  promise: Promise<Result>;
}

async function* analyzeOnWorkers(items: AsyncIterable<Item>, jobs: number, pipeline: PipelineOptions) {
  const { analyzers: _ignored, ...serializable } = pipeline;
  const workers = new Set<Worker>();
  const pending = new Map<number, Pending & { input: InputDoc }>();
  const busy = new Map<Worker, number>();
  const idle: Worker[] = [];
  const waiting: Array<() => void> = [];
  const release = (w: Worker) => {
    idle.push(w);
    waiting.shift()?.();
  };
  // A worker that dies fails only the input it held, and is replaced.
  const spawn = () => {
    const w = new Worker(workerUrl(), { workerData: serializable });
    workers.add(w);
    w.on("message", (msg: { seq: number; result: Result }) => {
      busy.delete(w);
      pending.get(msg.seq)?.resolve(msg.result);
      release(w);
    });
    w.on("error", (err) => {
      workers.delete(w);
      const seq = busy.get(w);
      busy.delete(w);
      const job = seq === undefined ? undefined : pending.get(seq);
      job?.resolve(analyzeError(job.input, err));
      spawn();
    });
    release(w);
  };
  for (let i = 0; i < jobs; i++) spawn();
  const order: Promise<Result>[] = [];
  let seq = 0;
  let next = 0;
  try {
    for await (const item of items) {
      if (!item.ok) {
        order.push(Promise.resolve(item.error));
      } else {
        while (idle.length === 0) await new Promise<void>((r) => waiting.push(r));
        const worker = idle.pop()!;
        const id = seq++;
        let resolve!: (r: Result) => void;
        const promise = new Promise<Result>((r) => {
          resolve = r;
        });
        pending.set(id, { resolve, promise, input: item.input });
        busy.set(worker, id);
        worker.postMessage({ seq: id, input: item.input });
        order.push(promise.finally(() => pending.delete(id)));
      }
      // Yield finished results from the front, keeping input order.
      while (next < order.length && (await isSettled(order[next]))) yield await order[next++];
    }
    while (next < order.length) yield await order[next++];
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}

async function isSettled(p: Promise<unknown>): Promise<boolean> {
  const marker = Symbol();
  return (await Promise.race([p, Promise.resolve(marker)])) !== marker;
}
