/**
 * A Store whose database work runs on a worker thread: the caller's thread only posts the
 * analysis results. Used by `unspun ingest` so storing overlaps analysing. Falls back to an
 * in-thread store when the compiled worker is not available (running from sources).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { openStore } from "./open.js";
import type { Store } from "./types.js";

/** The compiled worker; from TypeScript sources, the built copy in dist/ if there is one. */
function workerUrl(): URL | null {
  const here = new URL("./store-worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".ts")) return here;
  const built = new URL("../../dist/store/store-worker.js", import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : null;
}

function revive(error: { name: string; message: string }): Error {
  // RangeError marks a bad argument (a 400 in the API); keep the distinction across the thread.
  return error.name === "RangeError" ? new RangeError(error.message) : new Error(error.message);
}

export async function openThreadedStore(
  dbArg: string | undefined,
  options: { cwd?: string } = {},
): Promise<Store> {
  const url = workerUrl();
  if (!url) return openStore(dbArg, options);
  const worker = new Worker(url, { workerData: { db: dbArg, cwd: options.cwd } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const kind = await new Promise<Store["kind"]>((resolve, reject) => {
    worker.once(
      "message",
      (msg: { ready: boolean; kind?: Store["kind"]; error?: { name: string; message: string } }) => {
        if (msg.ready) resolve(msg.kind!);
        else reject(revive(msg.error!));
      },
    );
    worker.once("error", reject);
  }).catch(async (error) => {
    await worker.terminate();
    throw error;
  });
  worker.on("message", (msg: { id?: number; value?: unknown; error?: { name: string; message: string } }) => {
    if (msg.id === undefined) return;
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error) p?.reject(revive(msg.error));
    else p?.resolve(msg.value);
  });
  worker.on("error", (error) => failAll(new Error(`store thread failed: ${error.message}`)));
  worker.on("exit", (code) => failAll(new Error(`store thread exited (code ${code})`)));
  let next = 0;
  const call = <T>(method: Exclude<keyof Store, "kind">, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    });
  return {
    kind,
    upsert: (results) => call("upsert", results),
    recordErrors: (errors) => call("recordErrors", errors),
    get: (id) => call("get", id),
    search: (query) => call("search", query),
    clusters: (opts) => call("clusters", opts),
    stats: (opts) => call("stats", opts),
    errors: (opts) => call("errors", opts),
    async close() {
      try {
        await call("close");
      } finally {
        await worker.terminate();
      }
    },
  };
}
