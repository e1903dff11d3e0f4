/**
 * The units speeches state figures in, as written, with the base unit a figure is normalized to.
 *
 * This is a closed list on purpose: a unit the site does not know cannot be charted next to
 * others, so the targets schema refuses it and staff add it here first.
 */
export const UNITS = {
  万亿元: { base: '元', factor: 1e12 },
  // 经济总量迈上5万亿台阶: 元 left unsaid.
  万亿: { base: '元', factor: 1e12 },
  亿元: { base: '元', factor: 1e8 },
  万元: { base: '元', factor: 1e4 },
  元: { base: '元', factor: 1 },
  亿美元: { base: '美元', factor: 1e8 },
  万美元: { base: '美元', factor: 1e4 },
  美元: { base: '美元', factor: 1 },
  '万元/人': { base: '元/人', factor: 1e4 },
  '元/人': { base: '元/人', factor: 1 },
  '%': { base: '%', factor: 1 },
  个百分点: { base: '个百分点', factor: 1 },
  倍: { base: '倍', factor: 1 },
  '微克/立方米': { base: '微克/立方米', factor: 1 },
  '人/百亿元': { base: '人/百亿元', factor: 1 },
  万平方米: { base: '平方米', factor: 1e4 },
  平方米: { base: '平方米', factor: 1 },
  平方公里: { base: '平方公里', factor: 1 },
  亿立方米: { base: '立方米', factor: 1e8 },
  万立方米: { base: '立方米', factor: 1e4 },
  立方米: { base: '立方米', factor: 1 },
  亿方: { base: '立方米', factor: 1e8 },
  万方: { base: '立方米', factor: 1e4 },
  方: { base: '立方米', factor: 1 },
  万标准箱: { base: '标准箱', factor: 1e4 },
  标准箱: { base: '标准箱', factor: 1 },
  万亩: { base: '亩', factor: 1e4 },
  亩: { base: '亩', factor: 1 },
  公里: { base: '公里', factor: 1 },
  万亿斤: { base: '斤', factor: 1e12 },
  亿斤: { base: '斤', factor: 1e8 },
  万斤: { base: '斤', factor: 1e4 },
  斤: { base: '斤', factor: 1 },
  // 新增产能3095万吨/年: a capacity, tonnes a year.
  '万吨/年': { base: '吨/年', factor: 1e4 },
  '吨/年': { base: '吨/年', factor: 1 },
  亿吨: { base: '吨', factor: 1e8 },
  万吨: { base: '吨', factor: 1e4 },
  吨: { base: '吨', factor: 1 },
  亿千瓦时: { base: '千瓦时', factor: 1e8 },
  万千瓦时: { base: '千瓦时', factor: 1e4 },
  千瓦时: { base: '千瓦时', factor: 1 },
  // 电量超过1000亿度: 度 is 千瓦时; a bare 度 is too often an angle or a degree of effort.
  亿度: { base: '千瓦时', factor: 1e8 },
  万度: { base: '千瓦时', factor: 1e4 },
  亿千瓦: { base: '千瓦', factor: 1e8 },
  万千瓦: { base: '千瓦', factor: 1e4 },
  千瓦: { base: '千瓦', factor: 1 },
  亿人次: { base: '人次', factor: 1e8 },
  万人次: { base: '人次', factor: 1e4 },
  人次: { base: '人次', factor: 1 },
  万人: { base: '人', factor: 1e4 },
  人: { base: '人', factor: 1 },
  万名: { base: '人', factor: 1e4 },
  名: { base: '人', factor: 1 },
  万户: { base: '户', factor: 1e4 },
  户: { base: '户', factor: 1 },
  万家: { base: '家', factor: 1e4 },
  家: { base: '家', factor: 1 },
  万个: { base: '个', factor: 1e4 },
  个: { base: '个', factor: 1 },
  万项: { base: '项', factor: 1e4 },
  项: { base: '项', factor: 1 },
  万件: { base: '件', factor: 1e4 },
  件: { base: '件', factor: 1 },
  万条: { base: '条', factor: 1e4 },
  条: { base: '条', factor: 1 },
  万所: { base: '所', factor: 1e4 },
  所: { base: '所', factor: 1 },
  // 保障性租赁住房7.4万套（间）: flats or rooms, counted together as written.
  '万套（间）': { base: '套', factor: 1e4 },
  '套（间）': { base: '套', factor: 1 },
  万套: { base: '套', factor: 1e4 },
  套: { base: '套', factor: 1 },
  间: { base: '间', factor: 1 },
  万座: { base: '座', factor: 1e4 },
  座: { base: '座', factor: 1 },
  栋: { base: '栋', factor: 1 },
  万处: { base: '处', factor: 1e4 },
  处: { base: '处', factor: 1 },
  块: { base: '块', factor: 1 },
  万台: { base: '台', factor: 1e4 },
  台: { base: '台', factor: 1 },
  万辆: { base: '辆', factor: 1e4 },
  辆: { base: '辆', factor: 1 },
  列: { base: '列', factor: 1 },
  万张: { base: '张', factor: 1e4 },
  张: { base: '张', factor: 1 },
  批次: { base: '批次', factor: 1 },
  场次: { base: '场次', factor: 1 },
  万场: { base: '场', factor: 1e4 },
  场: { base: '场', factor: 1 },
  万次: { base: '次', factor: 1e4 },
  次: { base: '次', factor: 1 },
  轮: { base: '轮', factor: 1 },
  艘次: { base: '艘次', factor: 1 },
  艘: { base: '艘', factor: 1 },
  天: { base: '天', factor: 1 },
  // 4支子基金, 50部文艺作品, 10家省实验室余杭占4席: counted one by one (not 支持, 部门, 席位: quantities.ts).
  支: { base: '支', factor: 1 },
  部: { base: '部', factor: 1 },
  席: { base: '席', factor: 1 },
  // 人均预期寿命达到78.9岁: an age stated as a value, only where the figure ends its clause (not 60岁以上老人).
  岁: { base: '岁', factor: 1 },
  // 算力规模突破4000P: computing power in PFlops, as written.
  万P: { base: 'P', factor: 1e4 },
  P: { base: 'P', factor: 1 },
  宗: { base: '宗', factor: 1 },
  万架: { base: '架', factor: 1e4 },
  架: { base: '架', factor: 1 },
  万份: { base: '份', factor: 1e4 },
  份: { base: '份', factor: 1 },
  // 预计全年完成填报8.1亿,: 亿 with what it counts left unsaid, only where the figure ends its clause.
  亿: { base: '亿', factor: 1 },
  // Only a decimal (人均受教育年限11.7年) is read in years: 2024年 is a date (quantities.ts).
  年: { base: '年', factor: 1 },
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
