/**
 * <site-search>: the search page's results, filters and sort, driven by the Pagefind index the
 * build writes (never the npm UI packages, whose version lags the index format).
 *
 * Precision comes from src/lib/search: the query is normalized and cut into index words exactly as
 * pages were, each part is an exact Pagefind search, and every result shown is checked to contain
 * the query verbatim. State lives in the URL (?q=, ?sort=date, ?theme=…) so searches can be shared.
 */
import { createSearchDictionary, type SearchDictionary } from '../lib/search/dictionary';
import { prepareQuery, type PreparedQuery } from '../lib/search/query';
import {
  buildExcerpt,
  cleanIndexedText,
  containsQuery,
  pickSubResults,
  textFragmentHref,
  type ExcerptPiece,
} from '../lib/search/results';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, string[]>;
interface PagefindApi {
  init(): Promise<void>;
  mergeIndex(path: string, options?: { language?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}
interface SearchManifest {
  shards: { path: string; pages: number }[];
  themes: string[];
  dictionary: string[];
}

/** Filter groups in the order shown, with their labels. */
const FILTER_GROUPS: readonly [string, string][] = [
  ['theme', '主题'],
  ['year', '年份'],
  ['kind', '文种'],
  ['organization', '发布机构'],
];
const PAGE_SIZE = 10;
// Typing pauses shorter than this are still part of the query (IME composition, fast typists).
const TYPING_DEBOUNCE_MS = 200;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<{ api: PagefindApi; dictionary: SearchDictionary }> | undefined;
  #runId = 0;
  #verified: { result: PagefindResult; data: PagefindResultData }[] = [];
  #pending: PagefindResult[] = [];
  #query: PreparedQuery = { text: '', parts: [] };
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #lastCounts: PagefindSearch['filters'] = {};
  #themeOrder: readonly string[] = [];

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.#input();
    const params = new URL(location.href).searchParams;
    input.value = params.get('q') ?? '';
    const sort = params.get('sort') === 'date' ? 'date' : 'relevance';
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
      radio.checked = radio.value === sort;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      void this.#run(true);
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => void this.#run(false), TYPING_DEBOUNCE_MS);
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type="checkbox"], input[name="sort"]')) void this.#run(false);
    });
    this.querySelector('.search-more')!.addEventListener('click', () => void this.#showMore(this.#runId));
    // Back and forward restore the search the URL describes.
    window.addEventListener('popstate', () => {
      const state = new URL(location.href).searchParams;
      input.value = state.get('q') ?? '';
      for (const box of this.querySelectorAll<HTMLInputElement>('.search-filters input')) {
        box.checked = state.getAll(box.name).includes(box.value);
      }
      const byDate = state.get('sort') === 'date';
      for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
        radio.checked = (radio.value === 'date') === byDate;
      void this.#run(false);
    });
    void this.#start(params);
  }

  async #start(params: URLSearchParams): Promise<void> {
    try {
      const { api } = await this.#load();
      // The first search does not wait for the filter lists, which load every filter chunk.
      const filtersReady = api.filters().then((all) => this.#renderFilters(all, params));
      await this.#run(false);
      await filtersReady;
      this.#updateCounts(this.#lastCounts, this.#query.parts.length > 0);
    } catch (error) {
      this.#status(`搜索暂时无法使用：${error instanceof Error ? error.message : String(error)}`);
      this.dataset['state'] = 'error';
    }
  }

  #load(): Promise<{ api: PagefindApi; dictionary: SearchDictionary }> {
    this.#pagefind ??= (async () => {
      // Both requests at once (the page also preloads them): the first shard is always /pagefind/.
      const pagefindUrl: string = '/pagefind/pagefind.js';
      const [manifest, api] = await Promise.all([
        fetch(this.dataset['manifest'] ?? '/search-manifest.json').then(
          (response) => response.json() as Promise<SearchManifest>,
        ),
        import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>,
      ]);
      const [primary, ...others] = manifest.shards;
      if (!primary) throw new Error('没有搜索索引');
      // Pagefind picks its query segmenter from <html lang> when it starts. The index holds words
      // already cut by src/lib/search, so it must not re-segment Chinese: start it as English, then
      // restore the page language at once (nothing is announced in between).
      const root = document.documentElement;
      const lang = root.lang;
      root.lang = 'en';
      const ready = api.init();
      root.lang = lang;
      await ready;
      for (const shard of others) await api.mergeIndex(shard.path, { language: 'en' });
      this.#themeOrder = manifest.themes;
      return { api, dictionary: createSearchDictionary(manifest.dictionary) };
    })();
    return this.#pagefind;
  }

  #input(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('input[name="q"]')!;
  }

  #selectedFilters(): Filters {
    const filters: Filters = {};
    // Until the filter lists are on the page, the URL says what is selected.
    if (this.querySelector('.search-filters input') === null) {
      const params = new URL(location.href).searchParams;
      for (const [name] of FILTER_GROUPS) if (params.has(name)) filters[name] = params.getAll(name);
      return filters;
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('.search-filters input:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return filters;
  }

  #sort(): 'date' | 'relevance' {
    return this.querySelector<HTMLInputElement>('input[name="sort"]:checked')?.value === 'date' ? 'date' : 'relevance';
  }

  /** Runs the search in the form; a newer run makes older ones stop rendering. */
  async #run(fromSubmit: boolean): Promise<void> {
    const runId = ++this.#runId;
    const started = performance.now();
    this.dataset['state'] = 'searching';
    const { api, dictionary } = await this.#load();
    const query = prepareQuery(this.#input().value, dictionary);
    const filters = this.#selectedFilters();
    const sort = this.#sort();
    this.#writeUrl(filters, sort, fromSubmit);
    const hasFilters = Object.keys(filters).length > 0;
    if (query.parts.length === 0 && !hasFilters) {
      this.#clearResults();
      this.#status(
        this.#input().value.trim() === '' ? '输入词语搜索全部讲话，或先选择筛选条件浏览。' : '请输入要搜索的文字。',
      );
      this.dataset['state'] = 'done';
      return;
    }
    this.setAttribute('aria-busy', 'true');
    const options = { filters, ...(sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
    let candidates: PagefindResult[];
    let counts: PagefindSearch['filters'] = {};
    if (query.parts.length === 0) {
      const search = await api.search(null, { ...options, sort: { date: 'desc' } });
      candidates = search.results;
      counts = search.filters;
    } else {
      // One exact search per part; a page must match all of them.
      const searches = await Promise.all(query.parts.map((part) => api.search(part.pagefindQuery, options)));
      counts = searches[0]!.filters;
      const inAll = searches.slice(1).map((search) => new Set(search.results.map((result) => result.id)));
      candidates = searches[0]!.results.filter((result) => inAll.every((ids) => ids.has(result.id)));
      if (sort === 'relevance') candidates = await this.#rank(api, query, filters, candidates);
    }
    if (runId !== this.#runId) return;
    this.#query = query;
    this.#pending = candidates;
    this.#verified = [];
    this.#clearResults();
    this.#lastCounts = counts;
    this.#updateCounts(counts, query.parts.length > 0);
    await this.#showMore(runId);
    if (runId !== this.#runId) return;
    this.removeAttribute('aria-busy');
    this.dataset['searchMs'] = String(Math.round(performance.now() - started));
    this.dataset['state'] = 'done';
  }

  /**
   * Orders exact matches by relevance. Pagefind scores every exact (quoted) match the same, so the
   * order comes from the same words searched unquoted, where Pagefind weighs how often and where
   * they occur. Only pages of the exact search are kept, so nothing the unquoted search adds shows.
   */
  async #rank(
    api: PagefindApi,
    query: PreparedQuery,
    filters: Filters,
    exact: PagefindResult[],
  ): Promise<PagefindResult[]> {
    const scores = new Map<string, number>();
    const searches = await Promise.all(
      query.parts.map((part) => api.search(part.pagefindQuery.slice(1, -1), { filters })),
    );
    for (const search of searches) {
      for (const result of search.results) scores.set(result.id, (scores.get(result.id) ?? 0) + result.score);
    }
    return exact
      .map((result, position) => ({ result, position, score: scores.get(result.id) ?? 0 }))
      .sort((a, b) => b.score - a.score || a.position - b.position)
      .map(({ result }) => result);
  }

  /** Loads, checks and renders the next page of results. */
  async #showMore(runId: number): Promise<void> {
    const list = this.querySelector('.search-results')!;
    const shownBefore = this.#verified.length;
    while (this.#verified.length < shownBefore + PAGE_SIZE && this.#pending.length > 0) {
      const batch = this.#pending.splice(0, PAGE_SIZE);
      const loaded = await Promise.all(batch.map(async (result) => ({ result, data: await result.data() })));
      if (runId !== this.#runId) return;
      for (const item of loaded) {
        // Pagefind's exact search already means "contains the query"; this check is what makes
        // it a promise (the appended terms or a prefix can never produce a result on their own).
        if (this.#query.parts.length > 0 && !containsQuery(cleanIndexedText(item.data.content), this.#query)) continue;
        this.#verified.push(item);
        list.append(this.#renderResult(item.data));
      }
    }
    const more = this.querySelector<HTMLButtonElement>('.search-more')!;
    more.hidden = this.#pending.length === 0;
    const total = this.#verified.length + this.#pending.length;
    const label = this.#query.parts.length > 0 ? `“${this.#query.text}”` : '所选条件';
    this.#status(
      total === 0
        ? `没有找到包含${label}的讲话。`
        : `${label}：找到 ${total} 篇讲话${more.hidden ? '' : `，显示前 ${this.#verified.length} 篇`}。`,
    );
  }

  #renderResult(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    const first = this.#query.parts[0];
    link.href = first ? textFragmentHref(data.url, '', first.text) : data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    meta.textContent = [data.meta['date'], data.filters['kind']?.[0], data.filters['organization']?.[0]]
      .filter(Boolean)
      .join(' · ');
    item.append(heading, meta);
    const subResults = pickSubResults(data.url, data.anchors, this.#query);
    if (subResults.length > 0) {
      const list = document.createElement('ul');
      list.className = 'search-subresults';
      for (const sub of subResults) {
        const entry = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.href;
        subLink.append(...renderPieces(sub.excerpt));
        const where = document.createElement('span');
        where.className = 'visually-hidden';
        where.textContent = sub.id.startsWith('h-') ? '（章节标题）' : `（第${sub.id.slice(2)}段）`;
        subLink.append(where);
        entry.append(subLink);
        list.append(entry);
      }
      item.append(list);
    } else {
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.append(...renderPieces(buildExcerpt(cleanIndexedText(data.content), this.#query)));
      item.append(excerpt);
    }
    return item;
  }

  #renderFilters(all: Record<string, Record<string, number>>, params: URLSearchParams): void {
    const container = this.querySelector<HTMLElement>('.search-filters')!;
    container.replaceChildren();
    for (const [name, label] of FILTER_GROUPS) {
      const values = all[name];
      if (!values || Object.keys(values).length === 0) continue;
      const selected = new Set(params.getAll(name));
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label;
      group.append(legend);
      const entries = Object.entries(values);
      // Newest year first; themes in the site's order; the rest as Pagefind lists them.
      if (name === 'year') entries.sort(([a], [b]) => b.localeCompare(a));
      if (name === 'theme') entries.sort(([a], [b]) => this.#themeOrder.indexOf(a) - this.#themeOrder.indexOf(b));
      for (const [value, count] of entries) {
        const wrapper = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = selected.has(value);
        const text = document.createElement('span');
        text.textContent = value;
        const counter = document.createElement('span');
        counter.className = 'search-count';
        counter.dataset['filter'] = `${name}:${value}`;
        counter.textContent = `（${count}）`;
        wrapper.append(box, text, counter);
        group.append(wrapper);
      }
      container.append(group);
    }
    container.hidden = container.childElementCount === 0;
  }

  #updateCounts(counts: PagefindSearch['filters'], hasQuery: boolean): void {
    for (const counter of this.querySelectorAll<HTMLElement>('.search-count')) {
      const [name, value] = (counter.dataset['filter'] ?? '').split(/:(.*)/s);
      const count = counts[name ?? '']?.[value ?? ''];
      if (count !== undefined || hasQuery) counter.textContent = `（${count ?? 0}）`;
    }
  }

  #writeUrl(filters: Filters, sort: string, push: boolean): void {
    const url = new URL(location.href);
    url.search = '';
    if (this.#input().value.trim() !== '') url.searchParams.set('q', this.#input().value.trim());
    if (sort === 'date') url.searchParams.set('sort', 'date');
    for (const [name, values] of Object.entries(filters))
      for (const value of values) url.searchParams.append(name, value);
    if (url.href === location.href) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #clearResults(): void {
    this.querySelector('.search-results')!.replaceChildren();
    this.querySelector<HTMLElement>('.search-more')!.hidden = true;
  }

  #status(text: string): void {
    this.querySelector('.search-status')!.textContent = text;
  }
}

function renderPieces(pieces: readonly ExcerptPiece[]): Node[] {
  return pieces.map((piece) => {
    if (!piece.mark) return document.createTextNode(piece.text);
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    return mark;
  });
}

customElements.define('site-search', SiteSearch);
