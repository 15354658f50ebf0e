/**
 * The concern score: a noisy-OR of four capped parts, each reported as a reason with its
 * contribution, so an analyst can recompute it by hand:
 *
 *   violence  = min(1, 0.6 × own violence calls + 0.15 × quoted violence calls)
 *   outgroup  = min(0.4, 0.1 × out-group actors + 0.05 × label spans on them)
 *   density   = min(0.3, 0.3 × (technique spans per 1000 words) / 40)
 *   calls     = min(0.2, 0.05 × other calls in the author's own voice)
 *   score     = 1 − (1 − violence)(1 − outgroup)(1 − density)(1 − calls)
 *
 * level: high ≥ 0.6, medium ≥ 0.3, else low. One call to violence in the author's own
 * voice is enough for "high"; a news report quoting one stays low unless more adds up.
 */
import type { Annotation } from "../../document/types.js";
import type { Actor } from "../framing/index.js";

export interface Concern {
  score: number;
  level: "low" | "medium" | "high";
  reasons: string[];
}

export interface ConcernInput {
  calls: readonly Annotation[];
  actors: readonly Actor[];
  techniques: number;
  /** False when the techniques analyzer did not run: density is then left out, and said so. */
  techniquesKnown: boolean;
  words: number;
}

const fmt = (x: number) => x.toFixed(2);

export function concernOf(input: ConcernInput): Concern {
  const reasons: string[] = [];
  const ownViolence = input.calls.filter((c) => c.label === "violence" && c.quoted !== true).length;
  const quotedViolence = input.calls.filter((c) => c.label === "violence" && c.quoted === true).length;
  const violence = Math.min(1, 0.6 * ownViolence + 0.15 * quotedViolence);
  if (ownViolence) reasons.push(`${ownViolence} call(s) to violence in the author's own voice`);
  if (quotedViolence) reasons.push(`${quotedViolence} quoted call(s) to violence`);
  if (violence) reasons[reasons.length - 1] += ` (violence part ${fmt(violence)})`;

  const out = input.actors.filter((a) => a.stance === "out");
  const labels = out.reduce((n, a) => n + a.labels.length, 0);
  const outgroup = Math.min(0.4, 0.1 * out.length + 0.05 * labels);
  if (out.length) {
    reasons.push(
      `out-group framing of ${out.map((a) => a.name).join(", ")} with ${labels} label(s) (out-group part ${fmt(outgroup)})`,
    );
  }

  let density = 0;
  if (input.techniquesKnown && input.words > 0) {
    const perThousand = (1000 * input.techniques) / input.words;
    density = Math.min(0.3, (0.3 * perThousand) / 40);
    if (input.techniques) {
      reasons.push(
        `${input.techniques} technique span(s), ${perThousand.toFixed(1)} per 1000 words (density part ${fmt(density)})`,
      );
    }
  } else {
    reasons.push("techniques analyzer did not run: technique density not counted");
  }

  const ownCalls = input.calls.filter((c) => c.label !== "violence" && c.quoted !== true).length;
  const calls = Math.min(0.2, 0.05 * ownCalls);
  if (ownCalls)
    reasons.push(`${ownCalls} other call(s) to action in the author's own voice (calls part ${fmt(calls)})`);

  const score = Math.round((1 - (1 - violence) * (1 - outgroup) * (1 - density) * (1 - calls)) * 1000) / 1000;
  const level = score >= 0.6 ? "high" : score >= 0.3 ? "medium" : "low";
  if (reasons.length === 0) reasons.push("no calls, out-group framing or techniques found");
  return { score, level, reasons };
}
