/**
 * `<target-chart data-chart="{…}">`: draws a declared comparison (targets with last year's actuals, as horizontal bars) once it is
 * on screen. The server already rendered the same data as a table, and reserved the chart box's
 * final height (ComparisonChart.astro), so without JavaScript nothing is missing and drawing shifts
 * nothing. Charts below the first screen cost nothing until the reader scrolls to them; chart.js
 * is fetched in its own idle callback with the first of them.
 */
import type { TargetChartData } from '../lib/charts/target-charts';
import { drawWhenNearViewport } from './lazy-draw';

class TargetChart extends HTMLElement {
  #cancel: (() => void) | undefined;

  connectedCallback(): void {
    this.#cancel = drawWhenNearViewport(this, async () => {
      const { renderTargetChart } = await import('./target-chart-render');
      this.draw(renderTargetChart);
    });
  }

  disconnectedCallback(): void {
    this.#cancel?.();
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
