/**
 * The built-in analyzers, in a valid run order. Later analyzers plug in here; the CLI,
 * the HTTP API and the workers take their list from this registry only.
 */

import { attributionsAnalyzer } from "./attributions/index.js";
import { callsAnalyzer } from "./calls/index.js";
import { citationsAnalyzer } from "./citations/index.js";
import { entitiesAnalyzer } from "./entities/index.js";
import { framingAnalyzer } from "./framing/index.js";
import { languageAnalyzer } from "./language/index.js";
import { profileAnalyzer } from "./profile/index.js";
import { techniquesAnalyzer } from "./techniques/index.js";
import type { AnalyzerSpec } from "./types.js";

export const builtinAnalyzers: readonly AnalyzerSpec[] = [
  languageAnalyzer,
  techniquesAnalyzer,
  entitiesAnalyzer,
  attributionsAnalyzer,
  citationsAnalyzer,
  callsAnalyzer,
  framingAnalyzer,
  profileAnalyzer,
];
