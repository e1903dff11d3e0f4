import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../../src/lib/schemas/target';
import type { SpeechBlock } from '../../../src/lib/speech/types';
import {
  CorpusAnnotationSchema,
  countResults,
  findFigure,
  indicatorMatches,
  locateAnnotation,
  locateRecords,
  measure,
  normalizeIndicator,
  scoreDocument,
  unmetGoals,
  type CorpusAnnotation,
} from '../../../scripts/lib/targets-scoring';

// Hand-made cases for the scoring of `npm run test:targets`; the texts are short made-up
// passages in the style of a work report, not the corpus.
const TEXT =
  '一、2025年工作回顾\n全年地区生产总值增长5.3%，一产、二产增加值分别增长6%、5.2%。\n今年目标：地区生产总值增长5%左右，重点做好十个方面工作。\n';

function annotation(sentences: unknown[]): CorpusAnnotation {
  return CorpusAnnotationSchema.parse({
    source: { title: 't', issuer: 'i', date: '2026-02-01', url: 'https://example.org/a', kind: '测试' },
    sentences,
  });
}

const ANNOTATION = annotation([
  {
    text: '全年地区生产总值增长5.3%，一产、二产增加值分别增长6%、5.2%。',
    figures: [
      { stated: '5.3%', value: 5.3, unit: '%', kind: 'actual', period: '2025', indicator: '地区生产总值增速' },
      { stated: '6%', value: 6, unit: '%', kind: 'actual', period: '2025', indicator: '一产增加值增速' },
      { stated: '5.2%', value: 5.2, unit: '%', kind: 'actual', period: '2025', indicator: '二产增加值增速' },
    ],
  },
  {
    text: '地区生产总值增长5%左右，重点做好十个方面工作。',
    figures: [
      {
        stated: '5%左右',
        value: 5,
        unit: '%',
        kind: 'target',
        strength: 'planned',
        period: '2026',
        indicator: '地区生产总值增速',
      },
    ],
    not_figures: [{ stated: '十个', why: '工作方面的个数' }],
  },
]);

const BLOCKS: SpeechBlock[] = [
  { type: 'heading', depth: 2, id: 'h-1', text: '一、2025年工作回顾', html: '' },
  {
    type: 'paragraph',
    index: 1,
    id: 'p-1',
    text: '全年地区生产总值增长5.3%，一产、二产增加值分别增长6%、5.2%。',
    html: '',
    headingPath: ['h-1'],
  },
  {
    type: 'paragraph',
    index: 2,
    id: 'p-2',
    text: '今年目标：地区生产总值增长5%左右，重点做好十个方面工作。',
    html: '',
    headingPath: ['h-1'],
  },
];

function record(anchor: string, stated: string, fields: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id: `${anchor}/${stated}`,
    speech: 'test',
    indicator: '地区生产总值',
    value: Number.parseFloat(stated),
    upper: null,
    unit: '%',
    stated,
    bound: 'exact',
    kind: 'actual',
    period: '2025',
    strength: null,
    quote: stated,
    anchor,
    themes: [],
    reviewed: false,
    rejected: false,
    ...fields,
  };
}

describe('findFigure', () => {
  it.each([
    ['finds 5% on its own', '增长5%左右', '5%', 2],
    ['does not find 5% inside 15%', '增长15%、5%', '5%', 6],
    ['does not find 5% inside 5.5%', '增长5.5%，5%', '5%', 7],
    ['does not find 12 inside 120', '增加120个', '12', -1],
    ['skips 12 inside 120 and finds the next', '120个和12个', '12个', 5],
    ['finds a figure followed by a full stop', '达到12。', '12', 2],
    ['does not find 12 before a decimal part', '达到12.5亿元', '12', -1],
    ['finds words without digits verbatim', '重点做好十个方面工作', '十个', 4],
  ])('%s', (_name, text, stated, expected) => {
    expect(findFigure(text, stated)).toBe(expected);
  });
});

describe('locateAnnotation', () => {
  it('places each figure at its offset in the text', () => {
    const located = locateAnnotation(TEXT, ANNOTATION);
    expect(located.problems).toEqual([]);
    expect(located.figures.map((figure) => TEXT.slice(figure.start, figure.end))).toEqual([
      '5.3%',
      '6%',
      '5.2%',
      '5%左右',
    ]);
    expect(located.nonFigures.map((figure) => TEXT.slice(figure.start, figure.end))).toEqual(['十个']);
  });

  it('gives figures with the same stated text successive occurrences', () => {
    const text = '分别增长5%左右、5%以上、5%左右。';
    const located = locateAnnotation(
      text,
      annotation([
        {
          text,
          figures: ['5%左右', '5%以上', '5%左右'].map((stated) => ({
            stated,
            value: 5,
            unit: '%',
            kind: 'target',
            period: '2026',
            indicator: 'x',
          })),
        },
      ]),
    );
    expect(located.figures.map((figure) => figure.start)).toEqual([4, 9, 14]);
  });

  it('reports a sentence that is not in the text, or not unique, instead of guessing', () => {
    const located = locateAnnotation(
      '增长5%。增长5%。',
      annotation([
        { text: '增长6%', figures: [] },
        { text: '增长5%', figures: [] },
      ]),
    );
    expect(located.problems).toHaveLength(2);
    expect(located.problems[0]).toContain('not in the text');
    expect(located.problems[1]).toContain('not unique');
  });

  it('reports a figure that is not in its sentence', () => {
    const located = locateAnnotation(
      TEXT,
      annotation([
        {
          text: '全年地区生产总值增长5.3%',
          figures: [{ stated: '5.4%', value: 5.4, unit: '%', kind: 'actual', period: '2025', indicator: 'x' }],
        },
      ]),
    );
    expect(located.problems[0]).toContain('figure not in its sentence');
  });
});

describe('CorpusAnnotationSchema', () => {
  it('refuses a strength on an actual', () => {
    const parsed = CorpusAnnotationSchema.safeParse({
      source: { title: 't', issuer: 'i', date: '2026-02-01', url: 'https://example.org/a', kind: 'k' },
      sentences: [
        {
          text: 'a',
          figures: [
            { stated: '1%', value: 1, unit: '%', kind: 'actual', strength: 'planned', period: '2025', indicator: 'x' },
          ],
        },
      ],
    });
    expect(parsed.success).toBe(false);
  });

  it('accepts a five-year span as a period', () => {
    expect(() =>
      annotation([
        {
          text: 'a',
          figures: [{ stated: '5%', value: 5, unit: '%', kind: 'target', period: '2026-2030', indicator: 'x' }],
        },
      ]),
    ).not.toThrow();
  });
});

describe('locateRecords', () => {
  it('places a record by its anchor sentence and stated figure', () => {
    const [located] = locateRecords(TEXT, BLOCKS, [record('p-2-s1', '5%')]);
    expect(located!.span).not.toBeNull();
    expect(TEXT.slice(located!.span!.start, located!.span!.end)).toBe('5%');
    expect(TEXT.indexOf('5%左右')).toBe(located!.span!.start);
  });

  it('gives records with the same stated figure in one sentence successive occurrences', () => {
    const text = '分别增长5%、5%。';
    const blocks: SpeechBlock[] = [{ type: 'paragraph', index: 1, id: 'p-1', text, html: '', headingPath: [] }];
    const located = locateRecords(text, blocks, [record('p-1-s1', '5%'), record('p-1-s1', '5%')]);
    expect(located.map((entry) => entry.span?.start)).toEqual([4, 7]);
  });

  it('places a record in a paragraph the importer joined across a line break of the document', () => {
    // A stored page broke the sentence after 发展，; the importer joins the two lines.
    const text =
      '一、回顾\n全年统筹疫情防控和经济社会发展，\n\n统筹发展和安全，地区生产总值增长3%左右；\n规模以上工业增加值增长13%以上。\n';
    const joined =
      '全年统筹疫情防控和经济社会发展，统筹发展和安全，地区生产总值增长3%左右；规模以上工业增加值增长13%以上。';
    const blocks: SpeechBlock[] = [
      { type: 'heading', depth: 2, id: 'h-1', text: '一、回顾', html: '' },
      { type: 'paragraph', index: 1, id: 'p-1', text: joined, html: '', headingPath: [] },
    ];
    const located = locateRecords(text, blocks, [record('p-1-s1', '3%左右'), record('p-1-s2', '13%以上')]);
    expect(located.map(({ span }) => span && text.slice(span.start, span.end))).toEqual(['3%左右', '13%以上']);
  });

  it('leaves a record unplaced when its sentence or figure is not there', () => {
    const located = locateRecords(TEXT, BLOCKS, [record('p-9-s1', '5%'), record('p-1-s1', '7.7%')]);
    expect(located.map((entry) => entry.span)).toEqual([null, null]);
  });
});

describe('normalizeIndicator', () => {
  it.each([
    ['drops growth words the unit already says', '地区生产总值增速', '地区生产总值'],
    ['drops place and year words', '2025年全区规模以上工业增加值', '规模以上工业增加值'],
    ['drops quotation marks and punctuation', '“以旧换新”政策惠及群众', '以旧换新政策惠及群众'],
    ['leaves nothing of a bare 同比增长', '同比增长', ''],
    ['drops the verb of a change', '最低工资标准每月提高', '最低工资标准'],
    ['keeps 增加值, which is a noun', '规模以上工业增加值', '规模以上工业增加值'],
    ['folds full-width letters', 'ＧＤＰ增速', 'GDP'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeIndicator(input)).toBe(expected);
  });
});

describe('indicatorMatches', () => {
  it.each([
    ['equal after normalizing', ['地区生产总值增速'], '地区生产总值', true],
    ['a longer phrase that contains the name', ['规模以上工业增加值'], '全年规模以上工业增加值实现', true],
    ['an also name', ['规模以上工业增加值', '规上工业增加值'], '规上工业增加值', true],
    ['a bare 同比增长 is never an indicator', ['地区生产总值增速'], '同比增长', false],
    ['the last noun of a 分别 list is not the first item', ['一产增加值增速'], '三产增加值分别增长', false],
    ['a fragment too short to name it', ['一产增加值'], '增加值', false],
    ['examples before the noun are not its name', ['首店'], '砂之船奥莱等首店', false],
  ])('%s', (_name, expected, got, result) => {
    expect(indicatorMatches(expected, got)).toBe(result);
  });
});

describe('scoreDocument', () => {
  const located = locateAnnotation(TEXT, ANNOTATION);

  it('counts a found figure with the right kind, indicator, value and period', () => {
    const result = scoreDocument('d', 'k', located, locateRecords(TEXT, BLOCKS, [record('p-1-s1', '5.3%')]));
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({
      kindRight: true,
      indicatorRight: true,
      valueRight: true,
      periodRight: true,
    });
    expect(result.missed.map((figure) => figure.figure.stated)).toEqual(['6%', '5.2%', '5%左右']);
  });

  it('pairs a record with a figure whose stated text is longer (5% inside 5%左右)', () => {
    const result = scoreDocument(
      'd',
      'k',
      located,
      locateRecords(TEXT, BLOCKS, [record('p-2-s1', '5%', { kind: 'actual' })]),
    );
    expect(result.matches[0]!.figure.figure.stated).toBe('5%左右');
    expect(result.matches[0]!.kindRight).toBe(false);
  });

  it('checks the strength only when both are targets', () => {
    const striving = scoreDocument(
      'd',
      'k',
      located,
      locateRecords(TEXT, BLOCKS, [record('p-2-s1', '5%', { kind: 'target', strength: 'striving', period: '2026' })]),
    );
    expect(striving.matches[0]).toMatchObject({ kindRight: true, strengthRight: false });
    const planned = scoreDocument(
      'd',
      'k',
      located,
      locateRecords(TEXT, BLOCKS, [record('p-2-s1', '5%', { kind: 'target', strength: 'planned', period: '2026' })]),
    );
    expect(planned.matches[0]!.strengthRight).toBe(true);
    const actual = scoreDocument('d', 'k', located, locateRecords(TEXT, BLOCKS, [record('p-1-s1', '5.3%')]));
    expect(actual.matches[0]!.strengthRight).toBe(false);
  });

  it('counts a record taken from a non-target and a second record of one figure', () => {
    const records = locateRecords(TEXT, BLOCKS, [
      record('p-2-s1', '十个', { unit: '个', value: 10 }),
      record('p-1-s1', '6%'),
      record('p-1-s1', '6%'),
    ]);
    const result = scoreDocument('d', 'k', located, records);
    expect(result.nonFigureHits).toHaveLength(1);
    expect(result.matches).toHaveLength(1);
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]!.span).toBeNull();
  });
});

describe('measure and unmetGoals', () => {
  it('computes the measures of issue #12 over all documents', () => {
    const located = locateAnnotation(TEXT, ANNOTATION);
    const records = locateRecords(TEXT, BLOCKS, [
      record('p-1-s1', '5.3%'),
      record('p-1-s1', '6%', { indicator: '二产增加值分别增长' }),
      record('p-2-s1', '5%', { kind: 'actual', period: '2026' }),
      record('p-2-s1', '十个', { unit: '个', value: 10 }),
    ]);
    const counts = countResults([scoreDocument('d', 'k', located, records)]);
    expect(counts).toMatchObject({ figures: 4, targets: 1, records: 4, matched: 3, kindRight: 2, targetsAsTargets: 0 });
    const measures = measure(counts);
    expect(measures.precision).toBe(0.75);
    expect(measures.recall).toBe(0.75);
    expect(measures.kindRight).toBeCloseTo(2 / 3);
    expect(measures.targetsAsTargets).toBe(0);
    expect(measures.indicatorRight).toBeCloseTo(2 / 3);
    expect(measures.nonFigureHits).toBe(1);
    expect(unmetGoals(measures)).toHaveLength(6);
  });

  it('meets every goal when every figure is found right', () => {
    const located = locateAnnotation(TEXT, ANNOTATION);
    const records = locateRecords(TEXT, BLOCKS, [
      record('p-1-s1', '5.3%', { indicator: '地区生产总值' }),
      record('p-1-s1', '6%', { indicator: '一产增加值' }),
      record('p-1-s1', '5.2%', { indicator: '二产增加值' }),
      record('p-2-s1', '5%', { kind: 'target', strength: 'planned', period: '2026', indicator: '地区生产总值' }),
    ]);
    expect(unmetGoals(measure(countResults([scoreDocument('d', 'k', located, records)])))).toEqual([]);
  });
});
