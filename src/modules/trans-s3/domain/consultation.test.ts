import { describe, expect, it } from 'vitest';
import {
  aggregateConsultation,
  consultationScore,
  turnoutByHelix,
  type ConsultationRating,
} from './consultation.ts';
import type { Helix } from './evidence.ts';

const rate = (
  stakeholderId: string,
  helix: Helix,
  rating: number,
  criterion = 'relevance',
  candidateId = 'blue-bio',
): ConsultationRating => ({ stakeholderId, helix, candidateId, criterion, rating });

// 10 companies rate 5, one researcher rates 1: a large industry turnout must not outvote research.
const unequal = [
  ...Array.from({ length: 10 }, (_, i) => rate(`company-${i}`, 'industry', 5)),
  rate('university', 'research', 1),
];

describe('consultation aggregate', () => {
  it('gives every helix that answered the same weight', () => {
    const [blue] = aggregateConsultation(unequal, ['blue-bio'], ['relevance']);
    const relevance = blue?.criteria[0];
    expect(relevance?.score).toBe(3); // (5 + 1) / 2, not ≈ 4.6
    expect(relevance?.plainMean).toBeCloseTo(51 / 11, 12); // ≈ 4.64
    expect(relevance?.respondents).toBe(11);
    expect(relevance?.distribution).toEqual([1, 0, 0, 0, 10]);
    // Administration and civil society did not answer: they are not counted as zero.
    expect(relevance?.byHelix).toEqual([
      { helix: 'industry', mean: 5, count: 10 },
      { helix: 'research', mean: 1, count: 1 },
    ]);
    expect(blue?.helices).toEqual(['industry', 'research']);
    expect(blue?.score).toBe(3);
    expect(blue && consultationScore(blue)).toBe(0.5);
  });

  it.each([
    {
      name: 'helix means first, then their mean',
      ratings: [
        rate('c1', 'industry', 4),
        rate('c2', 'industry', 2),
        rate('r1', 'research', 5),
        rate('a1', 'administration', 3),
        rate('n1', 'civil_society', 2),
      ],
      score: (3 + 5 + 3 + 2) / 4,
      plainMean: 16 / 5,
      distribution: [0, 2, 1, 1, 1],
    },
    {
      name: 'one helix alone is its own mean',
      ratings: [rate('a1', 'administration', 2), rate('a2', 'administration', 3)],
      score: 2.5,
      plainMean: 2.5,
      distribution: [0, 1, 1, 0, 0],
    },
    {
      name: 'a re-submitted rating replaces the earlier one',
      ratings: [rate('c1', 'industry', 1), rate('r1', 'research', 4), rate('c1', 'industry', 5)],
      score: 4.5,
      plainMean: 4.5,
      distribution: [0, 0, 0, 1, 1],
    },
  ])('$name', ({ ratings, score, plainMean, distribution }) => {
    const [result] = aggregateConsultation(ratings, ['blue-bio'], ['relevance']);
    expect(result?.criteria[0]?.score).toBeCloseTo(score, 12);
    expect(result?.criteria[0]?.plainMean).toBeCloseTo(plainMean, 12);
    expect(result?.criteria[0]?.distribution).toEqual(distribution);
  });

  it('averages the criteria, keeps the order asked, and leaves unrated ones out of the score', () => {
    const ratings = [
      rate('c1', 'industry', 5, 'relevance'),
      rate('r1', 'research', 3, 'relevance'),
      rate('c1', 'industry', 2, 'feasibility'),
      rate('x', 'industry', 5, 'other criterion'), // not asked: ignored
      rate('c1', 'industry', 1, 'relevance', 'wood'), // another candidate
    ];
    const [blue, wood, agri] = aggregateConsultation(
      ratings,
      ['blue-bio', 'wood', 'agri-tech'],
      ['relevance', 'feasibility', 'transnational added value'],
    );
    expect(blue?.criteria.map((c) => [c.criterion, c.score])).toEqual([
      ['relevance', 4],
      ['feasibility', 2],
      ['transnational added value', null],
    ]);
    expect(blue?.score).toBe(3);
    expect(blue?.respondents).toBe(2);
    expect(wood?.score).toBe(1);
    expect(wood && consultationScore(wood)).toBe(0);
    expect(agri).toMatchObject({ score: null, respondents: 0, helices: [] });
    expect(agri?.criteria[0]).toEqual({
      criterion: 'relevance',
      score: null,
      plainMean: null,
      respondents: 0,
      distribution: [0, 0, 0, 0, 0],
      byHelix: [],
    });
    expect(agri && consultationScore(agri)).toBeNull();
  });

  it.each([0, 6, 3.5, Number.NaN])('rejects the rating %s', (rating) => {
    expect(() =>
      aggregateConsultation([rate('c1', 'industry', rating)], ['blue-bio'], ['relevance']),
    ).toThrow(RangeError);
  });
});

describe('turnout', () => {
  it('counts invited and responding stakeholders per helix, all four helices', () => {
    const invited = [
      ...Array.from({ length: 12 }, (_, i) => ({
        stakeholderId: `company-${i}`,
        helix: 'industry' as const,
      })),
      { stakeholderId: 'university', helix: 'research' as const },
      { stakeholderId: 'institute', helix: 'research' as const },
      { stakeholderId: 'ministry', helix: 'administration' as const },
    ];
    const ratings = [
      ...unequal,
      rate('company-0', 'industry', 4, 'feasibility'),
      rate('stranger', 'civil_society', 3),
    ];
    expect(turnoutByHelix(invited, ratings)).toEqual([
      { helix: 'industry', invited: 12, responded: 10 },
      { helix: 'research', invited: 2, responded: 1 },
      { helix: 'administration', invited: 1, responded: 0 },
      { helix: 'civil_society', invited: 0, responded: 0 }, // the uninvited respondent is not counted
    ]);
  });
});
