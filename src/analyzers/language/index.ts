/**
 * Marks paragraphs written in another language than the document's (an Arabic quotation
 * inside an English commentary, say) and reports the share of text per language.
 */
import { textSpan } from "../../document/span.js";
import type { Annotation } from "../../document/types.js";
import type { AnalyzerSpec } from "../types.js";

export const languageAnalyzer: AnalyzerSpec = {
  name: "language",
  description: "Language of the document and of each paragraph; marks paragraphs in another language.",
  create: () => (doc) => {
    const annotations: Annotation[] = [];
    const chars: Record<string, number> = {};
    const { paragraphs } = doc;
    for (let p = 0; p < paragraphs.count; p++) {
      const lang = doc.paragraphLanguages[p];
      const length = paragraphs.end[p] - paragraphs.start[p];
      chars[lang] = (chars[lang] ?? 0) + length;
      if (lang !== doc.language && lang !== "und") {
        annotations.push({
          type: "language",
          label: lang,
          ...textSpan(doc, paragraphs.start[p], paragraphs.end[p]),
          why: [`paragraph reads as '${lang}', the document as '${doc.language}'`],
        });
      }
    }
    const total = Object.values(chars).reduce((a, b) => a + b, 0) || 1;
    const languages = Object.fromEntries(
      Object.entries(chars)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, Math.round((v / total) * 1000) / 1000]),
    );
    return { annotations, summary: { languages } };
  },
};
