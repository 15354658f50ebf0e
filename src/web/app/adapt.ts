/**
 * Converts API responses (search hits, stats, clusters) into the small shapes the corpus
 * view draws. Kept apart so a change in the API touches one file, and tested in Node.
 */

export interface DocRow {
  id: string;
  title: string;
  outlet: string;
  published: string;
  concern: number | null;
  level: string;
  techniques: Array<[string, number]>;
  cluster: string | null;
  snippet: Snippet;
}

/** Text with [start, end) ranges of the matched terms. */
export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

/** Counts per technique, keyed by outlet and by time bucket. */
export interface TechniqueStats {
  techniques: string[];
  outlets: Map<string, Map<string, number>>;
  buckets: Map<string, Map<string, number>>;
}

export interface ClusterMember {
  id: string;
  title: string;
  outlet: string;
  published: string;
}

export interface ClusterRow {
  id: string;
  size: number;
  first: ClusterMember | null;
  members: ClusterMember[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

function pick(o: Obj, ...keys: string[]): unknown {
  for (const k of keys) {
    if (o[k] !== undefined && o[k] !== null) return o[k];
  }
  return undefined;
}

function listOf(body: unknown, ...keys: string[]): Obj[] {
  if (Array.isArray(body)) return body.filter(isObj);
  if (!isObj(body)) return [];
  for (const k of keys) {
    const v = body[k];
    if (Array.isArray(v)) return v.filter(isObj);
  }
  return [];
}

function outletOf(o: Obj): string {
  const meta = isObj(o.meta) ? o.meta : {};
  return str(pick(o, "publisher", "outlet", "domain") ?? pick(meta, "publisher", "domain", "url"));
}

function countsOf(v: unknown): Array<[string, number]> {
  if (Array.isArray(v)) {
    return v
      .filter(isObj)
      .map((x): [string, number] => [
        str(pick(x, "label", "technique", "name")),
        Number(pick(x, "count", "n")) || 0,
      ]);
  }
  if (isObj(v)) return Object.entries(v).map(([k, n]): [string, number] => [k, Number(n) || 0]);
  return [];
}

/** The number of matching documents a search page reports (or its length when it does not). */
export function totalOf(body: unknown): number {
  if (isObj(body) && typeof body.total === "number") return body.total;
  return docRows(body).length;
}

/** The first and last day (YYYY-MM-DD) of a stats bucket: "2026", "2026-03" or "2026-03-02". */
export function bucketRange(bucket: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(bucket);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { from: bucket, to: bucket };
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { from: `${y}-${mo}-01`, to: `${y}-${mo}-${String(last).padStart(2, "0")}` };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Search hits carry the score only; the levels are the profile analyzer's (src/analyzers/profile/concern.ts). */
export function concernLevel(score: number): "low" | "medium" | "high" {
  return score >= 0.6 ? "high" : score >= 0.3 ? "medium" : "low";
}

function tally(items: Array<{ label: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { label } of items) out[label] = (out[label] ?? 0) + 1;
  return out;
}

function snippetOf(v: unknown): Snippet {
  if (Array.isArray(v)) {
    return { text: v.map((s) => (isObj(s) ? str(s.text) : str(s))).join(" … "), marks: [] };
  }
  if (isObj(v)) {
    const text = str(v.text);
    const marks = Array.isArray(v.marks)
      ? v.marks
          .filter(
            (m): m is [number, number] =>
              Array.isArray(m) && typeof m[0] === "number" && typeof m[1] === "number",
          )
          .filter(([a, b]) => 0 <= a && a < b && b <= text.length)
      : [];
    return { text, marks };
  }
  return { text: str(v), marks: [] };
}

export function docRows(body: unknown): DocRow[] {
  return listOf(body, "results", "documents", "items", "hits").map((o) => {
    const meta = isObj(o.meta) ? o.meta : {};
    const summary = isObj(o.summary) ? o.summary : {};
    const concernRaw = pick(o, "concern") ?? summary.concern;
    const concern =
      typeof concernRaw === "number" ? concernRaw : isObj(concernRaw) ? Number(concernRaw.score) : null;
    const given = str(pick(o, "level", "concern_level") ?? (isObj(concernRaw) ? concernRaw.level : ""));
    const level =
      given || (typeof concern === "number" && Number.isFinite(concern) ? concernLevel(concern) : "");
    const counts = isObj(summary.counts) ? summary.counts.technique : undefined;
    const snippet = snippetOf(pick(o, "snippet", "snippets", "highlight"));
    // Search hits carry the annotations that matched the query, not the document's counts.
    const matched = Array.isArray(o.annotations)
      ? o.annotations
          .filter(isObj)
          .filter((a) => a.type === "technique")
          .map((a) => ({ label: str(a.label) }))
      : null;
    const cluster = pick(o, "cluster", "cluster_id");
    return {
      id: str(pick(o, "id", "doc_id")),
      title: str(pick(o, "title") ?? meta.title) || str(pick(o, "source")) || str(o.id),
      outlet: outletOf(o),
      published: str(pick(o, "published", "date") ?? meta.published).slice(0, 10),
      concern: concern !== null && Number.isFinite(concern) ? concern : null,
      level,
      techniques: countsOf(pick(o, "techniques") ?? counts ?? (matched && tally(matched))).sort(
        (a, b) => b[1] - a[1],
      ),
      cluster: isObj(cluster) ? str(cluster.id) : str(cluster) || null,
      snippet,
    };
  });
}

function addTo(map: Map<string, Map<string, number>>, key: string, technique: string, n: number): void {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  inner.set(technique, (inner.get(technique) ?? 0) + n);
}

/** Accepts either flat rows ({technique, outlet|bucket, count}) or nested {outlet: {technique: n}} maps. */
export function techniqueStats(body: unknown): TechniqueStats {
  const outlets = new Map<string, Map<string, number>>();
  const buckets = new Map<string, Map<string, number>>();
  const b = isObj(body) ? body : {};
  const fill = (target: Map<string, Map<string, number>>, v: unknown, keyNames: string[]) => {
    if (Array.isArray(v)) {
      for (const row of v.filter(isObj)) {
        const key = str(pick(row, ...keyNames));
        const inner = pick(row, "techniques", "counts");
        const technique = str(pick(row, "technique", "label"));
        if (inner !== undefined) {
          // A bucket or outlet whose techniques are given but none is a zero on the axis, not a gap.
          if (!target.has(key)) target.set(key, new Map());
          for (const [t, n] of countsOf(inner)) addTo(target, key, t, n);
        } else if (technique) {
          addTo(target, key, technique, Number(pick(row, "count", "n")) || 0);
        }
      }
    } else if (isObj(v)) {
      for (const [key, inner] of Object.entries(v)) {
        if (!target.has(key)) target.set(key, new Map());
        for (const [t, n] of countsOf(inner)) addTo(target, key, t, n);
      }
    }
  };
  fill(outlets, pick(b, "by_outlet", "byOutlet", "outlets", "per_outlet"), [
    "outlet",
    "publisher",
    "domain",
    "key",
  ]);
  fill(buckets, pick(b, "timeline", "by_bucket", "byBucket", "buckets", "by_time", "per_bucket"), [
    "bucket",
    "period",
    "month",
    "date",
    "key",
  ]);
  const totals = new Map<string, number>();
  for (const inner of outlets.values()) for (const [t, n] of inner) totals.set(t, (totals.get(t) ?? 0) + n);
  for (const inner of buckets.values()) for (const [t, n] of inner) if (!totals.has(t)) totals.set(t, n);
  // Overall totals, when given, fix the order (and so the colours' legend order) of techniques.
  for (const [t, n] of countsOf(b.techniques)) if (t) totals.set(t, Math.max(totals.get(t) ?? 0, n));
  const techniques = [...totals.entries()].sort((x, y) => y[1] - x[1]).map(([t]) => t);
  return {
    techniques,
    outlets,
    buckets: new Map([...buckets.entries()].sort(([x], [y]) => x.localeCompare(y))),
  };
}

function member(o: Obj): ClusterMember {
  const meta = isObj(o.meta) ? o.meta : {};
  return {
    id: str(pick(o, "id", "doc_id")),
    title: str(pick(o, "title") ?? meta.title) || str(o.source) || str(o.id),
    outlet: outletOf(o),
    published: str(pick(o, "published", "date") ?? meta.published).slice(0, 10),
  };
}

export function clusterRows(body: unknown): ClusterRow[] {
  return listOf(body, "clusters", "items", "results").map((c) => {
    const members = listOf(pick(c, "members", "documents", "docs")).map(member);
    const firstRaw = pick(c, "first", "first_publisher", "firstPublisher", "origin");
    const first = isObj(firstRaw)
      ? member(firstRaw)
      : typeof firstRaw === "string"
        ? (members.find((m) => m.id === firstRaw) ?? null)
        : (members[0] ?? null);
    return {
      id: str(pick(c, "id", "cluster")),
      size: Number(pick(c, "size", "count")) || members.length,
      first,
      members,
    };
  });
}
