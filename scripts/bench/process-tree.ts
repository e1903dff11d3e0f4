import { readdirSync, readFileSync } from 'node:fs';

// Linux reports CPU time in clock ticks; 100 per second on every mainstream distribution.
const TICKS_PER_SECOND = 100;

interface ProcessSample {
  pid: number;
  parent: number;
  rssBytes: number;
  cpuSeconds: number;
  command: string;
}

function readProcesses(): ProcessSample[] {
  const samples: ProcessSample[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may contain spaces, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      samples.push({
        pid: Number(entry),
        parent: Number(fields[1]),
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
        rssBytes: Number(fields[21]) * 4096,
        command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '),
      });
    } catch {
      // The process exited while we were reading; it no longer holds memory.
    }
  }
  return samples;
}

/** The processes of the tree under `rootPid`, root included. */
function readTree(rootPid: number): ProcessSample[] {
  const all = readProcesses();
  const children = new Map<number, ProcessSample[]>();
  for (const sample of all) {
    const list = children.get(sample.parent);
    if (list) list.push(sample);
    else children.set(sample.parent, [sample]);
  }
  const tree: ProcessSample[] = [];
  const stack = all.filter((sample) => sample.pid === rootPid);
  while (stack.length > 0) {
    const sample = stack.pop()!;
    tree.push(sample);
    stack.push(...(children.get(sample.pid) ?? []));
  }
  return tree;
}

export interface TreeUsage {
  peakRssBytes: number;
  /** CPU seconds by role, as last seen for each process of the tree (`classify` names the role). */
  cpuSecondsByRole: Record<string, number>;
  peakRssBytesByRole: Record<string, number>;
}

/**
 * Samples the tree every `intervalMs` until stopped: the peak of its total memory, and CPU time and
 * peak memory per role (e.g. Astro, the index worker, Pagefind), so that a benchmark can say where
 * the time goes even on a busy machine where wall time mostly measures waiting.
 */
export function sampleTree(
  rootPid: number,
  classify: (command: string) => string,
  intervalMs = 200,
): { stop(): TreeUsage } {
  let peak = 0;
  const lastCpu = new Map<number, { role: string; cpu: number }>();
  const peakByRole: Record<string, number> = {};
  const sample = () => {
    const tree = readTree(rootPid);
    peak = Math.max(
      peak,
      tree.reduce((sum, process) => sum + process.rssBytes, 0),
    );
    const rssByRole: Record<string, number> = {};
    for (const process of tree) {
      // A process that has exited but not been reaped has no command line any more: keep its role.
      const role = process.command === '' ? (lastCpu.get(process.pid)?.role ?? 'other') : classify(process.command);
      lastCpu.set(process.pid, { role, cpu: process.cpuSeconds });
      rssByRole[role] = (rssByRole[role] ?? 0) + process.rssBytes;
    }
    for (const [role, rss] of Object.entries(rssByRole)) peakByRole[role] = Math.max(peakByRole[role] ?? 0, rss);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const cpuSecondsByRole: Record<string, number> = {};
      for (const { role, cpu } of lastCpu.values()) cpuSecondsByRole[role] = (cpuSecondsByRole[role] ?? 0) + cpu;
      return { peakRssBytes: peak, cpuSecondsByRole, peakRssBytesByRole: peakByRole };
    },
  };
}
