import { expect, it } from "vitest";
import * as api from "./index.js";

// The public API: a change here is a change for every user of the package.
it("pins the public exports", () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "DEFAULT_MAX_BYTES",
      "RESULT_VERSION",
      "TokenKind",
      "UsageError",
      "analyzeItems",
      "builtinAnalyzers",
      "checkSpans",
      "createApp",
      "createDocument",
      "createMinHasher",
      "createPipeline",
      "createWorkerPool",
      "detectLanguage",
      "estimateJaccard",
      "expandArgs",
      "extractHtml",
      "fromCodePoint",
      "isError",
      "jaccard",
      "openApiDocument",
      "openStore",
      "readInputs",
      "readPaths",
      "resultSchema",
      "segmentParagraphs",
      "segmentSentences",
      "selectAnalyzers",
      "shingleHashes",
      "startServer",
      "textSpan",
      "toCodePoint",
      "tokenAt",
      "tokenText",
      "tokenize",
    ]
  `);
});
