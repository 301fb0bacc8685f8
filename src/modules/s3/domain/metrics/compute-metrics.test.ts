import { describe, expect, it } from 'vitest';
import { eigenvectorComplexity, orientScores, standardisationScale, standardise } from './complexity.ts';
import { computeMetrics, type MetricsResult } from './compute-metrics.ts';
import { expectClose } from './fixtures/expect-close.ts';
import { matrixFromRows, readCsv } from './fixtures/read-fixtures.ts';
import { MetricsError } from './metrics-error.ts';
import { connectedComponents, presenceFromMatrix, restrictPresence } from './presence.ts';
import { correlation } from './stats.ts';
import type { ValueMatrix } from './value-matrix.ts';

function matrix(rows: number[][]): ValueMatrix {
  return {
    regions: rows.map((_, r) => `R${r + 1}`),
    activities: (rows[0] ?? []).map((_, a) => `A${a + 1}`),
    values: Float64Array.from(rows.flat()),
  };
}

function codes(result: MetricsResult): string[] {
  return result.notes.map((note) => note.code);
}

// Nested toy by hand. Totals: regions 30, 21, 12; activities 12, 21, 30; grand 63.
// RCA R1 = (10/30)/(12/63), (10/30)/(21/63), (10/30)/(30/63) = 1.75, 1, 0.7;
//     R2 = 0.25, 10/7, 1;  R3 = 0.4375, 0.25, 1.75.
// With threshold 0.5, M is nested: R1 {A1,A2,A3}, R2 {A2,A3}, R3 {A3} — the toy of
// complexity.test.ts, with raw PCI ∝ (4, 1, −2) and raw ECI ∝ (1, −1/2, −2).
const NESTED = matrix([
  [10, 10, 10],
  [1, 10, 10],
  [1, 1, 10],
]);

describe('computeMetrics on the nested toy (atlas, threshold 0.5), by hand', () => {
  const result = computeMetrics(NESTED, { threshold: 0.5 });

  it('RCA, M, diversity and ubiquity', () => {
    expectClose(result.rca, [1.75, 1, 0.7, 0.25, 10 / 7, 1, 0.4375, 0.25, 1.75]);
    expect(Array.from(result.m)).toEqual([1, 1, 1, 0, 1, 1, 0, 0, 1]);
    expect(Array.from(result.diversity)).toEqual([3, 2, 1]);
    expect(Array.from(result.ubiquity)).toEqual([1, 2, 3]);
  });

  it('proximity with a zero diagonal and density', () => {
    // C12 = 1, C13 = 1, C23 = 2 → φ12 = 1/2, φ13 = 1/3, φ23 = 2/3; row totals 5/6, 7/6, 1.
    expectClose(result.proximity, [0, 1 / 2, 1 / 3, 1 / 2, 0, 2 / 3, 1 / 3, 2 / 3, 0]);
    // R2 {A2,A3}: A1 (1/2 + 1/3)/(5/6) = 1, A2 (2/3)/(7/6) = 4/7, A3 (2/3)/1.
    // R3 {A3}: A1 (1/3)/(5/6) = 2/5, A2 (2/3)/(7/6) = 4/7, A3 0.
    expectClose(result.density, [1, 1, 1, 1, 4 / 7, 2 / 3, 2 / 5, 4 / 7, 0]);
  });

  it('ECI and PCI (see complexity.test.ts)', () => {
    expectClose(result.eci, [2 / Math.sqrt(3), 0, -2 / Math.sqrt(3)]);
    expectClose(result.pci, [2 * Math.sqrt(3), 2 / Math.sqrt(3), -2 / Math.sqrt(3)]);
    expect(result.eigenvalue).toBeCloseTo(0.25, 14);
  });

  it('COI', () => {
    // With raw PCI (4, 1, −2): COI_r = Σ_a (1 − M_ra)·density_ra·PCI_a = 0, 1·4, (2/5)·4 + (4/7)·1
    // = 0, 4, 76/35; mean 72/35, deviations (−72, 68, 4)/35, Σ dev² = 9824/1225,
    // atlas sd √(3·(9824/1225)/8) = √(29472/9800).
    const sd = Math.sqrt(29472 / 9800);
    expectClose(result.coi, [-72 / 35 / sd, 68 / 35 / sd, 4 / 35 / sd]);
  });

  it('COG', () => {
    // w_j = PCI_j / Σφ_j = 4/(5/6), 1/(7/6), −2/1 = 24/5, 6/7, −2.
    // R3 lacks A1, A2: COG(R3,A1) = φ12·w2 = (1/2)(6/7) = 3/7; COG(R3,A2) = φ21·w1 = (1/2)(24/5) = 12/5.
    // R2 lacks only A1: COG = φ11·w1 = 0. Divided by the raw-ECI sd 3√3/4; 0 where M = 1.
    const sd = (3 * Math.sqrt(3)) / 4;
    expectClose(result.cog, [0, 0, 0, 0, 0, 0, 3 / 7 / sd, 12 / 5 / sd, 0]);
  });

  it('pyecomplexity convention: population sd over regions and a kept diagonal', () => {
    const py = computeMetrics(NESTED, { threshold: 0.5, convention: 'pyecomplexity' });
    expectClose(py.eci, [Math.sqrt(1.5), 0, -Math.sqrt(1.5)]);
    expectClose(py.pci, [3 * Math.sqrt(1.5), Math.sqrt(1.5), -Math.sqrt(1.5)]);
    // Diagonal 1: φ rows (1, 1/2, 1/3), (1/2, 1, 2/3), (1/3, 2/3, 1); R3 {A3}: A1 (1/3)/(11/6) = 2/11.
    expect(py.proximity[0]).toBe(1);
    expect(py.density[6]).toBeCloseTo(2 / 11, 15);
  });
});

describe('proximity options through computeMetrics (hand example of proximity.test.ts)', () => {
  // RCA ≥ 1 gives R1 {A1,A2}, R2 {A1,A2,A3}, R3 {A2,A3,A4}.
  const HAND = matrix([
    [6, 2, 0, 0],
    [2, 2, 4, 0],
    [0, 4, 4, 8],
  ]);

  it('cosine: density of R1 in A1 is (2/√6)/(2/√6 + 1/2) with the zero diagonal', () => {
    const result = computeMetrics(HAND, { proximity: 'cosine' });
    expect(result.density[0]).toBeCloseTo(2 / Math.sqrt(6) / (2 / Math.sqrt(6) + 1 / 2), 15);
  });

  it('association strength: density of R1 in A4 is φ42/(φ42 + φ43) = 1/(1 + 1.5)', () => {
    const result = computeMetrics(HAND, { proximity: 'association' });
    expect(result.density[3]).toBeCloseTo(0.4, 15);
  });
});

describe('options', () => {
  it.each([
    [{ threshold: 0 }],
    [{ threshold: Number.NaN }],
    [{ reflections: 0 }],
    [{ reflections: 2.5 }],
    [{ convention: 'stata' }],
    [{ proximity: 'jaccard' }],
    [{ method: 'fitness' }],
  ])('rejects %o', (options) => {
    // The cast stands for untyped input arriving from the CLI or the API.
    expect(() => computeMetrics(NESTED, options as object)).toThrow(MetricsError);
  });
});

describe('edge cases', () => {
  const FIXTURE = matrixFromRows(readCsv('pyecomplexity_input.csv'), {
    region: 'region',
    activity: 'activity',
    value: 'value',
  });
  const BASE = computeMetrics(FIXTURE);

  it('signs ECI so that it correlates positively with diversity', () => {
    expect(correlation(BASE.eci, BASE.diversity)).toBeGreaterThan(0);
  });

  it('keeps a region and an activity without data, as null, and changes nothing else', () => {
    const nR = FIXTURE.regions.length;
    const nA = FIXTURE.activities.length;
    const values = new Float64Array((nR + 1) * (nA + 1));
    for (let r = 0; r < nR; r++) values.set(FIXTURE.values.subarray(r * nA, (r + 1) * nA), r * (nA + 1));
    const widened = computeMetrics({
      regions: [...FIXTURE.regions, 'EMPTY'],
      activities: [...FIXTURE.activities, 'NONE'],
      values,
    });
    expect(codes(widened)).toEqual(expect.arrayContaining(['REGION_WITHOUT_DATA', 'ACTIVITY_WITHOUT_DATA']));
    const inner = (array: ArrayLike<number>): number[] =>
      Array.from(
        { length: nR * nA },
        (_, i) => array[Math.floor(i / nA) * (nA + 1) + (i % nA)] ?? Number.NaN,
      );
    for (const key of ['rca', 'density', 'cog'] as const)
      expectClose(inner(widened[key]), BASE[key], 1e-12, 1e-13);
    for (const key of ['eci', 'coi', 'diversity', 'krugman'] as const) {
      expectClose(widened[key].subarray(0, nR), BASE[key], 1e-12, 1e-13);
      expect(widened[key][nR]).toBeNaN();
    }
    expectClose(widened.pci.subarray(0, nA), BASE.pci, 1e-12, 1e-13);
    expect(
      [widened.pci[nA], widened.ubiquity[nA], widened.rca[nA], widened.density[nR * (nA + 1)]].every(
        Number.isNaN,
      ),
    ).toBe(true);
  });

  it('treats a missing value as 0 for everything but the cell itself', () => {
    const cell = 5 * FIXTURE.activities.length + 9;
    const withZero = {
      ...FIXTURE,
      values: Float64Array.from(FIXTURE.values, (v, i) => (i === cell ? 0 : v)),
    };
    const withMissing = {
      ...FIXTURE,
      values: Float64Array.from(FIXTURE.values, (v, i) => (i === cell ? Number.NaN : v)),
    };
    const zero = computeMetrics(withZero);
    const missing = computeMetrics(withMissing);
    expect(missing.isMissing[cell]).toBe(1);
    expect(missing.m[cell]).toBe(0);
    expect([missing.rca[cell], missing.density[cell], missing.cog[cell]].every(Number.isNaN)).toBe(true);
    const others = (array: Float64Array): number[] => Array.from(array).filter((_, i) => i !== cell);
    for (const key of ['rca', 'density', 'cog'] as const)
      expectClose(others(missing[key]), others(zero[key]), 1e-13, 1e-14);
    for (const key of ['eci', 'pci', 'coi', 'diversity', 'ubiquity'] as const)
      expectClose(missing[key], zero[key], 1e-13, 1e-14);
    expect(codes(missing)).toContain('MISSING_VALUES');
  });

  it('a single region: RCA 1, M 1, complexity undefined', () => {
    const result = computeMetrics(matrix([[1, 2, 3]]));
    expectClose(result.rca, [1, 1, 1]);
    expect(Array.from(result.m)).toEqual([1, 1, 1]);
    expect(Array.from(result.diversity)).toEqual([3]);
    expect(result.eci[0]).toBeNaN();
    expect(Array.from(result.cog).every(Number.isNaN)).toBe(true);
    expectClose(result.density, [1, 1, 1]); // every other activity is present and fully related
    expect(codes(result)).toContain('COMPLEXITY_UNDEFINED');
  });

  it('a single activity: RCA 1, complexity undefined, density undefined without a diagonal', () => {
    const result = computeMetrics(matrix([[4], [2], [7]]));
    expectClose(result.rca, [1, 1, 1]);
    expect(Array.from(result.ubiquity)).toEqual([3]);
    expect(Array.from(result.pci).every(Number.isNaN)).toBe(true);
    expect(Array.from(result.density).every(Number.isNaN)).toBe(true);
    expect(codes(result)).toContain('COMPLEXITY_UNDEFINED');
    expectClose(computeMetrics(matrix([[4], [2], [7]]), { convention: 'pyecomplexity' }).density, [1, 1, 1]);
  });

  it('two regions with the same specialisations: no spread, complexity undefined', () => {
    const result = computeMetrics(
      matrix([
        [2, 1, 1],
        [2, 1, 1],
      ]),
    );
    expect(Array.from(result.eci).every(Number.isNaN)).toBe(true);
    expect(codes(result)).toContain('COMPLEXITY_UNDEFINED');
  });

  it.each([
    [
      'all zero',
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      'all missing',
      [
        [Number.NaN, Number.NaN],
        [Number.NaN, Number.NaN],
      ],
    ],
  ])('%s: a clear error', (_, rows) => {
    expect(() => computeMetrics(matrix(rows))).toThrow(expect.objectContaining({ code: 'NO_DATA' }));
  });

  it.each([
    ['EMPTY_MATRIX', { regions: [], activities: ['A'], values: new Float64Array(0) }],
    ['SHAPE_MISMATCH', { regions: ['R'], activities: ['A', 'B'], values: new Float64Array(3) }],
    ['DUPLICATE_LABEL', { regions: ['R', 'R'], activities: ['A'], values: new Float64Array(2) }],
    ['INVALID_VALUE', { regions: ['R'], activities: ['A', 'B'], values: Float64Array.of(1, -1) }],
    ['INVALID_VALUE', { regions: ['R'], activities: ['A', 'B'], values: Float64Array.of(1, Infinity) }],
  ])('rejects bad input: %s', (code, input) => {
    expect(() => computeMetrics(input)).toThrow(expect.objectContaining({ code }));
  });

  it('a disconnected activity space: complexity on the largest part, as if it were alone', () => {
    // Block 1 (R1–R4 × A1–A4) and block 2 (R5, R6 × A5, A6) share no region or activity.
    const rows = [
      [9, 5, 1, 1, 0, 0],
      [6, 8, 3, 0, 0, 0],
      [1, 6, 9, 2, 0, 0],
      [2, 1, 7, 9, 0, 0],
      [0, 0, 0, 0, 5, 1],
      [0, 0, 0, 0, 1, 5],
    ];
    const result = computeMetrics(matrix(rows));
    expect(codes(result)).toContain('DISCONNECTED_ACTIVITY_SPACE');
    expect(Array.from(result.inComplexity.regions)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(Array.from(result.inComplexity.activities)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(
      [result.eci[4], result.eci[5], result.pci[4], result.coi[5], result.cog[4 * 6 + 4]].every(Number.isNaN),
    ).toBe(true);
    expect(Array.from(result.density).every(Number.isFinite)).toBe(true);
    // Same ECI/PCI as the eigenvector computation on block 1's M alone.
    const presence = presenceFromMatrix(result.m, 6, 6);
    const largest = connectedComponents(presence);
    const block = restrictPresence(presence, largest.largestRegions, largest.largestActivities).presence;
    const raw = eigenvectorComplexity(block);
    orientScores(raw, block);
    const scale = standardisationScale(raw.eci, 'atlas', 4);
    expectClose(result.eci.subarray(0, 4), standardise(raw.eci, scale), 1e-12, 1e-13);
    expectClose(result.pci.subarray(0, 4), standardise(raw.pci, scale), 1e-12, 1e-13);
  });
});
