/**
 * HTML pages: the article body via Mozilla Readability on a linkedom DOM, turned into
 * plain text with one paragraph per block, plus the page's metadata and outgoing links.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Link, Meta } from "../document/types.js";

const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "TR",
  "FIGCAPTION",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "UL",
  "OL",
  "TABLE",
  "DD",
  "DT",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "NAV"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Block-aware text: paragraphs separated by a blank line, whitespace inside them collapsed. */
export function domText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? null;
    if (value?.trim()) return value.trim();
  }
  return null;
}

function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (match) return match[1];
  }
  return null;
}

export function linksOf(root: ParentNode, base?: string): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const a of root.querySelectorAll("a[href]")) {
    const raw = a.getAttribute("href") ?? "";
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const text = a.textContent?.replace(/\s+/g, " ").trim();
    links.push({ href: url.href, domain: url.hostname.replace(/^www\./, ""), ...(text ? { text } : {}) });
  }
  return links;
}

export function extractHtml(input: string, url?: string): { text: string; meta: Partial<Meta> } {
  // linkedom needs a whole document; fragments ("<p>...</p>") get one around them.
  const html = /<html[\s>]/i.test(input)
    ? input
    : `<!doctype html><html><head></head><body>${input}</body></html>`;
  const { document } = parseHTML(html);
  const published =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      "time[datetime]",
    ]) ?? jsonLdDate(document);
  const author = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const site = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const ogTitle = metaContent(document, ['meta[property="og:title"]']);
  const pageTitle = document.querySelector("title")?.textContent?.trim() || null;
  // Readability mutates the DOM it reads, so it gets its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  let body: string;
  let links: Link[];
  if (article?.content) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    body = domText(content.body as unknown as DomNode);
    links = linksOf(content.body, url);
  } else {
    body = document.body ? domText(document.body as unknown as DomNode) : "";
    links = document.body ? linksOf(document.body, url) : [];
  }
  const title = article?.title?.trim() || ogTitle || pageTitle;
  // Headlines carry spin too: keep the title as the first paragraph, as news corpora do.
  const text = title && !body.startsWith(title) ? (body ? `${title}\n\n${body}` : title) : body;
  return {
    text,
    meta: {
      title: title ?? null,
      author: article?.byline?.trim() || author,
      publisher:
        article?.siteName?.trim() || site || (url ? new URL(url).hostname.replace(/^www\./, "") : null),
      published: article?.publishedTime || published,
      links,
      ...(url ? { url } : {}),
    },
  };
}
