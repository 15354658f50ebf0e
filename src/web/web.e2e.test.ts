/**
 * End to end in real headless Chromium: the real HTTP app (API + web UI) on an ephemeral
 * 127.0.0.1 port over a temporary SQLite store seeded through the API, clicked through the
 * read view and the corpus view. Screenshots go to test-artifacts/; the README's copies in
 * docs/screenshots/ are refreshed only with UPDATE_SCREENSHOTS=1, so a test run leaves the tree clean.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the build script is plain ESM JavaScript without type declarations
import { buildWeb } from "../../scripts/build-web.mjs";
import { createPipeline } from "../analyzers/pipeline.js";
import { builtinAnalyzers } from "../analyzers/registry.js";
import { checkSpans } from "../document/invariant.js";
import type { AnalysisResult } from "../document/types.js";
import { createApp } from "../http/app.js";
import { startServer } from "../http/server.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/types.js";
import { repoRoot, schemaErrors, sharedData } from "../test-support.js";
import { richResult } from "./app/fixtures/rich-result.js";

const CHROMIUM = "/usr/bin/chromium";
/** A long article with crossing spans of every kind; read from the shared corpora, never copied. */
const LONG_ARTICLE = path.join(sharedData, "ptc/unlabeled/article781672902.txt");
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const artifacts = path.join(repoRoot, "test-artifacts");
const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.join(repoRoot, "docs/screenshots")
  : path.join(artifacts, "readme");

const seed = [
  { file: "unrelated.txt", publisher: "Harbor Times", published: "2026-02-20" },
  { file: "repost-original.txt", publisher: "Daily Beacon", published: "2026-03-02" },
  { file: "repost-copy.txt", publisher: "Truth Mirror", published: "2026-03-04" },
];

/** Which annotation type each analyzer adds; a registered analyzer must find something in the fixture. */
const ANNOTATION_OF: Record<string, string> = {
  techniques: "technique",
  entities: "entity",
  attributions: "attribution",
  citations: "citation",
  calls: "call_to_action",
};
const registered = new Set(builtinAnalyzers.map((a) => a.name));

let browser: Browser;
let page: Page;
let base: string;

/** The same analysis the page asks for, fetched directly, to compare the drawing against. */
async function analyzeViaApi(text: string): Promise<AnalysisResult> {
  const response = await fetch(`${base}/v1/analyze`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return (await response.json()) as AnalysisResult;
}
let store: Store;
let close: () => Promise<void>;
let dbDir: string;
const pageErrors: string[] = [];
/** Store ids of the seeded fixtures, by file name. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  // The app serves dist/web/; build it so the test runs the UI source as it is now.
  await buildWeb();
  dbDir = mkdtempSync(path.join(tmpdir(), "unspun-web-e2e-"));
  store = await openSqliteStore(path.join(dbDir, "corpus.db"));
  const app = createApp({ store, pipeline: createPipeline() });
  const server = await startServer(app, { host: "127.0.0.1", port: 0 });
  base = server.url;
  close = server.close;

  for (const doc of seed) {
    const res = await fetch(`${base}/v1/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: fixture(doc.file),
        source: doc.file,
        meta: {
          title: fixture(doc.file).split("\n", 1)[0],
          publisher: doc.publisher,
          published: doc.published,
        },
      }),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    ids[doc.file] = ((await res.json()) as { id: string }).id;
  }

  mkdirSync(artifacts, { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  // Everything must be served locally: any request off this origin fails the test.
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:"))
      pageErrors.push(`external request ${r.url()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  await store?.close();
  if (dbDir) rmSync(dbDir, { recursive: true, force: true });
});

/** The input form folds away once a result is shown; a reader unfolds it to paste again. */
async function openInput(p: Page): Promise<void> {
  if (!(await p.$eval("#input-box", (d) => (d as HTMLDetailsElement).open)))
    await p.click("#input-box > summary");
}

/** Waits until the read view reports a finished result for a text of this length. */
async function waitForResult(p: Page, length: number): Promise<void> {
  await p.waitForFunction(
    (n) => document.querySelector("#read-status")?.textContent?.endsWith(`, ${n} characters.`),
    length,
  );
}

/** Titles of the rows in the documents table, once they settle on the expected count. */
async function rowTitles(p: Page, count: number): Promise<string[]> {
  await p.waitForFunction(
    (n) =>
      !document.querySelector("#corpus-status")?.textContent?.startsWith("Searching") &&
      document.querySelectorAll("#docs-table tbody tr[data-id]").length === n,
    count,
  );
  return p.$$eval("#docs-table tbody tr[data-id] td:first-child a", (els) =>
    els.map((e) => e.textContent ?? ""),
  );
}

/** The document text as the reader sees it: the text runs, without the inserted chips. */
function renderedText(p: Page): Promise<string> {
  return p.$eval("#doc-text", (el) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE || (n as Element).classList.contains("seg"))
      .map((n) => n.textContent)
      .join(""),
  );
}

describe("read view", () => {
  it("analyses pasted text through the API and renders every span of the result", async () => {
    await page.goto(`${base}/`);
    await expect(page.locator("#tab-read").getAttribute("aria-current")).resolves.toBe("true");
    const text = fixture("repost-original.txt");
    await page.fill("#input-text", text);
    await page.click("#analyze-btn");
    await waitForResult(page, text.length);

    const expected = await analyzeViaApi(text);
    expect(checkSpans(expected)).toEqual([]);
    expect(await renderedText(page)).toBe(text);

    // Every technique of the result is highlighted with its label, and the legend counts it.
    const techniques = expected.annotations.filter((a) => a.type === "technique");
    const labels = await page.$$eval(".seg[data-t]", (els) => els.map((e) => (e as HTMLElement).dataset.t));
    for (const t of techniques) expect(labels.some((l) => l?.split("|").includes(t.label!))).toBe(true);
    for (const label of new Set(techniques.map((t) => t.label!))) {
      const count = techniques.filter((t) => t.label === label).length;
      await expect(
        page.locator(`.legend-item[data-technique="${label}"] .count`).textContent(),
      ).resolves.toBe(String(count));
    }
    const counts = expected.summary.counts as Record<string, Record<string, number>>;
    for (const type of Object.keys(counts)) {
      await expect(page.locator("#sum-counts").textContent()).resolves.toContain(type.replace(/_/g, " "));
    }
    const status = await page.textContent("#read-status");
    expect(status).toContain(`${expected.annotations.length} annotation`);

    // The fixture is written to trigger every registered analyzer; the UI shows what each found.
    const types = new Set(expected.annotations.map((a) => a.type));
    for (const [analyzer, type] of Object.entries(ANNOTATION_OF)) {
      if (registered.has(analyzer)) expect(types, `${analyzer} found nothing in the fixture`).toContain(type);
    }
    const ofType = (type: string) => expected.annotations.filter((a) => a.type === type && a.end > a.start);
    expect(await page.locator(".chip-speaker").count()).toBe(ofType("attribution").length);
    expect(await page.locator(".chip-cite").count()).toBe(ofType("citation").length);
    expect(await page.locator(".chip-call").count()).toBe(ofType("call_to_action").length);
    expect((await page.locator(".seg.ent").count()) > 0).toBe(ofType("entity").length > 0);
    const concern = expected.summary.concern as { score: number; level: string } | undefined;
    if (registered.has("profile")) expect(concern).toBeDefined();
    if (concern) {
      await expect(page.locator(".concern-score").textContent()).resolves.toBe(concern.score.toFixed(2));
    }
    const actors = (expected.summary.actors ?? []) as Array<{ name: string; stance: string }>;
    for (const actor of actors.filter((a) => a.stance === "out")) {
      await expect(page.locator(".actors-out").textContent()).resolves.toContain(actor.name);
    }

    if (techniques.length > 0) {
      // Hide the most frequent technique with the legend, then show it again and explain one of its spans.
      const label = techniques[0].label!;
      const withLabel = async () =>
        (
          await page.$$eval(".seg[data-t]", (els) => els.map((e) => (e as HTMLElement).dataset.t!.split("|")))
        ).filter((ls) => ls.includes(label)).length;
      expect(await withLabel()).toBeGreaterThan(0);
      await page.click(`.legend-item[data-technique="${label}"]`);
      expect(await withLabel()).toBe(0);
      await page.click(`.legend-item[data-technique="${label}"]`);
      expect(await withLabel()).toBeGreaterThan(0);
      // The analysis is deterministic, so annotation indices in the page match this result's.
      const first = techniques[0];
      const index = expected.annotations.indexOf(first);
      await page.locator(`.seg[data-ann~="${index}"]`).first().click();
      const finding = page.locator(`#detail .finding[data-ann="${index}"]`);
      const shown = (await finding.textContent()) ?? "";
      expect(shown).toContain(`score ${first.score!.toFixed(2)}`);
      for (const reason of first.why ?? []) expect(shown).toContain(reason);
    }
    await page.screenshot({ path: path.join(artifacts, "read-view-pasted.png"), fullPage: true });
  });

  it("renders a long real article (PTC) losslessly, with every span", async () => {
    const text = readFileSync(LONG_ARTICLE, "utf8");
    await page.goto(`${base}/#/read`);
    await openInput(page);
    await page.fill("#input-text", text);
    await page.click("#analyze-btn");
    await waitForResult(page, text.length);
    expect(await renderedText(page)).toBe(text);
    const expected = await analyzeViaApi(text);
    expect(checkSpans(expected)).toEqual([]);
    // Every drawn annotation index appears on some run of text; chips match the attributions.
    const drawn = new Set(
      (
        await page.$$eval("#doc-text .seg", (els) => els.map((e) => (e as HTMLElement).dataset.ann ?? ""))
      ).flatMap((a) => a.split(" ")),
    );
    expected.annotations.forEach((a, i) => {
      if (a.type !== "language" && a.end > a.start) expect(drawn.has(String(i)), `${a.type} ${i}`).toBe(true);
    });
    const attributions = expected.annotations.filter((a) => a.type === "attribution").length;
    expect(await page.locator(".chip-speaker").count()).toBe(attributions);
    // Redrawing the whole text (what a legend toggle does) stays interactive on a long article.
    const redrawMs = await page.$eval('.legend-item[data-layer="entity"]', (button) => {
      const t0 = performance.now();
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
      return (performance.now() - t0) / 2;
    });
    writeFileSync(
      path.join(artifacts, "web-timings.json"),
      JSON.stringify({
        article: path.basename(LONG_ARTICLE),
        chars: text.length,
        annotations: expected.annotations.length,
        redrawMs,
      }),
    );
    expect(redrawMs).toBeLessThan(1000);
    await page.screenshot({ path: path.join(artifacts, "read-view-long.png"), fullPage: true });
  });

  it("opens a stored document by link, then analyses an uploaded text file in its place", async () => {
    await page.goto(`${base}/#/read/${encodeURIComponent(ids["repost-copy.txt"])}`);
    await page.waitForFunction(() =>
      document.querySelector("#doc-title")?.textContent?.startsWith("They Betrayed"),
    );
    await openInput(page);
    await page.setInputFiles("#input-file", {
      name: "unrelated.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(fixture("unrelated.txt")),
    });
    await page.waitForFunction(() =>
      document.querySelector("#doc-title")?.textContent?.startsWith("Harbor Bridge"),
    );
    expect(await renderedText(page)).toBe(fixture("unrelated.txt"));
    expect(new URL(page.url()).hash).toBe("#/read");
  });

  it("reports input errors in the status line instead of failing silently", async () => {
    await page.goto(`${base}/#/read`);
    await openInput(page);
    await page.fill("#input-text", "   ");
    await page.click("#analyze-btn");
    await expect(page.textContent("#read-status")).resolves.toBe("Paste some text first.");
    await page.setInputFiles("#input-file", {
      name: "empty.html",
      mimeType: "text/html",
      buffer: Buffer.from("<html><body></body></html>"),
    });
    await page.waitForSelector("#read-status.error >> text=/E_EMPTY|empty/");
    await page.fill("#doc-id", "no-such-document");
    await page.click("#open-btn");
    await page.waitForSelector("#read-status.error >> text=/404/");
    // The browser logs the two failed requests; nothing else may have gone wrong.
    expect(
      pageErrors.every((e) => /Failed to load resource.*\b(404|422)\b/.test(e)),
      pageErrors.join("\n"),
    ).toBe(true);
    pageErrors.length = 0;
  });

  it("renders an uploaded result with every annotation type, toggles the legend and explains a span", async () => {
    const result = richResult();
    await page.goto(`${base}/#/read`);
    await page.setInputFiles("#input-file", {
      name: "result.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(result)),
    });
    await waitForResult(page, result.text.length);
    expect(await renderedText(page)).toBe(result.text);

    // One colour per technique: each label has its own swatch colour.
    const swatches = await page.$$eval(".legend-item[data-technique] .swatch", (els) =>
      els.map((e) => getComputedStyle(e).backgroundColor),
    );
    expect(swatches.length).toBe(3);
    expect(new Set(swatches).size).toBe(3);

    // Speaker chips name the source (the entity's full name when linked), citations show their reference.
    expect(await page.$$eval(".chip-speaker", (els) => els.map((e) => e.textContent))).toEqual([
      "the corrupt elites",
      "Reuters",
    ]);
    expect(await page.$$eval(".chip-cite", (els) => els.map((e) => e.textContent))).toEqual([
      "Reuters",
      "Bible Proverbs 14:31",
    ]);
    expect(await page.$$eval(".chip-call", (els) => els.map((e) => e.textContent))).toEqual([
      "call: remember",
      "call: act",
    ]);
    expect(await page.locator(".seg.ent").count()).toBeGreaterThan(0);
    expect(await page.locator(".seg.cite").count()).toBeGreaterThan(0);
    expect(await page.locator(".seg.cta").count()).toBeGreaterThan(0);
    expect(await page.locator(".seg.att-content").count()).toBeGreaterThan(0);

    // Legend toggle hides a technique and brings it back.
    const loaded = page.locator('.seg[data-t*="Loaded_Language"]');
    expect(await loaded.count()).toBeGreaterThan(0);
    await page.click('.legend-item[data-technique="Loaded_Language"]');
    expect(await loaded.count()).toBe(0);
    await expect(
      page.locator('.legend-item[data-technique="Loaded_Language"]').getAttribute("aria-pressed"),
    ).resolves.toBe("false");
    expect(await page.locator('.seg[data-t*="Exaggeration"]').count()).toBeGreaterThan(0);
    await page.click('.legend-item[data-technique="Loaded_Language"]');
    expect(await loaded.count()).toBeGreaterThan(0);

    // Layers switch off as a whole.
    await page.click('.legend-item[data-layer="entity"]');
    expect(await page.locator(".seg.ent").count()).toBe(0);
    await page.click('.legend-item[data-layer="entity"]');
    expect(await page.locator(".seg.ent").count()).toBeGreaterThan(0);

    // Clicking a span shows label, score and why for everything under it.
    await page.click('.seg[data-t*="Exaggeration"]');
    const detail = page.locator("#detail");
    await expect(detail.textContent()).resolves.toContain("Exaggeration, minimisation");
    await expect(detail.textContent()).resolves.toContain("score 0.77");
    await expect(detail.textContent()).resolves.toContain("'never' turns a claim into an absolute");
    await expect(detail.locator('.finding[data-type="attribution"]').count()).resolves.toBe(1);

    // A technique's runner-up label is shown with its score.
    await page.click('.seg[data-t*="Loaded_Language"]');
    await expect(detail.locator(".finding").first().textContent()).resolves.toContain(
      "Second guessName calling, labeling (0.40)",
    );

    // A speaker chip selects its attribution only.
    await page.click(".chip-speaker >> nth=1");
    await expect(detail.locator(".finding").count()).resolves.toBe(1);
    await expect(detail.textContent()).resolves.toContain("Speaker");
    await expect(detail.textContent()).resolves.toContain("reported");

    // Spans are reachable and operable from the keyboard.
    await page.focus('.seg[data-t*="Name_Calling"]');
    await page.keyboard.press("Enter");
    await expect(detail.textContent()).resolves.toContain("Name calling, labeling");

    // An entity in the summary outlines all its mentions and explains them.
    await page.click('.entity-btn[data-entity="e1"]');
    expect(await page.locator(".seg.ent.sel").count()).toBe(1);
    await expect(detail.textContent()).resolves.toContain("ORGANIZATION");

    // The summary: concern with reasons, actors in and out, counts.
    const summary = page.locator("#summary");
    await expect(summary.locator(".concern-score").textContent()).resolves.toBe("0.72");
    await expect(summary.locator(".concern-level").textContent()).resolves.toBe("HIGH");
    await expect(summary.textContent()).resolves.toContain("calls to violence: 0");
    await expect(summary.locator(".actors-out").textContent()).resolves.toContain("the corrupt elites");
    await expect(summary.locator(".actors-in").textContent()).resolves.toContain("Brothers");
    await expect(summary.locator("#sum-counts").textContent()).resolves.toContain("call to action");

    await page.screenshot({ path: path.join(artifacts, "read-view-upload.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});

describe("corpus view", () => {
  it("lists, searches and charts the stored documents and shows the clusters with their first publisher", async () => {
    await page.goto(`${base}/#/corpus`);
    const rows = page.locator("#docs-table tbody tr[data-id]");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);

    await page.fill("#f-q", "bridge");
    await page.click("#search-btn");
    expect(await rowTitles(page, 1)).toEqual(["Harbor Bridge Repairs to Finish in April"]);
    await expect(rows.first().textContent()).resolves.toContain("Harbor Times");
    await expect(rows.first().locator("mark").first().textContent()).resolves.toMatch(/bridge/i);

    await page.fill("#f-q", "");
    await page.fill("#f-domain", "Daily Beacon");
    await page.click("#search-btn");
    await expect
      .poll(() =>
        page.$$eval("#docs-table tbody tr[data-id] td:first-child a", (els) => els.map((e) => e.textContent)),
      )
      .toEqual(["Stand Together Before It Is Too Late"]);
    await page.click("#reset-btn");
    expect((await rowTitles(page, 3)).sort()).toEqual([
      "Harbor Bridge Repairs to Finish in April",
      "Stand Together Before It Is Too Late",
      "They Betrayed You: Stand Together Now",
    ]);

    // Both charts drew something on their canvases.
    await page.waitForSelector("#view-corpus[data-charts-ready]");
    if (registered.has("techniques")) {
      const series = Number(await page.getAttribute("#view-corpus", "data-charts-ready"));
      expect(series, "technique series in the charts").toBeGreaterThan(0);
    }
    for (const id of ["chart-outlets", "chart-time"]) {
      const inked = await page.$eval(`#${id}`, (c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n;
      });
      expect(inked, id).toBeGreaterThan(500);
    }

    // Drill-down: a count in a chart's data table filters the documents to that outlet and technique.
    if (registered.has("techniques")) {
      await page.click("#outlet-data >> xpath=.. >> summary");
      const cell = page.locator('#outlet-data button.cell[data-key="Daily Beacon"]').first();
      const technique = await cell.getAttribute("data-technique");
      await cell.click();
      await expect
        .poll(() =>
          page.$$eval("#docs-table tbody tr[data-id] td:first-child a", (els) =>
            els.map((e) => e.textContent),
          ),
        )
        .toEqual(["Stand Together Before It Is Too Late"]);
      expect(await page.inputValue("#f-domain")).toBe("Daily Beacon");
      expect(await page.inputValue("#f-technique")).toBe(technique);
      await page.click("#reset-btn");
      await rowTitles(page, 3);
    }

    // The reposted pair is one cluster, first published by the Daily Beacon.
    const cluster = page.locator("#clusters .cluster");
    expect(await cluster.count()).toBe(1);
    await expect(cluster.locator(".first-publisher").textContent()).resolves.toBe("Daily Beacon");
    await expect(cluster.textContent()).resolves.toContain("Truth Mirror");
    await page.screenshot({ path: path.join(artifacts, "corpus-view.png"), fullPage: true });
    await page.screenshot({ path: path.join(screenshots, "corpus-view.png"), fullPage: true });

    // A row opens the stored document in the read view.
    await page.click('#docs-table a:has-text("Harbor Bridge")');
    await waitForResult(page, fixture("unrelated.txt").length);
    expect(page.url()).toMatch(/#\/read\//);
    await expect(page.locator("#doc-title").textContent()).resolves.toContain("Harbor Bridge");
    expect(await renderedText(page)).toBe(fixture("unrelated.txt"));
    expect(pageErrors).toEqual([]);
  });

  it("shows the stored call-to-action article for the README screenshot", async () => {
    await page.goto(`${base}/#/corpus`);
    await page.click('#docs-table a:has-text("Stand Together Before")');
    await waitForResult(page, fixture("repost-original.txt").length);
    // Explain one span, a technique when there is one, so the screenshot shows the side panel at work.
    const spans = page.locator(".seg[data-t], .seg.cta");
    expect(await spans.count()).toBeGreaterThan(0);
    await spans.first().click();
    expect(await page.locator("#detail .finding").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifacts, "read-view.png"), fullPage: true });
    await page.screenshot({ path: path.join(screenshots, "read-view.png"), fullPage: false });
    expect(await renderedText(page)).toBe(fixture("repost-original.txt"));

    // Its cluster link lists every copy in the corpus view.
    await page.click(".cluster-link");
    expect((await rowTitles(page, 2)).sort()).toEqual([
      "Stand Together Before It Is Too Late",
      "They Betrayed You: Stand Together Now",
    ]);
    expect(await page.inputValue("#f-cluster")).toMatch(/\S/);
    expect(new URL(page.url()).hash).toBe("#/corpus");
    expect(pageErrors).toEqual([]);
  });
});

describe("fixture result", () => {
  it("keeps the span invariant and the result schema", () => {
    const result = richResult();
    expect(checkSpans(result)).toEqual([]);
    expect(schemaErrors(result)).toEqual([]);
  });
});
