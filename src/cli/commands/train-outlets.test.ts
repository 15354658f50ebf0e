import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../../test-support.js";
import { trainOutletsCommand } from "./train-outlets.js";

/** Shared data in PolNeAR/PTC layout, written by hand, and a set that holds one of its files. */
function tinyData(): { data: string; set: string } {
  const data = mkdtempSync(join(tmpdir(), "outlets-cmd-"));
  const write = (path: string, text: string) => {
    mkdirSync(join(data, path, ".."), { recursive: true });
    writeFileSync(join(data, path), text);
  };
  const told = "Sources told Zeitgeist Wire on Monday. A source told Zeitgeist Wire it was so.\n";
  write("polnear/train/text/a.txt", `${told}Zeitgeist Wire reported in May that it grew.\n`);
  // In the set: its evidence must not count.
  write(
    "polnear/train/text/b.txt",
    "Sources told Quorum Daily on Monday. Quorum Daily reported it. Quorum Daily editor Ann Roe agreed.\n",
  );
  write("ptc/articles/a1.txt", "He told Smith. Smith went home.\n");
  // Odd position: reserved for blind tests, never read.
  write(
    "ptc/articles/a2.txt",
    "Sources told Blind Courier on Monday. Blind Courier reported it. Blind Courier editor Ann Roe agreed.\n",
  );
  write("ptc/unlabeled/u1.txt", "Nothing here.\n");
  write(
    "polnear/metadata.tsv",
    "compartment\tfilename\tcredit\twire\ntrain\ta\th/t: The BizPac Review\tNA\ntrain\tb\th/t: Quorum Daily\tNone\n",
  );
  const set = mkdtempSync(join(tmpdir(), "outlets-set-"));
  mkdirSync(join(set, "texts"));
  writeFileSync(join(set, "texts", "own.txt"), "It was, Zeitgeist Wire reported.");
  const own = { start: 8, end: 22, label: "agency", ref: "Zeitgeist Wire" };
  writeFileSync(
    join(set, "gold.jsonl"),
    [
      { id: "x1", split: "heldout", source: "polnear:train/text/b.txt", calls: [], citations: [] },
      { id: "x2", split: "heldout", source: "texts/own.txt", calls: [], citations: [own] },
    ]
      .map((g) => `${JSON.stringify(g)}\n`)
      .join(""),
  );
  return { data, set };
}

describe("unspun train outlets", () => {
  it("learns from the allowed files and metadata only and writes the table with its provenance", async () => {
    const { data, set } = tinyData();
    const out = mkdtempSync(join(tmpdir(), "outlets-out-"));
    const io = captureIo(data);
    const code = await trainOutletsCommand.run!({ values: { data, set, out }, positionals: [], io });
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^2 outlet names from 3 documents/);
    const table = JSON.parse(readFileSync(join(out, "outlets.json"), "utf8"));
    expect(table).toEqual({ kind: "outlet-names", version: 1, outlets: ["BizPac Review", "Zeitgeist Wire"] });
    const provenance = JSON.parse(readFileSync(join(out, "outlets.provenance.json"), "utf8"));
    expect(provenance.documents).toBe(3);
    expect(provenance.metadataCredits).toBe(1);
    expect(provenance.heldOutCoverage).toMatchObject({ agencyCitations: 1, named: 1 });
    expect(provenance.textsSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance.command).toMatch(/^unspun train outlets --data /);
  });
});
