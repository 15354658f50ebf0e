/**
 * Technique frequency per outlet and over time, both as stacked bars with Chart.js
 * (lines would hide each other wherever two techniques have the same counts).
 * Only the chart parts used are registered, which keeps the bundle small; animation is off
 * so a chart is complete as soon as it is drawn (and screenshots are deterministic).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import type { TechniqueStats } from "./adapt.js";
import { prettyLabel, techniqueSolid } from "./colors.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Beyond this many techniques the legend stops being readable; the rest is summed as "other". */
const MAX_SERIES = 8;
const MAX_OUTLETS = 15;

function series(stats: TechniqueStats, rows: Map<string, Map<string, number>>, keys: string[]) {
  const shown = stats.techniques.slice(0, MAX_SERIES);
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

const common = {
  animation: false as const,
  responsive: true,
  maintainAspectRatio: false,
  plugins: { legend: { position: "bottom" as const, labels: { boxWidth: 12 } } },
};

export function outletChart(canvas: HTMLCanvasElement, stats: TechniqueStats): Chart {
  const totals = (k: string) => [...(stats.outlets.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const outlets = [...stats.outlets.keys()].sort((a, b) => totals(b) - totals(a)).slice(0, MAX_OUTLETS);
  return new Chart(canvas, {
    type: "bar",
    data: { labels: outlets.map((o) => o || "(unknown)"), datasets: series(stats, stats.outlets, outlets) },
    options: {
      ...common,
      indexAxis: "y",
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
    },
  });
}

export function timeChart(canvas: HTMLCanvasElement, stats: TechniqueStats): Chart {
  const buckets = [...stats.buckets.keys()];
  return new Chart(canvas, {
    type: "bar",
    data: { labels: buckets.map((b) => b || "(undated)"), datasets: series(stats, stats.buckets, buckets) },
    options: {
      ...common,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}
