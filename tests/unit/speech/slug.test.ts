import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { slugFromFileName, slugFromTitle, speechSlug } from '@/lib/speech/slug';

describe('slugFromFileName', () => {
  it('keeps an ASCII file name as the slug', () => {
    expect(slugFromFileName('2024-08-21-gaoxinqu-tuijinhui.md')).toBe('2024-08-21-gaoxinqu-tuijinhui');
  });

  it('lower-cases and hyphenates spaces and underscores', () => {
    expect(slugFromFileName('speeches/Work Report_2022.mdx')).toBe('work-report-2022');
  });

  it('gives a Chinese file name a clean, stable ASCII slug', () => {
    const slug = slugFromFileName('高新区 讲话.md');
    expect(slug).toMatch(/^speech-[a-z0-9]{7}$/);
    expect(slugFromFileName('高新区 讲话.md')).toBe(slug);
    expect(slugFromFileName('高新区讲话.md')).not.toBe(slug);
  });

  it('keeps the ASCII part of a mixed name and adds a hash', () => {
    expect(slugFromFileName('2024 工作报告.md')).toMatch(/^2024-[a-z0-9]{7}$/);
  });
});

describe('speechSlug', () => {
  it('takes the front matter’s slug when it sets one', () => {
    expect(speechSlug('高新区 讲话.md', { slug: 'gaoxinqu-jianghua' })).toBe('gaoxinqu-jianghua');
  });

  it('falls back to the file name when the slug is missing or not text', () => {
    expect(speechSlug('speeches/Work Report_2022.md', {})).toBe('work-report-2022');
    expect(speechSlug('speeches/Work Report_2022.md', { slug: 2022 })).toBe('work-report-2022');
  });
});

describe('slugFromTitle', () => {
  const toPinyin = (han: string) => pinyin(han, { toneType: 'none', type: 'array', v: true });
  it.each([
    ['2024-02-23', '高新区2024年工作动员大会', '2024-02-23-gaoxinqu-gongzuo-dongyuan-dahui'],
    ['2024-02-23', '济南高新区2024年工作动员大会召开', '2024-02-23-jinan-gaoxinqu-gongzuo-dongyuan-dahui'],
    ['2022', '在区委十届四次全会暨区委经济工作会议上的报告', '2022-quwei-shijie-sici-quanhui'],
    ['2025-03-05', '政府工作报告', '2025-03-05-zhengfu-gongzuo-baogao'],
    ['2024-08-21', '在九个“要”字上下足功夫 念好“强、增、提、稳、保”五字诀', '2024-08-21-jiugeyaozi-shangxia-zu-gongfu'],
    ['2022', '在高新区高质量发展大会上的讲话', '2022-gaoxinqu-gao-zhiliang-fazhan-dahui'],
    [undefined, '绿色低碳发展座谈会', 'lvse-ditan-fazhan-zuotan-hui'],
  ])('%s + %s → %s', (date, title, slug) => {
    expect(slugFromTitle(date, title, toPinyin)).toBe(slug);
  });

  it('keeps at most six words of a long title', () => {
    const slug = slugFromTitle(
      '2022-04',
      '在全市进一步扩大开放统筹推进“三个一批”暨开发区高质量发展工作会议上的讲话',
      toPinyin,
    );
    expect(slug).toBe('2022-04-quanshi-jinyibu-kuoda-kaifang-tongchou-tuijin');
  });

  it('gives up on a title with nothing to spell', () => {
    expect(slugFromTitle('2024', '“”——', toPinyin)).toBeUndefined();
  });
});
