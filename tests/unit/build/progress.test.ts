import { describe, expect, it } from 'vitest';
import {
  createProgressMeter,
  estimateRemaining,
  formatBuildSummary,
  formatDuration,
  formatProgress,
} from '@/lib/build/progress';

describe('createProgressMeter', () => {
  it('prints about ten lines for 10,000 pages rendered at an even pace, not one per page', () => {
    const meter = createProgressMeter('页面 pages');
    const lines: string[] = [];
    // 10,000 pages in 70 s.
    for (let done = 1; done <= 10_000; done++) {
      const line = meter.update(done, 10_000, done * 0.007);
      if (line) lines.push(line);
    }
    expect(lines.length).toBeGreaterThanOrEqual(9);
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(lines.at(-1)).toBe('页面 pages 10,000 / 10,000 (100%) · 用时 elapsed 1:10');
  });

  it('prints only the last line of a stage that takes a second', () => {
    const meter = createProgressMeter('页面 pages');
    const lines = Array.from({ length: 38 }, (_, i) => meter.update(i + 1, 38, (i + 1) / 38)).filter(Boolean);
    expect(lines).toEqual(['页面 pages 38 / 38 (100%) · 用时 elapsed 0:01']);
  });

  it('prints at least every 30 s while a slow stage has not reached its next tenth', () => {
    const meter = createProgressMeter('搜索分片 search shards');
    expect(meter.update(0, 13, 20)).toBeUndefined();
    expect(meter.update(0, 13, 31)).toBe('搜索分片 search shards 0 / 13 (0%) · 用时 elapsed 0:31');
    expect(meter.update(0, 13, 40)).toBeUndefined();
  });

  it('counts without a total until the total is known, then prints the last line once', () => {
    const meter = createProgressMeter('搜索分片 search shards');
    expect(meter.update(3, undefined, 35)).toBe('搜索分片 search shards 3 · 用时 elapsed 0:35');
    expect(meter.update(4, 4, 36)).toBe('搜索分片 search shards 4 / 4 (100%) · 用时 elapsed 0:36');
    expect(meter.update(4, 4, 40)).toBeUndefined();
  });
});

describe('formatProgress', () => {
  it('says what is done of how much, the time so far and the time left at that pace', () => {
    expect(formatProgress({ label: '页面 pages', done: 1200, total: 10_033, elapsed: 35 })).toBe(
      '页面 pages 1,200 / 10,033 (11%) · 用时 elapsed 0:35 · 剩余 remaining ≈ 4:18',
    );
  });
});

describe('estimateRemaining', () => {
  it('extrapolates the pace so far', () => {
    expect(estimateRemaining(250, 1000, 10)).toBe(30);
  });

  it.each([
    [0, 1000],
    [1000, 1000],
    [5, undefined],
  ])('gives no estimate for %s done of %s', (done, total) => {
    expect(estimateRemaining(done, total, 10)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [7.4, '0:07'],
    [253, '4:13'],
    [3725, '1:02:05'],
  ])('writes %s s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatBuildSummary', () => {
  it('names pages, speeches, targets, the index with its reused shards, and the time', () => {
    expect(
      formatBuildSummary({
        pages: 10_038,
        speeches: 10_000,
        targets: 41_230,
        indexBytes: 308_400_000,
        shards: 28,
        shardsReused: 27,
        seconds: 83,
      }),
    ).toBe(
      '完成 done: 10,038 pages 页面 · 10,000 speeches 讲话 · 41,230 targets 目标 · ' +
        'search index 搜索索引 308.4 MB (28 shard(s), 27 reused 复用) · 用时 time 1:23',
    );
  });
});
