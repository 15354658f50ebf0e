/**
 * Technique frequency per outlet and over time, both as stacked bars with Chart.js
 * (lines would hide each other wherever two techniques have the same counts).
 * Only the chart parts used are registered, which keeps the bundle small; animation is off
 * so a chart is complete as soon as it is drawn (and screenshots are deterministic).
 */
import {
  type ActiveElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";
import type { TechniqueStats } from "./adapt.js";
import { prettyLabel, techniqueSolid } from "./colors.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Beyond this many techniques the legend stops being readable; the rest is summed as "other". */
const MAX_SERIES = 8;
const MAX_OUTLETS = 15;

/** Called with the outlet or time bucket and the technique (null for "Other") of a clicked bar. */
export type Pick = (key: string, technique: string | null) => void;

/** The techniques drawn as their own series, in order; the rest are summed as "Other". */
export function shownTechniques(stats: TechniqueStats): string[] {
  return stats.techniques.slice(0, MAX_SERIES);
}

function series(stats: TechniqueStats, rows: Map<string, Map<string, number>>, keys: string[]) {
  const shown = shownTechniques(stats);
  const rest = stats.techniques.slice(MAX_SERIES);
  const sets = shown.map((t) => ({
    label: prettyLabel(t),
    data: keys.map((k) => rows.get(k)?.get(t) ?? 0),
    backgroundColor: techniqueSolid(t),
    borderColor: techniqueSolid(t),
  }));
  if (rest.length) {
    sets.push({
      label: "Other",
      data: keys.map((k) => rest.reduce((s, t) => s + (rows.get(k)?.get(t) ?? 0), 0)),
      backgroundColor: "hsl(0 0% 70%)",
      borderColor: "hsl(0 0% 70%)",
    });
  }
  return sets;
}

function onBar(stats: TechniqueStats, keys: string[], pick: Pick) {
  const shown = shownTechniques(stats);
  return (_event: unknown, elements: ActiveElement[]) => {
    const hit = elements[0];
    if (hit) pick(keys[hit.index], shown[hit.datasetIndex] ?? null);
  };
}

const common = {
  animation: false as const,
  responsive: true,
  maintainAspectRatio: false,
  plugins: { legend: { position: "bottom" as const, labels: { boxWidth: 12 } } },
};

/** Outlets by technique count, most first, at most MAX_OUTLETS. */
export function topOutlets(stats: TechniqueStats): string[] {
  const totals = (k: string) => [...(stats.outlets.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0);
  return [...stats.outlets.keys()].sort((a, b) => totals(b) - totals(a)).slice(0, MAX_OUTLETS);
}

export function outletChart(canvas: HTMLCanvasElement, stats: TechniqueStats, pick: Pick): Chart {
  const outlets = topOutlets(stats);
  return new Chart(canvas, {
    type: "bar",
    data: { labels: outlets.map((o) => o || "(unknown)"), datasets: series(stats, stats.outlets, outlets) },
    options: {
      ...common,
      onClick: onBar(stats, outlets, pick),
      indexAxis: "y",
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
    },
  });
}

export function timeChart(canvas: HTMLCanvasElement, stats: TechniqueStats, pick: Pick): Chart {
  const buckets = [...stats.buckets.keys()];
  return new Chart(canvas, {
    type: "bar",
    data: { labels: buckets.map((b) => b || "(undated)"), datasets: series(stats, stats.buckets, buckets) },
    options: {
      ...common,
      onClick: onBar(stats, buckets, pick),
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}
