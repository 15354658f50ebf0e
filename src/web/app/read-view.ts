/**
 * Read view: paste or upload a text (or open a stored document), see it highlighted with
 * a toggleable legend, click any span for its evidence, and read the summary beside it.
 */
import { analyze, getDocument } from "./api.js";
import { prettyLabel, techniqueTint } from "./colors.js";
import { renderDetail } from "./detail-view.js";
import { clear, h, truncate } from "./dom.js";
import { LAYERS } from "./layout.js";
import { corpusHref } from "./links.js";
import { renderSummary } from "./summary-view.js";
import { renderText } from "./text-view.js";
import type { Result } from "./types.js";

const LAYER_NAMES: Readonly<Record<string, string>> = {
  entity: "Entities",
  attribution: "Attributions",
  citation: "Citations",
  call_to_action: "Calls to action",
};

export interface ReadView {
  element: HTMLElement;
  /** Opens a stored document, or shows the current state when id is absent. */
  show(id?: string): void;
}

/** A pasted or uploaded result file (`unspun analyze --format json|jsonl`) renders without a server call. */
function asResult(text: string): Result | null {
  const first = text.trimStart().split("\n", 1)[0];
  for (const candidate of [text, first]) {
    try {
      const v = JSON.parse(candidate) as Partial<Result>;
      if (v && typeof v.text === "string" && Array.isArray(v.annotations)) return v as Result;
    } catch {
      // not JSON: treated as text to analyse
    }
  }
  return null;
}

export function createReadView(): ReadView {
  let result: Result | null = null;
  let openedId: string | null = null;
  const layers = new Set<string>(LAYERS);
  const hidden = new Set<string>();

  const status = h("p", {
    class: "status",
    attrs: { id: "read-status", role: "status", "aria-live": "polite" },
  });
  const textarea = h("textarea", {
    attrs: {
      id: "input-text",
      rows: 7,
      placeholder: "Paste an article, a post or a statement here…",
      "aria-label": "Text to analyse",
      spellcheck: false,
    },
  });
  const file = h("input", {
    attrs: {
      id: "input-file",
      type: "file",
      accept: ".txt,.text,.md,.html,.htm,.json,.jsonl",
      "aria-label": "Upload a file",
    },
  });
  const docId = h("input", {
    attrs: { id: "doc-id", type: "text", placeholder: "document id", "aria-label": "Stored document id" },
  });
  const form = h(
    "form",
    { class: "input-form", attrs: { id: "analyze-form" } },
    textarea,
    h(
      "div",
      { class: "row" },
      h("button", { class: "primary", attrs: { id: "analyze-btn", type: "submit" } }, "Analyze"),
      h("label", { class: "file-label" }, "or upload ", file),
      h("span", { class: "spacer" }),
      h(
        "span",
        { class: "open-stored" },
        docId,
        h(
          "button",
          { attrs: { id: "open-btn", type: "button" }, on: { click: () => openStored(docId.value.trim()) } },
          "Open stored",
        ),
      ),
    ),
  );
  const inputBox = h(
    "details",
    { class: "input-box", attrs: { id: "input-box", open: true } },
    h("summary", null, "Text to analyse"),
    form,
  );
  const head = h("header", { class: "doc-head", attrs: { id: "doc-head" } });
  const legend = h("div", {
    class: "legend",
    attrs: { id: "legend", role: "group", "aria-label": "Legend" },
  });
  const textHost = h("div", { class: "text-host" });
  const detail = h("section", {
    class: "card detail",
    attrs: { id: "detail", "aria-live": "polite", "aria-label": "Selected span" },
  });
  const summary = h("div", { class: "summary", attrs: { id: "summary" } });
  const element = h(
    "section",
    { class: "view view-read", attrs: { id: "view-read", "aria-label": "Read view" } },
    h("div", { class: "main-col" }, inputBox, status, head, legend, textHost),
    h("aside", { class: "side-col" }, detail, summary),
  );

  const setStatus = (msg: string, error = false) => {
    status.textContent = msg;
    status.classList.toggle("error", error);
  };

  const resetDetail = () => {
    clear(detail);
    detail.append(
      h("p", { class: "muted" }, "Click a highlighted span to see its label, score and reasons."),
    );
  };

  /** Shows the annotations in the detail panel and outlines the first one (or all, for an entity's mentions). */
  function select(indices: number[], outlineAll = false): void {
    if (!result) return;
    for (const el of textHost.querySelectorAll(".sel")) el.classList.remove("sel");
    const outlined = new Set((outlineAll ? indices : indices.slice(0, 1)).map(String));
    for (const el of textHost.querySelectorAll<HTMLElement>("[data-ann]")) {
      if ((el.dataset.ann ?? "").split(" ").some((i) => outlined.has(i))) el.classList.add("sel");
    }
    clear(detail);
    detail.append(...renderDetail(result, indices));
    textHost.querySelector(".sel")?.scrollIntoView({ block: "nearest" });
  }

  function selectEntity(id: string): void {
    if (!result) return;
    if (!layers.has("entity")) {
      layers.add("entity");
      redraw();
    }
    const mentions: number[] = [];
    result.annotations.forEach((a, i) => {
      if (a.type === "entity" && a.entity === id) mentions.push(i);
    });
    select(mentions, true);
  }

  function drawText(): void {
    if (!result) return;
    clear(textHost);
    textHost.append(
      renderText(result, { layers, hiddenTechniques: hidden }, { select: (indices) => select(indices) }),
    );
  }

  function drawLegend(): void {
    clear(legend);
    if (!result) return;
    const counts = new Map<string, number>();
    const types = new Map<string, number>();
    for (const a of result.annotations) {
      types.set(a.type, (types.get(a.type) ?? 0) + 1);
      if (a.type === "technique") counts.set(a.label ?? "", (counts.get(a.label ?? "") ?? 0) + 1);
    }
    const techniques = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const items: HTMLElement[] = techniques.map(([label, n]) => {
      const swatch = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.setProperty("--hl", techniqueTint(label));
      return h(
        "button",
        {
          class: "legend-item",
          attrs: { type: "button", "data-technique": label, "aria-pressed": String(!hidden.has(label)) },
          on: {
            click: () => {
              if (hidden.has(label)) hidden.delete(label);
              else hidden.add(label);
              redraw();
            },
          },
        },
        swatch,
        prettyLabel(label),
        h("span", { class: "count" }, n),
      );
    });
    if (items.length === 0) items.push(h("span", { class: "muted" }, "No persuasion techniques found."));
    const layerItems = Object.entries(LAYER_NAMES).map(([type, name]) =>
      h(
        "button",
        {
          class: `legend-item layer layer-${type}`,
          attrs: { type: "button", "data-layer": type, "aria-pressed": String(layers.has(type)) },
          on: {
            click: () => {
              if (layers.has(type)) layers.delete(type);
              else layers.add(type);
              redraw();
            },
          },
        },
        h("span", { class: `sample sample-${type}`, attrs: { "aria-hidden": "true" } }, "Ab"),
        name,
        h("span", { class: "count" }, types.get(type) ?? 0),
      ),
    );
    legend.append(
      h("div", { class: "legend-row" }, h("span", { class: "legend-title" }, "Techniques"), ...items),
      h("div", { class: "legend-row" }, h("span", { class: "legend-title" }, "Layers"), ...layerItems),
    );
  }

  function drawHead(): void {
    clear(head);
    if (!result) return;
    const meta = result.meta ?? {};
    // Untitled texts (pasted ones) are named by their first line, as a reader would.
    const firstLine = result.text.trimStart().split("\n", 1)[0].trim();
    const title =
      typeof meta.title === "string" && meta.title
        ? meta.title
        : truncate(firstLine, 120) || result.source || result.id;
    const bits = [meta.publisher, meta.author, meta.published, result.language]
      .filter((v): v is string => typeof v === "string" && v !== "")
      .join(" · ");
    const cluster = result.cluster;
    head.append(
      h("h2", { attrs: { id: "doc-title" } }, title),
      h(
        "p",
        { class: "muted" },
        bits,
        typeof cluster === "string" && cluster
          ? h(
              "span",
              null,
              " · ",
              h(
                "a",
                {
                  class: "cluster-link",
                  attrs: { href: corpusHref({ cluster }), title: "All copies of this text" },
                },
                `cluster ${cluster}`,
              ),
            )
          : null,
      ),
    );
  }

  function redraw(): void {
    drawLegend();
    drawText();
    resetDetail();
  }

  function show(r: Result): void {
    result = r;
    hidden.clear();
    drawHead();
    redraw();
    clear(summary);
    summary.append(...renderSummary(r, selectEntity));
    inputBox.open = false;
    const n = r.annotations.length;
    setStatus(`${n} annotation${n === 1 ? "" : "s"}, ${r.text.length} characters.`);
  }

  async function run(task: () => Promise<Result>, what: string): Promise<void> {
    setStatus(`${what}…`);
    element.setAttribute("aria-busy", "true");
    try {
      show(await task());
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e), true);
    } finally {
      element.removeAttribute("aria-busy");
    }
  }

  function openStored(id: string): void {
    if (!id) {
      setStatus("Enter a document id.", true);
      return;
    }
    if (location.hash !== `#/read/${encodeURIComponent(id)}`) {
      location.hash = `#/read/${encodeURIComponent(id)}`;
      return;
    }
    openedId = id;
    void run(() => getDocument(id), `Opening ${id}`);
  }

  /** A new text replaces a stored document on screen, so the URL must stop pointing at that document. */
  function leaveStored(): void {
    openedId = null;
    if (location.hash.startsWith("#/read/")) history.replaceState(null, "", "#/read");
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = textarea.value;
    if (!text.trim()) {
      setStatus("Paste some text first.", true);
      return;
    }
    const local = asResult(text);
    leaveStored();
    void run(() => (local ? Promise.resolve(local) : analyze({ text })), "Analysing");
  });

  file.addEventListener("change", () => {
    const f = file.files?.[0];
    if (!f) return;
    leaveStored();
    void run(async () => {
      const content = await f.text();
      const local = /\.jsonl?$/i.test(f.name) ? asResult(content) : null;
      if (local) return local;
      if (/\.html?$/i.test(f.name) || f.type === "text/html") return analyze({ html: content });
      textarea.value = content;
      return analyze({ text: content });
    }, `Analysing ${f.name}`);
  });

  resetDetail();
  return {
    element,
    show(id?: string) {
      if (id && id !== openedId) {
        docId.value = id;
        openedId = id;
        void run(() => getDocument(id), `Opening ${id}`);
      }
      if (!id) openedId = null;
    },
  };
}
