import { describe, expect, it } from 'vitest';
import { parseSpeechDate, type SpeechDate } from '@/lib/dates/speech-date';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { extractTargets, type TargetCandidate } from '@/lib/targets/extract-targets';
import { findPeriodMentions } from '@/lib/targets/period';
import { TargetRecordSchema } from '@/lib/schemas/target';

function date(iso: string): SpeechDate {
  const parsed = parseSpeechDate(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.date;
}

function extract(markdown: string, iso: string, classifyThemes?: (text: string) => string[]): TargetCandidate[] {
  const { blocks } = parseSpeechBody(markdown);
  return extractTargets({ slug: 'seed', date: date(iso), blocks, ...(classifyThemes ? { classifyThemes } : {}) });
}

function byStated(records: TargetCandidate[], stated: string): TargetCandidate {
  const record = records.find((r) => r.stated === stated);
  if (!record) throw new Error(`no record for ${stated}: ${records.map((r) => r.stated).join(', ')}`);
  return record;
}

// Seed 004 (2024-08-21), a news report of a half-year meeting.
const SEED_004 = `## 要转变招商提效能 下半年力争完成新签约项目签约总额600亿元

要主动适应招商新形势,从制度设计上完善现有招商体系,整合优化招商网络,突出基金招商、以商招商、产业链招商,抢占新一轮投资发展先机。下半年力争完成新签约项目签约总额600亿元,新开工项目投资总额470亿元,高质量项目签约总额200亿元。重点推进总投资180亿元的国电投源网荷储一体化项目、总投资110亿元的屹锂科技固态电池研发生产基地项目等两个百亿级项目落地。

要加大创新主体培育,以“郑州高新区高企服务与管理信息平台”为载体,做好高新技术企业后备库建设。落实高企倍增专项计划,确保全年新认定高新技术企业300家。持续开展瞪羚独角兽企业认定工作,实施多样化、梯度化、定制化的政策支持,力争新认定国家科技型中小企业总数达到2950家,瞪羚(潜在)企业达到230家。积极筹备2024年郑州高新区科技成果转化大会暨项目路演活动。力争技术合同成交额达到170.5亿元。

要利用好城中村改造专项借款、以购代建、货币化安置等政策优势,充分发挥国资平台作用,确保完成下半年安置房建成83万平方米、投资38亿元的目标任务。深化义务教育集团化办学改革,新增优质学位5910个,推进学前教育普惠率达93%以上,建立2个以上“学校发展共同体”。同时再积极谋划3-5个新的城市更新项目。`;

// Seed 003 (2022): a report on 2021 followed by the 2022 plan.
const SEED_003 = `## 一、充分肯定成绩，以生动实践坚定发展信心决心

### （三）强化项目支撑，全年经济高质量运行。

主要经济指标重回全市第一方阵，2021年完成地区生产总值接近700亿元（含高新）。*区GDP完成414亿元，增速6.3%，排名全市第2；财政收入完成28.6亿元，税占比54.3%，比去年提高6.4个百分点。

## 二、明晰形势任务，以创新引领奋力推动高质量发展

今年全区经济社会发展的主要预期目标是：生产总值达到800亿元，城镇新增就业1.4万人，城镇调查失业率控制在5.5%以内，单位GDP能耗强度与“十四五”控制目标统筹衔接。

*高新改革后，体量更大，责任也更大，要坚持稳中求进，锚定*万亿目标，加快“千亿强区”建设，力争“十四五”末完成1500亿元经济总量。确保全年新签约50亿元以上项目不少于4个。大力发展一般贸易、服务贸易，确保综保区今年实现外贸总额30亿元，明年55亿元，后年100亿元。`;

describe('extractTargets', () => {
  it('reads seed 004’s 600亿元 as a striving target of signed projects for 2024 H2', () => {
    const record = byStated(extract(SEED_004, '2024-08-21'), '600亿元');
    expect(record).toMatchObject({
      kind: 'target',
      indicator: '新签约项目签约总额',
      value: 600,
      unit: '亿元',
      period: '2024-H2',
      strength: 'striving',
      bound: 'exact',
      anchor: 'p-1-s2',
      reviewed: false,
    });
  });

  it('finds every stated target of seed 004 and none of the figures that only describe a project', () => {
    const records = extract(SEED_004, '2024-08-21');
    expect(records.map((r) => r.stated)).toEqual([
      '600亿元',
      '470亿元',
      '200亿元',
      '300家',
      '2950家',
      '230家',
      '170.5亿元',
      '83万平方米',
      '38亿元',
      '5910个',
      '93%以上',
      '2个以上',
      '3-5个',
    ]);
  });

  it('tells 确保 (binding) from 力争 (striving) and a plain plan (planned)', () => {
    const records = extract(SEED_004, '2024-08-21');
    expect(byStated(records, '300家').strength).toBe('binding');
    expect(byStated(records, '2950家')).toMatchObject({ strength: 'striving', indicator: '新认定国家科技型中小企业' });
    expect(byStated(records, '5910个')).toMatchObject({ strength: 'planned', indicator: '新增优质学位' });
  });

  it('keeps bounds and ranges: 93%以上 at least, 3-5个 a range', () => {
    const records = extract(SEED_004, '2024-08-21');
    expect(byStated(records, '93%以上')).toMatchObject({ bound: 'at-least', value: 93, unit: '%' });
    expect(byStated(records, '3-5个')).toMatchObject({ bound: 'range', value: 3, upper: 5 });
  });

  it('reads seed 003’s 2021 figures as actuals of 2021 and its 2022 plan as targets', () => {
    const records = extract(SEED_003, '2022');
    expect(byStated(records, '接近700亿元')).toMatchObject({ kind: 'actual', period: '2021', bound: 'about' });
    expect(byStated(records, '414亿元')).toMatchObject({ kind: 'actual', period: '2021', strength: null });
    expect(byStated(records, '6.4个百分点')).toMatchObject({ kind: 'actual', unit: '个百分点' });
    expect(byStated(records, '800亿元')).toMatchObject({ kind: 'target', period: '2022', strength: 'planned' });
    expect(byStated(records, '1.4万人')).toMatchObject({ kind: 'target', indicator: '城镇新增就业', value: 1.4 });
    expect(byStated(records, '5.5%以内')).toMatchObject({ bound: 'at-most', indicator: '城镇调查失业率' });
  });

  it('names a bare 增速 after the figure before it in the sentence', () => {
    expect(byStated(extract(SEED_003, '2022'), '6.3%').indicator).toBe('*区GDP增速');
  });

  it('resolves 十四五末 to 2025 and 今年/明年/后年 to one series of three periods', () => {
    const records = extract(SEED_003, '2022');
    expect(byStated(records, '1500亿元')).toMatchObject({ period: '2025', strength: 'striving' });
    const series = ['30亿元', '55亿元', '100亿元'].map((stated) => byStated(records, stated));
    expect(series.map((r) => r.period)).toEqual(['2022', '2023', '2024']);
    expect(new Set(series.map((r) => r.indicator)).size).toBe(1);
    expect(byStated(records, '不少于4个')).toMatchObject({ bound: 'at-least', strength: 'binding', value: 4 });
  });

  it('does not let 2021年末 date the plans after it in the same paragraph', () => {
    const markdown =
      '力争“十四五”末完成1500亿元经济总量，在全市经济总量占比从2021年末的12.8%增加到15%，今年要力争突破800亿元。要加快区领导分包的398个重大项目推进，确保年度完成投资432亿元。';
    const records = extract(markdown, '2022');
    expect(byStated(records, '12.8%')).toMatchObject({ kind: 'actual', period: '2021' });
    expect(byStated(records, '398个')).toMatchObject({ kind: 'target', period: '2022' });
  });

  it('records seed 001’s masked figures as masked actuals, never as numbers', () => {
    const markdown =
      '自1990年成立以来，我们高新区紧扣“高”和“新”抓发展，2000年成功升级为国家级高新区，截至2021年，高新区全年地区生产总值（GDP）同比增长 X%，规模以上工业增加值同比增长X%，两项指标全市第一；园区营业收入突破XXX亿元。';
    const records = extract(markdown, '2022');
    expect(records.map((r) => r.stated)).toEqual(['X%', 'X%', '突破XXX亿元']);
    for (const record of records) expect(record).toMatchObject({ kind: 'actual', value: null, period: '2021' });
  });

  it('records seed 002’s masked 2025 target and its development-zone targets', () => {
    const markdown =
      '为进一步凝聚共识、激发斗志，经过市委、市政府慎重研究，我们确定了2025年生产总值总量达到\\*\\*\\*\\*亿元，力争创建2家国家级高新技术开发区和1家国家级经济技术开发区。';
    const records = extract(markdown, '2022-04');
    expect(records[0]).toMatchObject({ stated: '****亿元', value: null, kind: 'target', period: '2025' });
    expect(records.slice(1).map((r) => [r.stated, r.strength, r.period])).toEqual([
      ['2家', 'striving', '2025'],
      ['1家', 'striving', '2025'],
    ]);
  });

  it('ignores dates, meeting ordinals, attendance and slogans', () => {
    const markdown = [
      '假期后上班第一天，上午我们参加了全省第二期“三个一批”活动，由**同志牵头负责，在4月15日之前挂牌。',
      '我们在这里召开区委十届四次全会暨区委经济工作会议，第5次会议有120名代表参加，要落实“两个确保”。',
      '在8月21日高新区召开的2024年高质量发展推进会上，要紧盯目标。',
    ].join('\n\n');
    expect(extract(markdown, '2022')).toEqual([]);
  });

  it('quotes the clause verbatim from the paragraph and anchors its sentence', () => {
    const { blocks } = parseSpeechBody(SEED_004);
    const records = extractTargets({ slug: 'seed', date: date('2024-08-21'), blocks });
    for (const record of records) {
      const [, p, s] = /^p-(\d+)-s(\d+)$/.exec(record.anchor) ?? [];
      const paragraph = blocks.find((b) => b.type === 'paragraph' && b.index === Number(p));
      expect(paragraph?.text).toContain(record.quote);
      expect(record.quote).toContain(record.stated);
      expect(Number(s)).toBeGreaterThan(0);
    }
  });

  it('gives every record the themes of its paragraph from the classifier passed in', () => {
    const records = extract(SEED_004, '2024-08-21', (text) => (text.includes('招商') ? ['projects'] : []));
    expect(byStated(records, '600亿元').themes).toEqual(['projects']);
    expect(byStated(records, '300家').themes).toEqual([]);
  });

  it('produces records the target schema accepts', () => {
    for (const record of [...extract(SEED_004, '2024-08-21'), ...extract(SEED_003, '2022')]) {
      expect(TargetRecordSchema.safeParse(record).success, record.id).toBe(true);
    }
  });
});

describe('findPeriodMentions', () => {
  it.each([
    ['下半年', '2024-08', '2024-H2'],
    ['明年', '2024-08', '2025'],
    ['后年', '2024-08', '2026'],
    ['“十四五”末', '2022', '2025'],
    ['到2027年', '2024-08', '2027'],
    ['2024年底前', '2024-08-21', '2024'],
    ['一季度', '2022-04', '2022-Q1'],
    ['去年', '2022', '2021'],
  ])('resolves %s in a speech of %s to %s', (words, iso, period) => {
    expect(findPeriodMentions(words, date(iso)).map((m) => m.period)).toEqual([period]);
  });

  it('marks 去年 and earlier years as past', () => {
    expect(findPeriodMentions('2021年完成，去年增长', date('2022')).map((m) => m.past)).toEqual([true, true]);
  });
});
