import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, convertTextToMarkdown, escapeMarkdown } from '@/lib/importer/text-to-markdown';
import { parseSpeechBody } from '@/lib/speech/parse-body';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
const seed = (prefix: string): string => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, SEEDS), 'utf8');
};
const headings = (markdown: string): string[] => markdown.split('\n').filter((line) => line.startsWith('#'));
// Chinese has no spaces between words, so line breaks and spaces are the only characters the
// import may rearrange; every other character of the source must reach the rendered text.
const visible = (text: string): string => text.replace(/\s+/g, '');

describe('convertTextToMarkdown', () => {
  it.each(readdirSync(SEEDS))('keeps every character of seed %s in the rendered text', (name) => {
    const source = readFileSync(new URL(name, SEEDS), 'utf8');
    const { blocks, problems } = parseSpeechBody(convertTextToMarkdown(source));
    expect(problems).toEqual([]);
    expect(visible(blocks.map((block) => block.text).join(''))).toBe(visible(source));
  });

  it('makes 一、 sections h2 and （一） points h3 in seed 001', () => {
    const lines = headings(convertTextToMarkdown(seed('001')));
    expect(lines[0]).toBe('## 一、深刻理解科学内涵，坚持学习研究提升站位，充分认识推进高新区高质量发展的重要意义');
    expect(lines).toContain('### （一）始终坚持产业引领，壮大高质量发展新优势。');
    expect(lines.filter((line) => line.startsWith('## '))).toHaveLength(3);
  });

  it('makes 第一句话 h2 and 第一， h3 in seed 002', () => {
    const lines = headings(convertTextToMarkdown(seed('002')));
    expect(lines.filter((line) => line.startsWith('## 第'))).toHaveLength(3);
    expect(lines).toContain('### 第一，要坚持项目为王。');
  });

  it('keeps 一要… paragraphs of seed 000 as paragraphs, not headings', () => {
    const markdown = convertTextToMarkdown(seed('000'));
    expect(headings(markdown)).toEqual([]);
    expect(markdown).toContain('\n\n一要致力于打造开放高地。');
  });

  it('turns the news report’s sub-headlines into h2; alone, the converter keeps short lines as paragraphs (seed 004; readSpeechDocument removes captions)', () => {
    const markdown = convertTextToMarkdown(seed('004'), {
      title: '在九个“要”字上下足功夫 念好“强、增、提、稳、保”五字诀',
    });
    const lines = headings(markdown);
    expect(lines).toHaveLength(9);
    expect(lines[2]).toBe('## 要转变招商提效能 下半年力争完成新签约项目签约总额600亿元');
    expect(markdown).toContain('\n\n图灵小镇签约\n\n');
    expect(markdown.startsWith('在九个')).toBe(false);
  });

  it('keeps a long line ending in an ASCII "." as a paragraph, not a heading', () => {
    const line = 'Yao quanli tuijin xiangmu jianshe, quebao wancheng quannian mubiao renwu.';
    expect(convertTextToMarkdown(line)).toBe(`${line}\n`);
    expect(convertTextToMarkdown('要全力以赴推进项目建设,确保完成全年目标任务,为经济发展提供支撑.')).not.toMatch(/^#/);
  });

  it('never makes a byline ——2026年2月3日在…会议上 a heading', () => {
    expect(convertTextToMarkdown('——2026年2月3日在区委经济工作会议暨全区高质量发展大会上')).not.toMatch(/^#/);
  });

  it('rejoins a paragraph that a PDF copy broke mid-sentence', () => {
    const markdown = convertTextToMarkdown(seed('004'));
    expect(markdown).toContain('要全力挖掘新的经济增长点。');
  });

  it('escapes masked names so ** never becomes emphasis', () => {
    const markdown = convertTextToMarkdown('刚才，**同志通报了情况；**同志作了发言。');
    const [paragraph] = parseSpeechBody(markdown).blocks;
    expect(paragraph?.text).toBe('刚才，**同志通报了情况；**同志作了发言。');
    expect(paragraph?.type === 'paragraph' && paragraph.html).not.toContain('<em>');
  });

  it('reads CRLF line endings, full-width indentation and pasted HTML as plain paragraphs', () => {
    const markdown = convertTextToMarkdown('<p>\u3000\u3000第一段。</p>\r\n<p>第二段&nbsp;A&amp;B。<br>第三段。</p>');
    expect(parseSpeechBody(markdown).blocks.map((block) => block.text)).toEqual([
      '第一段。',
      '第二段 A&B。',
      '第三段。',
    ]);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# 不是标题', '\\# 不是标题'],
    ['1. 不是列表', '1\\. 不是列表'],
    ['- 不是列表', '\\- 不是列表'],
    ['a_b_c', 'a\\_b\\_c'],
    ['<script>', '\\<script\\>'],
  ])('escapes %s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    expect(parseSpeechBody(escapeMarkdown(input)).blocks[0]?.text).toBe(input);
  });
});

describe('cleanText', () => {
  it('removes a BOM and zero-width characters', () => {
    expect(cleanText('\uFEFF开放\u200B创新')).toBe('开放创新');
  });
});
