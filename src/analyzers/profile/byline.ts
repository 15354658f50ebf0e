/**
 * Author, publisher and title stated in the text itself: a "By NAME" byline near the
 * top, a "Written for X by Y" footer, "Paid for by X", or a signature block at the end
 * ("Thank you,\nMaria Okafor\nDirector, Hope Bridge Relief"). English patterns only.
 */
import type { Doc } from "../../document/document.js";
import { textSpan } from "../../document/span.js";
import type { TextSpan } from "../../document/types.js";

export interface Stated {
  title: TextSpan | null;
  author: TextSpan | null;
  publisher: TextSpan | null;
}

const NAME =
  "(?:(?:Fr|Dr|Rev|Mr|Mrs|Ms|Prof|Sheikh|Imam|Pastor)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:al-|bin |ibn |de |van |von )?\\p{Lu}[\\p{L}'’.-]*){0,4}";
// Organisations may contain lower-case connectors: "Neighbors for Change", "Friends of the Earth".
const ORG = `${NAME}(?:\\s+(?:for|of|and|the|&)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*)*`;
const BYLINE = new RegExp(`^(?:By|BY|Written by|Posted by|Author:)\\s+(${NAME})\\s*(?:,\\s*(.+))?$`, "u");
// "By the Media Office of the Northern Front": a byline naming an organisation, the usual
// signature of movement and state media, makes it both author and publisher.
const ORG_HEAD =
  "(?:Office|Ministry|Agency|Front|Committee|Council|Department|Foundation|Movement|Organi[sz]ation|Network|Media|Press|Cent(?:er|re)|Institute|Brigade|Army|Party|Union|Association|Desk|Staff|Team|Group|Service|Bureau|Wing|Command)";
const BYLINE_ORG = new RegExp(
  `^(?:By|BY|From|Issued by|Published by)\\s+(?:the\\s+)?((?=[^,]*\\b${ORG_HEAD}\\b)${ORG})\\s*$`,
  "u",
);
const WRITTEN_FOR_BY = new RegExp(`Written for\\s+(${ORG})\\s+by\\s+(${NAME})`, "u");
const WRITTEN_BY_FOR = new RegExp(`Written by\\s+(${NAME})\\s+for\\s+(${ORG})`, "u");
const PAID_FOR = new RegExp(`^Paid for by\\s+(${ORG})`, "u");
const CLOSING =
  /^(?:thank you|thanks|sincerely|regards|best regards|yours(?: truly| faithfully)?|in faith|blessings|respectfully|with gratitude)\s*,?$/i;
const PERSON_LINE = new RegExp(`^(${NAME})\\.?$`, "u");
const ROLE_ORG = /^([^,]{2,60}),\s*(\p{Lu}[^,]{2,80})$/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: at + lead, end: at + lead + body.length, text: body });
    at += raw.length + 1;
  }
  return out;
}

function group(doc: Doc, line: Line, m: RegExpExecArray, n: number): TextSpan {
  // A sentence-final dot after a name ("John Gorra.") is not part of it; "Jr." keeps its dot.
  const value = m[n].replace(/(\p{Ll}{2})\.$/u, "$1");
  const start = line.start + line.text.indexOf(value, m.index);
  return textSpan(doc, start, start + value.length);
}

export function statedProfile(doc: Doc): Stated {
  const found: Stated = { title: null, author: null, publisher: null };
  const all = lines(doc.text);
  if (all.length === 0) return found;
  // A first line that stands alone before a blank line and reads as a heading.
  const first = all[0];
  const gap = doc.text.slice(first.end, all[1]?.start ?? first.end);
  if (all.length > 1 && first.text.length <= 200 && /\n\s*\n/.test(gap) && !/[,;:]$/.test(first.text)) {
    found.title = textSpan(doc, first.start, first.end);
  }
  for (const line of all.slice(0, 6)) {
    const org = BYLINE_ORG.exec(line.text);
    if (org) {
      found.author = found.publisher = group(doc, line, org, 1);
      break;
    }
    const m = BYLINE.exec(line.text);
    if (m) {
      found.author = group(doc, line, m, 1);
      if (m[2] && /^\p{Lu}/u.test(m[2])) found.publisher = group(doc, line, m, 2);
      break;
    }
  }
  for (const line of all.slice(-6)) {
    let m = WRITTEN_FOR_BY.exec(line.text);
    if (m) {
      found.publisher ??= group(doc, line, m, 1);
      found.author ??= group(doc, line, m, 2);
      continue;
    }
    m = WRITTEN_BY_FOR.exec(line.text);
    if (m) {
      found.author ??= group(doc, line, m, 1);
      found.publisher ??= group(doc, line, m, 2);
      continue;
    }
    m = PAID_FOR.exec(line.text);
    if (m) found.publisher ??= group(doc, line, m, 1);
  }
  // Signature: a closing line, then a name, then optionally "Role, Organisation".
  const tail = all.slice(-4);
  for (let i = 0; i < tail.length; i++) {
    const closing = CLOSING.test(tail[i].text);
    const nameLine = closing
      ? tail[i + 1]
      : i === tail.length - 1 || i === tail.length - 2
        ? tail[i]
        : undefined;
    if (!nameLine || found.author) continue;
    // Without a closing line, only a short last paragraph of its own counts as a signature.
    if (!closing) {
      const prev = all[all.indexOf(nameLine) - 1];
      if (!prev || !/\n[^\S\n]*\n/.test(doc.text.slice(prev.end, nameLine.start))) continue;
    }
    const m = PERSON_LINE.exec(nameLine.text);
    if (!m || m[1].split(/\s+/).length < 2) continue;
    found.author = group(doc, nameLine, m, 1);
    const next = all[all.indexOf(nameLine) + 1];
    const role = next ? ROLE_ORG.exec(next.text) : null;
    if (role && !found.publisher) found.publisher = group(doc, next, role, 2);
  }
  return found;
}
