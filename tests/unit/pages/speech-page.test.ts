import { describe, expect, it } from 'vitest';
import { formatCitation } from '@/lib/pages/cite';
import { buildTableOfContents } from '@/lib/pages/table-of-contents';
import { describeThemeReason } from '@/lib/pages/theme-reason';
import { parseSpeechBody } from '@/lib/speech/parse-body';

describe('formatCitation', () => {
  it('cites organization, title in 《》, the date as precise as printed, and the permalink (seed 004)', () => {
    const speech = {
      data: { title: '在九个“要”字上下足功夫', organization: '郑州高新区', speaker: '郭程明' },
      date: { iso: '2024-08-21', precision: 'day' as const, year: 2024, month: 8, day: 21 },
    };
    expect(formatCitation(speech, 'https://example.cn/speeches/x/')).toBe(
      '郑州高新区：《在九个“要”字上下足功夫》，2024年8月21日。https://example.cn/speeches/x/',
    );
  });

  it('keeps masked names and falls back to the speaker, then to no author', () => {
    const date = { iso: '2022', precision: 'year' as const, year: 2022 };
    expect(formatCitation({ data: { title: '报告', organization: '*区委常委会' }, date }, 'u')).toBe(
      '*区委常委会：《报告》，2022年。u',
    );
    expect(formatCitation({ data: { title: '讲话', speaker: 'XX' }, date }, 'u')).toBe('XX：《讲话》，2022年。u');
    expect(formatCitation({ data: { title: '讲话' }, date }, 'u')).toBe('《讲话》，2022年。u');
  });
});

describe('buildTableOfContents', () => {
  it('nests 一、 chapters and their （一） sections (seed 001)', () => {
    const { blocks } = parseSpeechBody(
      [
        '## 一、深刻理解科学内涵',
        '正文。',
        '## 二、立足“三新”突出重点',
        '### （一）始终坚持产业引领',
        '正文。',
        '### （二）不断推进改革创新',
      ].join('\n\n'),
    );
    const toc = buildTableOfContents(blocks);
    expect(toc.map((e) => [e.id, e.text, e.children.map((c) => c.id)])).toEqual([
      ['h-1', '一、深刻理解科学内涵', []],
      ['h-2', '二、立足“三新”突出重点', ['h-3', 'h-4']],
    ]);
  });

  it('keeps a heading that skips a level as a child of the heading above it', () => {
    const { blocks } = parseSpeechBody('## 一、总体要求\n\n#### 1. 细则');
    expect(buildTableOfContents(blocks)[0]?.children.map((c) => [c.id, c.depth])).toEqual([['h-2', 4]]);
  });

  it('is empty for a speech without headings (seed 000)', () => {
    expect(buildTableOfContents(parseSpeechBody('今天到高新区。').blocks)).toEqual([]);
  });
});

describe('describeThemeReason', () => {
  it('lists the matched keywords with their counts', () => {
    const reason = describeThemeReason({
      slug: 'opening-up',
      score: 55,
      sentences: [1],
      leads: true,
      matches: [
        { term: '开放高地', count: 3, points: 12 },
        { term: '外向型', count: 1, points: 2 },
      ],
    });
    expect(reason).toBe('关键词：开放高地×3、外向型');
  });

  it('names at most five keywords, then 等', () => {
    const matches = ['a', 'b', 'c', 'd', 'e', 'f'].map((term) => ({ term, count: 1, points: 1 }));
    expect(describeThemeReason({ slug: 's', score: 6, sentences: [1], leads: false, matches })).toBe(
      '关键词：a、b、c、d、e等',
    );
  });
});
