/**
 * Draws one target chart. Kept apart from the custom element so that chart.js (≈47 KB gzip with
 * only these parts registered) is fetched when a chart first scrolls into view, never before.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartRow, TargetChartData } from '../lib/charts/target-charts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * The chart's colours, from the CSS variables of the current colour scheme (src/styles/global.css,
 * and --chart-* in TargetChart.astro): chart.js paints a canvas, which CSS cannot restyle, and its
 * own defaults (#666 text, 10% black grid) are unreadable on the dark background. The fallbacks
 * are the light scheme's values, for a page without the stylesheet.
 */
interface ChartPalette {
  target: string;
  actual: string;
  text: string;
  muted: string;
  grid: string;
}

const LIGHT_PALETTE: ChartPalette = {
  target: '#b5361c',
  actual: '#1f5f99',
  text: '#1d2125',
  muted: '#565e66',
  grid: '#d8d8d2',
};

function readPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    target: read('--chart-target', LIGHT_PALETTE.target),
    actual: read('--chart-actual', LIGHT_PALETTE.actual),
    text: read('--text', LIGHT_PALETTE.text),
    muted: read('--muted', LIGHT_PALETTE.muted),
    grid: read('--line', LIGHT_PALETTE.grid),
  };
}

export function renderTargetChart(canvas: HTMLCanvasElement, data: TargetChartData): Chart<'bar'> {
  const rows = data.rows;
  const palette = readPalette(canvas);
  const datasets = [
    { label: '目标', kind: 'target' as const },
    { label: '实绩', kind: 'actual' as const },
  ]
    .filter(({ kind }) => rows.some((row) => row[kind] !== null))
    .map(({ label, kind }) => ({
      label,
      kind,
      data: rows.map((row) => row[kind]),
      backgroundColor: palette[kind],
      borderRadius: 2,
      // Floating bars ([3, 5] for 3-5个) are drawn as ranges; bars never skip the rows without a value.
      skipNull: true,
    }));
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: rows.map((row) => row.label), datasets: datasets as never },
    options: {
      color: palette.text,
      borderColor: palette.grid,
      indexAxis: 'y',
      maintainAspectRatio: false,
      responsive: true,
      animation: reduceMotion ? false : { duration: 300 },
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: data.unit, color: palette.muted },
          ticks: { color: palette.text },
          grid: { color: palette.grid },
          border: { color: palette.muted },
        },
        y: {
          ticks: { autoSkip: false, color: palette.text },
          grid: { color: palette.grid },
          border: { color: palette.muted },
        },
      },
      plugins: {
        legend: { display: datasets.length > 1, position: 'top', labels: { color: palette.text } },
        tooltip: {
          callbacks: {
            label: (context) => {
              const row = rows[context.dataIndex];
              const kind = (context.dataset as unknown as { kind: 'target' | 'actual' }).kind;
              return `${context.dataset.label ?? ''}：${row ? describe(row, kind) : ''}`;
            },
            footer: () => '点击条形查看原文',
          },
        },
      },
      onClick: (_event, elements) => {
        const element = elements[0];
        if (!element) return;
        const row = rows[element.index];
        const kind = datasets[element.datasetIndex]?.kind ?? 'target';
        const href = kind === 'target' ? row?.targetHref : row?.actualHref;
        if (href) window.location.assign(href);
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    },
  });
  // A reader who switches the system to dark mode with the page open gets a readable chart too:
  // redrawing is simpler and surer than restyling a chart whose colours may be mid-animation.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener(
    'change',
    () => {
      chart.destroy();
      renderTargetChart(canvas, data);
    },
    { once: true },
  );
  return chart;
}

function describe(row: ChartRow, kind: 'target' | 'actual'): string {
  return (kind === 'target' ? row.targetStated : row.actualStated) ?? '';
}
