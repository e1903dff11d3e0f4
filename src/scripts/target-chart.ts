/**
 * `<target-chart data-chart="{…}">`: draws a horizontal bar chart of stated targets when it
 * scrolls into view. The server already rendered the same data as a table, so without
 * JavaScript (or before the chart loads) nothing is missing; the chart box stays hidden until
 * there is a chart to show.
 */
import type { TargetChartData } from '../lib/charts/target-charts';

// Enough for two label lines and two bars per row; Chinese labels wrap badly below this.
const ROW_HEIGHT_PX = 44;
const AXIS_AND_LEGEND_PX = 72;
// Start loading a little before the chart is on screen, so it is drawn by the time it is read.
const PRELOAD_MARGIN = '200px';

class TargetChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) {
      void this.#draw();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#draw();
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #draw(): Promise<void> {
    const box = this.querySelector<HTMLElement>('.target-chart-box');
    const canvas = box?.querySelector('canvas');
    const json = this.dataset['chart'];
    if (!box || !canvas || !json) return;
    const data = JSON.parse(json) as TargetChartData;
    if (data.rows.length === 0) return;
    box.hidden = false;
    box.style.height = `${data.rows.length * ROW_HEIGHT_PX + AXIS_AND_LEGEND_PX}px`;
    const { renderTargetChart } = await import('./target-chart-render');
    renderTargetChart(canvas, data);
    this.dataset['drawn'] = 'true';
  }
}

if (!customElements.get('target-chart')) customElements.define('target-chart', TargetChart);
