import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NABS_CHAPTERS, POLICY_OBJECTIVES } from './codes.ts';
import { describeDomain, findCommonDomains, type CommonDomainsResult } from './common-priorities.ts';
import type { Priority } from './priority.ts';
import { parsePrioritiesCsv } from './priorities-csv.ts';

// The fixture's origin and design: test/fixtures/trans-s3-priorities.csv holds 31 priorities of 8
// regions, paraphrased from their RIS3 documents and coded by us, with five designed shared domains.
// NACE codes and names come from the reference data file (read, not imported: domain code imports
// no other module).
const NACE = JSON.parse(readFileSync(new URL('../../reference/data/nace.json', import.meta.url), 'utf8')) as {
  code: string;
  name: string;
}[];
const rows = parsePrioritiesCsv(
  readFileSync(new URL('../../../../test/fixtures/trans-s3-priorities.csv', import.meta.url), 'utf8'),
  {
    nace: new Set(NACE.map((n) => n.code)),
    nabs: new Set(NABS_CHAPTERS.map((c) => c.code)),
    objectives: new Set(POLICY_OBJECTIVES.map((o) => o.code)),
    techFields: new Set(Array.from({ length: 35 }, (_, i) => i + 1)),
  },
);
const labels = { nace: new Map(NACE.map((n) => [n.code, n.name])) };

const EXPECTED = {
  food: ['DK03:S3', 'EE:EE3', 'LT:LT1', 'LV:LV1', 'PL84:P1'],
  ict: ['DE60:H3', 'EE:EE1', 'FI1C4:K3', 'LT:LT3', 'LV:LV3'],
  maritime: ['DE60:H1', 'FI1C4:K1', 'LV:LV5'],
  health: ['DE60:H2', 'DK03:S2', 'EE:EE2', 'LT:LT2', 'LV:LV2', 'PL84:P2', 'SE22:M1'],
  energy: ['DE60:H5', 'DK03:S1', 'LT:LT4', 'LV:LV4', 'SE22:M2'],
};
const FORESTRY = ['FI1C4:K2', 'SE22:M3'];
const LONERS = ['DE60:H4', 'PL84:P3', 'PL84:P4', 'SE22:M4'];

const domainOf = (result: CommonDomainsResult, id: string) =>
  result.domains.find((d) => d.priorityIds.includes(id));

function expectWellFormed(result: CommonDomainsResult, minRegions: number, input: readonly Priority[]) {
  const assigned = result.domains.flatMap((d) => d.priorityIds);
  expect(new Set(assigned).size).toBe(assigned.length); // nobody in two domains
  expect([...assigned, ...result.unassigned].sort()).toEqual(input.map((p) => p.id).sort());
  expect(result.domains.map((d) => d.id)).toEqual(result.domains.map((_, i) => `D${i + 1}`));
  const strengths = result.domains.map((d) => d.strength);
  expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  const regionOf = new Map(input.map((p) => [p.id, p.region]));
  for (const domain of result.domains) {
    expect(domain.regions.length).toBeGreaterThanOrEqual(minRegions);
    expect(domain.regions).toEqual([...new Set(domain.priorityIds.map((id) => regionOf.get(id)))].sort());
    for (const code of domain.codes) expect(code.regions.length).toBeGreaterThanOrEqual(2);
    expect(domain.codes.map((c) => c.regions.length)).toEqual(
      domain.codes.map((c) => c.regions.length).sort((a, b) => b - a),
    );
    for (const term of domain.terms) expect(term.regions.length).toBeGreaterThanOrEqual(2);
    for (const link of domain.links) {
      expect(regionOf.get(link.a)).not.toBe(regionOf.get(link.b));
      expect(link.similarity).toBeGreaterThanOrEqual(result.parameters.minSimilarity - 0.0005);
    }
  }
}

describe('findCommonDomains on the fixture', () => {
  const result = findCommonDomains(rows, { minRegions: 3, labels });

  it('finds the designed domains, each exactly', () => {
    expectWellFormed(result, 3, rows);
    for (const members of Object.values(EXPECTED))
      expect(domainOf(result, members[0] ?? '')?.priorityIds).toEqual(members);
    expect(result.domains).toHaveLength(5);
  });

  it('leaves the priorities no other region shares unassigned, and the two-region forestry pair at K=3', () => {
    expect(result.unassigned).toEqual([...FORESTRY, ...LONERS].sort());
  });

  it('labels a domain after its dominant code and top terms', () => {
    expect(domainOf(result, 'PL84:P1')?.label).toBe(
      'Manufacture of food products (C10) — dairy, processing, functional',
    );
    expect(domainOf(result, 'PL84:P2')?.label).toMatch(/^Human health activities \(Q86\) — /);
    expect(domainOf(result, 'LV:LV5')?.label).toMatch(/\((H50|H52)\) — .*logistics/);
    const food = domainOf(result, 'PL84:P1');
    expect(food?.codes.slice(0, 5).map((c) => `${c.scheme}:${c.code}`)).toEqual(
      expect.arrayContaining(['nace:C10', 'nace:A01', 'nabs:08', 'tech:18']),
    );
    expect(food?.codes.find((c) => c.code === 'C10')).toMatchObject({
      name: 'Manufacture of food products',
      regions: ['DK03', 'EE', 'LT', 'LV', 'PL84'],
      priorities: 5,
    });
    expect(food?.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['dairy', 'food']));
  });

  it('orders domains strongest first: the seven-region health domain leads', () => {
    expect(result.domains[0]?.priorityIds).toEqual(EXPECTED.health);
  });

  it('explains each domain by its links', () => {
    const maritime = domainOf(result, 'LV:LV5');
    expect(maritime?.links).toHaveLength(3);
    expect(maritime?.links[0]?.why).toEqual(expect.arrayContaining(['nace:H50', 'nace:H52', 'nabs:04']));
  });

  it('filters by the number of regions', () => {
    const two = findCommonDomains(rows, { minRegions: 2, labels });
    expectWellFormed(two, 2, rows);
    expect(domainOf(two, 'FI1C4:K2')?.priorityIds).toEqual(FORESTRY);
    // A02 and C16 both span the two regions; C16's name says "wood", a top term. Its name is cut at ";".
    expect(domainOf(two, 'FI1C4:K2')?.label).toBe(
      'Manufacture of wood and of products of wood and cork, except furniture (C16) — forest, bioeconomy, biomass',
    );
    expect(two.unassigned).toEqual(LONERS);
    const six = findCommonDomains(rows, { minRegions: 6, labels });
    expectWellFormed(six, 6, rows);
    expect(six.domains.map((d) => d.priorityIds)).toEqual([EXPECTED.health]);
  });

  it('describes hand-picked priorities as it describes a found domain', () => {
    const found = domainOf(result, 'PL84:P1');
    const members = rows.filter((r) => found?.priorityIds.includes(r.id)).reverse();
    const { id: _id, ...expected } = found ?? { id: '' };
    expect(describeDomain(members, rows, { labels })).toEqual(expected);
    // A hand-made mix: food plus forestry, two of whose pairs are below the threshold.
    const mixed = describeDomain(
      rows.filter((r) => ['PL84:P1', 'LV:LV1', 'FI1C4:K2'].includes(r.id)),
      rows,
      { labels },
    );
    expect(mixed.priorityIds).toEqual(['FI1C4:K2', 'LV:LV1', 'PL84:P1']);
    expect(mixed.links.map((l) => [l.a, l.b])).toEqual([['LV:LV1', 'PL84:P1']]);
    expect(mixed.strength).toBeLessThan((found?.strength ?? 0) * (3 / 5));
  });

  it('gives the same result whatever the order of the input', () => {
    const reversed = findCommonDomains([...rows].reverse(), { minRegions: 3, labels });
    let seed = 7;
    const shuffled = [...rows].sort(() => ((seed = (seed * 16807) % 2147483647) % 3) - 1);
    expect(reversed).toEqual(result);
    expect(findCommonDomains(shuffled, { minRegions: 3, labels })).toEqual(result);
  });
});

describe('findCommonDomains rules', () => {
  const priority = (id: string, region: string, overrides: Partial<Priority> = {}): Priority => ({
    id,
    region,
    code: id,
    title: 'Dairy processing',
    description: 'Milk and cheese',
    nace: ['C10.51'],
    nabs: ['08'],
    objectives: [],
    techFields: [18],
    ...overrides,
  });

  it("does not count a region's own priorities as shared interest", () => {
    const result = findCommonDomains([priority('a', 'PL84'), priority('b', 'PL84')], { minRegions: 2 });
    expect(result.domains).toEqual([]);
    expect(result.unassigned).toEqual(['a', 'b']);
  });

  it('keeps the deeper NACE code when it is shared by the same regions, and falls back to codes without names', () => {
    const result = findCommonDomains(
      [
        priority('a', 'PL84'),
        priority('b', 'LT', { nace: ['C10.51', 'C10.1'] }),
        priority('c', 'LV', { nace: ['C10.1'], title: 'Meat processing', description: 'Meat products' }),
      ],
      { minRegions: 2 },
    );
    const [domain] = result.domains;
    expect(domain?.priorityIds).toEqual(['b', 'c', 'a']); // region, then code order
    // C10.5 and C10.51 span PL84 and LT: only C10.51 stays; C10 spans all three; ties: deeper first.
    expect(domain?.codes.filter((c) => c.scheme === 'nace').map((c) => c.code)).toEqual([
      'C10',
      'C10.51',
      'C10.1',
    ]);
    expect(domain?.label).toMatch(/^NACE C10 — /);
  });

  it('validates its options', () => {
    expect(() => findCommonDomains([], { minRegions: 1 })).toThrow(RangeError);
    expect(() => findCommonDomains([], { minRegions: 2.5 })).toThrow(RangeError);
    expect(() => findCommonDomains([], { minRegions: 2, codeWeight: 2 })).toThrow(RangeError);
    expect(findCommonDomains([], { minRegions: 2 })).toMatchObject({ domains: [], unassigned: [] });
  });
});
