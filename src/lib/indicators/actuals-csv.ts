import { parse } from 'csv-parse/sync';
import { decodeSpeechText } from '../importer/decode-text';
import { ACTUAL_COLUMN_NAMES, ActualRowSchema, type ActualRowData } from '../schemas/actual';
import type { ContentProblem } from '../validation/problem';

/** A data-file row that passed its schema, with where it came from. */
export interface ActualRow extends ActualRowData {
  /** Path relative to the project: content/data/qu-2023.csv. */
  file: string;
  /** 1-based line of the row in the file, the header being line 1. */
  line: number;
}

const COLUMNS = Object.keys(ActualRowSchema.shape) as (keyof ActualRowData)[];

/**
 * Reads one data file as spreadsheets export it: UTF-8 with or without a BOM, or GBK/GB18030 (the
 * Chinese Excel default), comma-separated with a header line. Every bad row is reported with its
 * line and column; good rows are returned, bad ones never silently kept.
 */
export function readActualsCsv(file: string, bytes: Uint8Array): { rows: ActualRow[]; problems: ContentProblem[] } {
  const decoded = decodeSpeechText(bytes);
  if (!decoded.ok) {
    return {
      rows: [],
      problems: [
        {
          file,
          message: `这不是 CSV 文本文件（${decoded.format}）：请在 Excel 中“另存为 CSV”。 / Not a CSV text file (${decoded.format}): save it from Excel as CSV.`,
        },
      ],
    };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // csv-parse's types ignore `info: true`, which wraps each row as { record, info }.
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      rows: [],
      problems: [
        {
          file,
          ...(line === undefined ? {} : { line }),
          message: `CSV 格式有误：${(error as Error).message}。常见原因：引号没有配对。 / Invalid CSV: ${(error as Error).message}. Usually an unpaired quote.`,
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [] };
  const columns = header.record.map((name) => {
    const key = name.trim().replace(/^\uFEFF/, '');
    return ACTUAL_COLUMN_NAMES[key] ?? (COLUMNS.includes(key as keyof ActualRowData) ? key : null);
  });
  const missing = COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          file,
          line: header.info.lines,
          message: `第一行（表头）缺少列：${missing.join('、')}。表头应为 ${COLUMNS.join(',')}。 / The header lacks ${missing.join(', ')}: it must be ${COLUMNS.join(',')}.`,
        },
      ],
    };
  }
  const rows: ActualRow[] = [];
  const problems: ContentProblem[] = [];
  for (const { record, info } of body) {
    const raw: Record<string, string> = {};
    // An empty cell is a missing value: the schema says what to type there.
    columns.forEach((column, index) => {
      const cell = record[index] ?? '';
      if (column !== null && cell.trim() !== '') raw[column] = cell;
    });
    const parsed = ActualRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: info.lines, field: String(issue.path[0] ?? ''), message: issue.message });
      }
      continue;
    }
    rows.push({ ...parsed.data, file, line: info.lines });
  }
  return { rows, problems };
}
