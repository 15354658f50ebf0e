/**
 * The document summary beside the text: concern score with its reasons, the actors the
 * text casts as in-group and out-group, annotation counts, profile and metadata.
 * Every part is optional because each depends on an analyzer that may not have run.
 */
import { prettyLabel } from "./colors.js";
import { type Child, fmtScore, h } from "./dom.js";
import type { Actor, Concern, Result } from "./types.js";

/** Per stance; a long article can name dozens of actors and the side column must stay readable. */
const MAX_ACTORS = 10;

function section(title: string, id: string, ...body: Child[]): HTMLElement {
  return h(
    "section",
    { class: "card", attrs: { id, "aria-labelledby": `${id}-h` } },
    h("h3", { attrs: { id: `${id}-h` } }, title),
    ...body,
  );
}

function concernPart(concern: Concern | undefined): HTMLElement {
  if (!concern || typeof concern.score !== "number") {
    return section("Concern", "sum-concern", h("p", { class: "muted" }, "No concern score in this result."));
  }
  const level = String(concern.level ?? "");
  const bar = h("div", {
    class: "bar",
    attrs: { role: "img", "aria-label": `concern ${fmtScore(concern.score)}` },
  });
  const fill = h("div", { class: "bar-fill" });
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, concern.score)) * 100)}%`;
  bar.append(fill);
  return section(
    "Concern",
    "sum-concern",
    h(
      "div",
      { class: `concern level-${level}` },
      h("span", { class: "concern-score" }, fmtScore(concern.score)),
      h("span", { class: "concern-level" }, level.toUpperCase()),
    ),
    bar,
    concern.reasons?.length
      ? h("ul", { class: "reasons" }, ...concern.reasons.map((r) => h("li", null, r)))
      : h("p", { class: "muted" }, "No reasons given."),
  );
}

function actorItem(a: Actor): HTMLElement {
  // The same epithet used five times shows once, with its count.
  const seen = new Map<string, number>();
  for (const l of a.labels ?? []) if (l.text) seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  const labels = [...seen].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t));
  return h(
    "li",
    { attrs: { title: (a.why ?? []).join("\n") || null } },
    h("strong", null, a.name),
    h(
      "span",
      { class: "muted" },
      ` · ${a.mentions ?? 0} mention${a.mentions === 1 ? "" : "s"}`,
      a.techniques ? ` · ${a.techniques} technique${a.techniques === 1 ? "" : "s"}` : "",
    ),
    labels.length
      ? h("div", { class: "actor-labels" }, ...labels.map((t) => h("span", { class: "tag" }, t)))
      : null,
  );
}

function actorsPart(actors: Actor[] | undefined): HTMLElement {
  if (!Array.isArray(actors) || actors.length === 0) {
    return section(
      "Actors",
      "sum-actors",
      h("p", { class: "muted" }, "No in-group / out-group framing found."),
    );
  }
  const group = (stance: string, title: string) => {
    const list = actors.filter((a) => a.stance === stance);
    const shown = list.slice(0, MAX_ACTORS);
    return list.length
      ? h(
          "div",
          { class: `actors actors-${stance}` },
          h("h4", null, title),
          h("ul", null, ...shown.map(actorItem)),
          list.length > shown.length
            ? h("p", { class: "muted" }, `and ${list.length - shown.length} more`)
            : null,
        )
      : null;
  };
  return section(
    "Actors",
    "sum-actors",
    group("in", "In-group (us)"),
    group("out", "Out-group (them)"),
    group("neutral", "Mentioned"),
  );
}

function countsPart(counts: unknown): HTMLElement {
  const rows: HTMLElement[] = [];
  if (counts && typeof counts === "object") {
    for (const [type, byLabel] of Object.entries(counts as Record<string, Record<string, number>>)) {
      const entries = Object.entries(byLabel ?? {}).sort((a, b) => b[1] - a[1]);
      const total = entries.reduce((s, [, n]) => s + n, 0);
      rows.push(
        h(
          "tr",
          null,
          h("th", { attrs: { scope: "row" } }, type.replace(/_/g, " ")),
          h("td", { class: "num" }, total),
          h(
            "td",
            null,
            entries
              .map(
                ([label, n]) =>
                  `${type === "technique" ? prettyLabel(label) : label === "_" ? "" : label} ${n}`,
              )
              .join(", "),
          ),
        ),
      );
    }
  }
  return section(
    "Counts",
    "sum-counts",
    rows.length
      ? h("table", { class: "counts" }, h("tbody", null, ...rows))
      : h("p", { class: "muted" }, "Nothing found."),
  );
}

/** "ownVoice" or "own_voice" -> "own voice". */
function humanKey(key: string): string {
  return key
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

function scalar(v: unknown): string | null {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(", ");
  return null;
}

function profilePart(profile: unknown, result: Result): HTMLElement {
  const rows: HTMLElement[] = [];
  const meta = result.meta ?? {};
  for (const key of ["title", "author", "publisher", "published"]) {
    const v = scalar(meta[key]);
    if (v) rows.push(h("div", { class: "kv" }, h("dt", null, key), h("dd", null, v)));
  }
  if (profile && typeof profile === "object") {
    for (const [key, value] of Object.entries(profile as Record<string, unknown>)) {
      const v = scalar(value);
      if (v) rows.push(h("div", { class: "kv" }, h("dt", null, humanKey(key)), h("dd", null, v)));
    }
  }
  return section(
    "Profile",
    "sum-profile",
    rows.length ? h("dl", null, ...rows) : h("p", { class: "muted" }, "No profile."),
  );
}

function entitiesPart(result: Result, onEntity: (id: string) => void): HTMLElement | null {
  const entities = result.entities ?? [];
  if (entities.length === 0) return null;
  const top = [...entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 12);
  return section(
    "Entities",
    "sum-entities",
    h(
      "ul",
      { class: "entities" },
      ...top.map((e) =>
        h(
          "li",
          null,
          h(
            "button",
            {
              class: "entity-btn",
              attrs: { type: "button", "data-entity": e.id, title: "Show its mentions in the text" },
              on: { click: () => onEntity(e.id) },
            },
            h("span", { class: `ent-badge ent-${e.label}` }, e.label.slice(0, 3)),
            " ",
            e.name,
          ),
          h(
            "span",
            { class: "muted" },
            ` ×${e.mentions.length}${e.roles.length ? ` · ${e.roles.join(", ")}` : ""}`,
          ),
        ),
      ),
    ),
  );
}

/** `onEntity` is called with an entity id when the reader asks to see its mentions. */
export function renderSummary(result: Result, onEntity: (id: string) => void): HTMLElement[] {
  const summary = result.summary ?? {};
  return [
    concernPart(summary.concern as Concern | undefined),
    actorsPart(summary.actors as Actor[] | undefined),
    countsPart(summary.counts),
    entitiesPart(result, onEntity),
    profilePart(summary.profile, result),
  ].filter((x): x is HTMLElement => x !== null);
}
