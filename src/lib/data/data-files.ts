import type { IndicatorDataRow, TargetDataRow } from '../targets/open-data';
import type { SpeechRecord } from './speech-records';

/** One field of an open-data file, for the /data/ page. */
export interface FieldDoc {
  name: string;
  zh: string;
  en: string;
}

/** One downloadable file. */
export interface DataFileDoc {
  path: string;
  format: string;
  zh: string;
  en: string;
  fields: readonly FieldDoc[];
}

/**
 * The licence of the files the site compiles (metadata and figures). The speech texts themselves
 * belong to the bodies that published them; the site republishes public documents.
 */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  zh: '本站整理的数据文件（讲话元数据、目标与实绩记录）按知识共享 署名 4.0 国际许可协议（CC BY 4.0）提供：可以自由复制、分发和改编，包括商业用途，但须注明来源“简报”并链接到相应页面。讲话原文的权利属于原发布机构。',
  en: 'The data files compiled by this site (speech metadata, target and result records) are licensed CC BY 4.0: copy, share and adapt them, commercially too, crediting “简报 Jianbao” with a link. The speech texts belong to the bodies that published them.',
} as const;

// `satisfies Record<keyof …>` makes a field added to a record type fail to compile until it is documented here.
const SPEECH_FIELDS = {
  slug: { zh: '讲话的网址标识', en: 'URL slug of the speech' },
  url: { zh: '讲话页面的完整网址', en: 'absolute URL of the speech page' },
  title: { zh: '标题', en: 'title' },
  date: {
    zh: '日期，精确到原文所写：2024-08-21、2022-04 或 2019',
    en: 'date, as precise as the document: 2024-08-21, 2022-04 or 2019',
  },
  date_precision: {
    zh: '日期精度：day（日）、month（月）、year（年）',
    en: 'precision of the date: day, month or year',
  },
  date_note: {
    zh: '日期是推断的时，说明如何推断；否则为空',
    en: 'how an inferred date was inferred; null when printed',
  },
  kind: { zh: '文种（讲话、工作报告、新闻报道等）', en: 'kind of document' },
  occasion: { zh: '会议或场合', en: 'meeting or occasion' },
  speaker: { zh: '讲话人，照原文（含隐去标记）；未注明为空', en: 'speaker as printed, masks kept; null if not stated' },
  organization: { zh: '发布机构，照原文；未注明为空', en: 'issuing body as printed; null if not stated' },
  region: { zh: '地区（原文写明时）', en: 'place, when the text states it' },
  source: {
    zh: '来源（出处、记者）；未注明时为“原文未注明出处”',
    en: 'where the text came from; “原文未注明出处” when not stated',
  },
  summary: { zh: '一两句摘要', en: 'one- or two-sentence summary' },
  themes: { zh: '主题标识（见 /themes/）', en: 'theme slugs (see /themes/)' },
  paragraphs: { zh: '正文段落数', en: 'number of paragraphs' },
} satisfies Record<keyof SpeechRecord, Omit<FieldDoc, 'name'>>;

const TARGET_FIELDS = {
  speech: { zh: '所在讲话的网址标识', en: 'slug of the speech that states it' },
  speech_title: { zh: '所在讲话的标题', en: 'title of that speech' },
  speech_date: { zh: '所在讲话的日期', en: 'date of that speech' },
  organization: { zh: '发布机构', en: 'issuing body' },
  indicator: { zh: '指标', en: 'indicator' },
  value: {
    zh: '数值（单位见 unit）；原文隐去数字时为空',
    en: 'value in `unit`; empty when the speech masks the figure',
  },
  upper: { zh: '区间的上限（如 3-5 个）；否则为空', en: 'upper end of a range; empty otherwise' },
  unit: { zh: '单位', en: 'unit' },
  stated: { zh: '原文写法（如 93%以上）', en: 'the figure as written' },
  bound: { zh: '界限：以上、以内、约等', en: 'bound: at least, at most, about' },
  kind: { zh: '目标或实绩', en: 'target or result' },
  period: { zh: '时期', en: 'period' },
  strength: { zh: '力度：确保、力争等；实绩为空', en: 'commitment (确保, 力争); empty for results' },
  quote: { zh: '原文句子', en: 'the sentence that states it' },
  url: { zh: '原文句子的完整网址', en: 'absolute URL of that sentence' },
  themes: { zh: '主题标识；CSV 中以分号分隔', en: 'theme slugs; `;`-separated in the CSV' },
  reviewed: { zh: '是否经人工核对', en: 'checked by a person' },
  bound_label: { zh: '界限的中文名（确数、以上、以内、约、区间）', en: 'Chinese name of `bound`' },
  kind_label: { zh: '类别的中文名（目标、实绩）', en: 'Chinese name of `kind`' },
  strength_label: {
    zh: '力度的中文名（确保、计划、力争……）；实绩为空',
    en: 'Chinese name of `strength`; empty for results',
  },
  indicator_id: {
    zh: '所属指标的标识（见 /data/indicators.json）；未归入指标时为空',
    en: 'id of its indicator (see /data/indicators.json); empty when none',
  },
  status: {
    zh: '目标的状态代码：met、nearly、missed、in-progress、awaiting、unknown；实绩为空',
    en: 'status of a target: met, nearly, missed, in-progress, awaiting, unknown; empty for results',
  },
  status_label: {
    zh: '状态的中文名：已实现、基本实现、未实现、进行中、待公布、无法判断',
    en: 'Chinese name of the status',
  },
  status_reason: { zh: '判断理由（如“目标 9%以上，实绩 9.6%，不低于目标”）', en: 'why: the sentence the site shows' },
  actual_value: {
    zh: '用于判断的实绩数值（单位见 actual_unit）；没有时为空',
    en: 'the actual judged against, in `actual_unit`',
  },
  actual_unit: { zh: '实绩的单位', en: 'unit of the actual' },
  actual_stated: { zh: '实绩的写法', en: 'the actual as written' },
  actual_source: {
    zh: '实绩来源：data（统计数据文件，优先）或 speech（讲话）',
    en: 'where the actual comes from: data (a data file, which wins) or speech',
  },
  actual_source_title: { zh: '实绩来源的标题', en: 'title of that source' },
  actual_url: { zh: '实绩来源的网址（统计发布页或讲话句子）', en: 'URL of that source (publication or sentence)' },
  completion: { zh: '完成程度：实绩占目标的百分比（仅总量类指标）', en: 'actual as % of the target (amounts only)' },
  target_class: {
    zh: '指标属性代码：anticipatory（预期性）或 obligatory（约束性），讲话写明时才有；否则为空',
    en: 'anticipatory or obligatory, when the speech lists the target as 预期性 or 约束性; empty otherwise',
  },
  target_class_label: { zh: '指标属性的中文名：预期性、约束性', en: 'Chinese name of `target_class`' },
  revision: {
    zh: '与同一机构此前最近一次提出的同期目标相比：raised（调高）、lowered（调低）、restated（重申）、repeated（再次提出，无法比较）；首次提出为空',
    en: 'against the same body’s latest earlier target for the period: raised, lowered, restated, repeated (not comparable); empty when first stated',
  },
  revision_label: { zh: '修订的中文名：调高、调低、重申、再次提出', en: 'Chinese name of `revision`' },
  dropped_in: {
    zh: '较晚的一篇讲话重申了同期其他目标却没有再提这一项时，该讲话的网址标识（未再提及）；否则为空',
    en: 'slug of a later speech that restated other targets of the period but not this one; empty otherwise',
  },
  record_id: {
    zh: '记录在 content/targets/<讲话>.yaml 中的 id（如 p-16-s1/11%）；与 speech 一起唯一确定一条记录',
    en: 'the record’s id in content/targets/<speech>.yaml; with `speech` it names the record',
  },
} satisfies Record<keyof TargetDataRow, Omit<FieldDoc, 'name'>>;

const INDICATOR_FIELDS = {
  id: { zh: '指标标识，也是网址 /indicators/<id>/', en: 'indicator id, also its URL /indicators/<id>/' },
  name: { zh: '指标名称', en: 'name' },
  aliases: { zh: '别名（如 规上工业增加值增速）', en: 'other names' },
  area: { zh: '地区', en: 'area' },
  organizations: { zh: '目标记录中使用的机构名', en: 'organization names its records carry' },
  unit: { zh: '单位', en: 'unit' },
  direction: { zh: '方向：higher（越高越好）或 lower（越低越好）', en: 'higher or lower is better' },
  direction_label: { zh: '方向的中文名', en: 'Chinese name of `direction`' },
  url: { zh: '指标页面的完整网址', en: 'absolute URL of its page' },
  feed: { zh: '指标订阅源（RSS）的完整网址', en: 'absolute URL of its RSS feed' },
  statements: { zh: '表述这个指标的记录（讲话#记录 id）', en: 'records that state it (speech#record id)' },
  actuals: {
    zh: '实绩：时期、数值、单位、写法、来源（data 或 speech）、来源标题、网址、日期',
    en: 'actuals: period, value, unit, as written, source (data or speech), title, URL, date',
  },
} satisfies Record<keyof IndicatorDataRow, Omit<FieldDoc, 'name'>>;

const list = (fields: Record<string, Omit<FieldDoc, 'name'>>): FieldDoc[] =>
  Object.entries(fields).map(([name, doc]) => ({ name, ...doc }));

/** Every file of /data/, in the order the page lists them. */
export const DATA_FILES: readonly DataFileDoc[] = [
  {
    path: '/data/speeches.json',
    format: 'JSON',
    zh: '全部讲话的元数据（不含正文，正文在讲话页面上），最新的在前。',
    en: 'Metadata of every speech (not the text), newest first.',
    fields: list(SPEECH_FIELDS),
  },
  {
    path: '/data/targets.json',
    format: 'JSON',
    zh: '讲话中提出的数字目标与实绩，每项链接到原文句子。',
    en: 'The numeric targets and results the speeches state, each linked to its sentence.',
    fields: list(TARGET_FIELDS),
  },
  {
    path: '/data/targets.csv',
    format: 'CSV（UTF-8，带 BOM，Excel 可直接打开）',
    zh: '与 targets.json 相同的记录，表格格式。',
    en: 'The records of targets.json as a spreadsheet.',
    fields: list(TARGET_FIELDS),
  },
  {
    path: '/data/indicators.json',
    format: 'JSON',
    zh: '指标：名称、地区、单位、方向，以及每个指标的实绩（统计数据与讲话）和表述它的记录。',
    en: 'Indicators with their actuals (data files and speeches) and the records that state them.',
    fields: list(INDICATOR_FIELDS),
  },
  {
    path: '/rss.xml',
    format: 'RSS 2.0',
    zh: '最新讲话的订阅源；每个主题另有订阅源（/themes/<主题>/rss.xml），每个指标也有（/indicators/<指标>/rss.xml：讲话中的表述和统计数据，附目标状态）。',
    en: 'Feed of the latest speeches; each theme has its own feed, and so does each indicator (its statements and data rows, with target statuses).',
    fields: [],
  },
];
