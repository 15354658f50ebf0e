/**
 * URLs and bare domains written in the text. Bare domains need a known top-level domain
 * so that "e.g." or "U.S." never read as hosts.
 */
import type { Found } from "./found.js";

const TLDS =
  "com|org|net|gov|edu|mil|int|info|biz|news|io|co|tv|me|ly|ru|su|cn|uk|de|fr|it|es|nl|se|no|pl|ua|by|ir|sy|iq|af|pk|in|us|ca|au|eu|ch|at|be|tr|il|ps|sa|ae|qa|eg|jp|kr|br|mx|ar|za|ng|ke|example|pr|online|site|blog|press|media";
// Built once. Scheme URLs run to whitespace or a closing bracket/quote, and may be glued to
// the word before ("plausiblehttps://t.co/..." in scraped tweets); bare hosts need a TLD.
const URL_RE = new RegExp(
  `(?:https?://[^\\s<>"'“”‘’()\\[\\]]+|(?<![\\p{L}\\p{N}@./-])(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"'“”()\\[\\]]*)?)`,
  "iu",
);
const URL_STICKY = new RegExp(URL_RE.source, "iuy");
const CAPITAL_HOST = /^(?:[A-Z0-9-]+\.)+(?:COM|ORG|NET|GOV|EDU|INFO|NEWS|TV|CO\.UK)$/;
const FURNITURE_LINE = /^\s*(?:facebook|twitter|instagram|youtube|follow\b[^:]*|like\b[^:]*)\s*:\s*$/i;
// A capitalised word inside a sentence right before: "editor of Infowars.com and Prison Planet.com".
const NAME_BEFORE = /[a-z,]\s+[A-Z][a-z]+ $/;
const TRAILING = /[.,;:!?)\]}'"”’]+$/;
// "a state.gov e-mail address", "a gmail.com account": the domain names a kind of mailbox, not
// a site the text cites (the set reads e-mail addresses as no url); "the clinton.com email
// system" still names the server.
const MAILBOX_AFTER = /^["”’']?\s+(?:(?:e-?mail|mail)\s+)?(?:address|addresses|account|accounts)\b/i;

/** The host of a URL as written, lower-cased, without "www.". */
export function hostOf(url: string): string {
  return url
    .replace(/^https?:\/\//i, "")
    .replace(/[/?#:].*$/, "")
    .toLowerCase()
    .replace(/^www\./, "");
}

// Only a "://" or a dot between two letters/digits can be part of a URL: the full
// pattern runs from just before those places, not at every character.
const CANDIDATE = /:\/\/|[\p{L}\p{N}]\.[\p{L}\p{N}]/gu;
const HOST_CHAR = /[\p{L}\p{N}.:/-]/u;

export function findUrls(text: string): Found[] {
  const out: Found[] = [];
  CANDIDATE.lastIndex = 0;
  let done = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    if (c.index < done) continue;
    let from = c.index;
    while (from > done && HOST_CHAR.test(text[from - 1])) from--;
    let m: RegExpExecArray | null = null;
    for (let p = from; p <= c.index && m === null; p++) {
      URL_STICKY.lastIndex = p;
      m = URL_STICKY.exec(text);
    }
    if (m === null) {
      CANDIDATE.lastIndex = c.index + 1;
      continue;
    }
    done = m.index + m[0].length;
    CANDIDATE.lastIndex = done;
    const url = m[0].replace(TRAILING, "");
    const host = hostOf(url);
    if (!host.includes(".")) continue;
    // "market.It was": a missing space, not a host. Bare hosts end in a lower-case TLD, or are
    // written all in capitals with a common one ("VDARE.COM", "(DW.COM)").
    const bare = !/^(?:https?:|www\.)/i.test(url);
    const hostText = url.replace(/\/.*$/, "");
    if (bare && !/\.[a-z]+$/.test(hostText) && !CAPITAL_HOST.test(hostText)) continue;
    // "Facebook: https://www.facebook.com/X" in a follow block is furniture; "Prison Planet.com"
    // is a site's name with a space, not a host.
    if (FURNITURE_LINE.test(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index))) continue;
    if (bare && /^[A-Z]/.test(url) && NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    if (bare && MAILBOX_AFTER.test(text.slice(m.index + url.length, m.index + url.length + 24))) continue;
    out.push({
      label: "url",
      ref: host,
      start: m.index,
      end: m.index + url.length,
      why: /^https?:/i.test(url) ? "URL in the text" : "domain name in the text",
    });
  }
  return out;
}
