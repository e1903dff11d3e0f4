import { formatSpeechDate, type SpeechDate } from '../dates/speech-date';

export interface CitableSpeech {
  data: { title: string; organization?: string | undefined; speaker?: string | undefined };
  date: SpeechDate;
}

/**
 * A reference in the style of Chinese government document libraries (GB/T 7714-like):
 * `组织：《标题》，2024年8月21日。链接`. The speaker stands in for a missing organization;
 * masked names (XX, **) are kept as printed.
 */
export function formatCitation(speech: CitableSpeech, permalink: string): string {
  const author = speech.data.organization ?? speech.data.speaker;
  const head = author === undefined ? '' : `${author}：`;
  return `${head}《${speech.data.title}》，${formatSpeechDate(speech.date)}。${permalink}`;
}
