import { parseDocument } from 'yaml';
import { UNITS } from '../numbers/units';
import { ComparisonsFileSchema, type Comparison } from '../schemas/comparison';
import type { ContentProblem } from './problem';
import { readYamlList } from './validate-indicators';
import type { ContentFile } from './validate-speeches';

/** What a comparison needs to know of a target record. */
interface RecordFacts {
  kind: unknown;
  unit: unknown;
  reviewed: unknown;
  rejected: unknown;
}

/**
 * Validates content/comparisons.yaml: each entry by its schema, then against the target files —
 * the speech must have a targets file, every `target` must be a reviewed target record of it and
 * every `actuals` entry a reviewed actual record, all in units of one base (one axis).
 */
export function validateComparisons(
  file: ContentFile | undefined,
  targetFiles: readonly ContentFile[],
): { problems: ContentProblem[]; comparisons: Comparison[] } {
  const read = readYamlList(
    file,
    ComparisonsFileSchema,
    '文件应为对比列表（每项以“- id:”开头） / The file must be a list of comparisons, each starting with "- id:".',
  );
  if (!file || read.problems.length > 0) return { problems: read.problems, comparisons: [] };
  const recordsBySpeech = new Map(
    targetFiles.map((target) => [
      (target.path.split('/').pop() ?? '').replace(/\.ya?ml$/, ''),
      readRecords(target.bytes),
    ]),
  );
  const problems: ContentProblem[] = [];
  read.entries.forEach((comparison, index) => {
    const at = (field: string) => ({ file: file.path, field: `[${index + 1}].${field}` });
    const records = recordsBySpeech.get(comparison.speech);
    if (!records) {
      problems.push({
        ...at('speech'),
        message: `没有 content/targets/${comparison.speech}.yaml：“speech”应为有目标记录的讲话的网址标识。 / No targets file for speech "${comparison.speech}".`,
      });
      return;
    }
    const bases = new Set<string>();
    comparison.rows.forEach((row, rowIndex) => {
      const references = [
        { field: `rows[${rowIndex + 1}].target`, id: row.target, kind: 'target', name: '目标' },
        ...row.actuals.map((id, i) => ({
          field: `rows[${rowIndex + 1}].actuals[${i + 1}]`,
          id,
          kind: 'actual',
          name: '实绩',
        })),
      ];
      for (const reference of references) {
        const record = records.get(reference.id);
        const problem = (zh: string, en: string) => problems.push({ ...at(reference.field), message: `${zh} / ${en}` });
        if (!record) {
          problem(
            `content/targets/${comparison.speech}.yaml 中没有 id 为“${reference.id}”的记录：请照抄记录的 id。`,
            `No record "${reference.id}" in content/targets/${comparison.speech}.yaml.`,
          );
        } else if (record.kind !== reference.kind) {
          problem(
            `记录“${reference.id}”不是${reference.name}（kind: ${String(record.kind)}）。`,
            `Record "${reference.id}" is not kind ${reference.kind}.`,
          );
        } else if (record.reviewed !== true || record.rejected === true) {
          problem(
            `记录“${reference.id}”尚未核对（reviewed: true）或已被否决：对比只画已核对的数字。`,
            `Record "${reference.id}" is not reviewed, or is rejected: comparisons draw reviewed figures only.`,
          );
        } else if (typeof record.unit === 'string' && record.unit in UNITS) {
          bases.add(UNITS[record.unit as keyof typeof UNITS].base);
        }
      }
    });
    if (bases.size > 1) {
      problems.push({
        ...at('rows'),
        message: `对比中的数字单位不能换算到同一坐标轴（${[...bases].join('、')}）：一张对比图只放同一类单位。 / The rows' units (${[...bases].join(', ')}) cannot share one axis.`,
      });
    }
  });
  return { problems, comparisons: problems.length === 0 ? read.entries : [] };
}

// The targets files are validated in full by validateTargets; here only ids and kinds matter.
function readRecords(bytes: Uint8Array): Map<string, RecordFacts> {
  const data: unknown = parseDocument(new TextDecoder().decode(bytes)).toJS();
  const list: unknown[] = Array.isArray(data) ? data : [];
  const records = new Map<string, RecordFacts>();
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null || !('id' in entry)) continue;
    const record = entry as Record<string, unknown>;
    records.set(String(record['id']), {
      kind: record['kind'],
      unit: record['unit'],
      reviewed: record['reviewed'],
      rejected: record['rejected'],
    });
  }
  return records;
}
