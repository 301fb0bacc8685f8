import { describe, expect, it } from 'vitest';
import {
  bestMatchSimilarity,
  codeSimilarity,
  jaccard,
  naceCommonAncestor,
  naceLineage,
  naceSimilarity,
} from './code-similarity.ts';

const coded = (
  codes: Partial<{ nace: string[]; nabs: string[]; objectives: string[]; techFields: number[] }>,
) => ({
  nace: [],
  nabs: [],
  objectives: [],
  techFields: [],
  ...codes,
});

describe('naceSimilarity', () => {
  it.each([
    ['C10.51', 'C10.51', 1, 'same class'],
    ['C10.51', 'C10.52', 0.75, 'same group C10.5'],
    ['C10.51', 'C10.61', 0.5, 'same division C10'],
    ['C10.51', 'C11.01', 0.15, 'same section C'],
    ['C10.51', 'J62.01', 0, 'nothing shared'],
    ['C10', 'C10.51', 0.5, 'mixed levels: the deepest common ancestor is the division'],
    ['C10.5', 'C10.51', 0.75, 'mixed levels: the group'],
    ['C', 'C10.51', 0.15, 'mixed levels: the section'],
    ['C10', 'C10', 1, 'equal codes at division level'],
    ['C10', 'C11', 0.15, 'two divisions of a section'],
    [' c10.51 ', 'C10.51', 1, 'trimmed and upper-cased'],
    ['10.51', 'C10.51', 0, 'malformed (no section letter)'],
  ])('%s ~ %s = %d (%s)', (a, b, expected) => {
    expect(naceSimilarity(a, b)).toBe(expected);
    expect(naceSimilarity(b, a)).toBe(expected);
  });

  it('walks the hierarchy', () => {
    expect(naceLineage('C10.51')).toEqual(['C', 'C10', 'C10.5', 'C10.51']);
    expect(naceLineage('J62')).toEqual(['J', 'J62']);
    expect(naceLineage('10.51')).toEqual([]);
    expect(naceCommonAncestor('C10.51', 'C10.52')).toBe('C10.5');
    expect(naceCommonAncestor('C10', 'C10.51')).toBe('C10');
    expect(naceCommonAncestor('C10', 'J62')).toBeNull();
  });
});

describe('set similarities', () => {
  it('best-match average is symmetric, 1 for equal lists, 0 for an empty one', () => {
    // a→b: C10.51 best 0.75, J62 best 0 → 0.375; b→a: C10.52 best 0.75 → 0.75; mean 0.5625.
    expect(bestMatchSimilarity(['C10.51', 'J62'], ['C10.52'], naceSimilarity)).toBeCloseTo(0.5625, 10);
    expect(bestMatchSimilarity(['C10.52'], ['C10.51', 'J62'], naceSimilarity)).toBeCloseTo(0.5625, 10);
    expect(bestMatchSimilarity(['C10', 'J62'], ['J62', 'C10'], naceSimilarity)).toBe(1);
    expect(bestMatchSimilarity([], ['C10'], naceSimilarity)).toBe(0);
  });

  it('jaccard', () => {
    expect(jaccard(['07', '08'], ['08', '13'])).toBeCloseTo(1 / 3, 10);
    expect(jaccard([1, 2], [1, 2, 2])).toBe(1);
    expect(jaccard([], [])).toBe(0);
  });
});

describe('codeSimilarity', () => {
  it('weighs the dimensions both are coded in, re-normalised', () => {
    const food = coded({ nace: ['C10.51'], nabs: ['08'], techFields: [18] });
    const dairy = coded({ nace: ['C10.51'], objectives: ['public-health-food-security'] });
    const result = codeSimilarity(food, dairy);
    // Only NACE is coded on both sides: its similarity is the score, whatever its weight.
    expect(result.dimensions).toEqual({ nace: 1, nabs: null, objectives: null, tech: null });
    expect(result.score).toBe(1);
  });

  it('combines NACE, NABS, objectives and tech with NACE heaviest', () => {
    const a = coded({ nace: ['C10.51'], nabs: ['08'], objectives: ['x'], techFields: [18] });
    const sameNaceOnly = coded({ nace: ['C10.51'], nabs: ['07'], objectives: ['y'], techFields: [16] });
    const sameRestOnly = coded({ nace: ['J62'], nabs: ['08'], objectives: ['x'], techFields: [18] });
    const weights = { nace: 0.45, nabs: 0.2, objectives: 0.15, tech: 0.2 };
    expect(codeSimilarity(a, sameNaceOnly, weights).score).toBeCloseTo(0.45, 10);
    expect(codeSimilarity(a, sameRestOnly, weights).score).toBeCloseTo(0.55, 10);
    expect(codeSimilarity(a, a).score).toBe(1);
  });

  it('is 0 without a dimension coded on both sides', () => {
    expect(codeSimilarity(coded({ nace: ['C10'] }), coded({ nabs: ['08'] })).score).toBe(0);
  });

  it('returns the shared evidence: deepest common NACE ancestors and the shared codes', () => {
    const result = codeSimilarity(
      coded({ nace: ['C10.51', 'A01.41'], nabs: ['08', '07'], objectives: ['a', 'b'], techFields: [18, 15] }),
      coded({ nace: ['C10.52', 'A01'], nabs: ['08'], objectives: ['b'], techFields: [15, 18, 16] }),
    );
    expect(result.shared).toEqual({
      nace: ['A01', 'C10.5'],
      nabs: ['08'],
      objectives: ['b'],
      techFields: [15, 18],
    });
  });
});
