/**
 * Draws a result's text with its annotations as flat highlighted segments plus inline
 * chips (speaker before an attribution, call label before a call to action, reference
 * after a citation). Chips are buttons outside the text runs, so the runs concatenate
 * back to exactly the document text.
 */
import { techniqueTint } from "./colors.js";
import { type Child, h } from "./dom.js";
import { type Mark, marksFor, segment, topTechnique, type Visibility } from "./layout.js";
import type { Annotation, Result } from "./types.js";

export interface TextViewHandlers {
  /** Annotation indices under the clicked place, most specific first. */
  select(annotations: number[]): void;
}

const ROLE_ORDER: Readonly<Record<string, number>> = {
  technique: 0,
  call: 1,
  citation: 2,
  source: 3,
  cue: 3,
  content: 3,
  entity: 4,
};

export function speakerName(a: Annotation, result: Result): string {
  const source = a.source as { text?: string } | null | undefined;
  const entityId = typeof a.entity === "string" ? a.entity : null;
  const entity = entityId ? result.entities?.find((e) => e.id === entityId) : undefined;
  if (entity) return entity.name;
  if (source?.text) return source.text;
  const via = a.via as { name?: string } | null | undefined;
  if (via?.name) return `via ${via.name}`;
  return "unattributed";
}

export function renderText(result: Result, vis: Visibility, handlers: TextViewHandlers): HTMLElement {
  const { text, annotations } = result;
  const marks = marksFor(annotations, text.length, vis);
  const before = new Map<number, Child[]>();
  const after = new Map<number, Child[]>();
  const add = (map: Map<number, Child[]>, at: number, node: Child) => {
    const list = map.get(at);
    if (list) list.push(node);
    else map.set(at, [node]);
  };
  const chip = (kind: string, i: number, label: string, title: string) =>
    h(
      "button",
      {
        class: `chip chip-${kind}`,
        attrs: { type: "button", "data-ann": i, title },
        on: { click: () => handlers.select([i]) },
      },
      label,
    );
  annotations.forEach((a, i) => {
    if (!vis.layers.has(a.type) || a.end <= a.start) return;
    if (a.type === "attribution") {
      const who = speakerName(a, result);
      add(before, a.start, chip("speaker", i, who, `${a.label ?? "attribution"} attribution: ${who}`));
    } else if (a.type === "call_to_action") {
      add(before, a.start, chip("call", i, `call: ${a.label ?? "?"}`, `Call to action (${a.label ?? "?"})`));
    } else if (a.type === "citation") {
      const ref = typeof a.ref === "string" && a.ref ? a.ref : (a.label ?? "citation");
      add(after, a.end, chip("cite", i, ref, `Citation (${a.label ?? "?"}): ${ref}`));
    }
  });

  const segments = segment(text.length, marks, [...before.keys(), ...after.keys()]);
  const root = h("div", { class: "doc-text", attrs: { id: "doc-text", lang: result.language ?? null } });
  for (const seg of segments) {
    const afterHere = after.get(seg.start);
    const beforeHere = before.get(seg.start);
    if (afterHere) root.append(...(afterHere as Node[]));
    if (beforeHere) root.append(...(beforeHere as Node[]));
    const piece = text.slice(seg.start, seg.end);
    if (seg.marks.length === 0) {
      root.append(piece);
      continue;
    }
    root.append(segmentElement(seg.marks, marks, piece, handlers));
  }
  const tail = after.get(text.length);
  if (tail) root.append(...(tail as Node[]));
  return root;
}

function segmentElement(
  ids: readonly number[],
  marks: readonly Mark[],
  piece: string,
  handlers: TextViewHandlers,
): HTMLElement {
  const classes = new Set<string>(["seg"]);
  const techniques: string[] = [];
  for (const i of ids) {
    const m = marks[i];
    if (m.role === "technique") techniques.push(m.label);
    else if (m.role === "entity") classes.add("ent").add(`ent-${m.label || "MISC"}`);
    else if (m.role === "call") classes.add("cta");
    else if (m.role === "citation") classes.add("cite");
    else classes.add(`att-${m.role}`);
  }
  if (techniques.length > 1) classes.add("multi");
  const ordered = [...ids]
    .sort(
      (a, b) =>
        ROLE_ORDER[marks[a].role] - ROLE_ORDER[marks[b].role] ||
        marks[a].end - marks[a].start - (marks[b].end - marks[b].start),
    )
    .map((i) => marks[i].ann);
  const anns = [...new Set(ordered)];
  const el = h(
    "span",
    {
      class: [...classes].join(" "),
      attrs: {
        tabindex: 0,
        role: "button",
        "data-ann": anns.join(" "),
        "data-t": techniques.length ? techniques.join("|") : null,
        "aria-label": techniques.length ? `${techniques.join(", ")}: ${piece}` : null,
      },
      on: {
        click: () => handlers.select(anns),
        keydown: (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            handlers.select(anns);
          }
        },
      },
    },
    piece,
  );
  const top = topTechnique({ start: 0, end: 0, marks: [...ids] }, marks);
  if (top) el.style.setProperty("--hl", techniqueTint(top.label));
  return el;
}
