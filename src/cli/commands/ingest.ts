import {
  type AnalysisResult,
  type ErrorResult,
  isError,
  RESULT_VERSION,
  type Result,
} from "../../document/types.js";
import { expandArgs, readPaths } from "../../ingest/read.js";
import { analyzeItems } from "../../runner/analyze.js";
import { DEFAULT_DB, openStore } from "../../store/open.js";
import { openThreadedStore } from "../../store/threaded.js";
import type { Store } from "../../store/types.js";
import { CliError, type CommandContext, type CommandSpec, type OptionSpec } from "../command.js";
import { analyzerOptions, analyzerSelection, inputOptions, intOption, maxBytesOption } from "../options.js";
import { createProgress } from "../progress.js";

export const DEFAULT_BATCH = 64;

/** --db for every corpus command: a SQLite file (default ./unspun.db, or $UNSPUN_DB) or a postgres:// URL. */
export const dbOption: OptionSpec = {
  type: "string",
  hint: "PATH|URL",
  description: `SQLite file or postgres://... URL (default $UNSPUN_DB or ./${DEFAULT_DB})`,
};

/** `thread`: run the store on a worker thread so writing overlaps analysing (ingest). */
export async function openDb(ctx: CommandContext, options: { thread?: boolean } = {}): Promise<Store> {
  const arg = typeof ctx.values.db === "string" ? ctx.values.db : ctx.io.env.UNSPUN_DB;
  try {
    const open = options.thread ? openThreadedStore : openStore;
    return await open(arg, { cwd: ctx.io.cwd });
  } catch (error) {
    throw new CliError("E_DB", (error as Error).message);
  }
}

export interface IngestSummary {
  created: number;
  updated: number;
  /** Documents in a syndication cluster when their batch committed (a copy arriving later is counted then). */
  clustered: number;
  failed: number;
}

/** Stores analysis results in transactions of `batch`; every failure is recorded, none is skipped silently. */
export async function ingestResults(
  store: Store,
  results: AsyncIterable<Result>,
  options: { batch?: number; onResult?: (failed: boolean) => void; onError?: (e: ErrorResult) => void } = {},
): Promise<IngestSummary> {
  const size = options.batch ?? DEFAULT_BATCH;
  const summary: IngestSummary = { created: 0, updated: 0, clustered: 0, failed: 0 };
  let docs: AnalysisResult[] = [];
  let errors: ErrorResult[] = [];
  const store1 = async (batchDocs: AnalysisResult[], batchErrors: ErrorResult[]) => {
    const outcomes = batchDocs.length ? await store.upsert(batchDocs) : [];
    for (const o of outcomes) {
      if (o.ok) {
        summary[o.created ? "created" : "updated"]++;
        if (o.cluster) summary.clustered++;
        options.onResult?.(false);
      } else {
        batchErrors.push({
          version: RESULT_VERSION,
          id: o.inputId,
          source: o.source,
          error: { code: "E_ANALYZE", message: `${o.error.code}: ${o.error.message}` },
        });
        options.onResult?.(true);
      }
    }
    if (batchErrors.length) {
      await store.recordErrors(batchErrors);
      for (const e of batchErrors) options.onError?.(e);
      summary.failed += batchErrors.length;
    }
  };
  // One batch is written while the next is analysed: with PostgreSQL the server indexes in
  // parallel; a failed write still stops the ingest at the next batch boundary.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    writing = store1(docs, errors);
    // Marks the rejection handled until the next await surfaces it (no unhandled-rejection crash).
    writing.catch(() => undefined);
    docs = [];
    errors = [];
  };
  for await (const result of results) {
    if (isError(result)) {
      errors.push(result);
      options.onResult?.(true);
    } else docs.push(result);
    if (docs.length + errors.length >= size) await flush();
  }
  await flush();
  await writing;
  return summary;
}

export const ingestCommand: CommandSpec = {
  name: "ingest",
  description:
    "Analyse articles and store them with their findings in a corpus database (same text again updates).",
  usage: "[FILES|DIRS|-]",
  options: {
    db: dbOption,
    jobs: { type: "string", short: "j", hint: "N", default: "1", description: "Worker threads for analysis" },
    batch: {
      type: "string",
      hint: "N",
      default: String(DEFAULT_BATCH),
      description: "Documents per transaction; a killed ingest keeps every committed batch",
    },
    ...analyzerOptions,
    "max-bytes": maxBytesOption,
    quiet: { type: "boolean", short: "q", description: "Print no summary" },
  },
  async run(ctx) {
    const { values, io } = ctx;
    const pipeline = analyzerSelection(values);
    const batch = intOption(values.batch, "batch", 1) ?? DEFAULT_BATCH;
    const { jobs, maxBytes, args } = inputOptions(ctx);
    const store = await openDb(ctx, { thread: true });
    try {
      const paths = await expandArgs(args, io.cwd);
      const jsonl = paths.some((p) => /\.(jsonl|ndjson)$/i.test(p));
      const progress = io.stderr.isTTY ? createProgress(io.stderr, jsonl ? null : paths.length) : null;
      const started = Date.now();
      const failures: ErrorResult[] = [];
      const summary = await ingestResults(
        store,
        analyzeItems(readPaths(paths, { maxBytes, io }), { jobs, pipeline }),
        {
          batch,
          onResult: (failed) => progress?.tick(failed),
          onError: (e) => failures.push(e),
        },
      );
      progress?.done();
      for (const e of failures)
        io.stderr.write(`unspun: ${e.error.code}: ${e.source || e.id}: ${e.error.message}\n`);
      if (!values.quiet) {
        const stored = summary.created + summary.updated;
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        io.stdout.write(
          `stored ${stored} document${stored === 1 ? "" : "s"} (${summary.created} new, ${summary.updated} updated, ` +
            `${summary.clustered} in syndication clusters), ${summary.failed} failed, in ${secs}s\n`,
        );
      }
      if (summary.failed) {
        io.stderr.write(
          `unspun: ${summary.failed} input${summary.failed === 1 ? "" : "s"} failed; recorded in the store's errors table, a re-run retries them\n`,
        );
      }
      return summary.failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
