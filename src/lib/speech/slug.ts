import { SLUG_PATTERN } from '../schemas/speech';

/**
 * The URL slug for a speech file. ASCII names keep their words (`Gaoxinqu Tuijinhui.md` →
 * `gaoxinqu-tuijinhui`); a name with Chinese characters gets its ASCII part plus a short stable
 * hash of the whole name, so `高新区 讲话.md` has a clean URL that does not change between builds.
 */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*\//, '').replace(/\.(md|mdx)$/i, '');
  const ascii = stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const lostCharacters = /[^\u0000-\u007f]/.test(stem.normalize('NFKC'));
  if (!lostCharacters && SLUG_PATTERN.test(ascii)) return ascii;
  const hash = fnv1a(stem).toString(36).padStart(7, '0').slice(0, 7);
  return ascii === '' ? `speech-${hash}` : `${ascii}-${hash}`;
}

// FNV-1a: tiny, deterministic and good enough to tell file names apart; not for security.
function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (const char of value) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A speech's URL slug: its front matter's `slug` when it sets one, else {@link slugFromFileName}.
 * Takes unchecked front matter as well, so the loader, the content check and the tools agree
 * before the schema has run.
 */
export function speechSlug(fileName: string, data: { readonly slug?: unknown }): string {
  return typeof data.slug === 'string' ? data.slug : slugFromFileName(fileName);
}

// Words that frame a title rather than name it: 在…上的讲话 says only that it is a speech.
// A news headline's closing verb (……大会召开) likewise says nothing a reader looks for.
const TITLE_FRAME = /^在|上的(?:讲话|报告|致辞|发言)$|的(?:讲话|报告)$|(?:召开|举行|开幕|闭幕)$/gu;
// A place name ends a run of one-character words: 高新区·高质量 is two words, not gaoxinqugao.
const PLACE_SUFFIX = /[区市县省镇]$/u;
const RUN_MAX_LENGTH = 4;
const SLUG_MAX_WORDS = 6;

/**
 * A readable slug for a new speech: its date, then its title in pinyin, word by word
 * (`2024-02-23` + 高新区2024年工作动员大会 → `2024-02-23-gaoxinqu-gongzuo-dongyuan-dahui`).
 * `toPinyin` turns Han characters into toneless pinyin syllables (pinyin-pro in the importer).
 * Years are dropped (the date carries them); runs of one-character words are one word (高·新·区
 * → gaoxinqu), since the word segmenter knows few place names. Undefined when nothing is left.
 */
export function slugFromTitle(
  date: string | undefined,
  title: string,
  toPinyin: (han: string) => string[],
): string | undefined {
  // A two-part headline (主题 副题, seed 004) is named by its first part.
  const main = title.normalize('NFKC').trim().split(/\s+/u);
  // 区委十届四次全会暨区委经济工作会议: the first meeting names it.
  const text = (main[0]!.length >= 4 ? main[0]! : main.join(''))
    .replace(TITLE_FRAME, '')
    .replace(/暨.*$/u, '')
    .replace(/\d{4}年/gu, '');
  const segments = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
  const words: string[] = [];
  let run = '';
  const flush = () => {
    if (run !== '') words.push(run);
    run = '';
  };
  for (const segment of segments) {
    const isHan = /^\p{Script=Han}+$/u.test(segment);
    if (isHan && Array.from(segment).length === 1) {
      if (Array.from(run).length >= RUN_MAX_LENGTH || (PLACE_SUFFIX.test(run) && !/[委长]/u.test(segment))) flush();
      run += segment;
      continue;
    }
    flush();
    words.push(segment);
  }
  flush();
  const ascii = words
    .map((word) =>
      (/\p{Script=Han}/u.test(word) ? toPinyin(word).join('') : word)
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter((word) => word !== '')
    .slice(0, SLUG_MAX_WORDS);
  if (ascii.length === 0) return undefined;
  const slug = [date, ...ascii].filter((part) => part !== undefined && part !== '').join('-');
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}
