/** Worker thread of an AnalyzerPool: builds the pipeline once, then analyses each input posted to it. */
import { parentPort, workerData } from "node:worker_threads";
import { createPipeline, type PipelineOptions } from "../analyzers/pipeline.js";
import type { DocInput } from "../document/document.js";
import { analyzeError } from "./pool.js";

const pipeline = createPipeline(workerData as PipelineOptions);

parentPort?.on("message", (input: DocInput) => {
  let result: unknown;
  try {
    result = pipeline(input);
  } catch (e) {
    result = analyzeError(input, e);
  }
  parentPort?.postMessage(result);
});
