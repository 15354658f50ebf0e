/** The real CLI as a child process (built to dist/ by `npm test` before vitest runs). */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { checkSpans } from "../document/invariant.js";
import type { AnalysisResult, ErrorResult, Result } from "../document/types.js";
import { repoRoot, schemaErrors } from "../test-support.js";
import { main } from "./main.js";

const bin = join(repoRoot, "bin/unspun.js");
const run = async (args: string[], input?: string, cwd = repoRoot) => {
  const child = promisify(execFile)(process.execPath, [bin, ...args], {
    cwd,
    maxBuffer: 1 << 26,
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
};
const lines = (s: string): Result[] =>
  s
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

function mixedDir(): string {
  const d = mkdtempSync(join(tmpdir(), "unspun-cli-"));
  writeFileSync(join(d, "a-good.txt"), "The minister said the talks would go on.\n");
  writeFileSync(join(d, "b-empty.txt"), "");
  writeFileSync(
    join(d, "c-binary.png"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  writeFileSync(join(d, "d-latin1.txt"), Buffer.from("caf\xe9 au lait", "latin1"));
  mkdirSync(join(d, "e-sub"));
  writeFileSync(
    join(d, "e-sub/f-page.html"),
    "<html><head><title>Nested page</title></head><body><p>A nested page.</p></body></html>",
  );
  writeFileSync(
    join(d, "g-batch.jsonl"),
    '{"id":"j1","text":"Line one."}\n{broken\n{"id":"j3","html":"<p>Line three.</p>"}\n',
  );
  return d;
}

beforeAll(() => {
  if (!existsSync(join(repoRoot, "dist/cli/main.js")))
    throw new Error("run `npm run build` first (npm test does)");
});

describe("unspun analyze (child process)", () => {
  it("prints one schema-valid JSON result with exact spans for the bundled example", async () => {
    const { code, stdout } = await run(["analyze", "--format", "json", "examples/commentary.txt"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(schemaErrors(result)).toEqual([]);
    expect(checkSpans(result)).toEqual([]);
    expect(result).toMatchObject({ id: "commentary", source: "examples/commentary.txt", language: "en" });
    expect(result.text).toBe(readFileSync(join(repoRoot, "examples/commentary.txt"), "utf8"));
  });

  it("gives one result per input in a mixed directory, the right codes, and a non-zero exit", async () => {
    const d = mixedDir();
    const { code, stdout, stderr } = await run(["analyze", "--format", "jsonl", d]);
    expect(code).toBe(1);
    const results = lines(stdout);
    const summary = results.map((r) => [r.id, "error" in r ? r.error.code : "ok"]);
    expect(summary).toEqual([
      ["a-good", "ok"],
      ["b-empty", "E_EMPTY"],
      ["c-binary", "E_NOT_TEXT"],
      ["d-latin1", "E_ENCODING"],
      ["f-page", "ok"],
      ["j1", "ok"],
      ["g-batch:2", "E_PARSE"],
      ["j3", "ok"],
    ]);
    for (const r of results) expect(schemaErrors(r)).toEqual([]);
    expect((results[6] as ErrorResult).error.message).toContain("line 2");
    expect(stderr).toContain("4 inputs failed");
    expect(stderr).not.toContain("\r"); // no progress bar when stderr is not a terminal
  });

  it("reports E_TOO_LARGE over --max-bytes and E_NOT_FOUND for missing paths", async () => {
    const { code, stdout } = await run([
      "analyze",
      "--format",
      "jsonl",
      "--max-bytes",
      "100",
      "examples/commentary.txt",
      "missing.txt",
    ]);
    expect(code).toBe(1);
    expect(lines(stdout).map((r) => ("error" in r ? r.error.code : "ok"))).toEqual([
      "E_TOO_LARGE",
      "E_NOT_FOUND",
    ]);
  });

  it("keeps input order with worker threads and gives the same results as one thread", async () => {
    const d = mkdtempSync(join(tmpdir(), "unspun-jobs-"));
    for (let i = 0; i < 9; i++) {
      writeFileSync(
        join(d, `doc${i}.txt`),
        `Document number ${i}. ${"Some words to analyse here. ".repeat(i * 40)}`,
      );
    }
    writeFileSync(join(d, "doc5.txt"), "");
    const one = await run(["analyze", "--format", "jsonl", d]);
    const two = await run(["analyze", "--format", "jsonl", "--jobs", "2", d]);
    expect(two.code).toBe(1);
    expect(lines(two.stdout).map((r) => r.id)).toEqual(Array.from({ length: 9 }, (_, i) => `doc${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  it("reads stdin, as a document or as JSON Lines", async () => {
    const single = await run(["analyze", "-"], "Text from a pipe.");
    expect(JSON.parse(single.stdout)).toMatchObject({ source: "-", text: "Text from a pipe." });
    const batch = await run(
      ["analyze", "--format", "jsonl"],
      '{"id":"x","text":"One."}\n{"id":"y","text":"Two."}\n',
    );
    expect(lines(batch.stdout).map((r) => r.id)).toEqual(["x", "y"]);
  });

  it("writes --out FILE and prints an array of results for several inputs", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "unspun-out-")), "out.json");
    const { code, stdout } = await run([
      "analyze",
      "--out",
      out,
      "examples/commentary.txt",
      "examples/news-report.txt",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const results = JSON.parse(readFileSync(out, "utf8"));
    expect(results.map((r: Result) => r.id)).toEqual(["commentary", "news-report"]);
    expect(schemaErrors(results)).toEqual([]);
  });

  it("pretty prints a report with the header and the text", async () => {
    const { code, stdout } = await run(["analyze", "--format", "pretty", "examples/news-report.txt"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^━━ news-report · examples\/news-report.txt · en · \d+ tokens/);
    expect(stdout).toContain("Ceasefire talks resume in Geneva");
    expect(stdout).not.toContain("\x1b["); // no colour when piped
  });

  it("explains usage errors with exit code 2", async () => {
    const bogus = await run(["analyze", "--bogus"]);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain("E_USAGE");
    expect(bogus.stderr).toContain("Usage: unspun analyze");
    const only = await run(["analyze", "--only", "nope", "examples/news-report.txt"]);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain("unknown analyzer 'nope'");
    const format = await run(["analyze", "--format", "xml", "examples/news-report.txt"]);
    expect(format.stderr).toContain("unknown format 'xml'");
    const command = await run(["frobnicate"]);
    expect(command.code).toBe(2);
    const help = await run(["analyze", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--jobs N");
  });

  it("shows a progress bar on a real terminal (script gives the CLI a pty)", () => {
    const d = mixedDir();
    rmSync(join(d, "g-batch.jsonl")); // a batch file makes the total unknown
    const r = spawnSync(
      "script",
      ["-qec", `${process.execPath} ${bin} analyze --format jsonl --out /dev/null ${d}`, "/dev/null"],
      {
        encoding: "utf8",
      },
    );
    expect(r.stdout).toMatch(/\[#+-*\] \d+\/5 /);
  });
});

describe("main (in process)", () => {
  it("draws progress only on a TTY stderr and only for more than one input", async () => {
    const io = (tty: boolean) => {
      const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 80 });
      const stdout = new PassThrough();
      let err = "";
      stderr.on("data", (c) => {
        err += c;
      });
      stdout.resume();
      return { io: { stdin: new PassThrough(), stdout, stderr, cwd: repoRoot, env: {} }, err: () => err };
    };
    const tty = io(true);
    expect(await main(["analyze", "examples/commentary.txt", "examples/news-report.txt"], tty.io)).toBe(0);
    expect(tty.err()).toContain("2/2");
    const single = io(true);
    await main(["analyze", "examples/news-report.txt"], single.io);
    expect(single.err()).toBe("");
  });
});
