import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { linkIndicator } from '../indicators/link-indicators';
import type { Indicator } from '../schemas/indicator';
import { TargetRecordSchema } from '../schemas/target';
import { recordOrganization } from '../targets/publish';
import { firstInvalidUtf8Line, isValidUtf8 } from '../importer/decode-text';
import { lineAt, type ContentProblem } from './problem';
import type { CheckedSpeech, ContentFile } from './validate-speeches';

// The record schema's messages are written for staff in Chinese; the English half names the field's contract.
const ENGLISH_HINTS: Record<string, string> = {
  id: 'every record needs a stable id such as p-12-s3/600亿元',
  speech: 'the speech file name in content/speeches, without .md',
  indicator: 'the noun phrase the figure measures',
  indicatorId: 'the id of an indicator in content/indicators.yaml, e.g. qu-gdp',
  value: 'a number as stated (170.5), or null only for a masked figure (XX亿元)',
  unit: 'a unit listed in src/lib/numbers/units.ts',
  stated: 'the figure exactly as written, and it must occur in quote',
  bound: 'one of exact, at-least, at-most, about, range',
  kind: 'target or actual',
  period: 'a period such as 2024, 2024-H2, 2022-Q1 or 2024-08',
  strength: 'binding, planned, striving, seeking or projected for a target; null for an actual',
  quote: 'the exact words of the speech',
  anchor: 'the sentence anchor on the speech page, p-12-s3',
  reviewed: 'true or false',
  rejected: 'true or false',
};

/**
 * Validates `content/targets/*.yaml` against the record schema and against the speeches: each
 * record's speech must exist, its quote must occur word for word in that speech, and its
 * indicator must be one of `indicators` (content/indicators.yaml) — by id, or by a name that
 * matches exactly one entry.
 */
export function validateTargets(
  files: ContentFile[],
  speeches: readonly CheckedSpeech[],
  themeSlugs: readonly string[],
  indicators: readonly Indicator[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(speeches.map((speech) => [speech.slug, speech]));
  for (const { path, bytes } of files) {
    if (!isValidUtf8(bytes)) {
      problems.push({
        file: path,
        line: firstInvalidUtf8Line(bytes),
        message: '文件不是 UTF-8 编码：请在编辑器中“另存为 UTF-8”。 / The file is not UTF-8: save it as UTF-8.',
      });
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    const document = parseDocument(text, { prettyErrors: false });
    const error = document.errors[0];
    if (error) {
      problems.push({
        file: path,
        line: lineAt(text, error.pos[0]),
        message: `YAML 写法有误：${error.message.split('\n')[0]} / Not valid YAML: ${error.message.split('\n')[0]}`,
      });
      continue;
    }
    if (document.contents !== null && !isSeq(document.contents)) {
      problems.push({
        file: path,
        line: 1,
        message:
          '文件应为记录列表（每条以“- id:”开头） / The file must be a list of records, each starting with "- id:".',
      });
      continue;
    }
    const records: unknown[] = (document.toJS() as unknown[] | null) ?? [];
    records.forEach((raw, index) => {
      const lineOf = (field?: string) => recordLine(document, text, index, field);
      const parsed = TargetRecordSchema.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          const hint = ENGLISH_HINTS[field];
          problems.push({
            file: path,
            line: lineOf(field),
            field: `[${index + 1}].${field}`,
            message: `${issue.message}${hint ? ` / "${field}": ${hint}` : ''}`,
          });
        }
        return;
      }
      const record = parsed.data;
      const speech = bySlug.get(record.speech);
      if (!speech) {
        problems.push({
          file: path,
          line: lineOf('speech'),
          field: `[${index + 1}].speech`,
          message: `找不到讲话“${record.speech}”：content/speeches/ 下没有这个文件。 / No speech "${record.speech}": there is no such file in content/speeches/.`,
        });
        return;
      }
      for (const theme of record.themes.filter((slug) => !themeSlugs.includes(slug))) {
        problems.push({
          file: path,
          line: lineOf('themes'),
          field: `[${index + 1}].themes`,
          message: `没有这个主题：“${theme}”。可用的主题：${themeSlugs.join('、')}。 / Unknown theme "${theme}": use one of ${themeSlugs.join(', ')}.`,
        });
      }
      if (!speech.text.includes(record.quote)) {
        problems.push({
          file: path,
          line: lineOf('quote'),
          field: `[${index + 1}].quote`,
          message: `引文在讲话 ${speech.file} 中找不到：请从讲话原文逐字复制。 / The quote does not occur in ${speech.file}: copy it word for word from the speech.`,
        });
      }
      const organization = recordOrganization(record, speech.data);
      const link = linkIndicator({ ...record, organization }, indicators);
      if (link.kind === 'unknown-id') {
        problems.push({
          file: path,
          line: lineOf('indicatorId'),
          field: `[${index + 1}].indicatorId`,
          message: `content/indicators.yaml 中没有指标“${link.id}”：请改成已有的 id，或先在该文件中添加这个指标。 / No indicator "${link.id}" in content/indicators.yaml: use an existing id or add the indicator there first.`,
        });
      } else if (link.kind === 'ambiguous') {
        const ids = link.candidates.map((candidate) => candidate.id);
        problems.push({
          file: path,
          line: lineOf('indicator'),
          field: `[${index + 1}].indicator`,
          message: `指标名称“${record.indicator}”（${organization}）对应多个指标：${ids.join('、')}。请加一行 indicatorId: ${ids[0]}（或其他正确的 id）。 / The name "${record.indicator}" matches ${ids.join(', ')}: add "indicatorId" with the right one.`,
        });
      }
    });
  }
  return problems;
}

function recordLine(document: Document, text: string, index: number, field?: string): number {
  const record = isSeq(document.contents) ? document.contents.items[index] : undefined;
  if (!isMap(record)) return 1;
  const node =
    field === undefined ? undefined : (record.get(field, true) as { range?: [number, number, number] } | undefined);
  const range = node?.range ?? record.range;
  return range ? lineAt(text, range[0]) : 1;
}
