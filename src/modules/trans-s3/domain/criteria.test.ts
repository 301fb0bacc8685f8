import { describe, expect, it } from 'vitest';
import {
  checkCriterion,
  criterionOutcome,
  describeRule,
  verificationScore,
  type AutoCheck,
  type CriterionRule,
  type Judgement,
} from './criteria.ts';
import { noOrganisations, type CandidateEvidence, type RegionEvidence } from './evidence.ts';

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

const orgs = (industry: number, research: number, smes: number): RegionEvidence['organisations'] => ({
  total: industry + research,
  smes,
  byHelix: { industry, research, administration: 0, civil_society: 0 },
});

// Seven partner regions: RCA ≥ 1 in PL84, LT, EE, DK03; growth known in three.
const evidence: CandidateEvidence = {
  candidateId: 'blue-bio',
  naceCodes: ['C10.2'],
  activities: ['C10'],
  regions: [
    region('PL84', { rca: 1.4, growth: 0.03, organisations: orgs(5, 2, 4) }),
    region('LT', { rca: 1, growth: 0.01, organisations: orgs(3, 0, 3) }),
    region('EE', { rca: 2.2, growth: -0.01 }),
    region('DK03', { rca: 1.1, organisations: orgs(0, 1, 0) }),
    region('SE22', { rca: 0.7 }),
    region('FI19', { rca: 0.3 }),
    region('DE80', { rca: 0.9 }),
  ],
};

const withUnknownRca: CandidateEvidence = {
  ...evidence,
  regions: [region('PL84', { rca: 1.4 }), region('LT', { rca: 0.5 }), region('EE', {}), region('DK03', {})],
};

describe('automatic checks', () => {
  it.each<{ name: string; rule: CriterionRule; input?: CandidateEvidence; expected: AutoCheck }>([
    {
      name: 'enough specialised regions pass, naming them',
      rule: { kind: 'regions_with_rca', minRegions: 3, minRca: 1 },
      expected: {
        status: 'pass',
        observed: 4,
        detail: '4 of 7 regions have RCA ≥ 1 (needed 3): PL84, LT, EE, DK03',
      },
    },
    {
      name: 'too few specialised regions, with every RCA known, fail',
      rule: { kind: 'regions_with_rca', minRegions: 5, minRca: 1 },
      expected: {
        status: 'fail',
        observed: 4,
        detail: '4 of 7 regions have RCA ≥ 1 (needed 5): PL84, LT, EE, DK03',
      },
    },
    {
      name: 'a stricter threshold',
      rule: { kind: 'regions_with_rca', minRegions: 1, minRca: 1.5 },
      expected: { status: 'pass', observed: 1, detail: '1 of 7 regions has RCA ≥ 1.5 (needed 1): EE' },
    },
    {
      name: 'missing RCAs that could tip it are no_data (1 known + 2 unknown ≥ 3)',
      rule: { kind: 'regions_with_rca', minRegions: 3, minRca: 1 },
      input: withUnknownRca,
      expected: {
        status: 'no_data',
        observed: 1,
        detail: '1 of 4 regions has RCA ≥ 1 (needed 3): PL84; no RCA for EE, DK03',
      },
    },
    {
      name: 'missing RCAs that cannot tip it: fail (1 known + 2 unknown < 4)',
      rule: { kind: 'regions_with_rca', minRegions: 4, minRca: 1 },
      input: withUnknownRca,
      expected: {
        status: 'fail',
        observed: 1,
        detail: '1 of 4 regions has RCA ≥ 1 (needed 4): PL84; no RCA for EE, DK03',
      },
    },
    {
      name: 'missing RCAs do not matter once enough pass',
      rule: { kind: 'regions_with_rca', minRegions: 1, minRca: 1 },
      input: withUnknownRca,
      expected: {
        status: 'pass',
        observed: 1,
        detail: '1 of 4 regions has RCA ≥ 1 (needed 1): PL84; no RCA for EE, DK03',
      },
    },
    {
      name: 'no region has the figure: observed is null',
      rule: { kind: 'regions_with_rca', minRegions: 1, minRca: 1 },
      input: { ...evidence, regions: [region('EE', {})] },
      expected: {
        status: 'no_data',
        observed: null,
        detail: '0 of 1 region have RCA ≥ 1 (needed 1); no RCA for EE',
      },
    },
    {
      name: 'growth: 2 of 3 known grow ≥ 1 %/yr, 4 unknown could still reach 5',
      rule: { kind: 'regions_with_growth', minRegions: 5, minGrowth: 0.01 },
      expected: {
        status: 'no_data',
        observed: 2,
        detail:
          '2 of 7 regions have growth ≥ 1 %/yr (needed 5): PL84, LT; no growth for DK03, SE22, FI19, DE80',
      },
    },
    {
      name: 'growth: cannot reach 7',
      rule: { kind: 'regions_with_growth', minRegions: 7, minGrowth: 0 },
      expected: {
        status: 'fail',
        observed: 2,
        detail:
          '2 of 7 regions have growth ≥ 0 %/yr (needed 7): PL84, LT; no growth for DK03, SE22, FI19, DE80',
      },
    },
    {
      name: 'registry: all organisations summed over the regions',
      rule: { kind: 'registry_organisations', min: 10 },
      expected: {
        status: 'pass',
        observed: 11,
        detail: '11 organisations in the registry (needed 10): PL84 7, LT 3, DK03 1',
      },
    },
    {
      name: 'registry: one helix',
      rule: { kind: 'registry_organisations', min: 5, helix: 'research' },
      expected: {
        status: 'fail',
        observed: 3,
        detail: '3 research organisations in the registry (needed 5): PL84 2, DK03 1',
      },
    },
    {
      name: 'registry: SMEs only',
      rule: { kind: 'registry_organisations', min: 7, smesOnly: true },
      expected: { status: 'pass', observed: 7, detail: '7 SMEs in the registry (needed 7): PL84 4, LT 3' },
    },
    {
      name: 'registry: zero is a real count, not missing data',
      rule: { kind: 'registry_organisations', min: 1, helix: 'civil_society' },
      expected: {
        status: 'fail',
        observed: 0,
        detail: '0 civil society organisations in the registry (needed 1)',
      },
    },
    {
      name: 'manual criteria wait for an analyst',
      rule: { kind: 'manual' },
      expected: { status: 'no_data', observed: null, detail: 'judged by an analyst' },
    },
  ])('$name', ({ rule, input, expected }) => {
    expect(checkCriterion(rule, input ?? evidence)).toEqual(expected);
  });
});

describe('outcomes', () => {
  const pass: AutoCheck = { status: 'pass', observed: 4, detail: '' };
  const fail: AutoCheck = { status: 'fail', observed: 1, detail: '' };
  const noData: AutoCheck = { status: 'no_data', observed: null, detail: '' };
  const judged = (passed: boolean): Judgement => ({
    passed,
    justification: 'Strong cluster in the Baltic ports',
    judgedBy: 'analyst@example.org',
    judgedAt: '2025-03-01T10:00:00Z',
  });

  it.each([
    { name: 'data pass', check: pass, judgement: null, status: 'pass', source: 'automatic' },
    { name: 'data fail', check: fail, judgement: null, status: 'fail', source: 'automatic' },
    {
      name: 'a judgement does not override a data fail',
      check: fail,
      judgement: judged(true),
      status: 'fail',
      source: 'automatic',
    },
    {
      name: 'a judgement does not override a data pass',
      check: pass,
      judgement: judged(false),
      status: 'pass',
      source: 'automatic',
    },
    {
      name: 'no data, judged pass',
      check: noData,
      judgement: judged(true),
      status: 'pass',
      source: 'analyst',
    },
    {
      name: 'no data, judged fail',
      check: noData,
      judgement: judged(false),
      status: 'fail',
      source: 'analyst',
    },
    { name: 'no data, not judged yet', check: noData, judgement: null, status: 'pending', source: 'analyst' },
  ] as const)('$name', ({ check, judgement, status, source }) => {
    const outcome = criterionOutcome(check, judgement);
    expect(outcome).toMatchObject({ status, source, check });
    expect(outcome.judgement).toBe(judgement);
  });

  it('scores the share passed among the decided criteria', () => {
    const outcomes = [
      criterionOutcome(pass, null),
      criterionOutcome(fail, null),
      criterionOutcome(noData, judged(true)),
      criterionOutcome(noData, null),
    ];
    expect(verificationScore(outcomes)).toBeCloseTo(2 / 3, 12);
    expect(verificationScore([criterionOutcome(noData, null)])).toBeNull();
    expect(verificationScore([])).toBeNull();
  });
});

describe('rule descriptions', () => {
  it.each<[CriterionRule, string]>([
    [{ kind: 'regions_with_rca', minRegions: 3, minRca: 1 }, 'At least 3 regions with RCA ≥ 1'],
    [{ kind: 'regions_with_rca', minRegions: 1, minRca: 1.25 }, 'At least 1 region with RCA ≥ 1.25'],
    [
      { kind: 'regions_with_growth', minRegions: 2, minGrowth: 0.02 },
      'At least 2 regions with growth ≥ 2 %/yr',
    ],
    [
      { kind: 'regions_with_growth', minRegions: 2, minGrowth: 0.015 },
      'At least 2 regions with growth ≥ 1.5 %/yr',
    ],
    [{ kind: 'registry_organisations', min: 10 }, 'At least 10 organisations in the registry'],
    [
      { kind: 'registry_organisations', min: 1, helix: 'administration' },
      'At least 1 public administration organisation in the registry',
    ],
    [{ kind: 'registry_organisations', min: 5, smesOnly: true }, 'At least 5 SMEs in the registry'],
    [{ kind: 'manual' }, 'Judged by an analyst'],
  ])('%j', (rule, text) => {
    expect(describeRule(rule)).toBe(text);
  });
});
