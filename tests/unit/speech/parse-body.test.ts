import { readFileSync, readdirSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseSpeechBody, parseSpeechBodyWithMicromark } from '@/lib/speech/parse-body';
import { readPlainBlocks } from '@/lib/speech/plain-blocks';

const SPEECHES = new URL('../../../content/speeches/', import.meta.url);

describe('parseSpeechBody', () => {
  it('numbers paragraphs from 1 and records the headings above them', () => {
    const { blocks } = parseSpeechBody(
      '同志们：\n\n## 一、总体要求\n\n第一段。\n\n### （一）小节\n\n第二段。\n\n## 二、重点\n\n第三段。',
    );
    const paragraphs = blocks.filter((block) => block.type === 'paragraph');
    expect(paragraphs.map((p) => [p.id, p.text, p.headingPath])).toEqual([
      ['p-1', '同志们：', []],
      ['p-2', '第一段。', ['h-1']],
      ['p-3', '第二段。', ['h-1', 'h-2']],
      ['p-4', '第三段。', ['h-3']],
    ]);
  });

  it('clamps heading depth between h2 and h4 (the page title is the h1)', () => {
    const depths = parseSpeechBody('# 甲\n\n##### 乙').blocks.map((block) => block.type === 'heading' && block.depth);
    expect(depths).toEqual([2, 4]);
  });

  it('reports raw HTML with its line and never renders it', () => {
    const { blocks, problems } = parseSpeechBody(
      '第一段。\n\n<script>alert(1)</script>\n\n第二段<iframe src="x"></iframe>。',
    );
    expect(problems).toEqual([
      { line: 3, found: '<script>alert(1)</script>', kind: 'raw-html' },
      { line: 5, found: '<iframe src="x">', kind: 'raw-html' },
      { line: 5, found: '</iframe>', kind: 'raw-html' },
    ]);
    expect(blocks.map((block) => block.html).join('')).not.toMatch(/<script|<iframe/);
  });

  it('drops javascript: link targets but keeps the link text', () => {
    const [paragraph] = parseSpeechBody('点击[这里](javascript:alert(1))。').blocks;
    expect(paragraph?.html).toBe('点击<a>这里</a>。');
    expect(paragraph?.text).toBe('点击这里。');
  });

  it('keeps safe links and emphasis', () => {
    const [paragraph] = parseSpeechBody('见[通知](https://example.gov.cn/a)，**务必**落实。').blocks;
    expect(paragraph?.html).toBe('见<a href="https://example.gov.cn/a">通知</a>，<strong>务必</strong>落实。');
  });

  it('flattens list items into numbered paragraphs so each keeps an anchor', () => {
    const { blocks } = parseSpeechBody('- 甲项。\n- 乙项。');
    expect(blocks.map((block) => block.text)).toEqual(['甲项。', '乙项。']);
  });

  it('joins soft line breaks without inserting spaces between Chinese characters', () => {
    expect(parseSpeechBody('要全力挖掘\n新的经济增长点。').blocks[0]?.text).toBe('要全力挖掘新的经济增长点。');
  });
});

describe('parseSpeechBody fast path', () => {
  const speeches = readdirSync(SPEECHES).map((file) => [
    file,
    matter(readFileSync(new URL(file, SPEECHES), 'utf8')).content,
  ]);

  it.each(speeches)('gives %s exactly what the full CommonMark parser gives', (_file, body) => {
    expect(readPlainBlocks(body)).toBeDefined();
    expect(parseSpeechBody(body)).toEqual(parseSpeechBodyWithMicromark(body));
  });

  it.each([
    ['emphasis', '这是*强调*。'],
    ['a link', '见[通知](https://example.gov.cn/)。'],
    ['raw HTML', '<b>粗体</b>'],
    ['a list', '- 甲\n- 乙'],
    ['a setext underline', '标题\n---'],
    ['an entity', '&amp;'],
    ['a hard line break', '甲  \n乙'],
  ])('leaves %s to the full parser', (_name, markdown) => {
    expect(readPlainBlocks(markdown)).toBeUndefined();
  });

  it('unescapes backslash escapes and escapes HTML the way hast-util-to-html does', () => {
    const markdown = '## 一、\\*\\*同志讲话\n\n1\\. 产值 \\> 600亿元 \\& 增长 \\<5%。';
    expect(parseSpeechBody(markdown)).toEqual(parseSpeechBodyWithMicromark(markdown));
    expect(parseSpeechBody(markdown).blocks[1]?.html).toBe('1. 产值 > 600亿元 &amp; 增长 &lt;5%。');
  });
});
