/**
 * `<target-chart data-chart="{…}">`: draws a horizontal bar chart of stated targets once it is
 * on screen. The server already rendered the same data as a table, and reserved the chart box's
 * final height (TargetChart.astro), so without JavaScript nothing is missing and drawing shifts
 * nothing. Charts below the first screen cost nothing until the reader scrolls to them.
 */
import type { TargetChartData } from '../lib/charts/target-charts';

// Only charts on screen or about to be: a margin of a few lines, not a screenful, so that a page
// load draws only what the reader sees.
const NEAR_VIEWPORT_MARGIN = '100px';
// An idle callback may wait this long; then the chart is drawn anyway.
const IDLE_TIMEOUT_MS = 1000;

const waiting: TargetChart[] = [];
let pumping = false;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * Draws the waiting charts one per idle callback, never two in one task: each draw is a long
 * task on a slow phone, and a queue of them would block input for as long as they all take.
 * Loading chart.js gets its own idle callback too.
 */
async function drawWaiting(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    await whenIdle();
    const { renderTargetChart } = await import('./target-chart-render');
    for (let chart = waiting.shift(); chart; chart = waiting.shift()) {
      await whenIdle();
      chart.draw(renderTargetChart);
    }
  } finally {
    pumping = false;
  }
}

class TargetChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) {
      this.#enqueue();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#enqueue();
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    const index = waiting.indexOf(this);
    if (index >= 0) waiting.splice(index, 1);
  }

  #enqueue(): void {
    waiting.push(this);
    void drawWaiting();
  }

  draw(render: typeof import('./target-chart-render').renderTargetChart): void {
    const canvas = this.querySelector<HTMLCanvasElement>('.target-chart-box canvas');
    const json = this.dataset['chart'];
    if (!canvas || !json || this.dataset['drawn']) return;
    const data = JSON.parse(json) as TargetChartData;
    if (data.rows.length === 0) return;
    render(canvas, data);
    this.dataset['drawn'] = 'true';
  }
}

if (!customElements.get('target-chart')) customElements.define('target-chart', TargetChart);
