/**
 * Astro's log destination for this site (astro.config.mjs `logger`): Astro's own Node output,
 * without the line Astro prints for every page it renders (10,000 lines for an archive of 10,000
 * speeches). The build-progress integration prints a line per tenth of the pages instead.
 *
 * Loaded by Astro with a plain `import()`, not through Vite: Node strips the types, so this file
 * may import only packages and use only erasable TypeScript.
 */
import nodeLogger from 'astro/logger/node';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

// What Astro writes after a page's path: its render time, or that it came from Astro's cache.
const PAGE_TIME = /^\s*\((\+[\d.]+m?s|cached|restored)\)/;

export default function buildLog(config?: Record<string, unknown>): { write(event: LogEvent): void } {
  const node = nodeLogger(config) as { write(event: LogEvent): void };
  return {
    write(event) {
      // Astro writes a page as two events: `  ├─ /path/index.html` without a line end, then its time.
      if (event.label === null && !event.newLine && event.message.includes('\u251C\u2500')) return;
      if (event.label === 'SKIP_FORMAT' && PAGE_TIME.test(stripColors(event.message))) return;
      node.write(event);
    },
  };
}

function stripColors(text: string): string {
  return text.replace(/\u001b\[[\d;]*m/g, '');
}
