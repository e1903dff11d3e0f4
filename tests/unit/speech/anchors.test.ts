import { describe, expect, it } from 'vitest';
import {
  compareAnchors,
  describeAnchor,
  headingId,
  paragraphId,
  parseAnchor,
  sentenceId,
  SENTENCE_ID,
} from '@/lib/speech/anchors';

describe('anchor ids', () => {
  it('writes h-3, p-12 and p-12-s3', () => {
    expect([headingId(3), paragraphId(12), sentenceId(12, 3)]).toEqual(['h-3', 'p-12', 'p-12-s3']);
  });

  it('accepts only sentence anchors as SENTENCE_ID', () => {
    expect(['p-12-s3', 'p-12', 'h-3', 'p-12-s'].map((id) => SENTENCE_ID.test(id))).toEqual([true, false, false, false]);
  });
});

describe('parseAnchor', () => {
  it.each([
    ['h-3', { kind: 'heading', heading: 3 }],
    ['p-12', { kind: 'paragraph', paragraph: 12 }],
    ['p-12-s3', { kind: 'sentence', paragraph: 12, sentence: 3 }],
    ['toc-title', undefined],
    ['p-12-s3x', undefined],
  ])('reads %s', (id, expected) => {
    expect(parseAnchor(id)).toEqual(expected);
  });
});

describe('describeAnchor', () => {
  it.each([
    ['h-3', '章节标题'],
    ['p-12', '第12段'],
    ['p-12-s3', '第12段第3句'],
  ])('names %s as %s', (id, label) => {
    expect(describeAnchor(id)).toBe(label);
  });
});

describe('compareAnchors', () => {
  it('puts p-2-s10 after p-2-s9 and p-10-s1 after p-9-s5', () => {
    expect(['p-10-s1', 'p-2-s10', 'p-9-s5', 'p-2-s9'].sort(compareAnchors)).toEqual([
      'p-2-s9',
      'p-2-s10',
      'p-9-s5',
      'p-10-s1',
    ]);
  });
});
