import { formatIsoDay, formatSpeechDate, type SpeechDate } from '../dates/speech-date';
import type { IndicatorSummary } from '../indicators/scorecard';
import { REVISIONS } from '../indicators/revisions';
import { STRENGTHS } from '../schemas/target';
import { STATUSES } from '../targets/status';
import { formatPeriod } from '../targets/track';
import { compareCodes } from '../text/compare';
import { displayRedactions } from '../text/redaction';
import { speechPath } from './urls';

/** The most recent speeches a feed lists: readers' apps fetch it often, so it stays small. */
export const FEED_LIMIT = 50;

export interface FeedSpeech {
  slug: string;
  data: { title: string; summary: string; kind: string };
  date: SpeechDate;
  themes: readonly string[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * Feed items for the newest `limit` speeches (input is newest first). A date printed only to the
 * month or year is published as its first day, at UTC midnight so the feed does not depend on
 * the build machine's time zone.
 */
export function toFeedItems(
  speeches: readonly FeedSpeech[],
  themeNames: ReadonlyMap<string, string>,
  limit = FEED_LIMIT,
): FeedItem[] {
  return speeches.slice(0, limit).map((speech) => ({
    title: speech.data.title,
    link: speechPath(speech.slug),
    pubDate: firstDayOf(speech.date),
    description: speech.data.summary,
    categories: [speech.data.kind, ...speech.themes.map((slug) => themeNames.get(slug) ?? slug)],
  }));
}

/**
 * Feed items of one indicator, newest first, up to `limit`: one per sentence that states its
 * figures (a sentence may state a target for two years: one item, since a feed reader keys
 * items by link) with each target's status, and one per data-file row. A sentence is dated by
 * its speech, a data row by its release.
 */
export function toIndicatorFeedItems(summary: IndicatorSummary, limit = FEED_LIMIT): FeedItem[] {
  const { indicator } = summary;
  const bySentence = new Map<string, IndicatorSummary['statements']>();
  for (const statement of summary.statements) {
    bySentence.set(statement.path, [...(bySentence.get(statement.path) ?? []), statement]);
  }
  const evaluationOf = new Map(summary.evaluations.map((evaluation) => [evaluation.target, evaluation]));
  const items: FeedItem[] = [...bySentence.entries()].map(([path, statements]) => {
    const first = statements[0]!;
    const figures = statements.map((statement) => {
      const what =
        statement.kind === 'actual' || statement.strength === null
          ? '实绩'
          : `目标（${STRENGTHS[statement.strength]}）`;
      return `${formatPeriod(statement.period)}${what} ${statement.stated}`;
    });
    const statuses = statements.flatMap((statement) => {
      const evaluation = evaluationOf.get(statement);
      if (!evaluation) return [];
      const revision = evaluation.revision
        ? `，${REVISIONS[evaluation.revision.kind]}（此前 ${evaluation.revision.previous.stated}）`
        : '';
      return [`${STATUSES[evaluation.status]}：${evaluation.reason}${revision}`];
    });
    return {
      title: displayRedactions(`${indicator.name}：${figures.join('，')}`),
      link: path,
      pubDate: firstDayOf(first.speechDate),
      description: `“${first.quote}”——${first.speechTitle}（${formatSpeechDate(first.speechDate)}）${statuses.map((status) => `。${status}`).join('')}`,
      categories: [
        displayRedactions(indicator.area),
        ...new Set(statements.map((statement) => (statement.kind === 'actual' ? '实绩' : '目标'))),
      ],
    };
  });
  for (const actual of summary.actuals) {
    if (actual.source !== 'data') continue;
    items.push({
      title: displayRedactions(`${indicator.name}：${formatPeriod(actual.period)}实绩 ${actual.stated}（统计数据）`),
      link: actual.href,
      pubDate: new Date(`${actual.date}T00:00:00Z`),
      description: `${actual.sourceTitle}，${formatIsoDay(actual.date)}发布${actual.sourceUrl ? `：${actual.sourceUrl}` : ''}`,
      categories: [displayRedactions(indicator.area), '统计数据'],
    });
  }
  return items
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || compareCodes(a.link, b.link))
    .slice(0, limit);
}

function firstDayOf(date: SpeechDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}
