import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '@/lib/numbers/chinese-number';
import { readQuantities, readQuantity, type Quantity } from '@/lib/numbers/quantities';

function amount(text: string): Quantity {
  const reading = readQuantity(text);
  if (reading?.kind !== 'amount') throw new Error(`not read as one amount: ${text}`);
  return reading;
}

describe('parseChineseNumber', () => {
  it.each([
    ['170.5', 170.5],
    ['１７０．５', 170.5],
    ['二十', 20],
    ['十五', 15],
    ['两', 2],
    ['一百二十', 120],
    ['三千五百', 3500],
    ['1.4万', 14000],
    ['二十亿', 2_000_000_000],
    ['一万亿', 1e12],
    ['一亿二千万', 120_000_000],
  ])('reads %s as %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['X', 'XX', '****', '**', 'Ｘ', '万', '千亿', '', 'abc'])('does not read %j as a number', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('readQuantity', () => {
  it('reads 170.5亿元 as 17,050,000,000 yuan, keeping the stated value and unit', () => {
    expect(amount('170.5亿元')).toMatchObject({
      value: 170.5,
      unit: '亿元',
      normalized: { value: 17_050_000_000, unit: '元' },
      bound: 'exact',
      masked: false,
    });
  });

  it('reads 1.4万人 as 14000 people', () => {
    expect(amount('1.4万人')).toMatchObject({ value: 1.4, unit: '万人', normalized: { value: 14_000, unit: '人' } });
  });

  it('reads 83万平方米 as 830,000 square metres', () => {
    expect(amount('83万平方米').normalized).toEqual({ value: 830_000, unit: '平方米' });
  });

  it.each([
    ['93%以上', 93, '%', 'at-least'],
    ['5.5%以内', 5.5, '%', 'at-most'],
    ['不少于4个', 4, '个', 'at-least'],
    ['近3万人', 3, '万人', 'about'],
    ['接近700亿元', 700, '亿元', 'about'],
    ['突破800亿元', 800, '亿元', 'at-least'],
    ['500余名', 500, '名', 'at-least'],
    ['6.4个百分点', 6.4, '个百分点', 'exact'],
    ['9 %以上', 9, '%', 'at-least'],
    ['１３％', 13, '%', 'exact'],
  ])('reads %s as %d %s, bound %s', (input, value, unit, bound) => {
    expect(amount(input)).toMatchObject({ value, unit, bound });
  });

  it('reads 3-5个 as a range from 3 to 5', () => {
    expect(amount('3-5个')).toMatchObject({ value: 3, upper: 5, unit: '个', bound: 'range' });
  });

  it('reads 二十亿元 as 20 of the unit 亿元, in Chinese numerals', () => {
    expect(amount('二十亿元')).toMatchObject({
      value: 20,
      unit: '亿元',
      normalized: { value: 2_000_000_000, unit: '元' },
      numerals: 'chinese',
    });
  });

  it.each([
    ['X%', '%'],
    ['XX亿元', '亿元'],
    ['****亿元', '亿元'],
    ['**%', '%'],
    ['XX余公里', '公里'],
  ])('records %s as masked, never as a number', (input, unit) => {
    expect(amount(input)).toMatchObject({ masked: true, value: null, normalized: null, unit });
  });

  it('records 第X位 as a masked ordinal', () => {
    expect(readQuantity('第X位')).toMatchObject({ kind: 'ordinal', masked: true, value: null });
  });

  it('returns null for text that is not exactly one figure', () => {
    expect(readQuantity('2024年')).toBeNull();
    expect(readQuantity('300家和25家')).toBeNull();
  });
});

describe('readQuantities', () => {
  it('does not read 签约 before a figure as 约 (about)', () => {
    const [reading] = readQuantities('确保全年新签约50亿元以上项目不少于4个');
    expect(reading).toMatchObject({ text: '50亿元以上', bound: 'at-least' });
    expect(readQuantities('预计今年为企业主体减负约1.3万亿元')[0]).toMatchObject({
      text: '约1.3万亿元',
      bound: 'about',
    });
  });

  it('reads 两个百亿级项目 as two projects: 百亿级 is a description, not a figure', () => {
    const readings = readQuantities('等两个百亿级项目落地');
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ text: '两个', value: 2, unit: '个', numerals: 'chinese' });
  });

  it('finds every figure of a seed-004 sentence with its offsets', () => {
    const sentence = '下半年力争完成新签约项目签约总额600亿元，新开工项目投资总额470亿元，高质量项目签约总额200亿元。';
    const readings = readQuantities(sentence);
    expect(readings.map((r) => r.text)).toEqual(['600亿元', '470亿元', '200亿元']);
    for (const reading of readings) expect(sentence.slice(reading.start, reading.end)).toBe(reading.text);
  });

  it('keeps offsets in the original text when it has full-width digits', () => {
    const sentence = '增长１３％以上';
    const [reading] = readQuantities(sentence);
    expect(reading).toMatchObject({ text: '１３％以上', value: 13, bound: 'at-least' });
  });

  it('reads no figure in dates, codes and slogans', () => {
    const text = '在8月21日高新区召开的2024年高质量发展推进会上，“1+7+2+N”工作机制，5G信号，P3实验室，“13710”工作制度';
    expect(readQuantities(text)).toEqual([]);
  });

  it('does not read 万人助万企 or 一个 as figures', () => {
    expect(readQuantities('持续开展“万人助万企”活动，一个重要原因')).toEqual([]);
  });

  it('reads 第5次会议 and 排名全市第2 as ordinals only', () => {
    const readings = readQuantities('第5次会议，排名全市第2');
    expect(readings.map((r) => r.kind)).toEqual(['ordinal', 'ordinal']);
    expect(readings.map((r) => r.value)).toEqual([5, 2]);
  });

  it('reads a masked seed-001 sentence as masked figures only', () => {
    const readings = readQuantities('固定资产投资同比增长XX%，全市第一；地方一般公共预算收入规模同口径增长XXX%');
    const amounts = readings.filter((r) => r.kind === 'amount');
    expect(amounts).toHaveLength(2);
    expect(amounts.every((r) => r.masked && r.value === null)).toBe(true);
  });
});

describe('readQuantities: counters that are also words', () => {
  it.each([
    ['支持3家企业上市'],
    ['12部门联合印发'],
    ['60岁以上老年人'],
    ['0-3岁婴幼儿照护'],
    ['14亿人民'],
    ['建设P3实验室'],
    ['占4席位'],
    ['坚持3宗旨'],
    ['优化2架构'],
    ['市场占有3份额'],
    ['建设3个月'],
  ])('reads no figure with 支/部/岁/亿/P/席/宗/架/份 or a duration in %s', (text) => {
    const units = readQuantities(text).flatMap((r) => (r.kind === 'amount' ? [r.unit as string] : []));
    expect(units.filter((unit) => ['支', '部', '岁', '亿', 'P', '席', '宗', '架', '份', '个'].includes(unit))).toEqual(
      [],
    );
  });
});

describe('readQuantities: units of work reports', () => {
  // Figures as the 2026 work reports of Beijing, Ningxia and Hebei state them (tests/fixtures/targets-corpus/).
  it.each([
    ['实际使用外资12.5亿美元', '12.5亿美元', 12.5, '亿美元'],
    ['电力总装机达到1.1亿千瓦', '1.1亿千瓦', 1.1, '亿千瓦'],
    ['宁电入湘工程建成投运，外送电能力突破2000万千瓦', '突破2000万千瓦', 2000, '万千瓦'],
    ['新增天然气产能22亿方', '22亿方', 22, '亿方'],
    ['处理污水10万立方米', '10万立方米', 10, '万立方米'],
    ['蔬菜产量稳定在200万吨左右', '200万吨左右', 200, '万吨'],
    ['粮食产量1.3万亿斤以上', '1.3万亿斤以上', 1.3, '万亿斤'],
    ['外送电量双双超过1000亿度', '超过1000亿度', 1000, '亿度'],
    ['办复人大代表建议221件', '221件', 221, '件'],
    ['开展培训300场次', '300场次', 300, '场次'],
    ['加装电梯3001台', '3001台', 3001, '台'],
    ['新能源汽车保有量超130万辆', '超130万辆', 130, '万辆'],
    ['开行中欧班列500列', '500列', 500, '列'],
    ['新增4000张养老床位', '4000张', 4000, '张'],
    ['抓好507栋危旧简易楼排险工作', '507栋', 507, '栋'],
    ['发放消费券3批次', '3批次', 3, '批次'],
    ['新增机动车停车位3.5万个', '3.5万个', 3.5, '万个'],
    ['新能源汽车产量增长5.1倍', '5.1倍', 5.1, '倍'],
    ['细颗粒物年均浓度控制在29微克/立方米左右', '29微克/立方米左右', 29, '微克/立方米'],
    ['全员劳动生产率达58万元/人左右', '58万元/人左右', 58, '万元/人'],
    ['经济总量连续迈上4万亿', '4万亿', 4, '万亿'],
    ['建设筹措保障性租赁住房7.4万套（间）', '7.4万套（间）', 7.4, '万套（间）'],
    ['上海港年吞吐量超过5000万标准箱', '超过5000万标准箱', 5000, '万标准箱'],
    // 陕西, 高邮, 余杭 and 云南 (tests/fixtures/targets-corpus/).
    ['新增产能3095万吨/年', '3095万吨/年', 3095, '万吨/年'],
    ['组建20亿元母基金和4支子基金', '4支', 4, '支'],
    ['等50部文艺作品获得国家、国际大奖', '50部', 50, '部'],
    ['10家省实验室余杭占4席', '4席', 4, '席'],
    ['人均预期寿命达到78.9岁。', '78.9岁', 78.9, '岁'],
    ['算力规模突破4000P。', '突破4000P', 4000, 'P'],
    ['预计全年完成填报8.1亿,增幅15.8%', '8.1亿', 8.1, '亿'],
    ['工业开票首破千亿,一般公共预算收入增长3%', '千亿', 1000, '亿'],
    // 甘肃 and 青海 2026 reports (tests/fixtures/targets-holdout-3/).
    ['算力规模突破15万P。', '突破15万P', 15, '万P'],
    ['省级出让矿业权110宗。', '110宗', 110, '宗'],
    ['建成标准机架4万架、算力规模超2.2万P', '4万架', 4, '万架'],
    ['农作物种质资源总量突破48万份', '突破48万份', 48, '万份'],
    ['十大类45项年度民生实事工程落地见效。', '45项', 45, '项'],
  ])('reads %s as %s: %d %s', (text, stated, value, unit) => {
    const reading = readQuantities(text).find((r) => r.kind === 'amount' && r.text === stated);
    expect(reading).toMatchObject({ text: stated, value, unit });
  });

  it('reads 5万余个 as at least 5 of the unit 万个', () => {
    expect(readQuantities('中心城区新增机动车停车位5万余个')[0]).toMatchObject({
      text: '5万余个',
      value: 5,
      unit: '万个',
      bound: 'at-least',
    });
  });

  it.each([
    ['地区生产总值年均增速4.5%-5%', '4.5%-5%', 4.5, 5],
    ['地区生产总值增长7.5%-8%', '7.5%-8%', 7.5, 8],
  ])('reads %s as one range that repeats its unit', (text, stated, value, upper) => {
    const readings = readQuantities(text);
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ text: stated, value, upper, bound: 'range' });
  });

  it.each([
    ['新增千万吨产能', '千万吨', 1000, '万吨', 'exact'],
    ['营业收入过百亿元', '过百亿元', 100, '亿元', 'at-least'],
  ])('reads the round magnitude in %s as %s', (text, stated, value, unit, bound) => {
    expect(readQuantities(text)[0]).toMatchObject({ text: stated, value, unit, bound });
  });

  it.each([
    ['打造千亿强区'],
    ['从多方面推进'],
    ['确保总书记讲话指示精神和党中央决策部署在*件件落地、条条落实'],
    ['把重点项目列入计划'],
    ['制定工作方案'],
  ])('reads no figure in %s', (text) => {
    expect(readQuantities(text).filter((r) => r.kind === 'amount')).toEqual([]);
  });

  it('does not read 通过 before a figure as 过 (over)', () => {
    expect(readQuantities('通过3项')[0]).toMatchObject({ text: '3项', bound: 'exact' });
  });
});

// Passages of the held-out corpus (tests/fixtures/targets-holdout/: Tianjin's 2026 work report, the
// 顺德 2026 report news) and general forms of the same units.
describe('readQuantities: ship calls, days, tenths and a bare 万亿元', () => {
  it.each([
    ['邮轮母港接待邮轮91艘次、旅客30余万人次', '91艘次', 91, '艘次'],
    ['优良天数281天、比2020年增加36天', '281天', 281, '天'],
    ['津滨轻轨改造后高峰运力提升四成', '四成', 40, '%'],
    ['农村劳动力转移就业七成以上', '七成以上', 70, '%'],
    ['工业总产值率先在全国市辖区突破万亿元', '突破万亿元', 1, '万亿元'],
    ['服务业增加值跨上万亿元台阶', '万亿元', 1, '万亿元'],
  ])('reads %s with %s as %d %s', (text, stated, value, unit) => {
    const found = readQuantities(text).find((q) => q.text === stated);
    expect(found).toMatchObject({ kind: 'amount', value, unit });
  });

  it.each([
    ['连续30天无重污染'],
    ['每5天调度一次'],
    ['每周3天到岗'],
    ['历时3天的展会'],
    ['天津市5天然气'],
    ['形成一批成果'],
    ['三成员单位'],
    ['万亿元级产业集群'],
  ])('reads no figure of days, tenths or 万亿元 in %s', (text) => {
    expect(readQuantities(text).filter((q) => q.kind === 'amount')).toEqual([]);
  });
});

describe('readQuantities: 至少 across a verb', () => {
  it.each([
    // Seed 2022-04 (content/speeches/2022-04-kuoda-kaifang-sange-yipi.md).
    ['每个县（市、区）至少要观摩3个近两年新建成的产业项目', '3个'],
    ['每个街道至少建成1个社区食堂', '1个'],
  ])('reads %s with %s as at least', (text, stated) => {
    expect(readQuantities(text).find((q) => q.text === stated)).toMatchObject({ bound: 'at-least' });
  });

  it('keeps a figure exact when 至少 is not before its verb', () => {
    expect(readQuantities('至少有十个突出亮点，建成3个园区').find((q) => q.text === '3个')).toMatchObject({
      bound: 'exact',
    });
  });
});

describe('readQuantities: decimal years and a bare 亿元', () => {
  it.each([
    // Ningxia 2026 work report (tests/fixtures/targets-corpus/ningxia-2026-gwr.txt).
    ['人均受教育年限达到11.7年', '11.7年', 11.7, '年'],
    ['劳动年龄人口平均受教育年限达到12.5年以上', '12.5年以上', 12.5, '年'],
    // Jiangyan 2026 report summary (tests/fixtures/targets-corpus/jiangyan-2026-gwr-summary.txt).
    ['节约财政资金超亿元', '超亿元', 1, '亿元'],
    ['实际使用外资突破亿美元', '突破亿美元', 1, '亿美元'],
  ])('reads %s with %s as %d %s', (text, stated, value, unit) => {
    expect(readQuantities(text).find((q) => q.text === stated)).toMatchObject({ kind: 'amount', value, unit });
  });

  it.each([['2024年'], ['连续3年'], ['2025.1年'], ['20世纪90年代'], ['超万亿元'], ['PM2.5年均浓度36.2微克/立方米']])(
    'reads no decimal year or bare 亿元 in %s',
    (text) => {
      const units = readQuantities(text).flatMap((q) => (q.kind === 'amount' ? [`${q.value}${q.unit}`] : []));
      expect(units.filter((u) => u.endsWith('年') || u === '1亿元')).toEqual([]);
    },
  );
});
