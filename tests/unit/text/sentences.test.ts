import { describe, expect, it } from 'vitest';
import { sentenceId } from '@/lib/speech/anchors';
import { splitSentences } from '@/lib/text/sentences';

describe('splitSentences', () => {
  it('splits at 。！？； and keeps closing quotes with their sentence', () => {
    const text = '要坚持项目为王。“抓创新就是抓发展，谋创新就是谋未来”。今年力争完成600亿元！';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '要坚持项目为王。',
      '“抓创新就是抓发展，谋创新就是谋未来”。',
      '今年力争完成600亿元！',
    ]);
  });

  it('keeps a trailing fragment without final punctuation as the last sentence', () => {
    expect(splitSentences('第一句。第二句没有句号').map((s) => [s.index, s.text])).toEqual([
      [1, '第一句。'],
      [2, '第二句没有句号'],
    ]);
  });

  it('loses no character: offsets cover the whole paragraph', () => {
    const text = '甲。乙！丙？丁；戊';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('returns nothing for an empty paragraph', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('sentenceId', () => {
  it('names the third sentence of paragraph 12 p-12-s3', () => {
    expect(sentenceId(12, 3)).toBe('p-12-s3');
  });
});
