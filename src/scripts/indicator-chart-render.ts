/**
 * Draws one indicator chart: actuals as a line, targets as marks by strength, each mark's figure
 * written beside it as stated (突破800亿元, 3-5个). Kept apart from the custom element so that
 * chart.js is fetched when a chart first nears the screen.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
  type PointStyle,
  type Scale,
} from 'chart.js';
import type { IndicatorChartData, IndicatorChartSeries } from '../lib/charts/indicator-charts';
import { redrawOnMediaChange } from './lazy-draw';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

// One shape per strength, so that marks differ without colour too (the legend names them).
const POINT_STYLES: Record<IndicatorChartSeries['key'], PointStyle> = {
  actual: 'circle',
  'actual-other': 'circle',
  binding: 'rectRot',
  planned: 'rect',
  striving: 'triangle',
  seeking: 'star',
  projected: 'crossRot',
};
const POINT_RADIUS = 6;
// Figures are written at chart.js's 12 px; room above the top mark and beside the last one.
const LABEL_FONT_PX = 12;
const LABEL_GAP_PX = 8;
// How far a figure may step away from a figure it would cover before the chart gives up (and says so).
const MAX_LABEL_STEPS = 4;
// Below this width period labels drop their 年 (a 375 px phone's chart is about 300 px wide).
const NARROW_CHART_PX = 480;

interface Palette {
  target: string;
  actual: string;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
}

function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    target: read('--chart-target', '#b5361c'),
    actual: read('--chart-actual', '#1f5f99'),
    text: read('--text', '#1d2125'),
    muted: read('--muted', '#565e66'),
    grid: read('--line', '#d8d8d2'),
    surface: read('--surface', '#ffffff'),
    font: style.fontFamily || 'sans-serif',
  };
}

/**
 * Writes each mark's figure beside it — above a target, below an actual — kept inside the
 * canvas, and draws a range target (3-5个) as a bar from its lower to its upper end. Records on
 * the canvas whether every figure fit uncovered (`data-labels-fit`) and how many period labels
 * the axis drew (`data-ticks`), which the e2e tests read.
 */
function valueLabels(data: IndicatorChartData, palette: Palette): Plugin<'line'> {
  return {
    id: 'jianbaoValueLabels',
    afterDatasetsDraw: (chart) => {
      const { ctx, chartArea, canvas } = chart;
      let fit = true;
      // Boxes of the figures written so far: two marks of one period (800亿元 planned and
      // 突破800亿元 striving) would write over each other, so a later one steps away.
      const placed: { left: number; top: number; right: number; bottom: number }[] = [];
      // Marks first: a figure never covers a mark, its own or another's.
      data.series.forEach((_series, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        for (const element of meta.data) {
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          placed.push({
            left: x - POINT_RADIUS,
            top: y - POINT_RADIUS,
            right: x + POINT_RADIUS,
            bottom: y + POINT_RADIUS,
          });
        }
      });
      ctx.save();
      ctx.font = `${LABEL_FONT_PX}px ${palette.font}`;
      ctx.textBaseline = 'middle';
      data.series.forEach((series, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        series.points.forEach((point, index) => {
          const element = meta.data[index];
          if (!element) return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          const actual = series.key === 'actual' || series.key === 'actual-other';
          if (point.upper !== null) {
            const top = chart.scales['y']!.getPixelForValue(point.upper);
            ctx.strokeStyle = palette.target;
            ctx.lineWidth = 3;
            ctx.beginPath();
            ctx.moveTo(x, y);
            ctx.lineTo(x, top);
            ctx.stroke();
          }
          const width = ctx.measureText(point.stated).width;
          const left = Math.min(Math.max(x - width / 2, 0), canvas.clientWidth - width);
          const step = (actual ? 1 : -1) * (LABEL_FONT_PX + 2);
          let labelY = actual ? y + POINT_RADIUS + LABEL_GAP_PX : y - POINT_RADIUS - LABEL_GAP_PX;
          const overlaps = (top: number) =>
            placed.some(
              (box) => left < box.right && left + width > box.left && top < box.bottom && top + LABEL_FONT_PX > box.top,
            );
          for (let tries = 0; tries < MAX_LABEL_STEPS && overlaps(labelY - LABEL_FONT_PX / 2); tries++) labelY += step;
          const clampedY = Math.min(Math.max(labelY, LABEL_FONT_PX / 2), chartArea.bottom - LABEL_FONT_PX / 2);
          if (left < 0 || left + width > canvas.clientWidth || overlaps(clampedY - LABEL_FONT_PX / 2)) fit = false;
          placed.push({
            left,
            top: clampedY - LABEL_FONT_PX / 2,
            right: left + width,
            bottom: clampedY + LABEL_FONT_PX / 2,
          });
          ctx.fillStyle = palette.surface;
          ctx.fillRect(left - 2, clampedY - LABEL_FONT_PX / 2 - 1, width + 4, LABEL_FONT_PX + 2);
          ctx.fillStyle = actual ? palette.actual : palette.target;
          ctx.fillText(point.stated, left, clampedY);
        });
      });
      ctx.restore();
      canvas.dataset['labelsFit'] = String(fit);
      // Every period keeps its label (autoSkip is off); the count lets a test see none was dropped.
      canvas.dataset['ticks'] = String(chart.scales['x']?.ticks.length ?? 0);
    },
  };
}

type IndicatorChartInstance = Chart<'line', { x: string; y: number }[], string>;

export function renderIndicatorChart(canvas: HTMLCanvasElement, data: IndicatorChartData): IndicatorChartInstance {
  const palette = readPalette(canvas);
  Chart.defaults.font.family = palette.font;
  const datasets = data.series.map((series) => {
    const actual = series.key === 'actual' || series.key === 'actual-other';
    const colour = actual ? palette.actual : palette.target;
    return {
      label: series.label,
      data: series.points.map((point) => ({ x: data.periodLabels[point.period]!, y: point.value })),
      showLine: series.key === 'actual',
      borderColor: colour,
      backgroundColor: series.key === 'actual-other' ? palette.surface : colour,
      borderWidth: 2,
      pointStyle: POINT_STYLES[series.key],
      pointRadius: POINT_RADIUS,
      pointHoverRadius: POINT_RADIUS + 2,
    };
  });
  const chart: IndicatorChartInstance = new Chart(canvas, {
    type: 'line',
    data: { labels: data.periodLabels, datasets },
    plugins: [valueLabels(data, palette)],
    options: {
      maintainAspectRatio: false,
      responsive: true,
      animation: false,
      color: palette.text,
      // Room for the figures written above the highest mark and beside the outermost ones.
      layout: { padding: { top: 2 * (LABEL_FONT_PX + LABEL_GAP_PX), left: 8, right: 24 } },
      scales: {
        x: {
          offset: true,
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            color: palette.text,
            // On a phone five years of 2021年 touch each other; the bare year still reads as one.
            callback: function (this: Scale, _value: unknown, index: number) {
              const label = data.periodLabels[index] ?? '';
              return this.chart.width < NARROW_CHART_PX ? label.replace(/年$/, '') : label;
            },
          },
          grid: { display: false },
          border: { color: palette.muted },
        },
        y: {
          beginAtZero: true,
          grace: '10%',
          title: { display: true, text: data.unit, color: palette.muted },
          ticks: { color: palette.text, callback: (value) => String(Number(Number(value).toPrecision(6))) },
          grid: { color: palette.grid },
          border: { color: palette.muted },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: palette.text, usePointStyle: true, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            label: (context) => {
              const point = data.series[context.datasetIndex]?.points[context.dataIndex];
              return `${context.dataset.label ?? ''}：${point?.stated ?? ''}`;
            },
            footer: () => '点击查看出处',
          },
        },
      },
      onClick: (_event, elements) => {
        const element = elements[0];
        const href = element && data.series[element.datasetIndex]?.points[element.index]?.href;
        if (href) window.location.assign(href);
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    },
  });
  redrawOnMediaChange(() => {
    chart.destroy();
    renderIndicatorChart(canvas, data);
  });
  return chart;
}
