import { describe, expect, it } from "vitest";
import type { ClusterInfo, SearchPage, Stats } from "../../store/types.js";
import { bucketRange, clusterRows, docRows, techniqueStats } from "./adapt.js";

const summary = {
  source: "a.txt",
  title: "Bridge repairs",
  publisher: null,
  domain: "harbor.example",
  outlet: "harbor.example",
  published: "2026-02-20T08:00:00Z",
  ingestedAt: "2026-11-25T00:00:00Z",
  language: "en",
  concern: 0.25,
  cluster: null,
};

describe("docRows", () => {
  it("reads the store's search page: outlet, date, concern, snippet marks, matched annotations", () => {
    const page: SearchPage = {
      total: 1,
      hits: [
        {
          id: "d1",
          ...summary,
          snippet: { text: "Repairs on the Harbor Bridge", marks: [[15, 21]] },
          annotations: [
            { type: "technique", label: "Loaded_Language", start: 0, end: 3, text: "abc" },
            { type: "technique", label: "Loaded_Language", start: 5, end: 8, text: "def" },
            { type: "entity", label: "LOCATION", start: 9, end: 12, text: "ghi" },
          ],
        },
      ],
    };
    const [row] = docRows(page);
    expect(row).toMatchObject({
      id: "d1",
      title: "Bridge repairs",
      outlet: "harbor.example",
      published: "2026-02-20",
      concern: 0.25,
      level: "low",
      cluster: null,
      snippet: { text: "Repairs on the Harbor Bridge", marks: [[15, 21]] },
    });
    expect(row.techniques).toEqual([["Loaded_Language", 2]]);
  });

  it("drops snippet marks that fall outside the snippet", () => {
    const [row] = docRows({
      hits: [
        {
          id: "x",
          snippet: {
            text: "abc",
            marks: [
              [1, 2],
              [2, 9],
              [-1, 1],
            ],
          },
        },
      ],
    });
    expect(row.snippet.marks).toEqual([[1, 2]]);
    expect(row.title).toBe("x");
  });

  it("gives nothing for a body that is not a list of documents", () => {
    expect(docRows(null)).toEqual([]);
    expect(docRows({ total: 0 })).toEqual([]);
  });
});

describe("techniqueStats", () => {
  const stats: Stats = {
    documents: 3,
    annotations: 10,
    clusters: 1,
    errors: 0,
    techniques: [
      { label: "Doubt", count: 1, documents: 1 },
      { label: "Loaded_Language", count: 5, documents: 2 },
    ],
    outlets: [
      { outlet: "Daily Beacon", documents: 2, techniques: { Loaded_Language: 4, Doubt: 1 } },
      { outlet: "Harbor Times", documents: 1, techniques: {} },
    ],
    bucket: "month",
    by: "published",
    timeline: [
      { bucket: "2026-03", documents: 2, techniques: { Loaded_Language: 4 } },
      { bucket: "2026-02", documents: 1, techniques: { Loaded_Language: 1, Doubt: 1 } },
      { bucket: "2026-01", documents: 1, techniques: {} },
    ],
    undated: 0,
  };

  it("orders techniques by overall count and time buckets chronologically", () => {
    const s = techniqueStats(stats);
    expect(s.techniques).toEqual(["Loaded_Language", "Doubt"]);
    expect([...s.buckets.keys()]).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(s.buckets.get("2026-01")?.size).toBe(0);
    expect(s.buckets.get("2026-02")?.get("Doubt")).toBe(1);
  });

  it("reads technique counts per outlet, keeping outlets without any as zero rows", () => {
    const s = techniqueStats(stats);
    expect([...s.outlets.keys()]).toEqual(["Daily Beacon", "Harbor Times"]);
    expect(s.outlets.get("Daily Beacon")?.get("Loaded_Language")).toBe(4);
    expect(s.outlets.get("Harbor Times")?.size).toBe(0);
  });

  it("also reads nested {outlet: {technique: n}} maps", () => {
    const s = techniqueStats({ by_outlet: { "Daily Beacon": { Doubt: 2 } } });
    expect(s.outlets.get("Daily Beacon")?.get("Doubt")).toBe(2);
    expect(s.techniques).toEqual(["Doubt"]);
  });
});

describe("clusterRows", () => {
  it("takes the first member as the first publisher (the store orders them so)", () => {
    const members = [
      { id: "a", ...summary, publisher: "Daily Beacon", outlet: "Daily Beacon", published: "2026-03-02" },
      { id: "b", ...summary, publisher: "Truth Mirror", outlet: "Truth Mirror", published: "2026-03-04" },
    ];
    const body: { total: number; clusters: ClusterInfo[] } = {
      total: 1,
      clusters: [{ id: "c1", size: 2, members }],
    };
    const [c] = clusterRows(body);
    expect(c.id).toBe("c1");
    expect(c.size).toBe(2);
    expect(c.first).toEqual({
      id: "a",
      title: "Bridge repairs",
      outlet: "Daily Beacon",
      published: "2026-03-02",
    });
    expect(c.members.map((m) => m.outlet)).toEqual(["Daily Beacon", "Truth Mirror"]);
  });

  it("honours an explicit first publisher", () => {
    const [c] = clusterRows({
      clusters: [
        {
          id: "c2",
          first: "b",
          members: [
            { id: "a", title: "A" },
            { id: "b", title: "B" },
          ],
        },
      ],
    });
    expect(c.first?.id).toBe("b");
  });
});

describe("bucketRange", () => {
  it("turns a stats bucket into date-input bounds", () => {
    expect(bucketRange("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(bucketRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(bucketRange("2026")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(bucketRange("2026-03-02")).toEqual({ from: "2026-03-02", to: "2026-03-02" });
    expect(bucketRange("")).toBeNull();
  });
});
