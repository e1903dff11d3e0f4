import { describe, expect, it } from 'vitest';
import { SpeechSchema } from '@/lib/schemas/speech';
import { analyzeSpeech } from '@/lib/speech/analyze-speech';
import { readFrontMatter } from '@/lib/speech/front-matter';
import { escapeMarkdown, loadThemes, seedLine } from '../themes/fixtures';

const themes = loadThemes();

// Front matter for a test speech (not a real document); the paragraphs are lines of the seeds.
function source(frontMatter: string, body: string) {
  const front = readFrontMatter('test.md', `---\n${frontMatter}\n---\n${body}`);
  if (!front.ok) throw new Error(front.problem.message);
  return {
    slug: 'test',
    data: SpeechSchema.parse(front.value.data),
    body: front.value.body,
  };
}
const FRONT = 'title: 测试\ndate: 2024-08-21\nkind: 讲话\noccasion: 测试会议\nsource: 测试\nsummary: 测试。';

describe('analyzeSpeech', () => {
  it('parses the body into anchored headings and paragraphs and keeps the schema’s date', () => {
    const speech = analyzeSpeech(source(FRONT, '## 一、总体要求\n\n第一段。\n\n第二段。'), themes);
    expect(speech.blocks.map((block) => block.id)).toEqual(['h-1', 'p-1', 'p-2']);
    expect(speech.paragraphs.map((paragraph) => paragraph.text)).toEqual(['第一段。', '第二段。']);
    expect(speech.date).toEqual({ iso: '2024-08-21', precision: 'day', year: 2024, month: 8, day: 21 });
  });

  it('gives the speech every theme a paragraph has, plus those set by hand, in site order', () => {
    const business = escapeMarkdown(seedLine('001', '（三）全面优化营商环境'));
    const plain = analyzeSpeech(source(FRONT, business), themes);
    expect(plain.paragraphThemes[0]!.themes.map((theme) => theme.slug)).toContain('business-environment');
    expect(plain.themes).toContain('business-environment');
    const unclassified = themes.find((theme) => !plain.themes.includes(theme.slug))!.slug;
    const byHand = analyzeSpeech(source(`${FRONT}\nthemes: [${unclassified}]`, business), themes);
    expect(byHand.themes).toEqual(
      themes.map((theme) => theme.slug).filter((slug) => [...plain.themes, unclassified].includes(slug)),
    );
  });
});
