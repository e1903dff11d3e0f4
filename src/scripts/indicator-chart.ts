/**
 * `<indicator-chart data-chart="{…}">`: draws one indicator across periods once it nears the
 * screen. The server rendered the same marks as a table beside it (IndicatorFigure.astro).
 */
import type { IndicatorChartData } from '../lib/charts/indicator-charts';
import { drawWhenNearViewport } from './lazy-draw';

class IndicatorChart extends HTMLElement {
  #cancel: (() => void) | undefined;

  connectedCallback(): void {
    this.#cancel = drawWhenNearViewport(this, async () => {
      const canvas = this.querySelector('canvas');
      const json = this.dataset['chart'];
      if (!canvas || !json || this.dataset['drawn']) return;
      const { renderIndicatorChart } = await import('./indicator-chart-render');
      renderIndicatorChart(canvas, JSON.parse(json) as IndicatorChartData);
      this.dataset['drawn'] = 'true';
    });
  }

  disconnectedCallback(): void {
    this.#cancel?.();
  }
}

if (!customElements.get('indicator-chart')) customElements.define('indicator-chart', IndicatorChart);
