import type { Sentence } from '../speech/types';

// A sentence ends at 。！？； or their ASCII forms, plus any closing quotes or brackets that
// follow (“…。” belongs to the sentence it closes). Commas and colons do not end a sentence.
const SENTENCE_END = /[。！？!?；;…]+[”’」』）)]*/gu;

/** Splits a paragraph's plain text into sentences; the concatenation of all texts equals the input. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(paragraph, start, end, sentences);
    start = end;
  }
  push(paragraph, start, paragraph.length, sentences);
  return sentences;
}

function push(paragraph: string, start: number, end: number, into: Sentence[]): void {
  if (end <= start) return;
  const text = paragraph.slice(start, end);
  if (text.trim() === '') {
    // Trailing whitespace joins the previous sentence so that no character is lost.
    const last = into.at(-1);
    if (last) {
      last.text += text;
      last.end = end;
    }
    return;
  }
  into.push({ index: into.length + 1, text, start, end });
}
