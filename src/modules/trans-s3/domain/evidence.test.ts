import { describe, expect, it } from 'vitest';
import {
  evidenceScore,
  HELIXES,
  isHelix,
  noOrganisations,
  type CandidateEvidence,
  type RegionEvidence,
} from './evidence.ts';

const region = (code: string, figures: Partial<RegionEvidence>): RegionEvidence => ({
  region: code,
  statisticsRegion: code,
  employment: null,
  employmentShare: null,
  rca: null,
  growth: null,
  density: null,
  pci: null,
  organisations: noOrganisations(),
  ...figures,
});

const candidate = (regions: RegionEvidence[]): CandidateEvidence => ({
  candidateId: 'blue-bio',
  naceCodes: ['C10.2'],
  activities: ['C10'],
  regions,
});

describe('evidence', () => {
  it('knows the four helices', () => {
    expect(HELIXES).toEqual(['industry', 'research', 'administration', 'civil_society']);
    expect(isHelix('research')).toBe(true);
    expect(isHelix('academia')).toBe(false);
  });

  it.each([
    {
      name: 'every part known: 0.5·share RCA≥1 + 0.25·mean density + 0.25·share growing',
      // RCA ≥ 1 in 2 of 4 (RCA exactly 1 counts), density mean 0.4, growth > 0 in 1 of 4 (0 is not growth).
      regions: [
        region('PL84', { rca: 1, density: 0.2, growth: 0.03 }),
        region('LT', { rca: 2.5, density: 0.6, growth: 0 }),
        region('EE', { rca: 0.4, density: 0.4, growth: -0.01 }),
        region('DK03', { rca: 0.9, density: 0.4, growth: -0.02 }),
      ],
      expected: 0.5 * 0.5 + 0.25 * 0.4 + 0.25 * 0.25,
    },
    {
      name: 'each part over the regions that have its figure',
      // RCA known in PL84 only (1 of 1), density in LT only (0.8), growth in both (1 of 2).
      regions: [region('PL84', { rca: 1.2, growth: 0.01 }), region('LT', { density: 0.8, growth: -0.01 })],
      expected: 0.5 * 1 + 0.25 * 0.8 + 0.25 * 0.5,
    },
    {
      name: 'a part nobody has is left out and the other weights rescaled (no growth series)',
      regions: [region('PL84', { rca: 1.5, density: 0.6 }), region('LT', { rca: 0.5, density: 0.2 })],
      expected: (0.5 * 0.5 + 0.25 * 0.4) / 0.75,
    },
    {
      name: 'only employment and PCI known: no score',
      regions: [region('PL84', { employment: 1200, employmentShare: 0.01, pci: 1.3 })],
      expected: null,
    },
    { name: 'no regions: no score', regions: [], expected: null },
    {
      name: 'a region without statistics does not dilute the others',
      regions: [
        region('PL84', { rca: 1.1, density: 1, growth: 0.02 }),
        region('SE', { statisticsRegion: null }),
      ],
      expected: 1,
    },
  ])('$name', ({ regions, expected }) => {
    const score = evidenceScore(candidate(regions));
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });

  it('stays within 0..1 even with a density outside it', () => {
    expect(evidenceScore(candidate([region('PL84', { density: 1.4 })]))).toBe(1);
  });
});
