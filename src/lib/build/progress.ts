/**
 * Progress lines for a long build, few enough for a CI log: a line when another tenth of the
 * work is done, or when `everySeconds` have passed since the last line, never one per item.
 * Times are passed in (seconds since the work started), so the meter is pure.
 */

/** Where a stage of the build stands: what is counted, how many of how many. */
export interface ProgressStep {
  /** Chinese label first, then English: `页面 pages`. */
  label: string;
  done: number;
  /** Undefined while the total is not yet known (the shards of an index still being read). */
  total: number | undefined;
  /** Seconds since this stage started. */
  elapsed: number;
}

export interface ProgressMeter {
  /** The line to print for this step, or undefined when it is too soon after the last one. */
  update(done: number, total: number | undefined, elapsed: number): string | undefined;
}

/** A line when another tenth of the work is done… */
const FRACTION_PER_LINE = 0.1;
/** …but not sooner than this after the last line (a short build prints only its last line). */
const MIN_SECONDS_BETWEEN_LINES = 3;

/**
 * A meter for one stage: a line when another tenth is done (at least 3 s after the last line), at
 * least every `everySeconds` while it runs, and always one when the last item is done.
 */
export function createProgressMeter(label: string, everySeconds = 30): ProgressMeter {
  let lastTenth = 0;
  let lastAt = 0;
  let finished = false;
  return {
    update(done, total, elapsed) {
      if (finished) return undefined;
      if (total !== undefined && done >= total) finished = true;
      const tenth = total ? Math.floor(done / total / FRACTION_PER_LINE) : 0;
      const due =
        finished ||
        elapsed - lastAt >= everySeconds ||
        (tenth > lastTenth && elapsed - lastAt >= MIN_SECONDS_BETWEEN_LINES);
      if (!due) return undefined;
      lastTenth = tenth;
      lastAt = elapsed;
      return formatProgress({ label, done, total, elapsed });
    },
  };
}

/** `页面 pages 1,200 / 10,033 (12%) · 用时 elapsed 0:35 · 剩余 remaining ≈ 4:13` */
export function formatProgress({ label, done, total, elapsed }: ProgressStep): string {
  const count =
    total === undefined
      ? formatCount(done)
      : `${formatCount(done)} / ${formatCount(total)} (${total === 0 ? 100 : Math.floor((done / total) * 100)}%)`;
  const parts = [`${label} ${count}`, `用时 elapsed ${formatDuration(elapsed)}`];
  const remaining = estimateRemaining(done, total, elapsed);
  if (remaining !== undefined) parts.push(`剩余 remaining ≈ ${formatDuration(remaining)}`);
  return parts.join(' · ');
}

/** Seconds left at the rate so far; undefined before anything is done or when the total is unknown. */
export function estimateRemaining(done: number, total: number | undefined, elapsed: number): number | undefined {
  if (total === undefined || done <= 0 || done >= total) return undefined;
  return (elapsed / done) * (total - done);
}

/** `0:07`, `4:13`, `1:02:05` */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** `10,033` */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `308.4 MB`, `412 KB` */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} KB`;
}

/** What the one line at the end of a build reports. */
export interface BuildSummary {
  pages: number;
  speeches: number;
  targets: number;
  indexBytes: number;
  shards: number;
  /** Shards copied unchanged from the cache of an earlier build. */
  shardsReused: number;
  seconds: number;
}

/** `完成 done: 38 pages 页面 · 5 speeches 讲话 · … · search index 搜索索引 836 KB (1 shard(s), 0 reused 复用) · 用时 time 0:08` */
export function formatBuildSummary(summary: BuildSummary): string {
  return [
    `完成 done: ${formatCount(summary.pages)} pages 页面`,
    `${formatCount(summary.speeches)} speeches 讲话`,
    `${formatCount(summary.targets)} targets 目标`,
    `search index 搜索索引 ${formatBytes(summary.indexBytes)} (${summary.shards} shard(s), ${summary.shardsReused} reused 复用)`,
    `用时 time ${formatDuration(summary.seconds)}`,
  ].join(' · ');
}
