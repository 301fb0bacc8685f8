import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  FACTORS,
  rankCandidates,
  sensitivity,
  trendsScore,
  type Factor,
  type FactorScores,
  type Weights,
} from './prioritisation.ts';

const candidate = (
  candidateId: string,
  factors: Partial<Record<Factor, number | null>>,
  rest: number | null = 0,
) => ({
  candidateId,
  factors: Object.fromEntries(
    FACTORS.map((f) => [f, factors[f] === undefined ? rest : factors[f]]),
  ) as Record<Factor, number | null>,
});

// B leads narrowly; A is strong only on the consultation. With the default weights:
// A = 0.8·0.5 + 0.2·1 = 0.60, B = 0.8·0.6 + 0.2·0.65 = 0.61, C = 0.2.
// +20 % on consultation (0.24 of 1.04): A = 0.640/1.04 ≈ 0.615 > B = 0.636/1.04 ≈ 0.612 → A and B swap.
// −20 % (0.16 of 0.96): A ≈ 0.583 < B ≈ 0.608 → unchanged.
const swapCase: FactorScores[] = [
  candidate('A', { consultation: 1 }, 0.5),
  candidate('B', { consultation: 0.65 }, 0.6),
  candidate('C', {}, 0.2),
];

describe('ranking', () => {
  it('ranks by the weighted mean and explains each score', () => {
    const ranked = rankCandidates(swapCase, DEFAULT_WEIGHTS);
    expect(ranked.map((r) => [r.candidateId, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(0.61, 12);
    expect(ranked[1]?.score).toBeCloseTo(0.6, 12);
    const a = ranked[1];
    expect(a?.contributions.evidence).toBeCloseTo(0.15, 12);
    expect(a?.contributions.consultation).toBeCloseTo(0.2, 12);
    const sum = FACTORS.reduce((s, f) => s + (a?.contributions[f] ?? 0), 0);
    expect(sum).toBeCloseTo(a?.score ?? Number.NaN, 12);
  });

  it('does not depend on the scale of the weights', () => {
    const doubled = Object.fromEntries(FACTORS.map((f) => [f, DEFAULT_WEIGHTS[f] * 2])) as Weights;
    expect(rankCandidates(swapCase, doubled)).toEqual(rankCandidates(swapCase, DEFAULT_WEIGHTS));
  });

  it('counts a missing factor as 0 and lists it', () => {
    const [only] = rankCandidates([candidate('A', { consultation: null, trends: null }, 1)], DEFAULT_WEIGHTS);
    expect(only?.score).toBeCloseTo(0.7, 12);
    expect(only?.missing).toEqual(['trends', 'consultation']);
    expect(only?.contributions.consultation).toBe(0);
  });

  it.each<{ name: string; scores: FactorScores[]; weights: Weights; expected: [string, number][] }>([
    {
      name: 'ties share the better rank and the next rank is skipped',
      scores: [
        candidate('Z', {}, 0.5),
        candidate('Y', {}, 0.9),
        candidate('X', {}, 0.5),
        candidate('W', {}, 0.1),
      ],
      weights: DEFAULT_WEIGHTS,
      expected: [
        ['Y', 1],
        ['X', 2],
        ['Z', 2],
        ['W', 4],
      ],
    },
    {
      name: 'equal scores reached by different sums tie despite floating point',
      // 0.1 + 0.2 vs 0.3 on equal weights.
      scores: [candidate('b', { evidence: 0.1, verification: 0.2 }), candidate('a', { trends: 0.3 })],
      weights: { evidence: 1, verification: 1, trends: 1, internationalisation: 1, consultation: 1 },
      expected: [
        ['a', 1],
        ['b', 1],
      ],
    },
    {
      name: 'a zero weight ignores the factor',
      scores: [candidate('a', { consultation: 1 }, 0), candidate('b', { evidence: 0.1 }, 0)],
      weights: { ...DEFAULT_WEIGHTS, consultation: 0 },
      expected: [
        ['b', 1],
        ['a', 2],
      ],
    },
  ])('$name', ({ scores, weights, expected }) => {
    expect(rankCandidates(scores, weights).map((r) => [r.candidateId, r.rank])).toEqual(expected);
  });

  it('returns nothing for no candidates', () => {
    expect(rankCandidates([], DEFAULT_WEIGHTS)).toEqual([]);
  });

  it.each<[string, Weights, FactorScores[]]>([
    ['a negative weight', { ...DEFAULT_WEIGHTS, trends: -0.1 }, swapCase],
    [
      'weights summing to 0',
      { evidence: 0, verification: 0, trends: 0, internationalisation: 0, consultation: 0 },
      swapCase,
    ],
    ['a NaN weight', { ...DEFAULT_WEIGHTS, evidence: Number.NaN }, swapCase],
    ['a factor score above 1', DEFAULT_WEIGHTS, [candidate('A', { evidence: 1.2 })]],
  ])('rejects %s', (_name, weights, scores) => {
    expect(() => rankCandidates(scores, weights)).toThrow(RangeError);
  });
});

describe('sensitivity', () => {
  const result = sensitivity(swapCase, DEFAULT_WEIGHTS);
  const run = (factor: Factor, change: number) =>
    result.runs.find((r) => r.factor === factor && r.change === change);

  it('runs −20 % and +20 % on each weight in turn, normalised', () => {
    expect(result.runs.map((r) => [r.factor, r.change])).toEqual(
      FACTORS.flatMap((f) => [
        [f, -0.2],
        [f, 0.2],
      ]),
    );
    const up = run('consultation', 0.2);
    expect(up?.weights.consultation).toBeCloseTo(0.24 / 1.04, 12);
    expect(up?.weights.evidence).toBeCloseTo(0.3 / 1.04, 12);
    for (const r of result.runs) expect(FACTORS.reduce((s, f) => s + r.weights[f], 0)).toBeCloseTo(1, 12);
  });

  it('finds that +20 % on the consultation swaps ranks 1 and 2, and −20 % does not', () => {
    expect(run('consultation', 0.2)?.ranks).toEqual([
      { candidateId: 'B', rank: 2, delta: 1 },
      { candidateId: 'A', rank: 1, delta: -1 },
      { candidateId: 'C', rank: 3, delta: 0 },
    ]);
    expect(run('consultation', 0.2)?.changed).toBe(2);
    expect(run('consultation', -0.2)?.changed).toBe(0);
    expect(result.runs.filter((r) => r.changed > 0).map((r) => [r.factor, r.change])).toEqual([
      ['consultation', 0.2],
    ]);
  });

  it('bounds each candidate between its best and worst rank', () => {
    expect(result.base.map((c) => c.candidateId)).toEqual(['B', 'A', 'C']);
    expect(result.stability).toEqual([
      { candidateId: 'B', baseRank: 1, bestRank: 1, worstRank: 2 },
      { candidateId: 'A', baseRank: 2, bestRank: 1, worstRank: 2 },
      { candidateId: 'C', baseRank: 3, bestRank: 3, worstRank: 3 },
    ]);
  });

  it('runs a zero-weight factor too, leaving it at 0 and the ranks unchanged', () => {
    const zero = sensitivity(swapCase, { ...DEFAULT_WEIGHTS, trends: 0 });
    const trendsRuns = zero.runs.filter((r) => r.factor === 'trends');
    expect(trendsRuns).toHaveLength(2);
    for (const r of trendsRuns) {
      expect(r.weights.trends).toBe(0);
      expect(r.changed).toBe(0);
    }
  });

  it('takes another step and rejects steps outside (0, 1)', () => {
    // Halving the evidence weight lifts A: A = 0.525 / 0.85 > B = 0.520 / 0.85.
    const wide = sensitivity(swapCase, DEFAULT_WEIGHTS, 0.5);
    expect(wide.runs.map((r) => r.change).slice(0, 2)).toEqual([-0.5, 0.5]);
    expect(wide.runs.find((r) => r.factor === 'evidence' && r.change === -0.5)?.changed).toBe(2);
    expect(() => sensitivity(swapCase, DEFAULT_WEIGHTS, 0)).toThrow(RangeError);
    expect(() => sensitivity(swapCase, DEFAULT_WEIGHTS, 1)).toThrow(RangeError);
  });
});

describe('trends factor', () => {
  it.each<[string, ('market' | 'technology')[], number]>([
    ['no notes', [], 0],
    ['one market note', ['market'], 0.25],
    ['one of each', ['market', 'technology'], 0.5],
    ['many of one kind count as two', ['technology', 'technology', 'technology', 'technology'], 0.5],
    ['two of each is full', ['market', 'market', 'technology', 'technology', 'market'], 1],
  ])('%s', (_name, kinds, expected) => {
    expect(trendsScore(kinds.map((kind) => ({ kind })))).toBe(expected);
  });
});
