import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.ts';
import { matrixFromRows, readCsv } from './fixtures/read-fixtures.ts';
import { MetricsError } from './metrics-error.ts';
import { type OpportunityInput, opportunities } from './opportunities.ts';

// One region, six activities, by hand:
//   A specialised (density .9, PCI 1); B .8/1.5; C .6/−.5; D .2/2; E .1/−1; F missing density.
// Candidates B–E: median density (.6 + .2)/2 = .4; PCI threshold 0. So B best bet, C safe bet,
// D long shot, E least attractive.
// Scores: density mean .425, deviations (.375, .175, −.225, −.325), population variance
// .3275/4; PCI mean .5, deviations (1, −1, 1.5, −1.5), variance 6.5/4.
// B = .375/sdD + 1/sdP ≈ 2.095, D ≈ .390, C ≈ −.173, E ≈ −2.313.
const HAND: OpportunityInput = {
  regions: ['R1'],
  activities: ['A', 'B', 'C', 'D', 'E', 'F'],
  m: Uint8Array.of(1, 0, 0, 0, 0, 0),
  density: Float64Array.of(0.9, 0.8, 0.6, 0.2, 0.1, Number.NaN),
  pci: Float64Array.of(1, 1.5, -0.5, 2, -1, 0.3),
};
const SD_DENSITY = Math.sqrt(0.3275 / 4);
const SD_PCI = Math.sqrt(6.5 / 4);

describe('opportunities (Balland et al. 2019), by hand', () => {
  const map = opportunities(HAND, 0);

  it('places every activity the region lacks in a quadrant', () => {
    expect(map.densityThreshold).toBeCloseTo(0.4, 15);
    expect(map.pciThreshold).toBe(0);
    expect(map.items.map((item) => [item.activity, item.quadrant])).toEqual([
      ['B', 'best_bet'],
      ['D', 'long_shot'],
      ['C', 'safe_bet'],
      ['E', 'least_attractive'],
    ]);
    expect(map.skipped).toEqual(['F']);
  });

  it('ranks by z(density) + z(PCI)', () => {
    expect(map.items.map((item) => item.rank)).toEqual([1, 2, 3, 4]);
    const expected = [
      0.375 / SD_DENSITY + 1 / SD_PCI,
      -0.225 / SD_DENSITY + 1.5 / SD_PCI,
      0.175 / SD_DENSITY - 1 / SD_PCI,
    ];
    map.items.slice(0, 3).forEach((item, i) => expect(item.score).toBeCloseTo(expected[i] ?? 0, 12));
  });

  it('adds the specialisations, unranked, when asked', () => {
    const all = opportunities(HAND, 0, { includeSpecialised: true });
    const last = all.items.at(-1);
    expect(last).toMatchObject({ activity: 'A', isSpecialised: true, rank: null, quadrant: 'best_bet' });
    expect(all.densityThreshold).toBeCloseTo(0.4, 15); // thresholds still from the candidates
  });

  it('takes explicit thresholds', () => {
    const strict = opportunities(HAND, 0, { densityThreshold: 0.7, pciThreshold: 1.8 });
    expect(strict.items.map((item) => [item.activity, item.quadrant])).toEqual([
      ['B', 'safe_bet'],
      ['D', 'long_shot'],
      ['C', 'least_attractive'],
      ['E', 'least_attractive'],
    ]);
  });

  it('breaks ties by higher density, then by activity order', () => {
    // X and Y mirror each other: z-scores (1, −1) and (−1, 1), both scores 0; Z equals Y.
    const tie: OpportunityInput = {
      regions: ['R1'],
      activities: ['Y', 'X', 'Z'],
      m: new Uint8Array(3),
      density: Float64Array.of(0.2, 0.8, 0.2),
      pci: Float64Array.of(1, -1, 1),
    };
    expect(opportunities(tie, 0).items.map((item) => item.activity)).toEqual(['X', 'Y', 'Z']);
  });

  it('rejects an unknown region', () => {
    expect(() => opportunities(HAND, 3)).toThrow(MetricsError);
  });
});

describe('opportunities on the Stata trade data (aut, 1995)', () => {
  const rows = readCsv('trade_data_sample.csv').filter((row) => row.year === '1995');
  const result = computeMetrics(
    matrixFromRows(rows, { region: 'origin', activity: 'hs92', value: 'export_val' }),
  );
  const aut = result.regions.indexOf('aut');
  const map = opportunities(result, aut);

  it('lists each product Austria is not specialised in, once, ranked 1..n', () => {
    expect(map.items).toHaveLength(30 - (result.diversity[aut] ?? 0));
    expect(map.items.map((item) => item.rank)).toEqual(map.items.map((_, i) => i + 1));
    expect(map.items.every((item) => result.m[aut * 30 + item.activityIndex] === 0)).toBe(true);
  });

  it('labels quadrants consistently with the thresholds', () => {
    for (const item of map.items) {
      const isRelated = item.density >= map.densityThreshold;
      const isComplex = item.pci >= map.pciThreshold;
      const expected = isRelated
        ? isComplex
          ? 'best_bet'
          : 'safe_bet'
        : isComplex
          ? 'long_shot'
          : 'least_attractive';
      expect(item.quadrant).toBe(expected);
    }
    const scores = map.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
