/**
 * The document profile: title, author and publisher stated in the text (filling gaps in
 * `meta` only), outlinked domains, the share of quoted text, counts per technique,
 * citation kind and call label, and the `concern` score with its reasons.
 */
import type { Doc } from "../../document/document.js";
import type { Annotation, TextSpan } from "../../document/types.js";
import { quotedTokens } from "../calls/quotes.js";
import { findUrls } from "../citations/urls.js";
import type { Actor } from "../framing/index.js";
import type { AnalyzerSpec, Upstream } from "../types.js";
import { statedProfile } from "./byline.js";
import { type Concern, concernOf } from "./concern.js";

export interface Profile {
  stated: { title: TextSpan | null; author: TextSpan | null; publisher: TextSpan | null };
  domains: Array<{ domain: string; count: number }>;
  /** Share of the text's characters inside quotation marks or attributed content. */
  quotation: number;
  ownVoice: number;
  words: number;
  techniques: Record<string, number>;
  citations: Record<string, number>;
  calls: Record<string, number>;
  quotedCalls: number;
}

function countBy(annotations: readonly Annotation[], keep: (a: Annotation) => boolean = () => true) {
  const counts: Record<string, number> = {};
  for (const a of annotations) if (keep(a)) counts[a.label ?? "_"] = (counts[a.label ?? "_"] ?? 0) + 1;
  return counts;
}

function quotationShare(doc: Doc, upstream: Upstream): number {
  // Counted over tokens (whitespace lies between them): a token is quoted when it is inside
  // quotation marks or inside the content of an attribution.
  const inside = quotedTokens(doc);
  const { start, end, count } = doc.tokens;
  const contents: TextSpan[] = [];
  for (const a of upstream.attributions?.annotations ?? []) {
    const content = a.content as TextSpan | undefined;
    if (content) contents.push(content);
  }
  contents.sort((x, y) => x.start - y.start);
  let quoted = 0;
  let visible = 0;
  let c = 0;
  for (let i = 0; i < count; i++) {
    const length = end[i] - start[i];
    visible += length;
    while (c < contents.length && contents[c].end <= start[i]) c++;
    const inContent = c < contents.length && contents[c].start <= start[i];
    if (inside[i] || inContent) quoted += length;
  }
  return visible ? quoted / visible : 0;
}

function domains(doc: Doc, upstream: Upstream): Profile["domains"] {
  const counts = new Map<string, number>();
  for (const link of doc.meta.links ?? [])
    if (link.domain) counts.set(link.domain, (counts.get(link.domain) ?? 0) + 1);
  const urls = upstream.citations
    ? upstream.citations.annotations.filter((a) => a.label === "url").map((a) => String(a.ref))
    : findUrls(doc.text).map((f) => f.ref);
  for (const d of urls) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts]
    .map(([domain, count]) => ({ domain, count }))
    .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain));
}

export const profileAnalyzer: AnalyzerSpec = {
  name: "profile",
  description:
    "Document profile (stated title/author/publisher, domains, quotation share, counts) and the concern score.",
  after: ["techniques", "attributions", "citations", "calls", "framing"],
  create: () => (doc, upstream) => {
    const stated = statedProfile(doc);
    const calls = upstream.calls?.annotations ?? [];
    let words = 0;
    for (let i = 0; i < doc.tokens.count; i++) if (doc.tokens.kind[i] === 1) words++;
    const profile: Profile = {
      stated,
      domains: domains(doc, upstream),
      quotation: round(quotationShare(doc, upstream)),
      ownVoice: 0,
      words,
      techniques: countBy(upstream.techniques?.annotations ?? []),
      citations: countBy(upstream.citations?.annotations ?? []),
      calls: countBy(calls),
      quotedCalls: calls.filter((c) => c.quoted === true).length,
    };
    profile.ownVoice = round(1 - profile.quotation);
    const actors = (upstream.framing?.summary?.actors ?? []) as Actor[];
    const concern: Concern = concernOf({
      calls,
      actors,
      techniques: upstream.techniques?.annotations.length ?? 0,
      techniquesKnown: upstream.techniques !== undefined,
      words,
    });
    const meta: Record<string, string> = {};
    if (stated.title) meta.title = stated.title.text;
    if (stated.author) meta.author = stated.author.text;
    if (stated.publisher) meta.publisher = stated.publisher.text;
    return { annotations: [], meta, summary: { profile, concern } };
  },
};

const round = (x: number) => Math.round(x * 1000) / 1000;
