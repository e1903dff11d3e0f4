/**
 * Draws one target chart. Kept apart from the custom element so that chart.js (≈47 KB gzip with
 * only these parts registered) is fetched when a chart first scrolls into view, never before.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { wrapChartLabel } from '../lib/charts/chart-size';
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
  /** The page's font stack: with chart.js's default (Helvetica, Arial) every Chinese label first
   * goes through a slow font fallback. */
  font: string;
}

const LIGHT_PALETTE: ChartPalette = {
  target: '#b5361c',
  actual: '#1f5f99',
  text: '#1d2125',
  muted: '#565e66',
  grid: '#d8d8d2',
  font: 'sans-serif',
};

// Read once per colour scheme, not per chart: getComputedStyle can force a style recalculation.
let cachedPalette: ChartPalette | undefined;

function readPalette(element: Element): ChartPalette {
  if (cachedPalette) return cachedPalette;
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  cachedPalette = {
    target: read('--chart-target', LIGHT_PALETTE.target),
    actual: read('--chart-actual', LIGHT_PALETTE.actual),
    text: read('--text', LIGHT_PALETTE.text),
    muted: read('--muted', LIGHT_PALETTE.muted),
    grid: read('--line', LIGHT_PALETTE.grid),
    font: style.fontFamily || LIGHT_PALETTE.font,
  };
  return cachedPalette;
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
  Chart.defaults.font.family = palette.font;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const chart = new Chart(canvas, {
    type: 'bar',
    // Wrapped as the server sized the box (chart-size.ts): a long Chinese label on one line
    // would push the bars off a phone's screen, or be cut off at its left edge.
    data: { labels: rows.map((row) => wrapChartLabel(row.label)), datasets: datasets as never },
    options: {
      color: palette.text,
      borderColor: palette.grid,
      indexAxis: 'y',
      maintainAspectRatio: false,
      responsive: true,
      // No animation on the first draw: each of its frames redraws the whole chart on the main thread.
      animation: false,
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: data.unit, color: palette.muted },
          // Plain numbers: chart.js's default tick format builds an Intl.NumberFormat, which took
          // a quarter of the first chart's drawing time on a slow phone.
          ticks: { color: palette.text, callback: (value) => formatTick(Number(value)) },
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
            // The whole label, even where the axis shortened it with `…`.
            title: (items) => {
              const row = items[0] && rows[items[0].dataIndex];
              return row ? row.label.join(' · ') : '';
            },
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
  // Later updates (a dataset hidden from the legend) may animate.
  if (!reduceMotion) chart.options.animation = { duration: 300 };
  // A reader who switches the system to dark mode with the page open gets a readable chart too:
  // redrawing is simpler and surer than restyling a chart whose colours may be mid-animation.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener(
    'change',
    () => {
      cachedPalette = undefined;
      chart.destroy();
      renderTargetChart(canvas, data);
    },
    { once: true },
  );
  return chart;
}

function formatTick(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function describe(row: ChartRow, kind: 'target' | 'actual'): string {
  return (kind === 'target' ? row.targetStated : row.actualStated) ?? '';
}
