import type { TargetRecord } from '@/lib/schemas/target';
import type { TargetSpeech } from '@/lib/targets/publish';

/** Speeches and reviewed records as they are in content/ for seeds 003 and 004. */
export const SPEECHES: TargetSpeech[] = [
  {
    slug: '2022-quwei-shijie-sici-quanhui',
    title: '在区委十届四次全会暨区委经济工作会议上的报告',
    date: { iso: '2022', precision: 'year', year: 2022 },
    organization: '*区委常委会',
  },
  {
    slug: '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui',
    title: '在九个“要”字上下足功夫 念好“强、增、提、稳、保”五字诀',
    date: { iso: '2024-08-21', precision: 'day', year: 2024, month: 8, day: 21 },
    organization: '郑州高新区',
  },
];

const base = {
  upper: null,
  bound: 'exact',
  themes: [],
  reviewed: true,
  rejected: false,
} as const;

export function record(
  fields: Partial<TargetRecord> & Pick<TargetRecord, 'id' | 'speech' | 'indicator' | 'stated' | 'quote' | 'anchor'>,
): TargetRecord {
  return {
    ...base,
    value: 0,
    unit: '亿元',
    kind: 'target',
    period: '2022',
    strength: 'planned',
    ...fields,
  } as TargetRecord;
}

const S003 = '2022-quwei-shijie-sici-quanhui';
const S004 = '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui';

export const RECORDS: TargetRecord[] = [
  record({
    id: 'p-6-s13/60亿元',
    speech: S003,
    indicator: '“三大改造”项目年度完成投资',
    value: 60,
    stated: '60亿元',
    kind: 'actual',
    period: '2021',
    strength: null,
    quote: '帮助企业实施“三大改造”项目88个，年度完成投资60亿元',
    anchor: 'p-6-s13',
  }),
  record({
    id: 'p-23-s25/30亿元',
    speech: S003,
    indicator: '综保区外贸总额',
    value: 30,
    stated: '30亿元',
    strength: 'binding',
    quote: '确保综保区今年实现外贸总额30亿元',
    anchor: 'p-23-s25',
  }),
  record({
    id: 'p-23-s25/55亿元',
    speech: S003,
    indicator: '综保区外贸总额',
    value: 55,
    stated: '55亿元',
    period: '2023',
    strength: 'binding',
    quote: '确保综保区今年实现外贸总额30亿元，明年55亿元',
    anchor: 'p-23-s25',
  }),
  record({
    id: 'p-23-s25/100亿元',
    speech: S003,
    indicator: '综保区外贸总额',
    value: 100,
    stated: '100亿元',
    period: '2024',
    strength: 'binding',
    quote: '明年55亿元，后年100亿元',
    anchor: 'p-23-s25',
  }),
  record({
    id: 'p-30-s4/84亿元',
    speech: S003,
    indicator: '“三大改造”项目年度完成投资',
    value: 84,
    stated: '84亿元',
    strength: 'binding',
    quote: '重点实施好今年“三大改造”项目93个，确保年度完成投资84亿元',
    anchor: 'p-30-s4',
  }),
  record({
    id: 'p-16-s1/1.4万人',
    speech: S003,
    indicator: '城镇新增就业',
    value: 1.4,
    unit: '万人',
    stated: '1.4万人',
    quote: '人均可支配收入与经济增长协调同步，城镇新增就业1.4万人',
    anchor: 'p-16-s1',
  }),
  record({
    id: 'p-16-s1/2000人',
    speech: S003,
    indicator: '高校毕业生到*就业创业',
    value: 2000,
    unit: '人',
    stated: '2000人',
    quote: '高校毕业生到*就业创业2000人',
    anchor: 'p-16-s1',
  }),
  record({
    id: 'p-6-s2/600亿元',
    speech: S004,
    indicator: '新签约项目签约总额',
    value: 600,
    stated: '600亿元',
    period: '2024-H2',
    strength: 'striving',
    quote: '下半年力争完成新签约项目签约总额600亿元',
    anchor: 'p-6-s2',
  }),
  record({
    id: 'p-9-s10/3-5个',
    speech: S004,
    indicator: '谋划新的城市更新项目',
    value: 3,
    upper: 5,
    unit: '个',
    bound: 'range',
    stated: '3-5个',
    period: '2024',
    quote: '同时再积极谋划3-5个新的城市更新项目',
    anchor: 'p-9-s10',
  }),
  record({
    id: 'p-5-s3/340亩',
    speech: S004,
    indicator: '连霍北片区',
    value: 340,
    unit: '亩',
    stated: '340亩',
    period: '2024',
    quote: '连霍北片区340亩生物医药和合成生物产业基地项目建设',
    anchor: 'p-5-s3',
    rejected: true,
  }),
  record({
    id: 'p-11-s14/4000个',
    speech: S004,
    indicator: '新增停车位',
    value: 4000,
    unit: '个',
    stated: '4000个',
    period: '2024',
    quote: '新增停车位4000个',
    anchor: 'p-11-s14',
    reviewed: false,
  }),
];
