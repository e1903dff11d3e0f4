/**
 * HTML of the local review page (`npm run review`): one card per target record, its paragraph
 * beside the fields a reviewer can correct. Plain strings, every text escaped; the keyboard
 * handling is scripts/review/client.js.
 */
import { UNITS } from '../numbers/units';
import { KINDS, STRENGTH_ORDER, STRENGTHS } from '../schemas/target';
import { reviewProgress, type ReviewItem, type ReviewStatus } from './review-items';

export interface ReviewSpeech {
  slug: string;
  title: string;
  /** Digest of the YAML file as read: a save sends it back so a second tab cannot overwrite. */
  version: string;
  items: ReviewItem[];
}

const STATUS_LABELS: Record<ReviewStatus, string> = { unreviewed: '待审核', accepted: '已接受', rejected: '已拒绝' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The whole page. `scope` says what is listed, for the heading. */
export function renderReviewPage(speeches: readonly ReviewSpeech[], scope: string): string {
  const { reviewed, total } = reviewProgress(speeches.flatMap((speech) => speech.items));
  const body =
    total === 0
      ? '<p class="empty">没有需要审核的目标候选。运行 <code>npm run targets -- content/speeches/&lt;文件&gt;.md</code> 生成候选。</p>'
      : speeches.map(renderSpeech).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>目标审核 · 简报</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
  <h1>目标候选审核 <small>${escapeHtml(scope)}</small></h1>
  <p id="progress" aria-live="polite">已审核 <b data-reviewed>${reviewed}</b> / <b data-total>${total}</b></p>
  <p class="keys" id="keys">键盘操作：<kbd>J</kbd>/<kbd>↓</kbd> 下一条 · <kbd>K</kbd>/<kbd>↑</kbd> 上一条 · <kbd>A</kbd> 接受 · <kbd>R</kbd> 拒绝 · <kbd>E</kbd> 修改（<kbd>Enter</kbd> 保存修改，引文框中用 <kbd>Ctrl</kbd>+<kbd>Enter</kbd>；<kbd>Esc</kbd> 撤销修改并返回）</p>
</header>
<div id="message" role="alert" aria-live="assertive"></div>
<main>
${body}
</main>
<script src="/client.js" defer></script>
</body>
</html>
`;
}

function renderSpeech(speech: ReviewSpeech): string {
  return `<section class="speech" data-speech="${escapeHtml(speech.slug)}" data-version="${escapeHtml(speech.version)}" aria-labelledby="s-${escapeHtml(speech.slug)}">
<h2 id="s-${escapeHtml(speech.slug)}">${escapeHtml(speech.title)} <small>content/targets/${escapeHtml(speech.slug)}.yaml</small></h2>
${speech.items.map(renderReviewItem).join('\n')}
</section>`;
}

/** One record's card; the server sends it again after a save so the page shows the file as written. */
export function renderReviewItem(item: ReviewItem): string {
  const { record } = item;
  const key = escapeHtml(`${item.speech}/${item.id}`);
  const domId = `r-${hashId(`${item.speech}/${item.id}`)}`;
  const paragraph = item.paragraph
    ? `<p class="paragraph"><span class="where">第${item.paragraph.index}段</span>${item.paragraph.segments
        .map((segment) =>
          segment.mark === undefined
            ? escapeHtml(segment.text)
            : `<mark class="${segment.mark}">${escapeHtml(segment.text)}</mark>`,
        )
        .join('')}</p>`
    : `<p class="paragraph missing">找不到锚点 ${escapeHtml(record.anchor)} 所指的句子：引文为“${escapeHtml(record.quote)}”。</p>`;
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return `<article class="item" tabindex="-1" id="${domId}" data-key="${key}" data-id="${escapeHtml(item.id)}" data-status="${item.status}" aria-labelledby="${domId}-h" aria-describedby="${domId}-reason">
<h3 id="${domId}-h"><span class="figure-label">${escapeHtml(record.stated)}</span> ${escapeHtml(record.indicator)} <span class="status status-${item.status}">${STATUS_LABELS[item.status]}</span></h3>
<div class="cols">
${paragraph}
<form class="fields" novalidate>
<p class="reason" id="${domId}-reason">判定依据：${escapeHtml(item.reason)}</p>
<label>指标 <input name="indicator" value="${escapeHtml(record.indicator)}" autocomplete="off"></label>
<label>类型 <select name="kind">${Object.entries(KINDS)
    .map(([value, label]) => option(value, `${label}（${value}）`, record.kind === value))
    .join('')}</select></label>
<label>时期 <input name="period" value="${escapeHtml(record.period)}" autocomplete="off" aria-describedby="${domId}-period-hint"></label>
<span class="hint" id="${domId}-period-hint">如 2024、2024-H2、2022-Q1、2024-08、2026-2030</span>
<label>单位 <select name="unit">${Object.keys(UNITS)
    .map((unit) => option(unit, unit, record.unit === unit))
    .join('')}</select></label>
<label>力度 <select name="strength">${option('', '—（实绩不填）', record.strength === null)}${STRENGTH_ORDER.map(
    (strength) => option(strength, `${STRENGTHS[strength]}（${strength}）`, record.strength === strength),
  ).join('')}</select></label>
<label class="wide">引文 <textarea name="quote" rows="2">${escapeHtml(record.quote)}</textarea></label>
<input type="hidden" name="stated" value="${escapeHtml(record.stated)}">
<div class="buttons">
<button type="button" data-action="accept">接受 <kbd>A</kbd></button>
<button type="button" data-action="reject">拒绝 <kbd>R</kbd></button>
<button type="submit" data-action="correct">保存修改 <kbd>Enter</kbd></button>
</div>
<p class="item-message" role="status"></p>
</form>
</div>
</article>`;
}

// DOM ids must not carry Chinese or slashes; a short stable digest of the record key will do.
function hashId(value: string): string {
  let hash = 0x811c9dc5;
  for (const char of value) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fff; --muted: #555; --line: #ccc; --focus: #0b57d0;
  --sentence: #fff4c2; --quote: #ffe08a; --figure: #b3261e; --ok: #1e6b34; --no: #8c1d18; }
@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #161616; --muted: #bbb; --line: #444; --focus: #8ab4f8;
  --sentence: #3d3411; --quote: #5c4a12; --figure: #ffb4ab; --ok: #8fd5a0; --no: #ffb4ab; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.7 "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); }
.top { position: sticky; top: 0; z-index: 1; background: var(--bg); border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
h1 { font-size: 1.25rem; margin: 0; } h1 small, h2 small { font-weight: normal; color: var(--muted); font-size: .8em; }
#progress { margin: .25rem 0; font-size: 1.05rem; } .keys { margin: 0; color: var(--muted); font-size: .9rem; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; font-family: inherit; font-size: .85em; }
#message:not(:empty) { margin: .5rem 1rem; padding: .5rem 1rem; border: 2px solid var(--no); color: var(--no); font-weight: bold; }
main { padding: 0 1rem 4rem; max-width: 90rem; margin: 0 auto; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.item { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; padding: .5rem 1rem; scroll-margin-top: 9rem; }
.item:focus, .item:focus-within { outline: 3px solid var(--focus); outline-offset: 2px; }
.item h3 { font-size: 1rem; margin: 0 0 .25rem; }
.status { font-size: .85rem; font-weight: normal; padding: 0 .4em; border-radius: 3px; border: 1px solid currentColor; }
.status-accepted { color: var(--ok); } .status-rejected { color: var(--no); } .status-unreviewed { color: var(--muted); }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1rem; }
@media (max-width: 50rem) { .cols { grid-template-columns: 1fr; } }
.paragraph { margin: 0; max-height: 16rem; overflow: auto; }
.where { color: var(--muted); margin-right: .5em; font-size: .9em; }
mark.sentence { background: var(--sentence); color: inherit; } mark.quote { background: var(--quote); color: inherit; }
mark.figure { background: var(--quote); color: var(--figure); font-weight: bold; text-decoration: underline; }
.fields { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .25rem .75rem; align-content: start; }
.fields label { display: flex; flex-direction: column; font-size: .9rem; }
.fields .wide, .fields .reason, .fields .buttons, .fields .item-message, .fields .hint { grid-column: 1 / -1; }
.hint { color: var(--muted); font-size: .8rem; margin-top: -.25rem; }
.reason { margin: 0; font-size: .9rem; }
input, select, textarea, button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: .2rem .4rem; min-height: 2.25rem; width: 100%; max-width: 100%; }
button { width: auto; }
button { cursor: pointer; } input:focus, select:focus, textarea:focus, button:focus { outline: 2px solid var(--focus); }
.buttons { display: flex; gap: .5rem; flex-wrap: wrap; }
.item-message { margin: 0; min-height: 1.2em; font-size: .9rem; } .item-message.error { color: var(--no); font-weight: bold; }
.empty { margin: 2rem 0; }
`;
