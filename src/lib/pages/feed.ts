import type { SpeechDate } from '../dates/speech-date';
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

function firstDayOf(date: SpeechDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}
