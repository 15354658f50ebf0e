/**
 * Corpus view: the stored documents with search and filters, technique frequency per
 * outlet and over time, and syndication clusters with the first publisher of each.
 */
import type { Chart } from "chart.js";
import {
  bucketRange,
  type ClusterRow,
  clusterRows,
  type DocRow,
  docRows,
  type Snippet,
  type TechniqueStats,
  techniqueStats,
  totalOf,
} from "./adapt.js";
import { clusters, search, stats } from "./api.js";
import { outletChart, type Pick, shownTechniques, timeChart, topOutlets } from "./charts.js";
import { PTC_LABELS, prettyLabel, techniqueTint } from "./colors.js";
import { clear, fmtScore, h, truncate } from "./dom.js";
import { corpusHref, readHref } from "./links.js";

const CITATION_KINDS = ["scripture", "hadith", "agency", "document", "url"];
const PAGE = 50;
const CALL_LABELS = ["act", "refuse", "remember", "join", "believe", "violence", "donate", "share"];

export interface CorpusView {
  element: HTMLElement;
  /** Shows the view; filters given in the URL (`#/corpus?cluster=...`) replace the form's. */
  show(filters?: URLSearchParams): void;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h("label", { class: "field" }, h("span", null, label), control);
}

function select(name: string, values: string[], pretty: (v: string) => string = (v) => v): HTMLSelectElement {
  return h(
    "select",
    { attrs: { name, id: `f-${name}` } },
    h("option", { attrs: { value: "" } }, "any"),
    ...values.map((v) => h("option", { attrs: { value: v } }, pretty(v))),
  );
}

function input(name: string, type: string, extra: Record<string, string> = {}): HTMLInputElement {
  return h("input", { attrs: { name, id: `f-${name}`, type, ...extra } });
}

/**
 * The numbers behind a chart as a table: readable without sight, and each count is a
 * button that filters the documents like clicking its bar does.
 */
function dataTable(
  stats: TechniqueStats,
  keyName: string,
  keys: string[],
  rows: Map<string, Map<string, number>>,
  pick: Pick,
): HTMLElement {
  const techniques = shownTechniques(stats);
  return h(
    "table",
    { class: "chart-table" },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { attrs: { scope: "col" } }, keyName),
        ...techniques.map((t) => h("th", { attrs: { scope: "col" } }, prettyLabel(t))),
      ),
    ),
    h(
      "tbody",
      null,
      ...keys.map((k) =>
        h(
          "tr",
          null,
          h("th", { attrs: { scope: "row" } }, k || "(unknown)"),
          ...techniques.map((t) => {
            const n = rows.get(k)?.get(t) ?? 0;
            return h(
              "td",
              { class: "num" },
              n === 0
                ? "0"
                : h(
                    "button",
                    {
                      class: "cell",
                      attrs: {
                        type: "button",
                        "data-key": k,
                        "data-technique": t,
                        title: `Show these documents`,
                      },
                      on: { click: () => pick(k, t) },
                    },
                    n,
                  ),
            );
          }),
        ),
      ),
    ),
  );
}

/** The server marks matched terms by offsets; they become <mark> elements, the rest stays text. */
function snippetElement(snippet: Snippet): HTMLElement {
  const el = h("div", { class: "snippet" });
  let at = 0;
  for (const [start, end] of [...snippet.marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    el.append(snippet.text.slice(at, start), h("mark", null, snippet.text.slice(start, end)));
    at = end;
  }
  el.append(truncate(snippet.text.slice(at), 300));
  return el;
}

export function createCorpusView(): CorpusView {
  const form = h(
    "form",
    { class: "filters", attrs: { id: "search-form", role: "search" } },
    field("Search", input("q", "search", { placeholder: "words, phrases…" })),
    field("Technique", select("technique", [...PTC_LABELS], prettyLabel)),
    field("Entity", input("entity", "text", { placeholder: "name" })),
    field("Citation", select("citation", CITATION_KINDS)),
    field("Call", select("call", CALL_LABELS)),
    field("Outlet / domain", input("domain", "text", { placeholder: "example.org" })),
    field("From", input("from", "date")),
    field("To", input("to", "date")),
    field("Concern ≥", input("concern_min", "number", { min: "0", max: "1", step: "0.1" })),
    field("Cluster", input("cluster", "text", { placeholder: "cluster id" })),
    h(
      "div",
      { class: "filter-actions" },
      h("button", { class: "primary", attrs: { type: "submit", id: "search-btn" } }, "Search"),
      h("button", { attrs: { type: "reset", id: "reset-btn" } }, "Reset"),
    ),
  );
  const status = h("p", {
    class: "status",
    attrs: { id: "corpus-status", role: "status", "aria-live": "polite" },
  });
  const tbody = h("tbody");
  const table = h(
    "table",
    { class: "docs", attrs: { id: "docs-table" } },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ...["Title", "Outlet", "Published", "Concern", "Matched techniques", "Cluster"].map((t, i) =>
          h("th", { class: i === 4 ? "col-tech" : undefined, attrs: { scope: "col" } }, t),
        ),
      ),
    ),
    tbody,
  );
  const moreButton = h(
    "button",
    {
      class: "more",
      attrs: { type: "button", id: "more-btn", hidden: true },
      on: { click: () => void runSearch(true) },
    },
    "Show more",
  );
  const outletCanvas = h("canvas", {
    attrs: { id: "chart-outlets", role: "img", "aria-label": "Techniques per outlet" },
  });
  const timeCanvas = h("canvas", {
    attrs: { id: "chart-time", role: "img", "aria-label": "Techniques over time" },
  });
  const bucket = h(
    "select",
    { attrs: { id: "bucket", "aria-label": "Time bucket" } },
    ...["month", "day", "year"].map((b) => h("option", { attrs: { value: b } }, b)),
  );
  const outletData = h("div", { attrs: { id: "outlet-data" } });
  const timeData = h("div", { attrs: { id: "time-data" } });
  const clusterList = h("div", { class: "clusters", attrs: { id: "clusters" } });
  const element = h(
    "section",
    { class: "view view-corpus", attrs: { id: "view-corpus", "aria-label": "Corpus view", hidden: true } },
    form,
    status,
    h("div", { class: "table-wrap" }, table),
    moreButton,
    h(
      "div",
      { class: "charts" },
      h(
        "figure",
        { class: "card" },
        h("figcaption", null, "Techniques per outlet"),
        h("div", { class: "chart-box" }, outletCanvas),
        h("details", { class: "chart-data" }, h("summary", null, "Data table"), outletData),
      ),
      h(
        "figure",
        { class: "card" },
        h("figcaption", null, "Techniques over time ", bucket),
        h("div", { class: "chart-box" }, timeCanvas),
        h("details", { class: "chart-data" }, h("summary", null, "Data table"), timeData),
      ),
    ),
    h("section", { class: "card" }, h("h3", null, "Syndication clusters"), clusterList),
  );

  const charts: Chart[] = [];

  function drawRows(rows: DocRow[], append: boolean): void {
    if (!append) clear(tbody);
    for (const r of rows) {
      const link = h("a", { attrs: { href: readHref(r.id) } }, r.title || r.id);
      tbody.append(
        h(
          "tr",
          { attrs: { "data-id": r.id } },
          h("td", null, link, r.snippet.text ? snippetElement(r.snippet) : null),
          h("td", null, r.outlet),
          h("td", { class: "nowrap" }, r.published),
          h(
            "td",
            { class: "num" },
            r.concern === null ? "–" : h("span", { class: `pill level-${r.level}` }, fmtScore(r.concern)),
          ),
          h(
            "td",
            { class: "col-tech" },
            ...r.techniques.slice(0, 3).map(([t, n]) => {
              const tag = h("span", { class: "tag tech-tag", attrs: { title: t } }, `${prettyLabel(t)} ${n}`);
              tag.style.setProperty("--hl", techniqueTint(t));
              return tag;
            }),
          ),
          h("td", { class: "nowrap" }, r.cluster ?? ""),
        ),
      );
    }
    if (rows.length === 0 && !append) {
      tbody.append(h("tr", null, h("td", { attrs: { colspan: 6 }, class: "muted" }, "No documents match.")));
    }
  }

  function drawClusters(rows: ClusterRow[]): void {
    clear(clusterList);
    const multi = rows.filter((c) => c.size > 1 || c.members.length > 1);
    if (multi.length === 0) {
      clusterList.append(h("p", { class: "muted" }, "No reposted copies found yet."));
      return;
    }
    for (const c of multi) {
      clusterList.append(
        h(
          "article",
          { class: "cluster", attrs: { "data-cluster": c.id } },
          h(
            "header",
            null,
            h("strong", null, `${c.size} copies`),
            " · ",
            h(
              "a",
              { class: "muted", attrs: { href: corpusHref({ cluster: c.id }), title: "List in the table" } },
              c.id,
            ),
            c.first
              ? h(
                  "span",
                  { class: "first" },
                  " · first published by ",
                  h("strong", { class: "first-publisher" }, c.first.outlet || "(unknown outlet)"),
                  c.first.published ? ` on ${c.first.published}` : "",
                )
              : null,
          ),
          h(
            "ul",
            null,
            ...c.members.map((m) =>
              h(
                "li",
                { class: m.id === c.first?.id ? "is-first" : undefined },
                h("a", { attrs: { href: readHref(m.id) } }, m.title || m.id),
                h("span", { class: "muted" }, ` · ${m.outlet}${m.published ? ` · ${m.published}` : ""}`),
              ),
            ),
          ),
        ),
      );
    }
  }

  function params(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) out[k] = v.trim();
    return out;
  }

  let shown = 0;
  let lastParams: Record<string, string> = {};

  async function runSearch(more = false): Promise<void> {
    status.textContent = "Searching…";
    status.classList.remove("error");
    if (!more) {
      lastParams = params();
      shown = 0;
    }
    try {
      const body = await search({ ...lastParams, limit: String(PAGE), offset: String(shown) });
      const rows = docRows(body);
      const total = totalOf(body);
      drawRows(rows, more);
      // Hits only carry techniques that matched a query; without one the column would be empty.
      table.classList.toggle("no-techniques", !tbody.querySelector(".tech-tag"));
      shown += rows.length;
      status.textContent =
        shown < total ? `${shown} of ${total} documents.` : `${total} document${total === 1 ? "" : "s"}.`;
      moreButton.hidden = shown >= total || rows.length === 0;
    } catch (e) {
      status.textContent = e instanceof Error ? e.message : String(e);
      status.classList.add("error");
    }
  }

  async function loadCharts(): Promise<void> {
    try {
      const s = techniqueStats(await stats(bucket.value));
      for (const c of charts.splice(0)) c.destroy();
      charts.push(outletChart(outletCanvas, s, pickOutlet), timeChart(timeCanvas, s, pickBucket));
      clear(outletData);
      outletData.append(dataTable(s, "Outlet", topOutlets(s), s.outlets, pickOutlet));
      clear(timeData);
      timeData.append(dataTable(s, "Period", [...s.buckets.keys()], s.buckets, pickBucket));
      element.dataset.chartsReady = String(s.techniques.length);
    } catch (e) {
      status.textContent = `Stats: ${e instanceof Error ? e.message : String(e)}`;
      status.classList.add("error");
    }
  }

  /** Drill-down: a bar (or a cell of the data table) filters the documents to it. */
  let drilling = false;
  /** Replaces all filters with these (unknown names are ignored). */
  function setFields(values: Record<string, string>): void {
    drilling = true;
    form.reset();
    drilling = false;
    for (const [name, value] of Object.entries(values)) {
      const control = form.elements.namedItem(name);
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value;
    }
  }

  function drill(values: Record<string, string>, technique: string | null): void {
    setFields({ ...values, technique: technique ?? "" });
    void runSearch();
    table.scrollIntoView({ block: "start" });
  }
  const pickOutlet: Pick = (outlet, technique) => drill({ domain: outlet }, technique);
  const pickBucket: Pick = (bucketKey, technique) => {
    const range = bucketRange(bucketKey);
    if (range) drill(range, technique);
  };

  async function loadClusters(): Promise<void> {
    try {
      drawClusters(clusterRows(await clusters()));
    } catch (e) {
      clear(clusterList);
      clusterList.append(h("p", { class: "error" }, e instanceof Error ? e.message : String(e)));
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void runSearch();
  });
  form.addEventListener("reset", () => {
    if (!drilling) setTimeout(() => void runSearch(), 0);
  });
  bucket.addEventListener("change", () => void loadCharts());

  return {
    element,
    // Reloaded on every visit: documents may have been ingested meanwhile.
    show(filters) {
      if (filters && [...filters.keys()].length > 0) {
        setFields(Object.fromEntries(filters));
        // The filters now live in the form; the URL goes back to the plain view.
        history.replaceState(null, "", "#/corpus");
      }
      void Promise.all([runSearch(), loadCharts(), loadClusters()]);
    },
  };
}
