import { describe, expect, it } from 'vitest';
import { slugFromFileName, speechSlug } from '@/lib/speech/slug';

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
