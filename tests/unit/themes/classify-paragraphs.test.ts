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
      expect(theme?.matches.map((m) => m.term)).toContain(term);
      expect(theme?.leads).toBe(true);
    });
  });

  it('keeps the passing mention of 开放高地 in the 项目 point out of 开放', () => {
    const paragraph = only(classify(seedLine('000', '四要致力盯住项目')));
    expect(paragraph.themes.map((t) => t.slug)).not.toContain('opening-up');
  });

  it('names the sentences that hold the keywords, in reading order', () => {
    // Seed 000's 项目 point: every sentence but the one on 民生实事 names 项目 or 投资.
    const [theme] = only(classify(seedLine('000', '四要致力盯住项目'))).themes;
    expect(theme?.sentences).toEqual([1, 2, 3, 4]);
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
    expect(only(classify(body)).themes[0]).toMatchObject({ slug });
  });

  describe('lists of subjects are not passages about them', () => {
    it('scores nothing for a clause that names two themes (seed 000’s opening: 开放创新引领)', () => {
      expect(only(classify(seedLine('000', '今天到高新区'))).themes).toEqual([]);
    });

    it('scores nothing for an agenda of 开放招商、项目建设 (seed 002, 刚才……)', () => {
      expect(only(classify(seedLine('002', '刚才，**同志通报'))).themes).toEqual([]);
    });

    it('lists 开发区’s 开放招商 and 项目建设 roles but keeps its 营商环境 passage (seed 002)', () => {
      const { body } = seedSection('002', '第三，必须深刻认识到开发区');
      expect(slugsOf(only(classify(body)))).toEqual(['business-environment']);
    });
  });

  describe('one sentence naming a theme is a mention', () => {
    it.each([
      [
        'a school and a care home “等项目建设” in a paragraph on 民生 (seed 001)',
        seedSection('001', '（四）建设幸福宜居新城').body,
      ],
      [
        'the list of 2022 targets (固定资产投资增长11%) (seed 003)',
        seedLine('003', '今年全区经济社会发展的主要预期目标'),
      ],
      [
        'party building that names 开放招商、项目建设 among its tasks (seed 003)',
        seedSection('003', '（七）坚持全面从严').body,
      ],
      ['创新工作方法 (seed 003)', seedLine('003', '四要紧扣时代脉搏')],
    ])('%s', (_name, text) => {
      expect(only(classify(text)).themes).toEqual([]);
    });
  });

  it('judges each numbered point of a long paragraph on its own (seed 003, 一要…五要)', () => {
    // 二要 is on 万人助万企 (营商环境), 三要 on 项目建设, 五要 on 开放平台扩外资.
    const body = seedLine('003', '*高新改革后，体量更大');
    expect(slugsOf(only(classify(body)))?.sort()).toEqual(['business-environment', 'opening-up', 'projects']);
  });

  it('gives nothing to a paragraph that is about none of the themes (seed 003, party building)', () => {
    expect(only(classify(seedLine('003', '一年来，区委常委会切实加强自身建设'))).themes).toEqual([]);
  });

  describe('section headings', () => {
    it('do not give their theme to a paragraph that does not speak of it', () => {
      // Seed 002: “第二句话，……引领未来**开放发展、创新发展、奋斗发展” over a paragraph on the city's spirit.
      expect(only(classify(`## ${seedLine('002', '第二句话')}`, seedLine('002', '**人民多年来'))).themes).toEqual([]);
    });

    it('mark a paragraph on their theme as leading it, though its first sentence does not name it', () => {
      // Seed 003's (三) opens with GDP figures; its heading is “强化项目支撑”.
      const { heading, body } = seedSection('003', '（三）强化项目支撑');
      const paragraph = only(classify(`### ${heading}`, body));
      expect(paragraph.themes.find((t) => t.slug === 'projects')?.leads).toBe(true);
      const bare = only(classify(body));
      expect(bare.themes.find((t) => t.slug === 'projects')?.leads).toBe(false);
    });

    it.each(['深化ＲＣＥＰ合作和重大项目建设', '深化RCEP合作和重大项目建设'])(
      'do not lead when their clause lists two themes, whatever the width or case of its words (%s)',
      (listing) => {
        // A heading written for this test over seed 003's (三) body: the one clause names 开放 (RCEP)
        // and 项目 (重大项目), so it is a list and leads neither.
        const { body } = seedSection('003', '（三）强化项目支撑');
        const paragraph = only(classify(`### （三）${listing}`, body));
        expect(paragraph.themes.find((t) => t.slug === 'projects')?.leads).toBe(false);
      },
    );
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
