/**
 * Turns a plain-text speech (as pasted from Word, WeChat or an old .txt file) into the Markdown
 * body the site reads: document headings become `##`/`###`/`####`, paragraphs are separated by
 * blank lines, and every character of the text survives — Markdown syntax characters are
 * backslash-escaped so that a masked name like `**同志` never turns into emphasis.
 */

/** Heading families in the order official documents nest them; a family's depth is its rank among those present. */
const HEADING_FAMILIES: { name: string; pattern: RegExp }[] = [
  // 一、… and 第一句话，… / 第一部分 open the top-level sections of a speech.
  { name: 'chapter', pattern: /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:句话|部分|个方面)[，,：:])/u },
  // （一）… and 第一，… are the points inside a section.
  { name: 'section', pattern: /^(?:[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，,、])/u },
  // 1. / 1、 / （1） are the sub-points.
  { name: 'point', pattern: /^(?:\d+[、．.]|[（(]\d+[）)])(?!\d)/u },
  // A short line without sentence punctuation, such as a news report's sub-headline. Text typed
  // with ASCII punctuation ends its sentences with "." (issue #12): that line is a paragraph.
  { name: 'headline', pattern: /^(?!.*[。！？!?；;：:.，,]$).{20,100}$/u },
];

/**
 * A speech's byline, “——2026年2月3日在…会议上”: metadata the importer offers for `date` and
 * `occasion`, never a heading.
 */
export const BYLINE =
  /^[—–\-－]{1,2}\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:在\s*(.+?)\s*上)?(?:的(?:讲话|报告|致辞|发言))?\s*$/u;

const SENTENCE_END = /[。！？!?]/u;
const TERMINAL = /[。！？!?；;：:…”’」』）)]$/u;
// A line longer than any headline that does not end a sentence was broken mid-sentence by a
// PDF or web copy, and the next line continues it (seed 004: “要全力挖掘⏎新的经济增长点。”).
const BROKEN_LINE_MIN_LENGTH = 101;

export interface ConvertOptions {
  /** When the first line repeats the title it is the document's headline, shown as the page's h1. */
  title?: string;
}

/** Converts plain text into a Markdown body; see the module comment. */
export function convertTextToMarkdown(text: string, options: ConvertOptions = {}): string {
  let lines = cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (options.title !== undefined && lines[0] === options.title.trim()) lines = lines.slice(1);
  return convertLinesToMarkdown(lines);
}

/** Converts trimmed, non-empty lines into a Markdown body: the part of `convertTextToMarkdown` after cleaning. */
export function convertLinesToMarkdown(input: readonly string[]): string {
  const lines = joinBrokenLines(
    input,
    (line) => line,
    (a, b) => `${a}${b}`,
  );

  const familiesPresent = HEADING_FAMILIES.filter((family) =>
    lines.some((line) => headingFamily(line) === family.name),
  );
  const depthOf = (family: string): number => Math.min(4, 2 + familiesPresent.findIndex((f) => f.name === family));

  const blocks: string[] = [];
  for (const line of lines) {
    const family = headingFamily(line);
    if (family === undefined) {
      blocks.push(escapeMarkdown(line));
      continue;
    }
    // Many documents run a point's heading sentence and its body together on one line:
    // “（一）始终坚持产业引领，壮大高质量发展新优势。习近平…”. The first sentence is the heading.
    const { heading, rest } = splitHeadingSentence(line);
    blocks.push(`${'#'.repeat(depthOf(family))} ${escapeMarkdown(heading)}`);
    if (rest !== '') blocks.push(escapeMarkdown(rest));
  }
  return blocks.join('\n\n') + '\n';
}

/** Normalizes line endings, full-width and non-breaking spaces, and strips HTML pasted with the text. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // Text copied from web pages keeps its tags; <br> and </p> were line breaks.
      .replace(/<br\s*\/?>|<\/p\s*>|<\/div\s*>/gi, '\n')
      .replace(/<\/?[a-z][^<>]*>/gi, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      // U+3000 (full-width space) indents paragraphs in Word documents; U+00A0 comes from web pages.
      .replace(/[\u3000\u00A0\t]+/g, ' ')
      .replace(/[\u200B\u200C\u200D\u2060]/g, '')
  );
}

/** True when the converter makes `line` a heading. */
export function isHeadingLine(line: string): boolean {
  return headingFamily(line) !== undefined;
}

function headingFamily(line: string): string | undefined {
  if (BYLINE.test(line)) return undefined;
  const firstSentence = splitHeadingSentence(line).heading;
  for (const family of HEADING_FAMILIES) {
    const candidate = family.name === 'headline' ? line : firstSentence;
    if (family.pattern.test(candidate)) return family.name;
  }
  return undefined;
}

function splitHeadingSentence(line: string): { heading: string; rest: string } {
  const end = SENTENCE_END.exec(line);
  if (!end) return { heading: line, rest: '' };
  const cut = end.index + end[0].length;
  return { heading: line.slice(0, cut), rest: line.slice(cut).trim() };
}

/**
 * Joins lines that a PDF or web copy broke mid-sentence. Generic so that the importer can join
 * its numbered lines the same way (keeping the first line's number) for its proposals.
 */
export function joinBrokenLines<T>(items: readonly T[], textOf: (item: T) => string, merge: (a: T, b: T) => T): T[] {
  const lines = items.map(textOf);
  const width = wrapWidth(lines);
  const joined: T[] = [];
  let lastPhysical: string | undefined;
  for (const [index, line] of lines.entries()) {
    const previous = joined.at(-1);
    const family = headingFamily(line);
    const continues =
      previous !== undefined &&
      lastPhysical !== undefined &&
      !TERMINAL.test(lastPhysical) &&
      ((lastPhysical.length >= BROKEN_LINE_MIN_LENGTH && family === undefined) ||
        // Wrapped at the page width, a continuation looks like a headline; only numbering opens a section.
        (width !== undefined &&
          lastPhysical.length >= width - WRAP_SLACK &&
          (family === undefined || family === 'headline')));
    if (continues) {
      joined[joined.length - 1] = merge(previous, items[index]!);
    } else {
      joined.push(items[index]!);
    }
    lastPhysical = line;
  }
  return joined;
}

// A PDF copy breaks every line at the page width (the 2025 政府工作报告: 30 characters a line).
// When at least half the lines are that long, give or take WRAP_SLACK, the text is hard-wrapped.
const WRAP_SLACK = 2;
const WRAP_MIN_LINES = 6;

function wrapWidth(lines: readonly string[]): number | undefined {
  if (lines.length < WRAP_MIN_LINES) return undefined;
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  let best: { width: number; near: number } | undefined;
  for (const width of counts.keys()) {
    if (width < 20 || width >= BROKEN_LINE_MIN_LENGTH) continue;
    const near = lines.filter((line) => Math.abs(line.length - width) <= WRAP_SLACK).length;
    if (best === undefined || near > best.near) best = { width, near };
  }
  return best !== undefined && best.near * 2 >= lines.length ? best.width : undefined;
}

/** Backslash-escapes what CommonMark would read as syntax, so the text renders exactly as written. */
export function escapeMarkdown(line: string): string {
  return (
    line
      .replace(/[\\`*_[\]<>&~|]/g, (ch) => `\\${ch}`)
      // Only at the start of a line do these open a heading, quote, list or setext underline.
      .replace(/^([#>+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}
