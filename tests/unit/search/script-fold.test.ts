import { Converter as toTraditional } from 'opencc-js/cn2t';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { renderFoldTable } from '../../../scripts/generate-fold-table';
import { readFileSync } from 'node:fs';
import {
  createScriptFolder,
  decodeCodePoints,
  encodeCodePoints,
  hasTraditional,
  listFoldableCodePoints,
} from '@/lib/search/script-fold';
import { toSimplified } from '@/lib/search/simplify';

// Test data: Simplified passages from the seeds, and their Traditional forms made by OpenCC.
const cn2t = toTraditional({ from: 'cn', to: 't' });
const SEEDS = ['营商环境', '创新驱动', '项目建设', '综合保税区', '高新技术企业', '规模以上工业增加值增长11.6%'];

describe('toSimplified', () => {
  it.each([
    ['營商環境', '营商环境'],
    ['創新驅動', '创新驱动'],
    ['項目建設', '项目建设'],
    ['綜合保稅區', '综合保税区'],
    ['裡面', '里面'],
    ['綫路', '线路'],
  ])('folds %s to %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it.each(SEEDS)('folds the Traditional form of %s back to it, same length', (simplified) => {
    const traditional = cn2t(simplified);
    expect(traditional).not.toBe(simplified);
    expect(toSimplified(traditional)).toBe(simplified);
    expect(toSimplified(traditional)).toHaveLength(traditional.length);
  });

  it.each(['什么', '著名', '台湾', '里程', '干部', '营商环境'])('leaves Simplified text as written: %s', (text) => {
    expect(toSimplified(text)).toBe(text);
  });

  it('keeps Latin letters, digits and punctuation', () => {
    expect(toSimplified('5G網絡，PM2.5濃度下降3%')).toBe('5G网络，PM2.5浓度下降3%');
  });
});

describe('hasTraditional', () => {
  it('tells a query that needs the converter from one that does not', () => {
    expect(hasTraditional('營商環境')).toBe(true);
    expect(hasTraditional('营商环境')).toBe(false);
    expect(hasTraditional('5G RCEP 93%')).toBe(false);
  });
});

describe('createScriptFolder', () => {
  it('calls the converter once per foldable character and never for others', () => {
    const asked: string[] = [];
    const fold = createScriptFolder((text) => {
      asked.push(text);
      return Converter({ from: 't', to: 'cn' })(text);
    });
    expect(fold('營營商商')).toBe('营营商商');
    expect(asked).toEqual(['營']);
  });
});

describe('the fold table', () => {
  it('round-trips code points through its encoding', () => {
    expect([...decodeCodePoints(encodeCodePoints([0x3400, 0x4e00, 0x4e01, 0x20000]))]).toEqual([
      0x3400, 0x4e00, 0x4e01, 0x20000,
    ]);
  });

  it('lists only characters that change and are not themselves a Simplified form', () => {
    const table = new Set(listFoldableCodePoints(Converter({ from: 't', to: 'cn' })));
    expect(table.has('營'.codePointAt(0)!)).toBe(true);
    expect(table.has('营'.codePointAt(0)!)).toBe(false);
    expect(table.has('么'.codePointAt(0)!)).toBe(false);
  });

  it('matches the installed opencc-js (run `npm run search:fold-table` after upgrading it)', () => {
    expect(readFileSync('src/lib/search/foldable-code-points.ts', 'utf8')).toBe(renderFoldTable());
  });
});
