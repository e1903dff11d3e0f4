import { describe, expect, it } from 'vitest';
import { displayRedactions, hasRedaction } from '@/lib/text/redaction';

describe('displayRedactions', () => {
  it.each([
    ['**市委、市政府', '（原文隐去）市委、市政府'],
    ['*区委常委会', '（原文隐去）区委常委会'],
    ['XX高新区', '（原文隐去）高新区'],
    ['千亿强区、首创之区、品质*', '千亿强区、首创之区、品质（原文隐去）'],
    ['园区营业收入突破XXX亿元', '园区营业收入突破（原文隐去）亿元'],
    ['ＸＸ高新区', '（原文隐去）高新区'],
    ['**XX区', '（原文隐去）区'],
  ])('shows %s as %s', (input, expected) => {
    expect(displayRedactions(input)).toBe(expected);
  });

  it.each(['深度融入RCEP新市场', '5G信号全覆盖', 'MEMS中试平台', 'Xinjiang', '郑州高新区'])(
    'leaves %s alone',
    (text) => {
      expect(displayRedactions(text)).toBe(text);
    },
  );
});

describe('hasRedaction', () => {
  it('tells masked text from plain text', () => {
    expect(hasRedaction('**市委')).toBe(true);
    expect(hasRedaction('郑州高新区')).toBe(false);
  });
});
