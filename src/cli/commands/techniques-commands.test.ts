import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../../test-support.js";
import type { CommandSpec } from "../command.js";
import { evalTechniquesCommand } from "./eval-techniques.js";
import { labelSpansCommand } from "./label-spans.js";
import { trainTechniquesCommand } from "./train-techniques.js";

const REPO = resolve(new URL("../../../", import.meta.url).pathname);
const DATA = resolve(REPO, "../shared/data/ptc");

async function run(command: CommandSpec, values: Record<string, string | boolean>, cwd = REPO) {
  const io = captureIo(cwd);
  const code = await command.run!({ values, positionals: [], io });
  return { code, out: io.out(), err: io.err() };
}

/** A corpus in PTC layout, written by hand: article text plus code-point label lines. */
function tinyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "ptc-cmd-"));
  mkdirSync(join(dir, "articles"));
  mkdirSync(join(dir, "labels"));
  const text = "Shameful Betrayal 😡\n\nThe corrupt regime lied again.\nVote on Tuesday.\n";
  writeFileSync(join(dir, "articles", "article5.txt"), text);
  // the emoji is two UTF-16 units but one code point, so the label offsets are code points
  const cp = [...text].indexOf("c");
  writeFileSync(join(dir, "labels", "article5.task2-TC.labels"), `5\tLoaded_Language\t${cp}\t${cp + 7}\n`);
  return dir;
}

describe("unspun label-spans", () => {
  it("fills in the technique column, keeping ids and code-point offsets", async () => {
    const dir = tinyCorpus();
    const template = join(dir, "template.txt");
    const line = readFileSync(join(dir, "labels", "article5.task2-TC.labels"), "utf8").replace(
      "Loaded_Language",
      "?",
    );
    writeFileSync(template, line + line); // the same span twice: two different techniques
    const { code, out } = await run(labelSpansCommand, { spans: template, articles: join(dir, "articles") });
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(2);
    const [id, , start, end] = line.trim().split("\t");
    for (const l of lines) {
      const cols = l.split("\t");
      expect([cols[0], cols[2], cols[3]]).toEqual([id, start, end]);
      expect(cols[1]).not.toBe("?");
    }
    expect(lines[0].split("\t")[1]).not.toBe(lines[1].split("\t")[1]);
  });

  it("reports a usage error and a parse error with the offending line", async () => {
    await expect(run(labelSpansCommand, { spans: "x" })).rejects.toThrow(
      /needs --spans TEMPLATE and --articles DIR/,
    );
    const dir = tinyCorpus();
    writeFileSync(join(dir, "bad.txt"), "5\t?\tone\t2\n");
    await expect(
      run(labelSpansCommand, { spans: join(dir, "bad.txt"), articles: join(dir, "articles") }),
    ).rejects.toMatchObject({ code: "E_PARSE" });
  });
});

describe("unspun eval techniques", () => {
  it("prints SI and TC scores with per-technique rows and a confusion table", async () => {
    const dir = tinyCorpus();
    const { code, out } = await run(evalTechniquesCommand, {
      gold: join(dir, "labels"),
      articles: join(dir, "articles"),
    });
    expect(code).toBe(0);
    expect(out).toMatch(
      /^split: all\narticles: 1\nSI {2}precision \d\.\d{4} {2}recall \d\.\d{4} {2}F1 \d\.\d{4}/,
    );
    expect(out).toMatch(/TC {2}micro-F1 (0|1)\.\d{4} {2}\([01]\/1\)/);
    expect(out).toContain("Loaded_Language");
    expect(out).toContain("confusion");
  });

  it("reports missing gold labels as E_NOT_FOUND", async () => {
    const dir = tinyCorpus();
    await expect(
      run(evalTechniquesCommand, { gold: join(dir, "missing"), articles: join(dir, "articles") }),
    ).rejects.toMatchObject({ code: "E_NOT_FOUND" });
  });

  it("train techniques checks its corpus folders and its seed before reading anything", async () => {
    const dir = tinyCorpus();
    await expect(
      run(trainTechniquesCommand, { data: join(dir, "missing"), out: join(dir, "m") }),
    ).rejects.toMatchObject({
      code: "E_NOT_FOUND",
      message: expect.stringMatching(/articles\/ and labels\//),
    });
    await expect(
      run(trainTechniquesCommand, { data: dir, out: join(dir, "m"), seed: "x" }),
    ).rejects.toMatchObject({ code: "E_USAGE", message: expect.stringMatching(/--seed .*'x'/) });
  });

  it("rejects an unknown split", async () => {
    const dir = tinyCorpus();
    await expect(
      run(evalTechniquesCommand, {
        gold: join(dir, "labels"),
        articles: join(dir, "articles"),
        split: "nope",
      }),
    ).rejects.toThrow(/unknown split 'nope'/);
  });
});

describe("unspun train techniques", () => {
  it("trains deterministically on a small split and writes the model with its provenance", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ptc-train-"));
    mkdirSync(join(dir, "articles"));
    mkdirSync(join(dir, "labels"));
    const split = JSON.parse(readFileSync(join(REPO, "models/techniques/split.json"), "utf8"));
    const train = split.train.slice(0, 4);
    const dev = split.dev.slice(0, 2);
    for (const id of [...train, ...dev]) {
      copyFileSync(join(DATA, "articles", `article${id}.txt`), join(dir, "articles", `article${id}.txt`));
      copyFileSync(
        join(DATA, "labels", `article${id}.task2-TC.labels`),
        join(dir, "labels", `article${id}.task2-TC.labels`),
      );
    }
    // Silver tags in the PolNeAR CoreNLP layout: "corrupt" 3 times (J), "regime" twice (too rare).
    const tsv = join(dir, "polnear", "train", "corenlp-tsv");
    mkdirSync(tsv, { recursive: true });
    const line = (w: string, tag: string) => `0\t1\t${w}\t${w}\t${tag}\tO`;
    writeFileSync(
      join(tsv, "a.tsv"),
      [
        line("corrupt", "JJ"),
        line("Corrupt", "JJ"),
        line("corrupt", "NN"),
        line("regime", "NN"),
        line("regime", "NN"),
      ].join("\n"),
    );
    await expect(
      run(trainTechniquesCommand, { data: dir, polnear: join(dir, "none"), out: join(dir, "m0") }, dir),
    ).rejects.toThrow(/corenlp-tsv/);
    const models = [];
    for (const out of ["m1", "m2"]) {
      mkdirSync(join(dir, out));
      writeFileSync(join(dir, out, "split.json"), JSON.stringify({ seed: 0, train, dev, test: [] }));
      const r = await run(
        trainTechniquesCommand,
        { data: dir, polnear: join(dir, "polnear"), out: join(dir, out), seed: "3" },
        dir,
      );
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/wrote .*model\.json .* dev SI F1 \d\.\d{4}, dev TC micro-F1 \d\.\d{4}/);
      models.push(readFileSync(join(dir, out, "model.json"), "utf8"));
      const provenance = JSON.parse(readFileSync(join(dir, out, "provenance.json"), "utf8"));
      expect(provenance.seed).toBe(3);
      expect(provenance.command).toContain("unspun train techniques");
      expect(provenance.partOfSpeech.words).toBe(1);
    }
    expect(models[0]).toBe(models[1]);
    expect(JSON.parse(models[0]).kind).toBe("unspun-techniques");
    expect(JSON.parse(models[0]).pos).toEqual({ J: "corrupt" });
  }, 60_000);
});
