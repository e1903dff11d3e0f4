/**
 * Applies one reviewer's decision to the text of a `content/targets/<slug>.yaml` file through the
 * YAML Document API, so that the file's comments, record order and field order stay as they were.
 * Validation against the schema and the speech is the caller's (the project's own target check).
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** The fields a reviewer may correct on the review page. */
export const CORRECTABLE_FIELDS = ['indicator', 'kind', 'period', 'unit', 'strength', 'quote', 'stated'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export type Decision =
  | { action: 'accept' }
  | { action: 'reject' }
  | { action: 'correct'; fields: Partial<Record<CorrectableField, string | null>> };

export type ApplyResult = { ok: true; text: string } | { ok: false; message: string };

/** Returns the file's new text with the record `id` decided; see the module comment. */
export function applyDecision(text: string, id: string, decision: Decision): ApplyResult {
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isSeq(document.contents)) {
    return {
      ok: false,
      message:
        '文件不是有效的记录列表，请先运行 npm run check 修正 / the file is not a valid list of records: run npm run check',
    };
  }
  // Found through the plain data: the node types of a parsed document do not say that `id` is text.
  const data: unknown = document.toJS();
  const index = Array.isArray(data)
    ? data.findIndex(
        (entry: unknown) => typeof entry === 'object' && entry !== null && 'id' in entry && entry.id === id,
      )
    : -1;
  const node: unknown = index < 0 ? undefined : document.contents.items[index];
  const record: YAMLMap | undefined = isMap(node) ? node : undefined;
  if (record === undefined) {
    return {
      ok: false,
      message: `文件中没有记录 ${id}（可能已被删除或改名），请刷新页面 / no record ${id} in the file: reload the page`,
    };
  }
  if (decision.action === 'correct') {
    for (const field of CORRECTABLE_FIELDS) {
      if (!(field in decision.fields)) continue;
      const value = decision.fields[field];
      if (field === 'strength') record.set(field, value === '' || value === undefined ? null : value);
      else if (typeof value === 'string')
        record.set(field, field === 'quote' || field === 'stated' ? value : value.trim());
    }
    // An actual has no strength: the schema requires null, and the form may still hold the old one.
    if (record.get('kind') === 'actual') record.set('strength', null);
  }
  record.set('reviewed', true);
  record.set('rejected', decision.action === 'reject');
  return { ok: true, text: document.toString({ lineWidth: 0 }) };
}
