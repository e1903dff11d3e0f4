import { describe, expect, it } from 'vitest';
import { buildReviewItems, kindReason, reviewProgress } from '@/lib/review/review-items';
import { renderReviewItem, renderReviewPage } from '@/lib/review/render-page';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { record } from '../targets/fixtures';

// Seed 004's paragraph 4, as content/speeches has it.
const BODY =
  '高新区全力以赴高质量完成全年目标任务\n\n引言。\n\n第三段。\n\n要保障建设,围绕区定固投增速13%的目标,强化督导与服务,加快有剩余投资额的141个在库项目建设。下半年力争完成新签约项目签约总额600亿元。\n';
const blocks = parseSpeechBody(BODY).blocks;
const growth = record({
  id: 'p-4-s1/13%',
  speech: 'demo',
  indicator: '区定固投增速',
  stated: '13%',
  unit: '%',
  quote: '围绕区定固投增速13%的目标',
  anchor: 'p-4-s1',
  reviewed: false,
});

describe('buildReviewItems', () => {
  it('marks the sentence, the quote and the figure inside the paragraph', () => {
    const [item] = buildReviewItems(blocks, [growth]);
    expect(item?.paragraph?.index).toBe(4);
    const segments = item?.paragraph?.segments ?? [];
    expect(segments.map((segment) => segment.text).join('')).toBe(
      '要保障建设,围绕区定固投增速13%的目标,强化督导与服务,加快有剩余投资额的141个在库项目建设。下半年力争完成新签约项目签约总额600亿元。',
    );
    expect(segments.filter((segment) => segment.mark === 'figure').map((segment) => segment.text)).toEqual(['13%']);
    expect(segments.filter((segment) => segment.mark === 'quote').map((segment) => segment.text)).toEqual([
      '围绕区定固投增速',
      '的目标',
    ]);
    expect(segments.at(-1)).toEqual({ text: '下半年力争完成新签约项目签约总额600亿元。' });
  });

  it('says when an anchor points to no sentence', () => {
    const [item] = buildReviewItems(blocks, [{ ...growth, anchor: 'p-40-s1' }]);
    expect(item?.paragraph).toBeUndefined();
    expect(renderReviewItem(item!)).toContain('找不到锚点 p-40-s1');
  });

  it('counts reviewed and rejected records as reviewed', () => {
    const items = buildReviewItems(blocks, [
      growth,
      { ...growth, id: 'b', reviewed: true },
      { ...growth, id: 'c', rejected: true },
    ]);
    expect(items.map((item) => item.status)).toEqual(['unreviewed', 'accepted', 'rejected']);
    expect(reviewProgress(items)).toEqual({ reviewed: 2, total: 3 });
  });
});

describe('kindReason', () => {
  it.each([
    [
      { kind: 'target', strength: 'striving', stated: '600亿元' },
      '下半年力争完成新签约项目签约总额600亿元',
      '目标（力争）：数字前有“力争”',
    ],
    [
      { kind: 'target', strength: 'binding', stated: '300家' },
      '确保全年新认定高新技术企业300家',
      '目标（确保）：数字前有“确保”',
    ],
    [
      { kind: 'actual', strength: null, stated: '7.3%' },
      '全区地区生产总值达到1767.3亿元,同比增长7.3%',
      '实绩：数字前有“同比”，是已取得的结果',
    ],
    [
      { kind: 'target', strength: 'planned', stated: '20家' },
      '新建科技创新平台20家',
      '目标（计划）：句中数字前无明确用语，按所在段落或章节判定',
    ],
  ] as const)('%o in “%s” → %s', (fields, sentence, reason) => {
    expect(kindReason(fields, sentence)).toBe(reason);
  });
});

describe('renderReviewPage', () => {
  it('escapes the text of the speech and the records', () => {
    const hostile = { ...growth, indicator: '<img src=x onerror=alert(1)>' };
    const html = renderReviewPage(
      [{ slug: 'demo', title: '<script>', version: 'v', items: buildReviewItems(blocks, [hostile]) }],
      'demo',
    );
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('shows progress as reviewed / total', () => {
    const html = renderReviewPage(
      [
        {
          slug: 'demo',
          title: '演示',
          version: 'v',
          items: buildReviewItems(blocks, [growth, { ...growth, id: 'b', reviewed: true }]),
        },
      ],
      'demo',
    );
    expect(html).toContain('已审核 <b data-reviewed>1</b> / <b data-total>2</b>');
  });
});
