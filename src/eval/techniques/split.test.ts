import { describe, expect, it } from "vitest";
import { makeSplit, selectIds } from "./split.js";

describe("split", () => {
  const ids = Array.from({ length: 20 }, (_, i) => String(100 + i));
  const split = makeSplit(ids, 3, 5, 4);

  it("selects a named part, and train+dev as everything but test", () => {
    expect(selectIds(split, "dev", ids)).toEqual(split.dev);
    const rest = selectIds(split, "train+dev", ids);
    expect(rest).toHaveLength(15);
    expect(rest.some((id) => split.test.includes(id))).toBe(false);
    expect(selectIds(split, "all", ids)).toEqual(ids);
    expect(() => selectIds(split, "tset", ids)).toThrow(/unknown split 'tset'/);
  });
});
