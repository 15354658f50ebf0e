/**
 * Cited authorities: scripture, hadith collections, news agencies named as the origin of
 * information, official documents, and URLs. Each citation carries a normalised `ref`;
 * scripture links the quoted passage next to it, and agencies link the attribution they
 * introduce when the attributions analyzer ran before this one.
 */
import { type Doc, tokenAt } from "../../document/document.js";
import { overlaps, textSpan } from "../../document/span.js";
import type { Annotation } from "../../document/types.js";
import type { AnalyzerSpec, Upstream } from "../types.js";
import { findChurchDocuments } from "./church-documents.js";
import { findDocuments, findPactShortForms } from "./documents.js";
import { findDefinedAcronyms, findEstablishedDocuments } from "./established-documents.js";
import type { Found } from "./found.js";
import { findHadith } from "./hadith.js";
import { findHandles } from "./handles.js";
import { outletStartsAt } from "./outlet-names.js";
import { findOutlets } from "./outlets.js";
import { findPartyPlatforms } from "./party-platforms.js";
import { findProvisions } from "./provisions.js";
import { findReports } from "./reports.js";
import { findScripture } from "./scripture.js";
import { findUrls } from "./urls.js";

// When two findings overlap the more specific one wins.
const PRIORITY: Record<Found["label"], number> = { scripture: 0, hadith: 1, url: 2, document: 3, agency: 4 };
const SCORE: Record<Found["label"], number> = {
  scripture: 0.95,
  hadith: 0.95,
  url: 0.99,
  document: 0.8,
  agency: 0.85,
};

// The rest of a name and the opening parenthesis before its acronym.
const DEFINED_AFTER = /^[^.,;:()\n]{0,40}\($/;
const ACRONYM_IN_PARENTHESES = /^[A-Za-z]{2,8}\)$/;

interface SpanLike {
  start: number;
  end: number;
}

export function findCitations(doc: Doc): Found[] {
  const urls = findUrls(doc.text);
  const outlets = [...findOutlets(doc), ...findHandles(doc)];
  // An outlet's own report cites the outlet: "the Tagespost report" once "told Die Tagespost"
  // has shown Tagespost to be an outlet, so a name's last word is compared with the outlets'.
  const lastWord = (s: string) => s.slice(s.lastIndexOf(" ") + 1).toLowerCase();
  const outletWords = new Set(outlets.map((f) => lastWord(doc.text.slice(f.start, f.end))));
  const outletLike = (start: number, end: number) =>
    outletStartsAt(doc, tokenAt(doc, start)) ||
    outletWords.has(lastWord(doc.text.slice(start, end))) ||
    urls.some((f) => overlaps(f, { start, end })) ||
    outlets.some((f) => overlaps(f, { start, end }));
  const documents = [
    ...findDocuments(doc),
    ...findChurchDocuments(doc),
    ...findProvisions(doc),
    ...findEstablishedDocuments(doc),
    ...findPartyPlatforms(doc),
    ...findReports(doc, outletLike),
  ];
  const all = [
    ...findScripture(doc),
    ...findHadith(doc.text),
    ...urls,
    ...documents,
    ...findDefinedAcronyms(doc, documents),
    ...findPactShortForms(doc, documents),
    ...outlets,
  ].sort((a, b) => PRIORITY[a.label] - PRIORITY[b.label] || a.start - b.start);
  // "the Joint Comprehensive Plan of Action (JCPOA)", "Amoris Laetitia (AL)": the acronym
  // defined right after a document's name (found in full or only its first words) is the same
  // mention, not a second one; "(CCC 2357)" after the Catechism is a paragraph of it.
  const definition = (f: Found) =>
    f.label === "document" &&
    ACRONYM_IN_PARENTHESES.test(doc.text.slice(f.start, f.end + 1)) &&
    documents.some((d) => d.end < f.start && DEFINED_AFTER.test(doc.text.slice(d.end, f.start)));
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => overlaps(k, f)) && !definition(f)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

function attributionOf(found: Found, upstream: Upstream): number | null {
  const attributions = upstream.attributions?.annotations ?? [];
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    const via = a.via as SpanLike | null | undefined;
    const source = a.source as SpanLike | null | undefined;
    if ((via && overlaps(via, found)) || (source && overlaps(source, found))) return i;
  }
  if (found.label !== "agency") return null;
  for (let i = 0; i < attributions.length; i++) if (overlaps(attributions[i], found)) return i;
  return null;
}

export const citationsAnalyzer: AnalyzerSpec = {
  name: "citations",
  description:
    "Cited authorities: Qur'an and Bible references, hadith collections, news agencies as sources, official documents, URLs.",
  after: ["attributions"],
  create: () => (doc, upstream) => {
    const linked = upstream.attributions !== undefined;
    const annotations: Annotation[] = findCitations(doc).map((f) => {
      const annotation: Annotation = {
        type: "citation",
        label: f.label,
        ref: f.ref,
        ...textSpan(doc, f.start, f.end),
        score: SCORE[f.label],
        why: [f.why],
      };
      if (f.passage) annotation.passage = textSpan(doc, f.passage.start, f.passage.end);
      if (linked) annotation.attribution = attributionOf(f, upstream);
      return annotation;
    });
    return { annotations };
  },
};
