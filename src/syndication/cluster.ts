/**
 * Cluster assignment at ingest: a new document joins the clusters of the candidates it
 * verifiably resembles; when it resembles members of several clusters they merge into the
 * oldest one, so a cluster is the transitive closure of verified near-duplicate pairs.
 */
import { estimateJaccard } from "./minhash.js";

/** Estimated Jaccard at or above which a candidate counts as a copy (see README for the choice). */
export const DEFAULT_CLUSTER_THRESHOLD = 0.5;

export interface Candidate {
  id: string;
  cluster: string | null;
  signature: Uint32Array;
  /** Ingest order, to pick the oldest cluster on merges. */
  seq: number;
}

export interface Assignment {
  /** The cluster the new document belongs to, or null when it matched nothing. */
  cluster: string | null;
  /** Clusters to fold into `cluster`. */
  merge: string[];
  /** Matched singletons (no cluster yet) that join `cluster`. */
  adopt: string[];
  /** Verified matches with their estimated similarity. */
  matches: Array<{ id: string; similarity: number }>;
}

export function clusterIdFor(docId: string): string {
  return `c_${docId}`;
}

export function assignCluster(
  signature: Uint32Array,
  candidates: readonly Candidate[],
  threshold = DEFAULT_CLUSTER_THRESHOLD,
): Assignment {
  const matches: Array<Candidate & { similarity: number }> = [];
  for (const c of candidates) {
    const similarity = estimateJaccard(signature, c.signature);
    if (similarity >= threshold) matches.push({ ...c, similarity });
  }
  if (matches.length === 0) return { cluster: null, merge: [], adopt: [], matches: [] };
  // The surviving cluster is the one whose member was ingested first.
  matches.sort((a, b) => a.seq - b.seq);
  const oldest = matches[0];
  const cluster = oldest.cluster ?? clusterIdFor(oldest.id);
  const merge = new Set<string>();
  const adopt: string[] = [];
  for (const m of matches) {
    if (m.cluster === null) adopt.push(m.id);
    else if (m.cluster !== cluster) merge.add(m.cluster);
  }
  return {
    cluster,
    merge: [...merge],
    adopt,
    matches: matches.map((m) => ({ id: m.id, similarity: m.similarity })),
  };
}
