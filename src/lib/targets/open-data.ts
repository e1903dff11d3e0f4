import type { PublishedTarget } from './publish';

/** One record of /data/targets.json and one line of /data/targets.csv. */
export interface TargetDataRow {
  speech: string;
  speech_title: string;
  speech_date: string;
  organization: string;
  indicator: string;
  /** As stated in `unit`; null when the speech masks the figure. */
  value: number | null;
  /** Upper end of a range (3-5个); null otherwise. */
  upper: number | null;
  unit: string;
  /** The figure as written: 93%以上. */
  stated: string;
  bound: string;
  kind: string;
  period: string;
  /** Null for actuals. */
  strength: string | null;
  quote: string;
  /** Absolute URL of the sentence that states it. */
  url: string;
  themes: string[];
  reviewed: boolean;
}

/** Column order of the CSV; also the key order of the JSON records. */
export const TARGET_DATA_FIELDS = [
  'speech',
  'speech_title',
  'speech_date',
  'organization',
  'indicator',
  'value',
  'upper',
  'unit',
  'stated',
  'bound',
  'kind',
  'period',
  'strength',
  'quote',
  'url',
  'themes',
  'reviewed',
] as const satisfies readonly (keyof TargetDataRow)[];

/** Open-data rows; `site` is the public origin, so URLs work outside the site. */
export function toTargetDataRows(targets: readonly PublishedTarget[], site: URL | string): TargetDataRow[] {
  return targets.map((target) => ({
    speech: target.speech,
    speech_title: target.speechTitle,
    speech_date: target.speechDate.iso,
    organization: target.organization,
    indicator: target.indicator,
    value: target.value,
    upper: target.upper,
    unit: target.unit,
    stated: target.stated,
    bound: target.bound,
    kind: target.kind,
    period: target.period,
    strength: target.strength,
    quote: target.quote,
    url: new URL(target.path, site).href,
    themes: target.themes,
    reviewed: target.reviewed,
  }));
}

// Excel reads a UTF-8 CSV as the local code page unless it starts with a byte-order mark.
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV with a header line, CRLF line ends and a BOM. Text fields are always quoted
 * (numbers, booleans and empty fields are not), so a field that merely looks like a number or
 * holds a comma reads back as written; themes are joined with `;`; null is an empty field, so
 * a masked value reads as blank, never as 0.
 */
export function formatTargetsCsv(rows: readonly TargetDataRow[]): string {
  const lines = [TARGET_DATA_FIELDS.join(',')];
  for (const row of rows) lines.push(TARGET_DATA_FIELDS.map((field) => formatCsvField(row[field])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function formatCsvField(value: TargetDataRow[keyof TargetDataRow]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.join(';') : value;
  return `"${text.replace(/"/g, '""')}"`;
}
