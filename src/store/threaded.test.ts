import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { analysed, fixture } from "./store.suite.js";
import { openThreadedStore } from "./threaded.js";

// The worker thread runs compiled code: these tests need `npm run build` (npm test builds first).
const built = existsSync(fileURLToPath(new URL("../../dist/store/store-worker.js", import.meta.url)));

describe.runIf(built)("store on a worker thread", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "unspun-threaded-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stores, searches and reads back through the thread, keeping bad-argument errors as RangeError", async () => {
    const store = await openThreadedStore("t.db", { cwd: dir });
    expect(store.kind).toBe("sqlite");
    const [outcome] = await store.upsert([analysed(fixture("bridge.txt"), { id: "bridge" })]);
    expect(outcome).toMatchObject({ ok: true, created: true });
    const page = await store.search({ q: "cracks" });
    expect(page.hits.map((h) => h.source)).toEqual(["bridge"]);
    expect((await store.get(page.hits[0].id))?.text).toBe(fixture("bridge.txt"));
    await expect(store.search({ limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await store.close();
    await expect(store.stats()).rejects.toThrow(/store thread exited/);
  });

  it("reports a database it cannot open", async () => {
    await expect(openThreadedStore(path.join(dir, "missing", "x.db"))).rejects.toThrow(/missing\/x\.db/);
  });
});
