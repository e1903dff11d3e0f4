import { describe, expect, it } from 'vitest';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { classifyParagraphs, type ClassifiedParagraph } from '@/lib/themes/classify-paragraphs';
import { escapeMarkdown, loadThemes, seedLine, seedSection } from './fixtures';

const themes = loadThemes();

/** Classifies a Markdown body built from blocks: `## text` headings and plain paragraphs. */
function classify(...blocks: string[]): ClassifiedParagraph[] {
  const markdown = blocks
    .map((block) => {
      const heading = /^(#{2,4}) (.*)$/su.exec(block);
      return heading ? `${heading[1]} ${escapeMarkdown(heading[2] ?? '')}` : escapeMarkdown(block);
    })
    .join('\n\n');
  return classifyParagraphs(parseSpeechBody(markdown).blocks, themes);
}

const slugsOf = (paragraph: ClassifiedParagraph | undefined) => paragraph?.themes.map((t) => t.slug);
const only = (paragraphs: ClassifiedParagraph[]): ClassifiedParagraph => {
  expect(paragraphs).toHaveLength(1);
  return paragraphs[0]!;
};

describe('classifyParagraphs', () => {
  describe('the four numbered points of seed 000 each get their own theme, and only it', () => {
    it.each([
      ['一要致力于打造开放高地', 'opening-up', '开放高地'],
      ['二要致力于推进创新发展', 'innovation', '科技创新'],
      ['三要致力于优化营商环境', 'business-environment', '营商环境'],
      ['四要致力盯住项目这个“牛鼻子”', 'projects', '项目'],
    ])('%s… is %s, because of %s', (prefix, slug, term) => {
      const paragraph = only(classify(seedLine('000', prefix)));
      expect(slugsOf(paragraph)).toEqual([slug]);
      const [theme] = paragraph.themes;
      expect(theme?.source).toBe('text');
      expect(theme?.matches.map((m) => m.term)).toContain(term);
    });
  });

  it('keeps the passing mention of 开放高地 in the 项目 point out of 开放', () => {
    const paragraph = only(classify(seedLine('000', '四要致力盯住项目')));
    expect(paragraph.themes.map((t) => t.slug)).not.toContain('opening-up');
  });

  it('gives a paragraph several themes when it dwells on each, strongest first (seed 002 on 开发区)', () => {
    // “进一步扩大开放、加强项目建设……我再着重强调一下营商环境指标问题……”
    const { body } = seedSection('002', '第三，必须深刻认识到开发区');
    expect(slugsOf(only(classify(body)))).toEqual(['business-environment', 'opening-up', 'projects']);
  });

  it.each([
    ['001', '（二）不断推进改革创新', 'innovation'],
    ['001', '（三）全面优化营商环境', 'business-environment'],
    ['002', '第二，必须深刻认识到加强项目建设', 'projects'],
    ['002', '第一，开放招商要突出坚持', 'opening-up'],
    ['003', '（三）强化项目支撑', 'projects'],
    ['003', '（五）全面深化改革开放', 'opening-up'],
  ])('seed %s: the body of %s… is %s by its own words', (seed, prefix, slug) => {
    const { body } = seedSection(seed, prefix);
    expect(only(classify(body)).themes[0]).toMatchObject({ slug, source: 'text' });
  });

  it.each([
    ['要紧抓项目增后劲', '要保障建设', 'projects'],
    ['要强化创新新动能', '要加大创新主体培育', 'innovation'],
    ['要深化改革增活力', '要全面承接落实好中央', 'business-environment'],
  ])('seed 004: the passage under the sub-headline %s… is %s', (headline, prefix, slug) => {
    const paragraph = only(classify(`## ${seedLine('004', headline)}`, seedLine('004', prefix)));
    expect(slugsOf(paragraph)).toContain(slug);
  });

  it('gives nothing to a paragraph that is about none of the themes (seed 003, party building)', () => {
    expect(only(classify(seedLine('003', '一年来，区委常委会切实加强自身建设'))).themes).toEqual([]);
  });

  describe('section headings', () => {
    // Seed 002: “第二句话，……引领未来**开放发展、创新发展、奋斗发展” over a paragraph on the city's spirit.
    const heading = seedLine('002', '第二句话');
    const spirit = seedLine('002', '**人民多年来');

    it('carry their theme to a paragraph that does not name one itself, with the heading as the reason', () => {
      const paragraph = only(classify(`## ${heading}`, spirit));
      expect(paragraph.themes).toEqual([
        {
          slug: 'innovation',
          score: 0,
          source: 'heading',
          matches: [{ term: '创新发展', count: 1, points: 6 }],
          heading: { id: 'h-1', text: heading },
        },
      ]);
    });

    it('do not carry to a paragraph that clearly says otherwise (its own theme, not a word of theirs)', () => {
      const { heading: environment } = seedSection('001', '（三）全面优化营商环境');
      const projects = seedLine('000', '四要致力盯住项目');
      expect(slugsOf(only(classify(`### ${environment}`, projects)))).toEqual(['projects']);
    });

    it('still carry to a paragraph with its own theme that also mentions theirs', () => {
      // Seed 000's 创新 point ends with “打造中西部地区对外开放新高地”: 开放 is mentioned, not its focus.
      const innovation = seedLine('000', '二要致力于推进创新发展');
      const paragraph = only(classify('### 第一，开放招商要突出坚持“走出去、请进来”和专业化相结合。', innovation));
      expect(paragraph.themes.map((t) => [t.slug, t.source])).toEqual([
        ['innovation', 'text'],
        ['opening-up', 'heading'],
      ]);
      expect(paragraph.themes[1]?.score).toBeGreaterThan(0);
    });

    it('carry only from the nearest heading, not from the broad chapter above it', () => {
      // Seed 002's third chapter names 对外开放 and 项目建设; seed 003's rural point names neither.
      const chapter = seedLine('002', '第三句话');
      const rural = seedLine('003', '（七）坚持立足产业抓乡村振兴');
      const partyWork = seedLine('003', '一年来，区委常委会切实加强自身建设');
      expect(slugsOf(only(classify(`## ${chapter}`, partyWork)))).toEqual(['opening-up', 'projects']);
      expect(only(classify(`## ${chapter}`, `### ${rural}`, partyWork)).themes).toEqual([]);
    });

    it('name a theme only when their keywords reach the threshold (one 开放 in 改革开放 is not enough)', () => {
      const paragraph = only(
        classify('### （六）坚持改革开放增动能，为高质量发展添活力', '坚持靠改革促发展，向改革要动力。'),
      );
      expect(paragraph.themes).toEqual([]);
    });
  });

  describe('edge cases', () => {
    it('returns nothing for an empty body', () => {
      expect(classifyParagraphs([], themes)).toEqual([]);
    });

    it('returns nothing for a body of headings only', () => {
      expect(classify('## 一、优化营商环境')).toEqual([]);
    });

    it('keeps the paragraph anchors of the parsed body', () => {
      const paragraphs = classify('同志们：', '## 一、优化营商环境', '营商环境是第一竞争力。');
      expect(paragraphs.map((p) => [p.id, p.index])).toEqual([
        ['p-1', 1],
        ['p-2', 2],
      ]);
    });

    it('gives no theme when no themes are configured', () => {
      expect(only(classify(seedLine('000', '三要致力于优化营商环境'))).themes).toHaveLength(1);
      const blocks = parseSpeechBody(escapeMarkdown(seedLine('000', '三要致力于优化营商环境'))).blocks;
      expect(classifyParagraphs(blocks, [])).toEqual([{ id: 'p-1', index: 1, themes: [] }]);
    });
  });
});
