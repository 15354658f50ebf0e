import { describe, expect, it } from "vitest";
import { PTC_LABELS, prettyLabel, techniqueSolid, techniqueTint } from "./colors.js";

/** WCAG relative luminance of an `hsl(H S% L%)` colour. */
function luminance(css: string): number {
  const m = /^hsl\((\d+) (\d+)% (\d+)%\)$/.exec(css);
  if (!m) throw new Error(`not an hsl colour: ${css}`);
  const [h, s, l] = [Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100];
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(f(0)) + 0.7152 * lin(f(8)) + 0.0722 * lin(f(4));
}

const TEXT = 0.0132; // #1b1f24, the text colour in styles.css

describe("technique colours", () => {
  it("keep dark text readable on every highlight (WCAG AA, 4.5:1)", () => {
    for (const label of PTC_LABELS) {
      const ratio = (luminance(techniqueTint(label)) + 0.05) / (TEXT + 0.05);
      expect(ratio, label).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("give each of the 14 techniques its own highlight and chart colour", () => {
    expect(new Set(PTC_LABELS.map(techniqueTint)).size).toBe(14);
    expect(new Set(PTC_LABELS.map(techniqueSolid)).size).toBe(14);
  });

  it("colour unknown labels too, the same way every time", () => {
    expect(techniqueTint("Some_New_Label")).toBe(techniqueTint("Some_New_Label"));
    expect(luminance(techniqueTint("Some_New_Label"))).toBeGreaterThan(0.4);
  });

  it("turns PTC labels into readable names", () => {
    expect(prettyLabel("Name_Calling,Labeling")).toBe("Name calling, labeling");
    expect(prettyLabel("Appeal_to_fear-prejudice")).toBe("Appeal to fear-prejudice");
  });
});
