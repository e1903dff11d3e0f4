import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { readActualsCsv, type ActualRow } from '../indicators/actuals-csv';
import { UNITS } from '../numbers/units';
import { IndicatorsFileSchema, type Indicator } from '../schemas/indicator';
import { firstInvalidUtf8Line, isValidUtf8 } from '../importer/decode-text';
import { lineAt, type ContentProblem } from './problem';
import type { ContentFile } from './validate-speeches';

/** Validates content/indicators.yaml; returns the entries that passed, for the checks of targets and data files. */
export function validateIndicators(file: ContentFile | undefined): {
  problems: ContentProblem[];
  indicators: Indicator[];
} {
  const read = readYamlList(
    file,
    IndicatorsFileSchema,
    '文件应为指标列表（每项以“- id:”开头） / The file must be a list of indicators, each starting with "- id:".',
  );
  return { problems: read.problems, indicators: read.entries };
}

/**
 * Reads a YAML file that holds a list of entries (content/indicators.yaml, content/comparisons.yaml)
 * through `schema`, with file:line [index.field] problems: not UTF-8, not YAML, not a list, or
 * an entry the schema refuses. Entries are returned only when the whole file passed.
 */
export function readYamlList<T>(
  file: ContentFile | undefined,
  schema: z.ZodType<T[]>,
  notAList: string,
): { problems: ContentProblem[]; entries: T[] } {
  if (!file) return { problems: [], entries: [] };
  const { path, bytes } = file;
  if (!isValidUtf8(bytes)) {
    return {
      entries: [],
      problems: [
        {
          file: path,
          line: firstInvalidUtf8Line(bytes),
          message: '文件不是 UTF-8 编码：请在编辑器中“另存为 UTF-8”。 / The file is not UTF-8: save it as UTF-8.',
        },
      ],
    };
  }
  const text = new TextDecoder().decode(bytes);
  const document = parseDocument(text, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    return {
      entries: [],
      problems: [
        {
          file: path,
          line: lineAt(text, error.pos[0]),
          message: `YAML 写法有误：${error.message.split('\n')[0]} / Not valid YAML: ${error.message.split('\n')[0]}`,
        },
      ],
    };
  }
  if (document.contents !== null && !isSeq(document.contents)) {
    return { entries: [], problems: [{ file: path, line: 1, message: notAList }] };
  }
  const parsed = schema.safeParse(document.toJS() ?? [], { reportInput: true });
  if (parsed.success) return { problems: [], entries: parsed.data };
  const problems = parsed.error.issues.map((issue): ContentProblem => {
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : 0;
    const field = String(issue.path[1] ?? '');
    const rest = issue.path.slice(2).map((part) => (typeof part === 'number' ? `[${part + 1}]` : `.${String(part)}`));
    return {
      file: path,
      line: entryLine(document, text, index, field),
      field: `[${index + 1}].${field}${rest.join('')}`,
      message: issue.message,
    };
  });
  return { problems, entries: [] };
}

/**
 * Validates content/data/*.csv: each row by its schema (file:line and column), then against the
 * indicators — the id must exist, the area must be the indicator's, the unit of the same base.
 */
export function validateDataFiles(
  files: readonly ContentFile[],
  indicators: readonly Indicator[],
): { problems: ContentProblem[]; rows: ActualRow[] } {
  const problems: ContentProblem[] = [];
  const rows: ActualRow[] = [];
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  for (const file of files) {
    const read = readActualsCsv(file.path, file.bytes);
    problems.push(...read.problems);
    for (const row of read.rows) {
      const indicator = byId.get(row.indicator);
      if (!indicator) {
        problems.push({
          file: row.file,
          line: row.line,
          field: 'indicator',
          message: `content/indicators.yaml 中没有指标“${row.indicator}”：请改成已有的 id，或先添加这个指标。 / No indicator "${row.indicator}" in content/indicators.yaml.`,
        });
      } else if (row.area !== indicator.area) {
        problems.push({
          file: row.file,
          line: row.line,
          field: 'area',
          message: `指标 ${indicator.id} 的地区是“${indicator.area}”，这一行写的是“${row.area}”：请核对是否抄错了行。 / Indicator ${indicator.id} is of "${indicator.area}", this row says "${row.area}".`,
        });
      } else if (UNITS[row.unit].base !== UNITS[indicator.unit].base) {
        problems.push({
          file: row.file,
          line: row.line,
          field: 'unit',
          message: `单位“${row.unit}”与指标 ${indicator.id} 的单位“${indicator.unit}”不能换算。 / Unit "${row.unit}" does not convert to ${indicator.unit}.`,
        });
      } else {
        rows.push(row);
      }
    }
  }
  return { problems, rows };
}

function entryLine(document: Document, text: string, index: number, field: string): number {
  const entry = isSeq(document.contents) ? document.contents.items[index] : undefined;
  if (!isMap(entry)) return 1;
  const node = field === '' ? undefined : (entry.get(field, true) as { range?: [number, number, number] } | undefined);
  const range = node?.range ?? entry.range;
  return range ? lineAt(text, range[0]) : 1;
}
