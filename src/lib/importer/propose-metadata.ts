/**
 * What a document says about itself — title, date, kind, occasion, speaker, organization, a
 * summary from its lead — read from its headline, dateline, byline and first paragraphs. Each
 * proposal names where it came from; what the document does not say is not proposed: staff fill
 * it in. Rules are tried in order, first match wins; the order of each table is explained there.
 */
import { SPEECH_KINDS } from '../schemas/speech';
import type { NumberedLine } from './scraps';

export type SpeechKind = (typeof SPEECH_KINDS)[number];

/** A value the importer offers, and where in the document it read it (in Chinese, for the report). */
export interface Proposal<T extends string = string> {
  value: T;
  from: string;
}

export interface MetadataProposals {
  title?: Proposal;
  date?: Proposal & {
    /** Written to `dateNote` when the date is inferred rather than printed. */
    note?: string;
  };
  kind?: Proposal<SpeechKind>;
  occasion?: Proposal;
  speaker?: Proposal;
  organization?: Proposal;
  summary?: Proposal;
}

/** The lines above the body that carry metadata, as `readHeader` found them. */
export interface DocumentHeader {
  /** 标题：… or the headline that opens the document. */
  title?: NumberedLine;
  /** ——2025年3月5日在…会议上 or （2024年1月15日）. */
  dateline?: NumberedLine & { year: number; month: number; day: number; occasion?: string };
  /** 国务院总理 李强: a speaker line under the dateline. */
  speakerLine?: NumberedLine;
  /** 2025年02月10日 above a newspaper story: the paper's date, not the event's. */
  published?: NumberedLine & { year: number; month: number; day: number };
}

const TITLE_LABEL = /^标\s*题\s*[:：]\s*(.+)$/u;
// The dateline (byline) of a speech or report; digits may be spaced out by a PDF copy.
const DATELINE =
  /^(?:[—–\-－]{1,2}\s*|[（(]\s*)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:在\s*(.+?)\s*上)?(?:的(?:讲话|报告|致辞|发言))?\s*[）)]?\s*$/u;
const PUBLISHED = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期|周)[一二三四五六日天])?$/u;
const OFFICE =
  '(?:总书记|总理|副总理|省长|副省长|市长|副市长|区长|副区长|县长|副县长|主任|副主任|书记|副书记|主席|副主席|部长|局长|常委|委员|代表)';
const SPEAKER_LINE = new RegExp(`^[\\u4e00-\\u9fa5、]{0,24}${OFFICE}\\s+[\\u4e00-\\u9fa5Xx*＊]{2,4}$`, 'u');
const SALUTATION = /^(?:同志们|各位代表|各位委员|各位领导|尊敬的|女士们|朋友们)[^。]{0,20}[:：!！，,]$/u;
// Sentence-ending punctuation: a headline has none at its end.
const ENDS_SENTENCE = /[。！？!?；;：:，,.…]$/u;
const HEADLINE_MAX_LENGTH = 60;
const HEADER_LINES = 4;

/**
 * Takes the headline, dateline, speaker line and paper date from the top of the document. Only
 * the first few lines are read: a dateline in the middle of a text belongs to something it quotes.
 */
export function readHeader(
  lines: readonly NumberedLine[],
  isHeading: (text: string) => boolean,
): { header: DocumentHeader; rest: NumberedLine[] } {
  const header: DocumentHeader = {};
  let index = 0;
  for (; index < Math.min(lines.length, HEADER_LINES); index++) {
    const entry = lines[index]!;
    const labelled = TITLE_LABEL.exec(entry.text);
    const dateline = DATELINE.exec(entry.text);
    const published = PUBLISHED.exec(entry.text);
    if (labelled && header.title === undefined) {
      header.title = { line: entry.line, text: labelled[1]!.trim() };
    } else if (dateline && header.dateline === undefined) {
      header.dateline = {
        ...entry,
        year: Number(dateline[1]),
        month: Number(dateline[2]),
        day: Number(dateline[3]),
        ...(dateline[4] === undefined ? {} : { occasion: dateline[4].replace(/\s+/g, '') }),
      };
    } else if (published && header.title === undefined && header.published === undefined) {
      header.published = {
        ...entry,
        year: Number(published[1]),
        month: Number(published[2]),
        day: Number(published[3]),
      };
    } else if (header.dateline !== undefined && header.speakerLine === undefined && SPEAKER_LINE.test(entry.text)) {
      header.speakerLine = entry;
    } else if (header.title === undefined && header.dateline === undefined && isHeadline(entry.text, isHeading)) {
      header.title = entry;
    } else {
      break;
    }
  }
  return { header, rest: lines.slice(index) };
}

function isHeadline(text: string, isHeading: (text: string) => boolean): boolean {
  return (
    text.length <= HEADLINE_MAX_LENGTH &&
    !ENDS_SENTENCE.test(text) &&
    !SALUTATION.test(text) &&
    // 一、… opens a section, not the document.
    !(isHeading(text) && /^(?:[一二三四五六七八九十]+、|[（(]|第[一二三四五六七八九十]|\d)/u.test(text))
  );
}

export interface ProposeInput {
  header: DocumentHeader;
  /** The body's paragraphs (scraps removed), in order. */
  paragraphs: readonly NumberedLine[];
  /** True when a reporter's byline or a news-agency credit was found: the text is a news report. */
  hasReporterByline: boolean;
}

/** Proposes what the document states about itself; see the module comment. */
export function proposeMetadata({ header, paragraphs, hasReporterByline }: ProposeInput): MetadataProposals {
  const proposals: MetadataProposals = {};
  // A sub-headline (seed 004: 高新区全力以赴高质量完成全年目标任务) is not the lead.
  const lead = paragraphs.find((entry) => !SALUTATION.test(entry.text) && /[。！？!?]/u.test(entry.text));
  const opening = paragraphs.slice(0, 3);

  const kind = proposeKind(header, opening, hasReporterByline);
  if (kind) proposals.kind = kind;
  const occasion = proposeOccasion(header, opening, kind?.value);
  if (occasion) proposals.occasion = occasion;

  if (header.title) proposals.title = { value: header.title.text, from: `第${header.title.line}行（标题）` };
  else if (occasion && (kind?.value === '讲话' || kind?.value === '工作报告')) {
    const noun = kind.value === '讲话' ? '讲话' : '报告';
    proposals.title = {
      value: `在${occasion.value}上的${noun}`,
      from: `文中没有标题；按“在……上的${noun}”由会议名称拟定（${occasion.from}）`,
    };
  }

  const date = proposeDate(header, opening, proposals.title?.value);
  if (date) proposals.date = date;

  const speaker = proposeSpeaker(header, lead);
  if (speaker) proposals.speaker = speaker;
  const organization = proposeOrganization(opening);
  if (organization) proposals.organization = organization;
  const summary = lead === undefined ? undefined : proposeSummary(lead);
  if (summary) proposals.summary = summary;
  return proposals;
}

/**
 * Kind rules, first match wins. News comes first: a report *about* a 政府工作报告 (济南代表团审议
 * 省政府工作报告) is told by its reporter or by third-person meeting verbs, which a speaker never
 * uses of himself; then the title's own name; 调研 comes before 讲话 because a visit speech also
 * opens with 同志们.
 */
const KIND_RULES: { kind: SpeechKind; test: (context: KindContext) => string | undefined }[] = [
  {
    kind: '新闻报道',
    test: ({ byline }) => (byline ? '有记者署名（“记者 ……”或“……讯”）' : undefined),
  },
  {
    kind: '新闻报道',
    test: ({ title, lead }) => {
      const ending = title === undefined ? null : /(?:召开|举行|开幕|闭幕)$/u.exec(title);
      if (ending) return `标题以“${ending[0]}”结尾`;
      const said = /(?:出席(?:会议|活动)?并(?:讲话|致辞)|主持(?:召开)?会议|参加(?:会议|活动|审议))/u.exec(lead);
      return said && /召开|举行/u.test(lead) ? `导语写“召开……${said[0]}”` : undefined;
    },
  },
  { kind: '工作报告', test: ({ title }) => (title && /工作报告$/u.test(title) ? '标题为“……工作报告”' : undefined) },
  { kind: '会议纪要', test: ({ title }) => (title && /纪要$/u.test(title) ? '标题为“……纪要”' : undefined) },
  { kind: '致辞', test: ({ title }) => (title && /(?:致辞|贺词)$/u.test(title) ? '标题为“……致辞”' : undefined) },
  {
    kind: '工作报告',
    test: ({ lead }) => (/向(?:大会|全会)报告/u.test(lead) ? '导语写“向大会/全会报告”' : undefined),
  },
  {
    kind: '调研讲话',
    test: ({ lead }) =>
      /(?:今天|这次|此次)(?:到|来到|来)[^。]{0,20}调研/u.test(lead) ? '导语写“今天到……调研”' : undefined,
  },
  { kind: '讲话', test: ({ title }) => (title && /^在.+上的讲话$/u.test(title) ? '标题为“在……上的讲话”' : undefined) },
  { kind: '讲话', test: ({ salutation }) => (salutation ? `以称呼“${salutation}”开篇` : undefined) },
];

interface KindContext {
  title?: string;
  lead: string;
  salutation?: string;
  byline: boolean;
}

function proposeKind(
  header: DocumentHeader,
  opening: readonly NumberedLine[],
  byline: boolean,
): Proposal<SpeechKind> | undefined {
  const salutation = opening.find((entry) => SALUTATION.test(entry.text))?.text;
  const context: KindContext = {
    lead: opening.map((entry) => entry.text).join('\n'),
    byline,
    ...(header.title ? { title: header.title.text } : {}),
    ...(salutation ? { salutation } : {}),
  };
  for (const rule of KIND_RULES) {
    const reason = rule.test(context);
    if (reason !== undefined) return { value: rule.kind, from: reason };
  }
  return undefined;
}

const MEETING =
  '(?:大会|会议|全会|推进会|座谈会|动员会|观摩会|务虚会|推介会|交流会|现场会|调度会|部署会|报告会|论坛|峰会|开幕式)';
// “召开了” speaks of an earlier meeting (seed 002: 清明节前，我们胜利召开了六届市委四次全会…).
const CONVENED = new RegExp(
  `(?:(?:^|[日，,；;])([\\u4e00-\\u9fa5]{2,8})召开的|召开(?!了))([^，。；,;！？]{2,60}?${MEETING}(?:暨[^，。；,;！？]{2,40}?${MEETING})?)(?=上|，|,|。|$|[^\\u4e00-\\u9fa5])`,
  'u',
);
const TITLE_OCCASION = /^在(.+?)上的(?:讲话|报告|致辞|发言)$/u;
const NEWS_TITLE_OCCASION = new RegExp(`^(.+?${MEETING})(?:召开|举行|开幕|闭幕)$`, 'u');
const VISIT = /调研([^。！？]{4,60}?)(?:[。！？]|$)/u;

/**
 * Occasion rules, first match wins: the dateline names the meeting most exactly, then the title,
 * then the speech's own “这次召开……会议”; a visit speech's occasion is what was visited.
 */
function proposeOccasion(
  header: DocumentHeader,
  opening: readonly NumberedLine[],
  kind: SpeechKind | undefined,
): Proposal | undefined {
  if (header.dateline?.occasion)
    return { value: header.dateline.occasion, from: `第${header.dateline.line}行（日期行）` };
  const title = header.title?.text;
  const fromTitle = title === undefined ? undefined : (TITLE_OCCASION.exec(title) ?? NEWS_TITLE_OCCASION.exec(title));
  if (fromTitle) return { value: fromTitle[1]!, from: `第${header.title!.line}行（标题）` };
  for (const entry of opening) {
    if (kind === '调研讲话') {
      const visit = VISIT.exec(entry.text);
      if (visit) return { value: `调研${visit[1]!}`, from: `第${entry.line}行“……调研……”` };
    }
    const convened = CONVENED.exec(entry.text);
    if (convened) {
      const value = `${convened[1] ?? ''}${convened[2]!}`.replace(/^(?:这次|今天|本次)/u, '');
      return { value, from: `第${entry.line}行“召开……”` };
    }
  }
  return undefined;
}

const MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})日/u;
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;
const YEAR_IN = /(\d{4})年/u;

/**
 * Date rules, in order: a printed dateline; a full date in the lead; a month and day in the lead
 * with the year taken from the title, from the meeting named beside it, or from the paper's date
 * above the story (written with a `dateNote`, since the year is inferred). Nothing else: a text
 * that says only 今年 gets no date.
 */
function proposeDate(
  header: DocumentHeader,
  opening: readonly NumberedLine[],
  title: string | undefined,
): MetadataProposals['date'] {
  if (header.dateline) {
    const { year, month, day, line } = header.dateline;
    return { value: isoDate(year, month, day), from: `第${line}行（日期行）` };
  }
  for (const entry of opening.slice(0, 2)) {
    const full = FULL_DATE.exec(entry.text);
    if (full) {
      return {
        value: isoDate(Number(full[1]), Number(full[2]), Number(full[3])),
        from: `第${entry.line}行“${full[0]}”`,
      };
    }
    const monthDay = MONTH_DAY.exec(entry.text);
    if (!monthDay) continue;
    const month = Number(monthDay[1]);
    const day = Number(monthDay[2]);
    const printed = `“${monthDay[0]}”（第${entry.line}行）`;
    const titleYear = title === undefined ? undefined : YEAR_IN.exec(title);
    if (titleYear && header.title) {
      return {
        value: isoDate(Number(titleYear[1]), month, day),
        from: `第${entry.line}行“${monthDay[0]}”，年份取自标题`,
        note: `文中只印${printed}；年份据标题“${header.title.text}”推断为${titleYear[1]}年`,
      };
    }
    const meeting = new RegExp(`(\\d{4})年[^，。,；;]{0,30}?${MEETING}`, 'u').exec(entry.text.slice(monthDay.index));
    if (meeting) {
      return {
        value: isoDate(Number(meeting[1]), month, day),
        from: `第${entry.line}行“${monthDay[0]}”，年份取自会议名称`,
        note: `文中只印${printed}；年份据会议名称“${meeting[0]}”推断为${meeting[1]}年`,
      };
    }
    const paper = header.published;
    if (paper && (month < paper.month || (month === paper.month && day <= paper.day))) {
      return {
        value: isoDate(paper.year, month, day),
        from: `第${entry.line}行“${monthDay[0]}”，年份取自第${paper.line}行刊发日期`,
        note: `文中只印${printed}；年份据刊发日期“${paper.text}”推断为${paper.year}年`,
      };
    }
    return undefined;
  }
  return undefined;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The person who spoke, as a news lead prints them: office(s) then name, before the verb.
const SPOKE = /(?:出席(?:会议|活动)?并(?:讲话|致辞)|作(?:重要)?讲话|如此表示|在讲话中(?:指出|强调|表示))/u;
const OFFICE_IN = new RegExp(OFFICE, 'u');

/** Speaker rules: the line under the dateline, else the official a news lead says spoke. */
function proposeSpeaker(header: DocumentHeader, lead: NumberedLine | undefined): Proposal | undefined {
  if (header.speakerLine) return { value: header.speakerLine.text, from: `第${header.speakerLine.line}行（署名行）` };
  if (lead === undefined) return undefined;
  const verb = SPOKE.exec(lead.text);
  if (!verb) return undefined;
  // Walk back clause by clause while each clause names an office: “济南市委常委,高新区党工委书记、
  // 管委会主任孙斌;高新区党工委副书记、管委会常务副主任任广锋出席会议并讲话” names both as printed.
  const before = lead.text.slice(0, verb.index);
  const clauses = before.split(/(?<=[，,；;。：:”])/u);
  const taken: string[] = [];
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    const bare = clause.replace(/[，,；;。：:”]$/u, '');
    if (!OFFICE_IN.test(bare) || /[。”]$/u.test(clause)) break;
    taken.unshift(i === clauses.length - 1 ? clause : clause);
  }
  const value = taken
    .join('')
    .replace(/[，,；;：:]$/u, '')
    .trim();
  if (value === '' || !OFFICE_IN.test(value)) return undefined;
  return { value, from: `第${lead.line}行“……${verb[0]}”` };
}

const ON_BEHALF = /我代表([^，,。向]{2,20}?)[，,]?\s*向(?:大会|全会)报告/u;
const ENTRUSTED = /受([^，,。]{2,16}?)委托[，,]?\s*我/u;

/** Organization rules: the body a report is given on behalf of (我代表国务院 / 受区委常委会委托). */
function proposeOrganization(opening: readonly NumberedLine[]): Proposal | undefined {
  for (const entry of opening) {
    const match = ON_BEHALF.exec(entry.text) ?? ENTRUSTED.exec(entry.text);
    if (match) return { value: match[1]!, from: `第${entry.line}行“${match[0]}”` };
  }
  return undefined;
}

// 本报讯（记者郭树勋）, 东昌府讯: the paper's credit, not part of what a summary says.
const NEWS_AGENCY_PREFIX = /^(?:本报|本台|本网|[\u4e00-\u9fa5]{2,6})讯\s*(?:[（(][^（）()]{1,20}[）)])?\s*/u;
const SUMMARY_MIN_LENGTH = 30;
const SUMMARY_MAX_LENGTH = 150;

/**
 * The lead's first sentences, whole, up to about 150 characters: a proposal staff confirm or
 * rewrite, never published unread (the importer writes it as a comment beside `summary`).
 */
function proposeSummary(lead: NumberedLine): Proposal | undefined {
  const sentences = lead.text.replace(NEWS_AGENCY_PREFIX, '').match(/[^。！？!?]+[。！？!?]?/gu) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if (summary.length >= SUMMARY_MIN_LENGTH || summary.length + sentence.length > SUMMARY_MAX_LENGTH) break;
    summary += sentence;
  }
  if (summary === '') summary = sentences[0] ?? '';
  return summary === '' ? undefined : { value: summary.trim(), from: `第${lead.line}行（导语）` };
}
