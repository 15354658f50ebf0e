/**
 * Runs the pipeline over a stream of items, in this thread or on worker threads,
 * yielding one result per item in input order. A failure inside an analyzer becomes an
 * E_ANALYZE error record for that input; the batch goes on.
 */
import { createPipeline, type PipelineOptions } from "../analyzers/pipeline.js";
import type { Result } from "../document/types.js";
import type { Item } from "../ingest/read.js";
import { analyzeError, createWorkerPool } from "./pool.js";

export { analyzeError };

export interface RunOptions {
  /** Worker threads; 1 (default) analyses in this thread. */
  jobs?: number;
  pipeline?: PipelineOptions;
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

async function* analyzeOnWorkers(items: AsyncIterable<Item>, jobs: number, pipeline: PipelineOptions) {
  const pool = createWorkerPool(jobs, pipeline);
  const order: Promise<Result>[] = [];
  let next = 0;
  try {
    for await (const item of items) {
      if (item.ok) {
        // Read the next input only when a worker can take it: memory stays bounded.
        await pool.ready();
        order.push(pool.analyze(item.input));
      } else {
        order.push(Promise.resolve(item.error));
      }
      // Yield finished results from the front, keeping input order.
      while (next < order.length && (await isSettled(order[next]))) yield await order[next++];
    }
    while (next < order.length) yield await order[next++];
  } finally {
    await pool.close();
  }
}

async function isSettled(p: Promise<unknown>): Promise<boolean> {
  const marker = Symbol();
  return (await Promise.race([p, Promise.resolve(marker)])) !== marker;
}
