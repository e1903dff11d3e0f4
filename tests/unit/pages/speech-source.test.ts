import { describe, expect, it } from 'vitest';
import { displaySource, SOURCE_NOT_STATED } from '@/lib/pages/speech-source';

describe('displaySource', () => {
  it.each([
    [
      '新闻报道，记者 孙庆辉，通讯员 方宝岭 文图（种子文本 004_1de416052d8dec49.txt）',
      '新闻报道，记者 孙庆辉，通讯员 方宝岭 文图',
    ],
    ['种子文本 000_bc5866954ff806ea.txt（原文未注明出处）', '原文未注明出处'],
    ['种子文本 000_bc5866954ff806ea.txt', SOURCE_NOT_STATED],
    ['import/report.docx', SOURCE_NOT_STATED],
    ['《郑州日报》2024年8月22日第3版', '《郑州日报》2024年8月22日第3版'],
  ])('shows %s as %s', (source, shown) => {
    expect(displaySource(source)).toBe(shown);
  });
});
