/**
 * Scraps of a web or newspaper page that come along when staff copy a speech's text: photo
 * captions, reporters' and editors' credits, "来源" lines, and a sentence the page printed twice.
 * They are not the speech, so the importer keeps them out of the body and says so in its report;
 * credits become proposals for `source`.
 */

/** One line (or the end of one) that the importer kept out of the body, with why. */
export interface RemovedScrap {
  /** 1-based line of the source text. */
  line: number;
  /** The removed text, exactly as it stood. */
  text: string;
  kind: ScrapKind;
}

export type ScrapKind = 'caption' | 'byline' | 'credit' | 'source' | 'duplicate';

/** What each kind is called in the import report, Chinese first as staff read it. */
export const SCRAP_LABELS: Record<ScrapKind, string> = {
  caption: '图片说明 / photo caption',
  byline: '记者署名 / reporter byline',
  credit: '编辑署名 / editor credit',
  source: '来源行 / source line',
  duplicate: '重复的文字 / duplicated text',
};

// Labels of the credits a news page prints before or after the story; a value follows after
// a colon, a full-width colon or a bar (记者 | 徐振鑫, 编辑：李念辉, 来源:郑州日报).
const CREDIT_LABEL =
  '(?:责任编辑|值班主编|执行主编|编辑|责编|审核|审校|终审|校对|主编|监制|出品|排版|美编|作者|记者|通讯员|实习生|摄影|摄像|图片|图|来源|稿件来源|新闻来源|信息来源)';
const CREDIT_GROUP = new RegExp(`${CREDIT_LABEL}\\s*[:：|｜]\\s*[^:：|｜]*?`, 'u');
// A whole line of credits: 编辑:崔德梅    责任编辑: 许润桐     值班主编:邱霞
const CREDIT_LINE = new RegExp(`^(?:${CREDIT_GROUP.source})(?:\\s+${CREDIT_LABEL}\\s*[:：|｜]\\s*[^:：|｜]*?)*$`, 'u');
const SOURCE_LABEL = /^(?:来源|稿件来源|新闻来源|信息来源)\s*[:：|｜]\s*(.+)$/u;
// A name as bylines print it: two to four Han characters or a mask (XX, **).
const NAME = '[\\u4e00-\\u9fa5Xx*＊]{2,4}';
// 记者 孙庆辉 / 通讯员 方宝岭 文图 / 本报记者 吕建荣 摄: a reporter's line without a colon.
const BYLINE_LINE = new RegExp(
  `^(?:本报|本台|本网|特约|融媒体)?(?:记者|通讯员|实习生|特约记者|摄影记者)\\s+${NAME}(?:[\\s、，,]+${NAME})*(?:\\s*(?:文图|文/图|图文|摄影?|报道|整理))?$`,
  'u',
);
// (融媒体 徐振鑫 于继镔 李海鑫) — the credit a story ends with, alone on its line.
const CREDIT_PARENTHESIS = new RegExp(
  `^[（(](?:融媒体记者|融媒体|本报记者|记者|通讯员|作者|文|图|摄影)[\\s:：|]*${NAME}(?:[\\s、，,]+${NAME})*[）)]$`,
  'u',
);
// The same credit closing the last paragraph: …重点工作。(作者:王端鹏 林江丽 张一)
const TRAILING_CREDIT = new RegExp(
  `[（(](?:融媒体记者|融媒体|本报记者|记者|通讯员|作者)[\\s:：|]*${NAME}(?:[\\s、，,]+${NAME})*[）)]$`,
  'u',
);
// 图为…, （摄影 XX）, 张三 摄, 资料图片: a photo caption.
const CAPTION_LINE = new RegExp(
  `^(?:图为|图：|图:|上图|下图|左图|右图|资料图片|[（(][^（）()]{0,30}摄[^（）()]{0,10}[）)]$)|\\s${NAME}\\s*摄$|^[（(]?(?:摄影|图片)[:：\\s]`,
  'u',
);
// A page that says its story comes with photos (文图, 摄, 图片) has captions: short lines of a
// few words, no punctuation, between paragraphs (seed 004: 图灵小镇签约, 新点软件开工仪式).
const PHOTO_CREDIT = /文图|文\/图|图文|摄影?|图片/u;
const CAPTION_MAX_LENGTH = 12;
const ANY_PUNCTUATION = /[，,。！？!?；;：:、“”"（）()《》]/u;
// A repeated fragment shorter than this may be a phrase the speech really says twice.
const DUPLICATE_MIN_LENGTH = 15;
const SENTENCE_END = /[。！？!?]/gu;

export interface NumberedLine {
  /** 1-based line of the source text. */
  line: number;
  text: string;
}

/**
 * Separates the scraps from the speech's lines. `isHeading` tells which lines the converter will
 * make headings (a short heading is never a caption). Every removed character is listed in
 * `removed`, so the kept text plus the removed text is the source text.
 */
export function separateScraps(
  lines: readonly NumberedLine[],
  isHeading: (text: string) => boolean,
): { kept: NumberedLine[]; removed: RemovedScrap[] } {
  const removed: RemovedScrap[] = [];
  const hasPhotos = lines.some(
    (entry) => PHOTO_CREDIT.test(entry.text) && (isCreditLine(entry.text) || BYLINE_LINE.test(entry.text)),
  );
  const kept: NumberedLine[] = [];
  const seenLines = new Set<string>();
  let textSoFar = '';
  for (const entry of lines) {
    const kind = scrapKind(entry.text, hasPhotos, isHeading);
    if (kind !== undefined) {
      removed.push({ line: entry.line, text: entry.text, kind });
      continue;
    }
    if (entry.text.length >= DUPLICATE_MIN_LENGTH / 2 && seenLines.has(entry.text)) {
      removed.push({ line: entry.line, text: entry.text, kind: 'duplicate' });
      continue;
    }
    let text = entry.text;
    const credit = TRAILING_CREDIT.exec(text);
    if (credit && credit.index > 0) {
      removed.push({ line: entry.line, text: credit[0], kind: 'byline' });
      text = text.slice(0, credit.index).trimEnd();
    }
    const repeated = repeatedTail(text, textSoFar);
    if (repeated !== '') {
      removed.push({ line: entry.line, text: repeated, kind: 'duplicate' });
      text = text.slice(0, text.length - repeated.length);
    }
    seenLines.add(entry.text);
    textSoFar += text;
    kept.push({ line: entry.line, text });
  }
  return { kept, removed };
}

/** The value of a 来源：… line, or of reporters' credits, offered as the speech's `source`. */
export function proposeSourceFromScraps(removed: readonly RemovedScrap[]): string | undefined {
  const source = removed.find((scrap) => scrap.kind === 'source');
  if (source) return SOURCE_LABEL.exec(source.text)?.[1]?.trim();
  const bylines = removed
    .filter((scrap) => scrap.kind === 'byline')
    .map((scrap) => scrap.text.replace(/^[（(]|[）)]$/g, ''));
  return bylines.length > 0 ? bylines.join('，') : undefined;
}

function scrapKind(text: string, hasPhotos: boolean, isHeading: (text: string) => boolean): ScrapKind | undefined {
  if (SOURCE_LABEL.test(text) && !SENTENCE_END_TEST.test(text)) return 'source';
  if (CAPTION_LINE.test(text)) return 'caption';
  if (BYLINE_LINE.test(text) || CREDIT_PARENTHESIS.test(text)) return 'byline';
  if (isCreditLine(text)) return /^(?:本报|本台)?(?:记者|通讯员|作者)/u.test(text) ? 'byline' : 'credit';
  if (hasPhotos && text.length <= CAPTION_MAX_LENGTH && !ANY_PUNCTUATION.test(text) && !isHeading(text)) {
    return 'caption';
  }
  return undefined;
}

const SENTENCE_END_TEST = /[。！？!?]/u;

function isCreditLine(text: string): boolean {
  return text.length <= 80 && !SENTENCE_END_TEST.test(text) && CREDIT_LINE.test(text);
}

/**
 * The unfinished fragment after a line's last full stop when the text before already holds it
 * word for word: a web page that repeated a sentence next to a photo (seed 004, “…等两个百亿”
 * printed again before the caption 新点软件开工仪式).
 */
function repeatedTail(text: string, before: string): string {
  let lastEnd = -1;
  for (const match of text.matchAll(SENTENCE_END)) lastEnd = match.index + match[0].length;
  if (lastEnd <= 0) return '';
  const tail = text.slice(lastEnd);
  if (tail.length < DUPLICATE_MIN_LENGTH) return '';
  return before.includes(tail) || text.slice(0, lastEnd).includes(tail) ? tail : '';
}
