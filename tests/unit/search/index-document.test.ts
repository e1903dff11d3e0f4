import { describe, expect, it } from 'vitest';
import { createSearchDictionary } from '@/lib/search/dictionary';
import { TERMS_MARKER } from '@/lib/search/index-format';
import { renderIndexDocument, toIndexWords, type SearchRecord } from '@/lib/search/index-document';

const dictionary = createSearchDictionary(['综保区', '自贸区', '高新区']);

describe('toIndexWords', () => {
  it('puts one space between characters, numbers and Latin words', () => {
    expect(toIndexWords('GDP增长１７０．５亿元')).toBe('GDP 增 长 170.5 亿 元');
  });

  it('keeps letters and digits written together as one index word', () => {
    expect(toIndexWords('建成5G基站600座，PM2.5和IPv6')).toBe('建 成 5G 基 站 600 座， PM2.5 和 IPv6');
  });

  it('glues punctuation to the word before it, so it never counts as a word of a phrase', () => {
    expect(toIndexWords('综保区、自贸区')).toBe('综 保 区、 自 贸 区');
  });
});

describe('renderIndexDocument', () => {
  const record: SearchRecord = {
    url: '/speeches/gaoxinqu/',
    title: '在高新区调研时的讲话',
    date: '2019',
    dateLabel: '2019年',
    year: '2019',
    kind: '调研讲话',
    organization: '市委 & 市政府',
    themes: ['开放', '创新'],
    blocks: [
      { type: 'heading', depth: 2, id: 'h-1', text: '一、高度重视综保区建设', html: '' },
      {
        type: 'paragraph',
        index: 1,
        id: 'p-1',
        text: '要高度重视综保区建设，确保完成600亿元。',
        html: '',
        headingPath: ['h-1'],
      },
    ],
  };
  const html = renderIndexDocument(record, dictionary);

  it('marks where each heading and paragraph starts, for sub-results, without repeating its text', () => {
    expect(html).toContain('<h2><span id="h-1"></span>一、 高 度 重 视 综 保 区 建 设</h2>');
    expect(html).toContain('<p><span id="p-1"></span>要 高 度 重 视 综 保 区 建 设， 确 保 完 成 600 亿 元。</p>');
    expect(html).not.toMatch(/<(p|h\d) id=/);
  });

  it('appends every policy term and figure as a whole word after the marker', () => {
    expect(html).toContain(`<div>${TERMS_MARKER} 高新区 综保区 综保区 600亿元 60000000000元</div>`);
  });

  it('appends each figure by its value too, so a figure typed another way finds it', () => {
    const figures = {
      ...record,
      blocks: [{ ...record.blocks[1]!, text: '新增就业1.2万人，研发投入增长百分之五，占比93%。' }],
    };
    expect(renderIndexDocument(figures, dictionary)).toContain(`${TERMS_MARKER} 高新区 1.2万人 93% 12000人 5%</div>`);
  });

  it('gives Pagefind the filters, title meta and date sort, escaping attribute values', () => {
    expect(html).toContain('<meta data-pagefind-meta="title[content]" content="在高新区调研时的讲话">');
    expect(html).toContain('<meta data-pagefind-sort="date[content]" content="2019">');
    expect(html).toContain('<meta data-pagefind-meta="date_label[content]" content="2019年">');
    expect(html).toContain('<meta data-pagefind-filter="organization[content]" content="市委 &amp; 市政府">');
    expect(html).toContain('<meta data-pagefind-filter="theme[content]" content="创新">');
    expect(html).toContain('<body data-pagefind-body>');
  });

  it('leaves out the organization filter when the speech names none', () => {
    expect(renderIndexDocument({ ...record, organization: undefined }, dictionary)).not.toContain('organization');
  });
});
