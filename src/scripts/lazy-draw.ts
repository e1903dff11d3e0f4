/**
 * Draws charts only once they are near the screen, one per idle callback. Shared by
 * <target-chart> and <indicator-chart>: a page with both still draws one chart per task.
 */

// Only charts on screen or about to be: a margin of a few lines, not a screenful, so that a page
// load draws only what the reader sees.
const NEAR_VIEWPORT_MARGIN = '100px';
// An idle callback may wait this long; then the chart is drawn anyway.
const IDLE_TIMEOUT_MS = 1000;

type Draw = () => Promise<void> | void;
const waiting: { element: Element; draw: Draw }[] = [];
let pumping = false;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs the waiting draws one per idle callback, never two in one task: each draw is a long task
 * on a slow phone, and a queue of them would block input for as long as they all take.
 */
async function drawWaiting(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      await whenIdle();
      await next.draw();
    }
  } finally {
    pumping = false;
  }
}

/** Charts still waiting to come near the viewport, with the draw that each will run. */
const observed = new Map<Element, { draw: Draw; observer: IntersectionObserver }>();

/** Queues `draw` for when `element` nears the viewport; returns a function that cancels it. */
export function drawWhenNearViewport(element: Element, draw: Draw): () => void {
  const enqueue = () => {
    waiting.push({ element, draw });
    void drawWaiting();
  };
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        observed.delete(element);
        enqueue();
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    observer.observe(element);
    observed.set(element, { draw, observer });
  } else {
    enqueue();
  }
  return () => {
    observed.get(element)?.observer.disconnect();
    observed.delete(element);
    const index = waiting.findIndex((entry) => entry.element === element);
    if (index >= 0) waiting.splice(index, 1);
  };
}

// Printing shows every chart, not only those the reader scrolled to: start the rest now, those
// queued and those still far from the viewport, so that a print preview (or a second print) has
// them; undrawn boxes are hidden in print meanwhile.
window.addEventListener('beforeprint', () => {
  const pending = waiting.splice(0).map((entry) => entry.draw);
  for (const [element, { draw, observer }] of observed) {
    observer.disconnect();
    observed.delete(element);
    pending.push(draw);
  }
  for (const draw of pending) void draw();
});

/**
 * Calls `redraw` once when the colour scheme changes or the page starts or stops printing: a
 * canvas keeps the colours and width it was drawn with, so a chart drawn in dark mode would
 * print light text on white paper, at the screen's width. The redrawn chart registers anew.
 */
export function redrawOnMediaChange(redraw: () => void): void {
  const queries = ['(prefers-color-scheme: dark)', 'print'].map((query) => window.matchMedia(query));
  const onChange = () => {
    for (const query of queries) query.removeEventListener('change', onChange);
    redraw();
  };
  for (const query of queries) query.addEventListener('change', onChange);
}
