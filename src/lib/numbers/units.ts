/**
 * The units speeches state figures in, as written, with the base unit a figure is normalized to.
 *
 * This is a closed list on purpose: a unit the site does not know cannot be charted next to
 * others, so the targets schema refuses it and staff add it here first.
 */
export const UNITS = {
  万亿元: { base: '元', factor: 1e12 },
  亿元: { base: '元', factor: 1e8 },
  万元: { base: '元', factor: 1e4 },
  元: { base: '元', factor: 1 },
  '%': { base: '%', factor: 1 },
  个百分点: { base: '个百分点', factor: 1 },
  万平方米: { base: '平方米', factor: 1e4 },
  平方米: { base: '平方米', factor: 1 },
  万亩: { base: '亩', factor: 1e4 },
  亩: { base: '亩', factor: 1 },
  公里: { base: '公里', factor: 1 },
  万人次: { base: '人次', factor: 1e4 },
  人次: { base: '人次', factor: 1 },
  万人: { base: '人', factor: 1e4 },
  人: { base: '人', factor: 1 },
  名: { base: '人', factor: 1 },
  万户: { base: '户', factor: 1e4 },
  户: { base: '户', factor: 1 },
  家: { base: '家', factor: 1 },
  个: { base: '个', factor: 1 },
  项: { base: '项', factor: 1 },
  条: { base: '条', factor: 1 },
  所: { base: '所', factor: 1 },
  套: { base: '套', factor: 1 },
  座: { base: '座', factor: 1 },
  处: { base: '处', factor: 1 },
  块: { base: '块', factor: 1 },
  场: { base: '场', factor: 1 },
  次: { base: '次', factor: 1 },
  轮: { base: '轮', factor: 1 },
} as const satisfies Record<string, { base: string; factor: number }>;

export type Unit = keyof typeof UNITS;

/** Units longest first, so that `万平方米` is read before `平方米` and `个百分点` before `个`. */
export const UNITS_LONGEST_FIRST: readonly Unit[] = (Object.keys(UNITS) as Unit[]).sort((a, b) => b.length - a.length);

export function isUnit(value: string): value is Unit {
  return Object.hasOwn(UNITS, value);
}

/** `1.4` in `万人` is `14000` in `人`; rounding removes float noise such as 170.5 × 1e8 = 17050000000.000002. */
export function normalizeValue(value: number, unit: Unit): { value: number; unit: string } {
  const { base, factor } = UNITS[unit];
  return { value: Number((value * factor).toPrecision(12)), unit: base };
}
