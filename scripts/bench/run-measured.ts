import { spawn } from 'node:child_process';
import { sampleTree, type TreeUsage } from './process-tree';

export interface MeasuredRun {
  code: number | null;
  seconds: number;
  peakRssBytes: number;
  /** CPU seconds and peak memory per role, sampled from /proc. */
  usage: TreeUsage;
  /** Output lines with the seconds since start at which each appeared. */
  lines: { at: number; text: string }[];
}

/** Runs a command, sampling the peak resident memory of its whole process tree from /proc. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (text: string) => void; input?: string },
): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  // Written at once and closed (the search index worker reads `pages-rendered` from its stdin).
  if (options.input !== undefined) child.stdin!.end(options.input);
  const sampler = sampleTree(child.pid!, classifyProcess);
  const lines: MeasuredRun['lines'] = [];
  let partial = '';
  const onData = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push({ at, text: line });
      options.onLine?.(line);
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial) lines.push({ at: (performance.now() - started) / 1000, text: partial });
      const usage = sampler.stop();
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: usage.peakRssBytes,
        usage,
        lines,
      });
    });
  });
}

/** The part of a build a process belongs to, from its command line. */
function classifyProcess(command: string): string {
  if (command.includes('search-shard-indexer')) return 'shard indexer';
  if (command.includes('pagefind')) return 'pagefind';
  if (command.includes('search-index-worker')) return 'index worker';
  if (command.includes('astro')) return 'astro';
  return 'other';
}
