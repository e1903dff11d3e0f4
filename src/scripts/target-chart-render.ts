/**
 * Draws one declared comparison (ComparisonChart.astro) as horizontal bars. Kept apart from the custom element so that chart.js (≈47 KB gzip with
 * only these parts registered) is fetched when a chart first scrolls into view, never before.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { wrapChartLabel } from '../lib/charts/chart-size';
import type { ChartRow, TargetChartData } from '../lib/charts/target-charts';
import { redrawOnMediaChange } from './lazy-draw';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * The chart's colours, from the CSS variables of the current colour scheme (src/styles/global.css,
 * and --chart-* in ComparisonChart.astro): chart.js paints a canvas, which CSS cannot restyle, and its
 * own defaults (#666 text, 10% black grid) are unreadable on the dark background. The fallbacks
 * are the light scheme's values, for a page without the stylesheet.
 */
interface ChartPalette {
  target: string;
  actual: string;
  text: string;
  muted: string;
  grid: string;
  /** A figure written inside the end of a bar. */
  onBar: string;
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
  onBar: '#ffffff',
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
    onBar: read('--chart-on-bar', LIGHT_PALETTE.onBar),
    font: style.fontFamily || LIGHT_PALETTE.font,
  };
  return cachedPalette;
}

/** The figure written at the end of each bar, in chart.js's default 12 px. */
const LABEL_FONT_PX = 12;
const LABEL_GAP_PX = 4;

/**
 * Writes each bar's figure as stated (11%, 9 %以上) just past its end, or inside the end when the
 * canvas has no room, and records on the canvas whether every figure fit (`data-labels-fit`),
 * whether any axis label was shortened with … (`data-labels-cut`) and how many row labels the
 * axis drew (`data-ticks`), which the e2e tests read.
 */
function valueLabels(data: TargetChartData, palette: ChartPalette): Plugin<'bar'> {
  return {
    id: 'jianbaoBarLabels',
    afterDatasetsDraw: (chart) => {
      const { ctx, canvas } = chart;
      let fit = true;
      ctx.save();
      ctx.font = `${LABEL_FONT_PX}px ${palette.font}`;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        const kind = (dataset as unknown as { kind: 'target' | 'actual' }).kind;
        meta.data.forEach((element, index) => {
          const row = data.rows[index];
          const stated = row ? describe(row, kind) : '';
          if (!row || row[kind] === null || stated === '') return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          const width = ctx.measureText(stated).width;
          let left = x + LABEL_GAP_PX;
          ctx.fillStyle = palette[kind];
          if (left + width > canvas.clientWidth) {
            left = x - LABEL_GAP_PX - width;
            fit = left >= chart.chartArea.left && fit;
            ctx.fillStyle = palette.onBar;
          }
          ctx.fillText(stated, left, y);
        });
      });
      ctx.restore();
      const labels = chart.data.labels as string[][];
      canvas.dataset['labelsFit'] = String(fit);
      canvas.dataset['labelsCut'] = String(labels.some((lines) => lines.some((line) => line.endsWith('…'))));
      canvas.dataset['ticks'] = String(chart.scales['y']?.ticks.length ?? 0);
    },
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
  Chart.defaults.font.family = palette.font;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const chart = new Chart(canvas, {
    type: 'bar',
    plugins: [valueLabels(data, palette)],
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
          // Room past the longest bar for its figure (45.9%).
          grace: '20%',
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
  // A reader who switches the system to dark mode with the page open, or prints it, gets a
  // readable chart too: redrawing is simpler and surer than restyling a chart mid-animation.
  redrawOnMediaChange(() => {
    cachedPalette = undefined;
    chart.destroy();
    renderTargetChart(canvas, data);
  });
  return chart;
}

function formatTick(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function describe(row: ChartRow, kind: 'target' | 'actual'): string {
  return (kind === 'target' ? row.targetStated : row.actualStated) ?? '';
}
