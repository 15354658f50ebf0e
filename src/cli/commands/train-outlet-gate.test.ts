import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outletGateFromJSON } from "../../analyzers/citations/outlet-gate.js";
import { captureIo } from "../../test-support.js";
import { trainOutletGateCommand } from "./train-outlet-gate.js";

/** A set of own texts in three parts (and one part to leave out), with an empty shared-data layout. */
function tinySet(): { data: string; set: string } {
  const data = mkdtempSync(join(tmpdir(), "gate-data-"));
  mkdirSync(join(data, "polnear"));
  mkdirSync(join(data, "ptc"));
  const set = mkdtempSync(join(tmpdir(), "gate-set-"));
  mkdirSync(join(set, "texts"));
  const lines = Array.from({ length: 8 }, (_, k) => {
    const text = `She leads by ${k + 2} points, according to a count by CNN. Trump attacked CNN again.`;
    writeFileSync(join(set, "texts", `t${k}.txt`), text);
    const start = text.indexOf("CNN");
    return JSON.stringify({
      id: `t${k}`,
      split: "heldout",
      part: k === 7 ? "blind" : `part-${k % 3}`,
      source: `texts/t${k}.txt`,
      calls: [],
      citations: [{ start, end: start + 3, label: "agency", ref: "CNN" }],
    });
  });
  writeFileSync(join(set, "gold.jsonl"), `${lines.join("\n")}\n`);
  return { data, set };
}

describe("unspun train outlet-gate", () => {
  it("trains on the set without the excluded parts, prints the held-out estimate and writes the gate with its provenance", async () => {
    const { data, set } = tinySet();
    const out = mkdtempSync(join(tmpdir(), "gate-out-"));
    const io = captureIo(set);
    const code = await trainOutletGateCommand.run!({
      values: { data, set, out, exclude: "blind" },
      positionals: [],
      io,
    });
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^part\s+documents\s+rules P \/ R\s+gate P \/ R\npart-0\s+3\s/);
    expect(io.out()).toMatch(/\nall\s+7\s+1\.000 \/ 0\.000\s+1\.000 \/ 1\.000\n/);
    expect(io.out()).toMatch(/outlet gate from 7 documents \(14 names\)/);
    const gate = outletGateFromJSON(JSON.parse(readFileSync(join(out, "outlet-gate.json"), "utf8")));
    expect(gate.parts).toEqual(["part-0", "part-1", "part-2"]);
    const provenance = JSON.parse(readFileSync(join(out, "outlet-gate.provenance.json"), "utf8"));
    expect(provenance).toMatchObject({ documents: 7, examples: 14, cited: 7, leftOut: ["blind"] });
    expect(provenance.goldSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance.command).toMatch(/^unspun train outlet-gate --data .* --exclude blind --out /);
    expect(provenance.heldOut.all.gate).toMatchObject({ tp: 7, fp: 0, fn: 0 });
  });
});
