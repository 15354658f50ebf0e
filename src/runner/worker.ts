/** Worker thread: builds the pipeline once, then analyses inputs posted by analyzeItems. */
import { parentPort, workerData } from "node:worker_threads";
import { createPipeline, type PipelineOptions } from "../analyzers/pipeline.js";
import type { InputDoc } from "../ingest/read.js";
import { analyzeError } from "./analyze.js";

const pipeline = createPipeline(workerData as PipelineOptions);

parentPort?.on("message", ({ seq, input }: { seq: number; input: InputDoc }) => {
  let result: unknown;
  try {
    result = pipeline(input);
  } catch (e) {
    result = analyzeError(input, e);
  }
  parentPort?.postMessage({ seq, result });
});
