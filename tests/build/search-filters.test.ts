import { describe, expect, it } from 'vitest';
import { SEARCH_FILTER_GROUPS } from '@/lib/search/filters';
import { readDist, visibleText } from '../support/dist';
import { readSearchFragments } from '../support/search-index';

// Asserts on the dist/ that `npm run build` wrote (run it first), or on JIANBAO_DIST.
// The search page renders its filter lists at build time; they must say what Pagefind would.

/** `name:value` → pages, as Pagefind's `filters()` counts them for an empty search. */
function countIndexedFilters(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fragment of readSearchFragments()) {
    for (const [name, values] of Object.entries(fragment.filters)) {
      for (const value of new Set(values)) counts.set(`${name}:${value}`, (counts.get(`${name}:${value}`) ?? 0) + 1);
    }
  }
  return counts;
}

interface RenderedValue {
  /** `theme:开放`, from the count's `data-filter`. */
  key: string;
  count: number;
  checkbox: { name: string; value: string } | undefined;
}

const attribute = (tag: string, name: string) => {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return raw === undefined ? undefined : visibleText(raw);
};

/** The filter block of the built search page: its legends, and each value's checkbox and count. */
function readRenderedFilters(): { legends: string[]; values: RenderedValue[] } {
  const html = readDist('search/index.html');
  const block = /<div class="search-filters"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (block === undefined) throw new Error('dist/search/index.html has no <div class="search-filters">');
  const legends = [...block.matchAll(/<legend>([\s\S]*?)<\/legend>/g)].map((m) => visibleText(m[1] ?? '').trim());
  const values = [...block.matchAll(/<label>([\s\S]*?)<\/label>/g)].map((m): RenderedValue => {
    const label = m[1] ?? '';
    const input = /<input\b[^>]*>/.exec(label)?.[0];
    const countTag = /<span\b[^>]*class="search-count"[^>]*>([\s\S]*?)<\/span>/.exec(label);
    const countText = visibleText(countTag?.[1] ?? '');
    const checkbox =
      input === undefined
        ? undefined
        : { name: attribute(input, 'name') ?? '', value: attribute(input, 'value') ?? '' };
    return {
      key: countTag ? (attribute(countTag[0], 'data-filter') ?? '') : '',
      count: Number(/^（(\d+)）$/.exec(countText)?.[1] ?? NaN),
      checkbox,
    };
  });
  return { legends, values };
}

describe('search page filters in dist/', () => {
  const indexed = countIndexedFilters();
  const rendered = readRenderedFilters();

  it('lists every filter value Pagefind holds, and no other, with the same page counts', () => {
    const onPage = new Map(rendered.values.map((value) => [value.key, value.count]));
    expect(onPage.size).toBe(rendered.values.length);
    expect(Object.fromEntries([...onPage].sort())).toEqual(Object.fromEntries([...indexed].sort()));
    expect(indexed.size).toBeGreaterThan(0);
  });

  it('gives each count a checkbox named and valued as its filter', () => {
    for (const value of rendered.values) {
      expect(value.checkbox, value.key).toBeDefined();
      expect(`${value.checkbox?.name}:${value.checkbox?.value}`).toBe(value.key);
      expect(value.count, value.key).toBeGreaterThan(0);
    }
  });

  it('shows the groups Pagefind has values for, in the page order, under their headings', () => {
    const names = new Set([...indexed.keys()].map((key) => key.slice(0, key.indexOf(':'))));
    const expected = SEARCH_FILTER_GROUPS.filter((group) => names.has(group.name));
    expect(rendered.legends).toEqual(expected.map((group) => group.label));
    const groupOrder = rendered.values.map((value) => value.key.slice(0, value.key.indexOf(':')));
    expect(groupOrder).toEqual(expected.flatMap((group) => groupOrder.filter((name) => name === group.name)));
  });

  it('lists years newest first', () => {
    const years = rendered.values.filter((value) => value.key.startsWith('year:')).map((value) => value.key.slice(5));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => Number(b) - Number(a)));
  });
});
