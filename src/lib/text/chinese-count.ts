const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A count as Chinese page copy writes it: 四个主题, 十二个主题. Numbers from 1 to 99 in Chinese
 * numerals; anything else in Arabic digits, as copy writes large counts (120 篇).
 */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens] ?? ''}十`;
  return `${tensText}${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}
