import type { TargetDataRow } from '../targets/open-data';
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
} satisfies Record<keyof TargetDataRow, Omit<FieldDoc, 'name'>>;

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
    path: '/rss.xml',
    format: 'RSS 2.0',
    zh: '最新讲话的订阅源；每个主题另有订阅源（/themes/<主题>/rss.xml）。',
    en: 'Feed of the latest speeches; each theme has its own feed.',
    fields: [],
  },
];
