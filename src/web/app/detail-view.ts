/**
 * The panel that explains a clicked span: every annotation under it with its label,
 * score, reasons and the type-specific evidence (speaker, cue, reference, addressee).
 */
import { prettyLabel, techniqueTint } from "./colors.js";
import { type Child, fmtScore, h, truncate } from "./dom.js";
import { speakerName } from "./text-view.js";
import type { Annotation, Result, TextSpan } from "./types.js";

const TYPE_NAMES: Readonly<Record<string, string>> = {
  technique: "Technique",
  entity: "Entity",
  attribution: "Attribution",
  citation: "Citation",
  call_to_action: "Call to action",
  language: "Language",
};

function spanText(value: unknown): string | null {
  const s = value as TextSpan | null | undefined;
  return s && typeof s.text === "string" ? s.text : null;
}

function row(name: string, value: Child): HTMLElement {
  return h("div", { class: "kv" }, h("dt", null, name), h("dd", null, value));
}

function specifics(a: Annotation, result: Result): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const opt = (name: string, value: string | null | undefined) => {
    if (value) rows.push(row(name, value));
  };
  switch (a.type) {
    case "technique": {
      const sec = a.secondary as { label?: string; score?: number } | undefined;
      if (sec?.label) rows.push(row("Second guess", `${prettyLabel(sec.label)} (${fmtScore(sec.score)})`));
      break;
    }
    case "entity": {
      const ent = result.entities?.find((e) => e.id === a.entity);
      if (ent) {
        opt("Entity", `${ent.name} (${ent.label})`);
        opt("Roles", ent.roles.join(", "));
        opt("Mentions", String(ent.mentions.length));
      }
      break;
    }
    case "attribution": {
      opt("Speaker", speakerName(a, result));
      opt("Source", spanText(a.source));
      opt("Cue", spanText(a.cue));
      opt("Content", spanText(a.content) && truncate(spanText(a.content)!, 300));
      const via = a.via as { name?: string } | null | undefined;
      opt("Via", via?.name);
      opt("Direct", typeof a.direct === "boolean" ? (a.direct ? "yes (quoted)" : "no (reported)") : null);
      break;
    }
    case "citation":
      opt("Reference", typeof a.ref === "string" ? a.ref : null);
      opt("Passage", spanText(a.passage) && truncate(spanText(a.passage)!, 300));
      break;
    case "call_to_action":
      opt("Addressee", spanText(a.addressee));
      opt(
        "Voice",
        typeof a.quoted === "boolean" ? (a.quoted ? "quoted from someone else" : "the author's own") : null,
      );
      break;
  }
  return rows;
}

export function renderDetail(result: Result, indices: readonly number[]): HTMLElement[] {
  return indices.map((i) => {
    const a = result.annotations[i];
    const swatch =
      a.type === "technique"
        ? h("span", { class: "swatch", attrs: { "aria-hidden": "true" } })
        : h("span", { class: `type-dot type-${a.type}`, attrs: { "aria-hidden": "true" } });
    if (a.type === "technique") swatch.style.setProperty("--hl", techniqueTint(a.label ?? ""));
    const label = a.type === "technique" ? prettyLabel(a.label ?? "") : (a.label ?? "");
    return h(
      "article",
      { class: "finding", attrs: { "data-ann": i, "data-type": a.type } },
      h(
        "header",
        null,
        swatch,
        h("span", { class: "finding-type" }, TYPE_NAMES[a.type] ?? a.type),
        h("strong", { class: "finding-label" }, label),
        h("span", { class: "finding-score", attrs: { title: "score" } }, `score ${fmtScore(a.score)}`),
      ),
      h("blockquote", { class: "finding-text" }, truncate(a.text, 400)),
      h("dl", null, ...specifics(a, result), row("Offsets", `${a.start}–${a.end}`)),
      a.why?.length
        ? h(
            "div",
            { class: "why" },
            h("h4", null, "Why"),
            h("ul", null, ...a.why.map((w) => h("li", null, w))),
          )
        : h("p", { class: "muted" }, "No reasons given."),
    );
  });
}
