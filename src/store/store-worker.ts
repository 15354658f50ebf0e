/**
 * Runs a store on its own thread (see threaded.ts): hashing, serialising and writing a
 * batch then overlap the analysis of the next one instead of following it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "./open.js";
import type { Store } from "./types.js";

interface Call {
  id: number;
  method: Exclude<keyof Store, "kind">;
  args: unknown[];
}

const port = parentPort;
if (!port) throw new Error("store-worker.js runs as a worker thread only");
const { db, cwd } = workerData as { db: string | undefined; cwd?: string };

try {
  const store = await openStore(db, { cwd });
  port.postMessage({ ready: true, kind: store.kind });
  port.on("message", async ({ id, method, args }: Call) => {
    try {
      const value = await (store[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      port.postMessage({ id, value });
    } catch (error) {
      const e = error as Error;
      port.postMessage({ id, error: { name: e.name, message: e.message } });
    }
  });
} catch (error) {
  port.postMessage({ ready: false, error: { name: "Error", message: (error as Error).message } });
}
