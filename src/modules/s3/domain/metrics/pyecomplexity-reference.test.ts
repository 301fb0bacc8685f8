// Reference test of the 'pyecomplexity' convention against an independent numpy
// implementation (fixtures/generate_pyecomplexity_fixture.py; see fixtures/README.md):
// 36 regions × 48 activities, lognormal values with zeros and 3 missing cells.

import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.ts';
import { isClose } from './fixtures/expect-close.ts';
import { matrixFromRows, numberOf, readCsv } from './fixtures/read-fixtures.ts';

const INPUT = matrixFromRows(readCsv('pyecomplexity_input.csv'), {
  region: 'region',
  activity: 'activity',
  value: 'value',
});
const RESULT = computeMetrics(INPUT, { convention: 'pyecomplexity' });
const N = INPUT.activities.length;

function check(pairs: Array<[string, number, number]>): void {
  const mismatches = pairs
    .filter(([, actual, expected]) => !isClose(actual, expected))
    .map(([what, a, e]) => `${what}: ${a} ≠ ${e}`);
  expect(mismatches).toEqual([]);
}

describe('pyecomplexity convention reproduces the independent numpy implementation', () => {
  it('has the size the issue asks for', () => {
    expect(INPUT.regions.length).toBeGreaterThanOrEqual(30);
    expect(INPUT.activities.length).toBeGreaterThanOrEqual(40);
    expect(RESULT.notes.map((note) => note.code)).toEqual(['MISSING_VALUES']);
  });

  it('cells: rca, m, density, cog (empty where the value is missing)', () => {
    const rows = readCsv('pyecomplexity_expected_cells.csv');
    expect(rows).toHaveLength(INPUT.regions.length * N);
    check(
      rows.flatMap((row) => {
        const cell =
          INPUT.regions.indexOf(row.region ?? '') * N + INPUT.activities.indexOf(row.activity ?? '');
        const at = `${row.region}/${row.activity}`;
        return [
          [`${at} rca`, RESULT.rca[cell] ?? Number.NaN, numberOf(row, 'rca')],
          [`${at} m`, RESULT.m[cell] ?? Number.NaN, numberOf(row, 'm')],
          [`${at} density`, RESULT.density[cell] ?? Number.NaN, numberOf(row, 'density')],
          [`${at} cog`, RESULT.cog[cell] ?? Number.NaN, numberOf(row, 'cog')],
        ] satisfies Array<[string, number, number]>;
      }),
    );
  });

  it('regions: diversity, eci, coi, krugman, hachman, hhi, entropy', () => {
    const keys = ['diversity', 'eci', 'coi', 'krugman', 'hachman', 'hhi', 'entropy'] as const;
    check(
      readCsv('pyecomplexity_expected_regions.csv').flatMap((row) => {
        const r = INPUT.regions.indexOf(row.region ?? '');
        return keys.map((key): [string, number, number] => [
          `${row.region} ${key}`,
          RESULT[key][r] ?? Number.NaN,
          numberOf(row, key),
        ]);
      }),
    );
  });

  it('activities: ubiquity, pci', () => {
    check(
      readCsv('pyecomplexity_expected_activities.csv').flatMap((row) => {
        const a = INPUT.activities.indexOf(row.activity ?? '');
        return (['ubiquity', 'pci'] as const).map((key): [string, number, number] => [
          `${row.activity} ${key}`,
          RESULT[key][a] ?? Number.NaN,
          numberOf(row, key),
        ]);
      }),
    );
  });

  it('proximity, diagonal kept at 1', () => {
    const rows = readCsv('pyecomplexity_expected_proximity.csv');
    expect(rows).toHaveLength(N * N);
    check(
      rows.map((row) => {
        const i = INPUT.activities.indexOf(row.activity_1 ?? '');
        const j = INPUT.activities.indexOf(row.activity_2 ?? '');
        return [
          `${row.activity_1}–${row.activity_2}`,
          RESULT.proximity[i * N + j] ?? Number.NaN,
          numberOf(row, 'proximity'),
        ];
      }),
    );
  });
});
