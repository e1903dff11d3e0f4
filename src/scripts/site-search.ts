/**
 * <site-search>: the search page's box, sort and filters, and the results list. The search itself
 * runs in a worker (search-worker.ts: Pagefind, ranking, checking each result contains the query,
 * excerpts), so typing and scrolling never wait for it; this element only sends the form's state
 * and renders what comes back.
 *
 * The filter lists and their totals are in the page's HTML (SearchFilters.astro), so nothing moves
 * when the script starts; a search only updates the counts. State lives in the URL (?q=,
 * ?sort=date, ?theme=…) so searches can be shared.
 */
import type { ExcerptPiece } from '../lib/search/results';
import type { FilterCounts, RenderedResult, SearchRequest, SearchResponse, SelectedFilters } from './search-protocol';

// Typing pauses shorter than this are still part of the query (IME composition, fast typists).
const TYPING_DEBOUNCE_MS = 200;
// The width from which search.astro lays the filters out as a side column.
const WIDE_LAYOUT = '48rem';

class SiteSearch extends HTMLElement {
  #worker: Worker | undefined;
  /** The worker could not start: every search says so instead of waiting for an answer. */
  #broken = false;
  #runId = 0;
  #started = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The counts the page was built with (every speech), shown again when no search is active. */
  #totals = new Map<HTMLElement, string>();
  /** The results on screen came without counts (the lists were folded): ask when they open. */
  #countsPending = false;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.#input();
    for (const counter of this.#counters()) this.#totals.set(counter, counter.textContent);
    // Filters sit beside the results on wide screens; on a phone they stay folded above them.
    if (window.matchMedia(`(min-width: ${WIDE_LAYOUT})`).matches) this.#filtersBox()?.setAttribute('open', '');
    // Boxes ticked before this script ran (a slow phone) stand unless the address names filters.
    this.#restoreFromUrl({ keepTicks: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      this.#run(true);
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => this.#run(false), TYPING_DEBOUNCE_MS);
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type="checkbox"], input[name="sort"]')) this.#run(false);
    });
    this.querySelector('.search-more')!.addEventListener('click', () => {
      this.#post({ type: 'more', runId: this.#runId });
    });
    // Folded lists (a phone) get their counts when they are opened: the worker loads the filters'
    // data only for lists on screen.
    this.#filtersBox()?.addEventListener('toggle', () => this.#askCountsIfShown());
    // Back and forward restore the search the URL describes.
    window.addEventListener('popstate', () => {
      this.#restoreFromUrl();
      this.#run(false);
    });
    try {
      this.#worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
      this.#worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => this.#receive(event.data));
      this.#worker.addEventListener('error', () => {
        this.#broken = true;
        this.#fail('搜索程序未能启动，请刷新页面');
      });
    } catch (error) {
      console.error('Jianbao search:', error);
      this.#broken = true;
      this.#fail('搜索程序未能启动，请刷新页面');
      return;
    }
    this.#run(false);
  }

  /** Sets the box, sort and filter checkboxes from the address. */
  #restoreFromUrl({ keepTicks = false } = {}): void {
    const params = new URL(location.href).searchParams;
    this.#input().value = params.get('q') ?? '';
    const byDate = params.get('sort') === 'date';
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
      radio.checked = (radio.value === 'date') === byDate;
    const boxes = this.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]');
    if (keepTicks && ![...boxes].some((box) => params.has(box.name))) return;
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  }

  #filtersBox(): HTMLDetailsElement | null {
    return this.querySelector<HTMLDetailsElement>('.search-filters-box');
  }

  /** Whether the filter lists, and so their counts, are on screen (a page without the box: yes). */
  #filtersShown(): boolean {
    return this.#filtersBox()?.open ?? true;
  }

  /** Asks the worker for the counts of the results on screen once their lists are open. */
  #askCountsIfShown(): void {
    if (!this.#countsPending || !this.#filtersShown()) return;
    this.#countsPending = false;
    this.#post({ type: 'counts', runId: this.#runId });
  }

  #input(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('input[name="q"]')!;
  }

  #counters(): NodeListOf<HTMLElement> {
    return this.querySelectorAll<HTMLElement>('.search-count');
  }

  #selectedFilters(): SelectedFilters {
    const filters: SelectedFilters = {};
    for (const box of this.querySelectorAll<HTMLInputElement>('.search-filters input:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return filters;
  }

  #sort(): 'date' | 'relevance' {
    return this.querySelector<HTMLInputElement>('input[name="sort"]:checked')?.value === 'date' ? 'date' : 'relevance';
  }

  #post(request: SearchRequest): void {
    this.#worker?.postMessage(request);
  }

  /** Sends the form's search to the worker; a newer run makes the answers of older ones ignored. */
  #run(fromSubmit: boolean): void {
    if (this.#broken) {
      this.#fail('搜索程序未能启动，请刷新页面');
      return;
    }
    const runId = ++this.#runId;
    this.#started = performance.now();
    const filters = this.#selectedFilters();
    const sort = this.#sort();
    this.#writeUrl(filters, sort, fromSubmit);
    // Folded filters (phones) still say how many are in force, e.g. from a shared link.
    const selected = Object.values(filters).flat().length;
    this.querySelector('.search-filters-selected')!.textContent = selected > 0 ? `（已选 ${selected} 项）` : '';
    this.dataset['state'] = 'searching';
    this.setAttribute('aria-busy', 'true');
    // "More" belongs to the previous results; the new ones say whether they have more.
    this.querySelector<HTMLElement>('.search-more')!.hidden = true;
    this.#countsPending = false;
    this.#post({ type: 'search', runId, text: this.#input().value, filters, sort, counts: this.#filtersShown() });
  }

  #receive(response: SearchResponse): void {
    if (response.runId !== this.#runId) return;
    if (response.type === 'error') {
      this.#fail(response.message);
      return;
    }
    if (response.type === 'counts') {
      this.#showCounts(response.counts);
      return;
    }
    if (response.type === 'empty') {
      this.#clearResults();
      this.#alsoSearched([]);
      this.#showCounts(undefined);
      this.#status(response.blank ? '输入词语搜索全部讲话，或先选择筛选条件浏览。' : '请输入要搜索的文字。');
    } else {
      const list = this.querySelector('.search-results')!;
      if (response.first) {
        this.#clearResults();
        // Without counts (folded lists) the totals would describe every speech, not this search.
        this.#countsPending = response.counts === undefined;
        this.#showCounts(response.counts ?? 'pending');
        // Opened while this search ran without counts.
        this.#askCountsIfShown();
      }
      list.append(...response.results.map(renderResult));
      this.querySelector<HTMLButtonElement>('.search-more')!.hidden = !response.hasMore;
      const label = response.queryText !== '' ? `“${response.queryText}”` : '所选条件';
      this.#alsoSearched(response.alsoSearched, response.quoteExample);
      this.#status(
        response.total === 0
          ? `没有找到包含${label}的讲话。`
          : `${label}：找到 ${response.total} 篇讲话${response.hasMore ? `，显示前 ${response.shown} 篇` : ''}。`,
      );
    }
    this.removeAttribute('aria-busy');
    this.dataset['searchMs'] = String(Math.round(performance.now() - this.#started));
    this.dataset['state'] = 'done';
  }

  /** Says which other forms were searched (同时检索了：综合保税区) and how to opt out, or nothing. */
  #alsoSearched(forms: readonly string[], example?: string): void {
    const notice = this.querySelector<HTMLElement>('.search-also')!;
    notice.hidden = forms.length === 0;
    const hint = example === undefined ? '' : `（只搜所输入的写法请加引号，如 "${example}"）`;
    notice.textContent = forms.length === 0 ? '' : `同时检索了：${forms.join('、')}${hint}`;
  }

  #fail(message: string): void {
    this.removeAttribute('aria-busy');
    this.#status(`搜索暂时无法使用：${message}`);
    this.dataset['state'] = 'error';
  }

  /**
   * Counts of the current search, or the page's own totals when no search is active, or none yet
   * (`pending`: the lists are folded and ask for the counts when opened).
   */
  #showCounts(counts: FilterCounts | 'pending' | undefined): void {
    for (const counter of this.#counters()) {
      if (!counts) {
        counter.textContent = this.#totals.get(counter) ?? '';
        continue;
      }
      if (counts === 'pending') {
        counter.textContent = '';
        continue;
      }
      const [name, value] = (counter.dataset['filter'] ?? '').split(/:(.*)/s);
      counter.textContent = `（${counts[name ?? '']?.[value ?? ''] ?? 0}）`;
    }
  }

  /**
   * Keeps the address in step with the form. A search the reader committed (Enter, the button)
   * gets its own history entry; what they do in between (typing, ticking filters) shares one
   * entry after it, rewritten as they go, so Back returns to the last committed search rather
   * than to every keystroke — and never skips it.
   */
  #writeUrl(filters: SelectedFilters, sort: string, committed: boolean): void {
    const url = new URL(location.href);
    url.search = '';
    if (this.#input().value.trim() !== '') url.searchParams.set('q', this.#input().value.trim());
    if (sort === 'date') url.searchParams.set('sort', 'date');
    for (const [name, values] of Object.entries(filters))
      for (const value of values) url.searchParams.append(name, value);
    const inProgress = (history.state as { typing?: boolean } | null)?.typing === true;
    if (committed) {
      if (inProgress) history.replaceState(null, '', url);
      else if (url.href !== location.href) history.pushState(null, '', url);
    } else if (url.href !== location.href) {
      if (inProgress) history.replaceState({ typing: true }, '', url);
      else history.pushState({ typing: true }, '', url);
    }
  }

  #clearResults(): void {
    this.querySelector('.search-results')!.replaceChildren();
    this.querySelector<HTMLElement>('.search-more')!.hidden = true;
  }

  #status(text: string): void {
    this.querySelector('.search-status')!.textContent = text;
  }
}

/** A copy of the page's `<template id="…">` content (search.astro holds the result markup). */
function fromTemplate(id: string): DocumentFragment {
  const template = document.getElementById(id) as HTMLTemplateElement;
  return template.content.cloneNode(true) as DocumentFragment;
}

function renderResult(result: RenderedResult): DocumentFragment {
  const item = fromTemplate('search-result-template');
  const link = item.querySelector<HTMLAnchorElement>('h2 a')!;
  link.href = result.href;
  link.textContent = result.title;
  item.querySelector('.search-result-meta')!.textContent = result.meta;
  const matched = item.querySelector<HTMLElement>('.search-result-form')!;
  matched.hidden = result.matchedForms.length === 0;
  matched.textContent = `本篇写作：${result.matchedForms.join('、')}`;
  const list = item.querySelector<HTMLElement>('.search-subresults')!;
  const excerpt = item.querySelector<HTMLElement>('.search-excerpt')!;
  if (result.subResults.length > 0) {
    excerpt.remove();
    for (const sub of result.subResults) {
      const entry = fromTemplate('search-subresult-template');
      const subLink = entry.querySelector('a')!;
      subLink.href = sub.href;
      const where = subLink.querySelector('.visually-hidden')!;
      where.textContent = sub.label;
      where.before(...renderPieces(sub.excerpt));
      list.append(entry);
    }
  } else {
    list.remove();
    excerpt.append(...renderPieces(result.excerpt));
  }
  return item;
}

function renderPieces(pieces: readonly ExcerptPiece[]): (string | Node)[] {
  return pieces.map((piece) => {
    if (!piece.mark) return piece.text;
    const mark = fromTemplate('search-mark-template').firstElementChild!;
    mark.textContent = piece.text;
    return mark;
  });
}

customElements.define('site-search', SiteSearch);
