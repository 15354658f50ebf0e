import { writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { type Annotation, isError, type Span } from "../../document/types.js";
import type { OutputFormat } from "./types.js";

/** A file name from the result id (or source), safe on every file system. */
export function bratName(id: string, source: string): string {
  const raw = id || basename(source, extname(source)) || "document";
  return raw.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 120);
}

/** brat span text cannot hold line breaks: a span crossing one becomes several fragments. */
function fragments(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    const re = /\s*[\r\n]\s*/g;
    re.lastIndex = start;
    for (let m = re.exec(text); m !== null && m.index < s.end; m = re.exec(text)) {
      if (m.index > start) out.push({ start, end: m.index });
      start = m.index + m[0].length;
    }
    if (s.end > start) out.push({ start, end: s.end });
  }
  return out;
}

/**
 * PolNeAR's brat layout: per attribution `Source`, `Cue`, `Content` and `Attribution` (the
 * cue again, as the event trigger) T lines, then one E line tying them together;
 * `Attribution-no-source` when no source is named.
 */
export function toBrat(text: string, annotations: readonly Annotation[]): string {
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  const addT = (label: string, spans: readonly Span[]): string | null => {
    const parts = fragments(text, spans);
    if (!parts.length) return null;
    const id = `T${++t}`;
    const offsets = parts.map((p) => `${p.start} ${p.end}`).join(";");
    const covered = parts.map((p) => text.slice(p.start, p.end)).join(" ");
    lines.push(`${id}\t${label} ${offsets}\t${covered}`);
    return id;
  };
  for (const a of annotations) {
    if (a.type !== "attribution") continue;
    const source = a.source as Span | null;
    const cue = a.cue as Span | null;
    const content = (a.contentParts as Span[] | undefined) ?? [a.content as Span];
    const src = source ? addT("Source", [source]) : null;
    const cueId = cue ? addT("Cue", [cue]) : null;
    const con = addT("Content", content);
    if (!cue || !con || !cueId) continue;
    const trigger = addT(src ? "Attribution" : "Attribution-no-source", [cue]);
    lines.push(
      `E${++e}\t${src ? "Attribution" : "Attribution-no-source"}:${trigger} Content:${con} Cue:${cueId}${src ? ` Source:${src}` : ""}`,
    );
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** `--format brat --out DIR`: NAME.ann (and NAME.txt, so brat can open it) per document. */
export const bratFormat: OutputFormat = {
  name: "brat",
  description: "brat standoff attributions in PolNeAR's layout: DIR/NAME.ann with the text as DIR/NAME.txt.",
  directory: true,
  open: ({ outPath }) => {
    if (!outPath) throw new Error("the brat format writes a directory: give --out DIR");
    const used = new Map<string, number>();
    return {
      write(result) {
        if (isError(result)) return;
        let name = bratName(result.id, result.source);
        const seen = used.get(name) ?? 0;
        used.set(name, seen + 1);
        if (seen) name = `${name}_${seen + 1}`;
        writeFileSync(join(outPath, `${name}.txt`), result.text);
        writeFileSync(join(outPath, `${name}.ann`), toBrat(result.text, result.annotations));
      },
      end() {},
    };
  },
};
