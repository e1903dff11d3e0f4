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
