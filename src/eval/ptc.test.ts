import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleId, formatSpanLine, parseSpanLines, readArticles, readLabels } from "./ptc.js";

describe("PTC files", () => {
  const dir = mkdtempSync(join(tmpdir(), "ptc-"));
  // An astral character (2 UTF-16 units, 1 code point) before the span shifts offsets.
  const text = "Title 😀\n\nThey are evil, truly evil.\n";
  writeFileSync(join(dir, "article123.txt"), text);
  writeFileSync(join(dir, "notes.txt"), "ignored");
  // code points: "Title 😀\n\n" is 9 code points; "evil" starts at 9 + 9 = 18
  writeFileSync(join(dir, "article123.task2-TC.labels"), "123\tLoaded_Language\t18\t22\n");

  it("reads articleID.txt files only, exactly as stored", () => {
    const articles = readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["123"]);
    expect(articles[0].text).toBe(text);
    expect(articleId("/x/article42.txt")).toBe("42");
    expect(articleId("/x/other.txt")).toBeNull();
  });

  it("converts code-point offsets to UTF-16 and back", () => {
    const texts = new Map([["123", text]]);
    const labels = readLabels(dir, texts).get("123")!;
    expect(labels).toHaveLength(1);
    expect(text.slice(labels[0].start, labels[0].end)).toBe("evil");
    expect(labels[0].start).toBe(19);
    expect(formatSpanLine(text, labels[0])).toBe("123\tLoaded_Language\t18\t22");
  });

  it("rejects malformed lines and unknown articles, naming the line", () => {
    const texts = new Map([["123", text]]);
    expect(() => parseSpanLines("123\t?\tx\t4\n", texts, "t.txt")).toThrow(/t.txt:1: expected/);
    expect(() => parseSpanLines("\n999\t?\t1\t4\n", texts, "t.txt")).toThrow(/t.txt:2: no article999.txt/);
  });

  it("rejects a missing directory", () => {
    expect(() => readArticles(join(dir, "nope"))).toThrow(/not a directory/);
  });
});
