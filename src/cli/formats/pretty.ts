/**
 * For a person at a terminal: the summary first, then the text with its spans highlighted
 * (a colour per technique, entities underlined, citations and calls to action in bold,
 * quoted content in italics), a legend, and the findings listed with their reasons.
 * Without colour, technique spans are bracketed and numbered instead.
 */
import type { AnalysisResult, Annotation, Result, TextSpan } from "../../document/types.js";
import { isError } from "../../document/types.js";
import type { OutputFormat } from "./types.js";

const TECHNIQUE_COLOURS: Record<string, number> = {
  Loaded_Language: 220,
  "Name_Calling,Labeling": 209,
  Repetition: 153,
  Doubt: 183,
  "Exaggeration,Minimisation": 214,
  "Appeal_to_fear-prejudice": 203,
  "Flag-Waving": 111,
  Causal_Oversimplification: 150,
  Appeal_to_Authority: 117,
  Slogans: 219,
  "Whataboutism,Straw_Men,Red_Herring": 180,
  "Black-and-White_Fallacy": 248,
  "Thought-terminating_Cliches": 187,
  "Bandwagon,Reductio_ad_hitlerum": 174,
};

interface Paint {
  on: boolean;
  wrap(text: string, codes: string): string;
}

function painter(on: boolean): Paint {
  return { on, wrap: (text, codes) => (on && codes ? `\x1b[${codes}m${text}\x1b[0m` : text) };
}

function colourOf(label: string): number {
  if (TECHNIQUE_COLOURS[label]) return TECHNIQUE_COLOURS[label];
  let h = 0;
  for (const ch of label) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 124 + (h % 100);
}

const oneLine = (s: string, max = 160) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function section(p: Paint, title: string): string {
  return p.wrap(`\n${title}`, "1;4");
}

function header(r: AnalysisResult, p: Paint): string[] {
  const words = (r.summary.tokens as number | undefined) ?? 0;
  const lines = [
    p.wrap(`━━ ${r.id || "(no id)"} · ${r.source || "-"} · ${r.language} · ${words} tokens`, "1"),
  ];
  const { title, author, publisher, published } = r.meta;
  const metaBits = [
    title && `Title: ${title}`,
    author && `Author: ${author}`,
    publisher && `Publisher: ${publisher}`,
    published && `Published: ${published}`,
  ].filter(Boolean);
  if (metaBits.length) lines.push(metaBits.join(" · "));
  const concern = r.summary.concern as { score?: number; level?: string; reasons?: string[] } | undefined;
  if (concern && typeof concern.score === "number") {
    const code = concern.level === "high" ? "1;31" : concern.level === "medium" ? "1;33" : "1;32";
    lines.push(
      `${p.wrap(`Concern: ${(concern.level ?? "").toUpperCase()} ${concern.score.toFixed(2)}`, code)}`,
    );
    for (const reason of concern.reasons ?? []) lines.push(`  · ${reason}`);
  }
  const actors = r.summary.actors as Array<{ name: string; stance: string; labels?: TextSpan[] }> | undefined;
  if (actors?.length) {
    const list = (stance: string) =>
      actors
        .filter((a) => a.stance === stance)
        .map((a) => (a.labels?.length ? `${a.name} (${a.labels.map((l) => l.text).join(", ")})` : a.name))
        .join("; ");
    const out = list("out");
    const inn = list("in");
    if (out) lines.push(`${p.wrap("Cast as them:", "1;31")} ${out}`);
    if (inn) lines.push(`${p.wrap("Addressed as us:", "1;32")} ${inn}`);
  }
  const profile = r.summary.profile as
    | { quotation?: number; domains?: Array<{ domain: string }> }
    | undefined;
  if (profile && typeof profile.quotation === "number") {
    const domains = profile.domains?.length
      ? ` · Links to: ${profile.domains.map((d) => d.domain).join(", ")}`
      : "";
    lines.push(
      `Voice: ${Math.round((1 - profile.quotation) * 100)}% own, ${Math.round(profile.quotation * 100)}% quoted${domains}`,
    );
  }
  const counts = r.summary.counts as Record<string, Record<string, number>> | undefined;
  if (counts) {
    const parts = Object.entries(counts).map(([type, byLabel]) => {
      const total = Object.values(byLabel).reduce((a, b) => a + b, 0);
      return `${type} ${total}`;
    });
    if (parts.length) lines.push(`Found: ${parts.join(" · ")}`);
  }
  return lines;
}

/** The text with spans styled; returns the rendered text and the numbered technique list. */
function highlight(r: AnalysisResult, p: Paint): string {
  const text = r.text;
  const shown = r.annotations.filter((a) => a.type !== "language");
  const cuts = new Set<number>([0, text.length]);
  for (const a of shown) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const techniques = shown.filter((a) => a.type === "technique");
  let out = "";
  for (let k = 0; k + 1 < points.length; k++) {
    const [s, e] = [points[k], points[k + 1]];
    if (!p.on) {
      techniques.forEach((t, i) => {
        if (t.start === s) out += "[";
        if (t.end === s && t.end > t.start) out += `]${i + 1}`;
      });
      out += text.slice(s, e);
      continue;
    }
    const active = shown.filter((a) => a.start <= s && a.end >= e && a.end > a.start);
    const codes: string[] = [];
    const technique = active
      .filter((a) => a.type === "technique")
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (technique) codes.push(`48;5;${colourOf(technique.label ?? "")}`, "38;5;16");
    if (active.some((a) => a.type === "entity")) codes.push("4");
    if (active.some((a) => a.type === "citation")) codes.push("1", technique ? "" : "36");
    const call = active.find((a) => a.type === "call_to_action");
    if (call) codes.push("1", technique ? "" : call.label === "violence" ? "31" : "35");
    if (active.some((a) => a.type === "attribution" && inside(a.content, s, e))) codes.push("3");
    out += p.wrap(text.slice(s, e), codes.filter(Boolean).join(";"));
  }
  if (!p.on) {
    techniques.forEach((t, i) => {
      if (t.end === text.length) out += `]${i + 1}`;
    });
  }
  return out;
}

function inside(span: unknown, s: number, e: number): boolean {
  const t = span as TextSpan | null | undefined;
  return !!t && t.start <= s && t.end >= e;
}

function legend(r: AnalysisResult, p: Paint): string[] {
  const counts = new Map<string, number>();
  for (const a of r.annotations)
    if (a.type === "technique") counts.set(a.label ?? "", (counts.get(a.label ?? "") ?? 0) + 1);
  const lines = [section(p, "Legend")];
  for (const [label, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${p.wrap(` ${label} `, `48;5;${colourOf(label)};38;5;16`)} ${n}`);
  }
  const has = (type: string, label?: string) =>
    r.annotations.some((a) => a.type === type && (label === undefined || a.label === label));
  const marks = [
    has("entity") && p.wrap("entity", "4"),
    has("citation") && p.wrap("citation", "1;36"),
    has("call_to_action") && p.wrap("call to action", "1;35"),
    has("call_to_action", "violence") && p.wrap("call to violence", "1;31"),
    has("attribution") && p.wrap("quoted content", "3"),
  ].filter(Boolean);
  if (marks.length === 0 && counts.size === 0) return [];
  lines.push(`  ${marks.join("  ")}`);
  return lines;
}

function why(a: Annotation): string {
  return a.why?.length ? ` — ${a.why.slice(0, 3).join("; ")}` : "";
}

function score(a: Annotation): string {
  return typeof a.score === "number" ? ` ${a.score.toFixed(2)}` : "";
}

function listings(r: AnalysisResult, p: Paint): string[] {
  const lines: string[] = [];
  const of = (type: string) => r.annotations.filter((a) => a.type === type);
  const techniques = of("technique");
  if (techniques.length) {
    lines.push(section(p, `Techniques (${techniques.length})`));
    techniques.forEach((a, i) => {
      lines.push(`  ${i + 1}. ${p.wrap(a.label ?? "", "1")}${score(a)}: "${oneLine(a.text, 100)}"${why(a)}`);
    });
  }
  const attributions = of("attribution");
  if (attributions.length) {
    lines.push(section(p, `Attributions (${attributions.length})`));
    const entities = new Map(r.entities.map((e) => [e.id, e]));
    for (const a of attributions) {
      const source = a.source as TextSpan | null;
      const cue = a.cue as TextSpan | null;
      const content = a.content as TextSpan;
      const entity = typeof a.entity === "string" ? entities.get(a.entity) : undefined;
      const speaker = entity ? `${entity.name}` : source ? source.text : "(unnamed)";
      const via = a.via as { name?: string } | null;
      const kind = a.direct ? "quote" : "reported";
      lines.push(
        `  ${p.wrap(` ${oneLine(speaker, 40)} `, "7")} ${cue ? p.wrap(oneLine(cue.text, 30), "1") : "—"} → ${p.wrap(`"${oneLine(content.text, 140)}"`, "3")} [${kind}]${via?.name ? ` via ${via.name}` : ""}`,
      );
    }
  }
  if (r.entities.length) {
    lines.push(section(p, `Entities (${r.entities.length})`));
    for (const e of r.entities) {
      const roles = e.roles.length ? ` — ${e.roles.join("; ")}` : "";
      lines.push(`  ${p.wrap(e.name, "4")} [${e.label}] ×${e.mentions.length}${roles}`);
    }
  }
  const citations = of("citation");
  if (citations.length) {
    lines.push(section(p, `Citations (${citations.length})`));
    for (const a of citations)
      lines.push(`  ${p.wrap(String(a.ref ?? a.text), "1;36")} [${a.label}] "${oneLine(a.text, 80)}"`);
  }
  const calls = of("call_to_action");
  if (calls.length) {
    lines.push(section(p, `Calls to action (${calls.length})`));
    for (const a of calls) {
      const addressee = a.addressee as TextSpan | null;
      const who = addressee ? ` to ${addressee.text}` : "";
      const quoted = a.quoted ? " (quoted, someone else's call)" : "";
      const code = a.label === "violence" ? "1;31" : "1;35";
      lines.push(`  ${p.wrap(a.label ?? "", code)}${who}${quoted}: "${oneLine(a.text, 120)}"${why(a)}`);
    }
  }
  const languages = of("language");
  if (languages.length) {
    lines.push(section(p, "Other languages"));
    for (const a of languages) lines.push(`  [${a.label}] "${oneLine(a.text, 80)}"`);
  }
  return lines;
}

export function renderPretty(result: Result, colour: boolean): string {
  const p = painter(colour);
  if (isError(result)) {
    return `${p.wrap(`✗ ${result.id || "(no id)"} · ${result.source}`, "1;31")}\n  ${result.error.code}: ${result.error.message}\n`;
  }
  return [
    ...header(result, p),
    "",
    highlight(result, p),
    ...legend(result, p),
    ...listings(result, p),
    "",
  ].join("\n");
}

export const prettyFormat: OutputFormat = {
  name: "pretty",
  description: "Readable report: summary, highlighted text with a legend, findings with reasons",
  open({ stream, color }) {
    return {
      write(result) {
        stream.write(`${renderPretty(result, color)}\n`);
      },
      end() {},
    };
  },
};
