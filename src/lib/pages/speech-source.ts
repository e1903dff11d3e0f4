/** What readers see when a speech's source names nothing but the file it was imported from. */
export const SOURCE_NOT_STATED = '原文未注明出处';

// An import file reference, with the brackets around it: “（种子文本 004_1de4….txt）”, “import/a.docx”.
const FILE_REFERENCE = /[（(]?\s*(?:种子文本|导入文件|文件)?\s*[\w./\\-]+\.(?:txt|docx?|pdf|html?|md)\s*[）)]?/giu;

/**
 * The speech's source as readers see it: where the text came from, never the name of the file it
 * was imported from (that is a staff record, kept as a comment in the front matter).
 */
export function displaySource(source: string): string {
  const shown = source
    .replace(FILE_REFERENCE, '')
    .replace(/[（(]\s*[）)]/gu, '')
    .replace(/^[\s，,；;、]+|[\s，,；;、]+$/gu, '');
  const unwrapped = /^[（(]([^（）()]*)[）)]$/u.exec(shown)?.[1] ?? shown;
  return unwrapped === '' ? SOURCE_NOT_STATED : unwrapped;
}
