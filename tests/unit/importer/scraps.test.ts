import { describe, expect, it } from 'vitest';
import { proposeSourceFromScraps, separateScraps } from '@/lib/importer/scraps';

const numbered = (lines: string[]) => lines.map((text, index) => ({ line: index + 1, text }));
const kindsOf = (lines: string[]) => {
  const { kept, removed } = separateScraps(numbered(lines), () => false);
  return { kept: kept.map((entry) => entry.text), removed: removed.map((scrap) => [scrap.kind, scrap.text]) };
};
const PARAGRAPH = '要全力以赴推进项目建设，确保全年目标任务顺利完成。';

describe('separateScraps', () => {
  it.each([
    ['图为会议现场。', 'caption'],
    ['（摄影 张三）', 'caption'],
    ['本报记者 吕建荣 摄', 'caption'],
    ['记者 孙庆辉', 'byline'],
    ['通讯员 方宝岭 文图', 'byline'],
    ['记者 | 徐振鑫 于继镔 李海鑫', 'byline'],
    ['(融媒体 徐振鑫 于继镔 李海鑫)', 'byline'],
    ['编辑：李念辉', 'credit'],
    ['编辑:崔德梅    责任编辑: 许润桐     值班主编:邱霞', 'credit'],
    ['责任编辑：王五', 'credit'],
    ['来源：郑州日报', 'source'],
  ])('keeps %s out of the body as a %s', (line, kind) => {
    expect(kindsOf([PARAGRAPH, line]).removed).toEqual([[kind, line]]);
  });

  it.each([
    '记者从会上获悉，今年将新建学校10所。',
    '编辑出版工作要守正创新。',
    '来源于群众、服务于群众是我们的工作方法。',
    '图书馆、文化馆全部免费开放。',
  ])('keeps the sentence %s, which only starts like a credit', (line) => {
    expect(kindsOf([PARAGRAPH, line]).removed).toEqual([]);
  });

  it('drops the credit that closes the last paragraph and keeps the paragraph', () => {
    const { kept, removed } = kindsOf([`${PARAGRAPH}(作者:王端鹏 林江丽 张一)`]);
    expect(kept).toEqual([PARAGRAPH]);
    expect(removed).toEqual([['byline', '(作者:王端鹏 林江丽 张一)']]);
  });

  it('treats short unpunctuated lines as captions only on a page with photos', () => {
    expect(kindsOf([PARAGRAPH, '图灵小镇签约', PARAGRAPH + '又一段。']).removed).toEqual([]);
    expect(kindsOf([PARAGRAPH, '图灵小镇签约', '通讯员 方宝岭 文图']).removed).toEqual([
      ['caption', '图灵小镇签约'],
      ['byline', '通讯员 方宝岭 文图'],
    ]);
  });

  it('never takes a short heading for a caption', () => {
    const { removed } = separateScraps(
      numbered(['一、总体要求', '通讯员 方宝岭 文图']),
      (text) => text === '一、总体要求',
    );
    expect(removed.map((scrap) => scrap.text)).toEqual(['通讯员 方宝岭 文图']);
  });

  it('drops a line printed twice', () => {
    expect(kindsOf([PARAGRAPH, PARAGRAPH]).removed).toEqual([['duplicate', PARAGRAPH]]);
  });

  it('drops an unfinished repeat of earlier text at the end of a paragraph', () => {
    const earlier = '重点推进总投资180亿元的国电投源网荷储一体化项目等两个百亿级项目落地。';
    const { kept, removed } = kindsOf([
      earlier,
      '同时推进已签约项目。重点推进总投资180亿元的国电投源网荷储一体化项目等两个百亿',
    ]);
    expect(kept[1]).toBe('同时推进已签约项目。');
    expect(removed).toEqual([['duplicate', '重点推进总投资180亿元的国电投源网荷储一体化项目等两个百亿']]);
  });

  it('keeps a short phrase the speech really says twice', () => {
    expect(kindsOf(['抓项目就是抓发展。', '我们说，抓项目就是抓发展。']).removed).toEqual([]);
  });
});

describe('proposeSourceFromScraps', () => {
  it('prefers the 来源 line to the bylines', () => {
    const { removed } = separateScraps(numbered([PARAGRAPH, '记者 孙庆辉', '来源：郑州日报']), () => false);
    expect(proposeSourceFromScraps(removed)).toBe('郑州日报');
  });

  it('offers the bylines when there is no 来源 line', () => {
    const { removed } = separateScraps(numbered([PARAGRAPH, '记者 孙庆辉', '通讯员 方宝岭 文图']), () => false);
    expect(proposeSourceFromScraps(removed)).toBe('记者 孙庆辉，通讯员 方宝岭 文图');
  });
});
