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
