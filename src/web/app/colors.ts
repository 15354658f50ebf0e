/**
 * One colour per PTC technique. Highlight tints are light so dark text on them keeps a
 * contrast ratio of at least 6:1 (colors.test.ts checks 4.5:1, WCAG AA); chart colours are the same hues, saturated, so a bar in the
 * corpus view and a highlight in the read view are recognisably the same technique.
 */
export { PTC_LABELS } from "../../analyzers/techniques/labels.js";

const TECHNIQUE_HUES: Readonly<Record<string, number>> = {
  Loaded_Language: 28,
  "Name_Calling,Labeling": 0,
  Repetition: 150,
  Doubt: 210,
  "Exaggeration,Minimisation": 55,
  "Appeal_to_fear-prejudice": 290,
  "Flag-Waving": 245,
  Causal_Oversimplification: 100,
  Appeal_to_Authority: 185,
  Slogans: 325,
  "Whataboutism,Straw_Men,Red_Herring": 18,
  "Black-and-White_Fallacy": 0,
  "Thought-terminating_Cliches": 268,
  "Bandwagon,Reductio_ad_hitlerum": 45,
};

/** Techniques whose hue repeats another's are told apart by saturation or lightness. */
const MUTED = new Set(["Black-and-White_Fallacy", "Whataboutism,Straw_Men,Red_Herring"]);
const DEEPER = new Set(["Thought-terminating_Cliches", "Bandwagon,Reductio_ad_hitlerum"]);

function hueOf(label: string): number {
  const known = TECHNIQUE_HUES[label];
  if (known !== undefined) return known;
  let h = 0;
  for (let i = 0; i < label.length; i++) h = (h * 31 + label.charCodeAt(i)) % 360;
  return h;
}

export function techniqueTint(label: string): string {
  const sat = MUTED.has(label) ? 12 : 85;
  return `hsl(${hueOf(label)} ${sat}% ${DEEPER.has(label) ? 74 : 84}%)`;
}

export function techniqueSolid(label: string): string {
  const sat = MUTED.has(label) ? 10 : 70;
  const light = MUTED.has(label) ? 45 : DEEPER.has(label) ? 40 : 52;
  return `hsl(${hueOf(label)} ${sat}% ${light}%)`;
}

/** Human form of a PTC label: "Name_Calling,Labeling" -> "Name calling, labeling". */
export function prettyLabel(label: string): string {
  const s = label.replace(/_/g, " ").replace(/,/g, ", ");
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
