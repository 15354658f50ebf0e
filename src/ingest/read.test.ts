import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";
import { type Item, readInputs } from "./read.js";

async function collect(args: string[], cwd: string, stdin = "", maxBytes?: number): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of readInputs(args, {
    maxBytes,
    io: { stdin: Readable.from([Buffer.from(stdin)]), cwd },
  })) {
    items.push(item);
  }
  return items;
}

function dir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), "unspun-ingest-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const codes = (items: Item[]) => items.map((i) => (i.ok ? "ok" : i.error.error.code));

describe("readInputs", () => {
  it("gives one item per file, with a stable error code for each bad one", async () => {
    const d = dir({
      "a.txt": "A good article.",
      "b-empty.txt": "",
      "c-binary.bin": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      "d-latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      "e-space.txt": "  \n\t ",
      "f-big.txt": "x".repeat(200),
    });
    const items = await collect(["."], d, "", 100);
    expect(codes(items)).toEqual(["ok", "E_EMPTY", "E_NOT_TEXT", "E_ENCODING", "E_EMPTY", "E_TOO_LARGE"]);
    expect(items.map((i) => (i.ok ? i.input.id : i.error.id))).toEqual([
      "a",
      "b-empty",
      "c-binary",
      "d-latin1",
      "e-space",
      "f-big",
    ]);
    const encoding = items[3];
    expect(!encoding.ok && encoding.error.error.message).toContain("offset 3");
  });

  it("reports missing paths as E_NOT_FOUND and keeps the path as given", async () => {
    const items = await collect(["nope.txt"], dir({}));
    expect(items).toHaveLength(1);
    expect(!items[0].ok && items[0].error).toMatchObject({
      id: "nope",
      source: "nope.txt",
      error: { code: "E_NOT_FOUND" },
    });
  });

  it("keeps CRLF and drops only the BOM", async () => {
    const d = dir({ "crlf.txt": "\uFEFFLine one.\r\nLine two.\r\n" });
    const [item] = await collect(["crlf.txt"], d);
    expect(item.ok && item.input.text).toBe("Line one.\r\nLine two.\r\n");
  });

  it("reads JSON Lines: ids, html records, and E_PARSE with the line number", async () => {
    const d = dir({
      "batch.jsonl": [
        '{"id": "one", "text": "First text.", "title": "T1", "published": "2024-05-01"}',
        "",
        "{not json",
        '{"id": 7, "html": "<html><body><p>Second text in HTML.</p></body></html>", "url": "https://example.org/a"}',
        '{"id": "x"}',
        '{"text": "No id here."}',
        '["array"]',
      ].join("\n"),
    });
    const items = await collect(["batch.jsonl"], d);
    expect(codes(items)).toEqual(["ok", "E_PARSE", "ok", "E_PARSE", "ok", "E_PARSE"]);
    expect(items[0].ok && items[0].input).toMatchObject({
      id: "one",
      meta: { title: "T1", published: "2024-05-01" },
    });
    expect(!items[1].ok && items[1].error).toMatchObject({ id: "batch:3", source: "batch.jsonl:3" });
    expect(!items[1].ok && items[1].error.error.message).toMatch(/^line 3: invalid JSON/);
    expect(items[2].ok && items[2].input).toMatchObject({
      id: "7",
      text: "Second text in HTML.",
      meta: { url: "https://example.org/a" },
    });
    expect(items[4].ok && items[4].input.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads stdin as one document, or as a batch when it is JSON Lines", async () => {
    const [single] = await collect(["-"], dir({}), "Some text from a pipe.");
    expect(single.ok && single.input).toMatchObject({ source: "-", text: "Some text from a pipe." });
    const batch = await collect(["-"], dir({}), '{"id":"a","text":"One."}\n{"id":"b","text":""}\n');
    expect(codes(batch)).toEqual(["ok", "E_EMPTY"]);
    const empty = await collect(["-"], dir({}), "");
    expect(codes(empty)).toEqual(["E_EMPTY"]);
  });
});

describe("extractHtml", () => {
  const page = `<!doctype html><html><head><title>Page title | Site</title>
    <meta property="og:site_name" content="The Daily Example">
    <meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z">
    </head><body><nav><a href="/home">Home</a> Menu items</nav>
    <article><h1>Envoy says talks will go on</h1>
    <p>The envoy said on Monday that the talks would continue, according to <a href="https://www.reuters.com/world/x">Reuters</a>. ${"More words follow here to make this a real article. ".repeat(12)}</p>
    <p>A second paragraph cites <a href="https://example.org/report.pdf">the report</a> and ends here.</p>
    <script>var tracking = 1;</script></article></body></html>`;

  it("extracts the article body as paragraphs with the title first, and the metadata and links", () => {
    const { text, meta } = extractHtml(page, "https://news.example.com/story");
    expect(text.split("\n\n")[0]).toMatch(/Envoy says talks will go on|Page title/);
    expect(text).toContain("The envoy said on Monday that the talks would continue, according to Reuters.");
    expect(text).toContain("\n\nA second paragraph cites the report and ends here.");
    expect(text).not.toContain("tracking");
    expect(text).not.toContain("Menu items");
    expect(meta).toMatchObject({
      author: "Jane Roe",
      publisher: "The Daily Example",
      published: "2024-03-05T10:00:00Z",
    });
    expect(meta.links?.map((l) => l.domain)).toEqual(["reuters.com", "example.org"]);
  });

  it("falls back to the whole body when the page is not article-like", () => {
    const { text, meta } = extractHtml("<html><body><p>Just one line.</p></body></html>");
    expect(text).toBe("Just one line.");
    expect(meta.links).toEqual([]);
  });
});
