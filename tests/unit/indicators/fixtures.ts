import type { ActualRow } from '@/lib/indicators/actuals-csv';
import { IndicatorsFileSchema, type Indicator } from '@/lib/schemas/indicator';

/** Entries as in content/indicators.yaml (names, areas and units from the seed speeches). */
export const INDICATORS: Indicator[] = IndicatorsFileSchema.parse([
  {
    id: 'qu-gdp',
    name: '生产总值',
    aliases: ['地区生产总值'],
    area: '*区（含高新区）',
    organizations: ['*区委常委会'],
    unit: '亿元',
  },
  {
    id: 'qu-industrial-value-added-growth',
    name: '规模以上工业增加值增速',
    aliases: ['规上工业增加值增速'],
    area: '*区（含高新区）',
    organizations: ['*区（含高新区）'],
    unit: '%',
  },
  {
    id: 'qu-retail-sales-growth',
    name: '社会消费品零售总额增速',
    area: '*区（含高新区）',
    organizations: ['*区（含高新区）'],
    unit: '%',
  },
  {
    id: 'qu-surveyed-unemployment-rate',
    name: '城镇调查失业率',
    area: '*区',
    organizations: ['*区委常委会'],
    unit: '%',
    direction: 'lower',
  },
  { id: 'city-gdp', name: '生产总值', area: '**市', organizations: ['**市委、市政府'], unit: '亿元' },
]);

/** A data-file row for qu-gdp's 2022 actual — test data, an invented bulletin (the title says so). */
export const GDP_2022_ROW: ActualRow = {
  indicator: 'qu-gdp',
  area: '*区（含高新区）',
  period: '2022',
  value: 802.3,
  unit: '亿元',
  source_title: '测试用统计公报（虚构）',
  source_url: 'https://example.org/2022',
  release_date: '2023-03-20',
  file: 'content/data/qu.csv',
  line: 2,
};
