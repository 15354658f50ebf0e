/**
 * The offset invariant: every span anywhere in a result (annotations, their nested
 * source/cue/content spans, entity mentions) satisfies text.slice(start, end) === span.text.
 */
export interface SpanViolation {
  path: string;
  start: number;
  end: number;
  expected: string;
  actual: string;
}

export function checkSpans(result: { text: string }): SpanViolation[] {
  const { text } = result;
  const violations: SpanViolation[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], `${path}[${i}]`);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const o = value as Record<string, unknown>;
    if (
      typeof o.start === "number" &&
      typeof o.end === "number" &&
      typeof o.text === "string" &&
      path !== ""
    ) {
      const actual = text.slice(o.start, o.end);
      const inRange = 0 <= o.start && o.start <= o.end && o.end <= text.length;
      if (!inRange || actual !== o.text) {
        violations.push({ path, start: o.start, end: o.end, expected: o.text, actual });
      }
    }
    for (const [k, v] of Object.entries(o))
      if (k !== "text" || path === "") walk(v, path ? `${path}.${k}` : k);
  };
  walk({ ...result, text: undefined }, "");
  return violations;
}
