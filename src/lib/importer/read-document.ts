/**
 * Reads a plain-text speech as a whole: the metadata lines at its top, the scraps a web page left
 * in it, and the body. What it finds is offered to staff (`proposals`) and reported (`removed`);
 * the body keeps every other character of the text (see text-to-markdown.ts).
 */
import { proposeMetadata, readHeader, type MetadataProposals } from './propose-metadata';
import { proposeSourceFromScraps, separateScraps, type NumberedLine, type RemovedScrap } from './scraps';
import { cleanText, convertLinesToMarkdown, isHeadingLine, joinBrokenLines } from './text-to-markdown';

/** A line the importer took out of the body: a scrap, or a metadata line now offered as a field. */
export interface RemovedLine {
  line: number;
  text: string;
  kind: RemovedScrap['kind'] | 'title' | 'dateline' | 'speaker' | 'published';
}

export interface ReadDocument {
  markdown: string;
  proposals: MetadataProposals & { source?: { value: string; from: string } };
  removed: RemovedLine[];
}

/** Splits, cleans and reads a speech text; see the module comment. */
export function readSpeechDocument(text: string): ReadDocument {
  const lines: NumberedLine[] = cleanText(text)
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((entry) => entry.text !== '');
  const { header, rest } = readHeader(lines, isHeadingLine);
  const { kept, removed: scraps } = separateScraps(rest, isHeadingLine);
  const removed: RemovedLine[] = [];
  if (header.published) removed.push({ ...pick(header.published), kind: 'published' });
  if (header.title) removed.push({ line: header.title.line, text: lineText(lines, header.title.line), kind: 'title' });
  if (header.dateline) removed.push({ ...pick(header.dateline), kind: 'dateline' });
  if (header.speakerLine) removed.push({ ...pick(header.speakerLine), kind: 'speaker' });
  removed.push(...scraps);
  removed.sort((a, b) => a.line - b.line);

  const proposals: ReadDocument['proposals'] = proposeMetadata({
    header,
    paragraphs: joinBrokenLines(
      kept,
      (entry) => entry.text,
      (a, b) => ({ line: a.line, text: `${a.text}${b.text}` }),
    ),
    hasReporterByline:
      scraps.some((scrap) => scrap.kind === 'byline') || kept.slice(0, 2).some((entry) => NEWS_AGENCY.test(entry.text)),
  });
  const source = proposeSourceFromScraps(scraps);
  if (source !== undefined) {
    const from = scraps
      .filter((scrap) => scrap.kind === 'source' || scrap.kind === 'byline')
      .map((scrap) => `第${scrap.line}行`);
    proposals.source = { value: source, from: `${[...new Set(from)].join('、')}（署名/来源）` };
  }
  return { markdown: convertLinesToMarkdown(kept.map((entry) => entry.text)), proposals, removed };
}

// 本报讯（记者 郭树勋）, 新华社北京3月5日电: a news agency's dateline opening the lead.
const NEWS_AGENCY = /^(?:本报|本台|本网|新华社|[\u4e00-\u9fa5]{2,6})(?:讯|电)\s*[（(]?(?:记者)?/u;

function pick(entry: NumberedLine): NumberedLine {
  return { line: entry.line, text: entry.text };
}

function lineText(lines: readonly NumberedLine[], line: number): string {
  return lines.find((entry) => entry.line === line)?.text ?? '';
}
