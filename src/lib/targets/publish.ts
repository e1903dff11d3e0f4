import type { SpeechDate } from '../dates/speech-date';
import { STRENGTH_ORDER, type TargetRecord } from '../schemas/target';
import { compareNewestFirst } from '../dates/newest-first';
import { speechPath } from '../pages/urls';
import { compareAnchors } from '../speech/anchors';

/** What publishing needs to know of a speech. */
export interface TargetSpeech {
  slug: string;
  title: string;
  date: SpeechDate;
  organization?: string | undefined;
}

/** A record ready for pages, charts and open data. */
export interface PublishedTarget extends TargetRecord {
  speechTitle: string;
  speechDate: SpeechDate;
  /** Whose figure: the record's own `organization`, else the speech's, else its title. */
  organization: string;
  /** The record names its own organization (高新区 in a district's report): show it beside the figure. */
  namesOrganization: boolean;
  /** Whose speech it is: the speech's organization, else its title (a speech naming none is its own). */
  speechOrganization: string;
  /** Site path of the sentence that states it: `/speeches/<slug>/#p-12-s3`. */
  path: string;
  /** Not yet checked by a person: shown only in staff previews, labelled 待核实. */
  draft: boolean;
}

/**
 * The records a build publishes, in reading order (newest speech first, then as the speech
 * reads): reviewed ones, or with `includeDrafts` unreviewed ones too; never rejected ones,
 * nor those of a speech that is not published. Themes are those `classifyThemes` finds in the
 * record's quote and indicator, plus any added by hand.
 */
export function selectPublishedTargets(
  records: readonly TargetRecord[],
  speeches: readonly TargetSpeech[],
  options: { includeDrafts: boolean; classifyThemes?: (text: string) => string[] },
): PublishedTarget[] {
  const bySlug = new Map(speeches.map((speech) => [speech.slug, speech]));
  const published: PublishedTarget[] = [];
  for (const record of records) {
    if (record.rejected || (!record.reviewed && !options.includeDrafts)) continue;
    const speech = bySlug.get(record.speech);
    if (!speech) continue;
    const themes = [...(options.classifyThemes?.(`${record.indicator}：${record.quote}`) ?? []), ...record.themes];
    published.push({
      ...record,
      themes: [...new Set(themes)],
      speechTitle: speech.title,
      speechDate: speech.date,
      organization: recordOrganization(record, speech),
      namesOrganization: record.organization !== undefined,
      speechOrganization: speech.organization ?? speech.title,
      path: speechPath(speech.slug, record.anchor),
      draft: !record.reviewed,
    });
  }
  return published.sort(
    (a, b) =>
      compareNewestFirst({ date: a.speechDate, slug: a.speech }, { date: b.speechDate, slug: b.speech }) ||
      compareAnchors(a.anchor, b.anchor),
  );
}

/** Whose figure a record is: its own `organization`, else its speech's, else the speech's title. */
export function recordOrganization(
  record: { organization?: string | undefined },
  speech: { organization?: string | undefined; title: string },
): string {
  return record.organization ?? speech.organization ?? speech.title;
}

/** Targets of one strength (`binding` …); actuals have none and are left out. */
export function filterByStrength(targets: readonly PublishedTarget[], strength: string): PublishedTarget[] {
  return targets.filter((target) => target.kind === 'target' && target.strength === strength);
}

/** Strengths present among the targets, strongest first, with counts: the filter links of /targets/. */
export function countStrengths(targets: readonly PublishedTarget[]): { strength: string; count: number }[] {
  return STRENGTH_ORDER.map((strength) => ({
    strength,
    count: targets.filter((t) => t.kind === 'target' && t.strength === strength).length,
  })).filter((entry) => entry.count > 0);
}
