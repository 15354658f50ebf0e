/**
 * URLs and bare domains written in the text. Bare domains need a known top-level domain
 * so that "e.g." or "U.S." never read as hosts.
 */
import type { Found } from "./found.js";

const TLDS =
  "com|org|net|gov|edu|mil|int|info|biz|news|io|co|tv|me|ly|ru|su|cn|uk|de|fr|it|es|nl|se|no|pl|ua|by|ir|sy|iq|af|pk|in|us|ca|au|eu|ch|at|be|tr|il|ps|sa|ae|qa|eg|jp|kr|br|mx|ar|za|ng|ke|example|online|site|blog|press|media";
// Built once. Scheme URLs run to whitespace or a closing bracket/quote; bare hosts need a TLD.
const URL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@./-])(?:https?://[^\\s<>"'“”‘’()\\[\\]]+|(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"'“”()\\[\\]]*)?)`,
  "giu",
);
const TRAILING = /[.,;:!?)\]}'"”’]+$/;

/** The host of a URL as written, lower-cased, without "www.". */
export function hostOf(url: string): string {
  return url
    .replace(/^https?:\/\//i, "")
    .replace(/[/?#:].*$/, "")
    .toLowerCase()
    .replace(/^www\./, "");
}

export function findUrls(text: string): Found[] {
  const out: Found[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
    const url = m[0].replace(TRAILING, "");
    const host = hostOf(url);
    if (!host.includes(".")) continue;
    // "market.It was": a missing space, not a host. Bare hosts end in a lower-case TLD.
    if (!/^(?:https?:|www\.)/i.test(url) && !/\.[a-z]+$/.test(url.replace(/\/.*$/, ""))) continue;
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
