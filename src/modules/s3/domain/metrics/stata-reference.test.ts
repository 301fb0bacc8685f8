// Reference test of the 'atlas' convention against the Stata `ecomplexity` package, on real
// trade data of 10 countries × 30 products, 1995–1996 (fixtures/README.md gives the origin
// of every file). Every value must agree to 1e-9 relative (1e-12 absolute near zero).

import { describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsResult } from './compute-metrics.ts';
import { isClose } from './fixtures/expect-close.ts';
import { type CsvRow, matrixFromRows, numberOf, readCsv } from './fixtures/read-fixtures.ts';
import type { ValueMatrix } from './value-matrix.ts';

const TRADE = readCsv('trade_data_sample.csv');
const YEARS = ['1995', '1996'];

/** Stata stored export_val in single precision, so RCA matches only from the rounded values. */
function tradeYear(year: string): ValueMatrix {
  const rows = TRADE.filter((row) => row.year === year);
  return matrixFromRows(rows, { region: 'origin', activity: 'hs92', value: 'export_val' }, Math.fround);
}

type Column = 'rca' | 'M' | 'density' | 'eci' | 'pci' | 'diversity' | 'ubiquity' | 'coi' | 'cog';
const COLUMNS: Column[] = ['rca', 'M', 'density', 'eci', 'pci', 'diversity', 'ubiquity', 'coi', 'cog'];

function ours(result: MetricsResult, column: Column, region: number, activity: number): number {
  const cell = region * result.activities.length + activity;
  switch (column) {
    case 'rca':
      return result.rca[cell] ?? Number.NaN;
    case 'M':
      return result.m[cell] ?? Number.NaN;
    case 'density':
      return result.density[cell] ?? Number.NaN;
    case 'cog':
      return result.cog[cell] ?? Number.NaN;
    case 'eci':
    case 'diversity':
    case 'coi':
      return result[column][region] ?? Number.NaN;
    case 'pci':
    case 'ubiquity':
      return result[column][activity] ?? Number.NaN;
  }
}

/** Compares every non-empty Stata value of `columns`; returns the mismatches and the count compared. */
function compare(stata: CsvRow[], year: string, result: MetricsResult, columns: Column[]) {
  const mismatches: string[] = [];
  let compared = 0;
  for (const row of stata.filter((r) => r.year === year)) {
    const region = result.regions.indexOf(row.origin ?? '');
    const activity = result.activities.indexOf(row.hs92 ?? '');
    expect(region).toBeGreaterThanOrEqual(0);
    expect(activity).toBeGreaterThanOrEqual(0);
    for (const column of columns) {
      const expected = numberOf(row, column);
      if (Number.isNaN(expected)) continue;
      compared++;
      const actual = ours(result, column, region, activity);
      if (!isClose(actual, expected))
        mismatches.push(`${year} ${row.origin} ${row.hs92} ${column}: ${actual} ≠ ${expected}`);
    }
  }
  return { mismatches, compared };
}

describe('atlas convention reproduces Stata ecomplexity', () => {
  const groundTruth = readCsv('stata_ground_truth.csv');

  it.each(YEARS)('default run (RCA ≥ 1), year %s: every value', (year) => {
    const result = computeMetrics(tradeYear(year));
    const { mismatches, compared } = compare(groundTruth, year, result, COLUMNS);
    expect(mismatches).toEqual([]);
    expect(compared).toBe(300 * COLUMNS.length);
    expect(result.notes).toEqual([]);
  });

  it('worked example of PROVENANCE.md (aut, 1704, 1995)', () => {
    const result = computeMetrics(tradeYear('1995'));
    const aut = result.regions.indexOf('aut');
    const product = result.activities.indexOf('1704');
    expect(result.eci[aut]).toBeCloseTo(1.073207217992253, 12);
    expect(result.pci[product]).toBeCloseTo(-1.470491886427003, 12);
    expect(result.density[aut * 30 + product]).toBeCloseTo(0.4625, 12);
  });

  it('single-year file (1995 only)', () => {
    const result = computeMetrics(tradeYear('1995'));
    const { mismatches, compared } = compare(readCsv('stata_single_year_1995.csv'), '1995', result, COLUMNS);
    expect(mismatches).toEqual([]);
    expect(compared).toBe(300 * COLUMNS.length);
  });

  it.each(YEARS.map((year, block) => [year, block]))(
    'proximity matrix (genproximity), year %s',
    (year, block) => {
      // The file has no year column: rows 1–900 are 1995 and 901–1800 are 1996.
      const rows = readCsv('stata_proximity_discrete_sym.csv').slice(block * 900, (block + 1) * 900);
      const result = computeMetrics(tradeYear(year));
      const n = result.activities.length;
      const mismatches = rows.filter((row) => {
        const i = result.activities.indexOf(row.hs92_1 ?? '');
        const j = result.activities.indexOf(row.hs92_2 ?? '');
        return (
          i < 0 || j < 0 || !isClose(result.proximity[i * n + j] ?? Number.NaN, numberOf(row, 'proximity'))
        );
      });
      expect(rows).toHaveLength(900);
      expect(mismatches).toEqual([]);
    },
  );

  describe('RCA threshold 2', () => {
    const stata = readCsv('stata_rca_2.csv');

    it.each(YEARS)('year %s: rca, M, diversity and ubiquity as Stata', (year) => {
      const result = computeMetrics(tradeYear(year), { threshold: 2 });
      const { mismatches, compared } = compare(stata, year, result, COLUMNS);
      expect(mismatches).toEqual([]);
      // Stata leaves density, ECI, PCI, COI and COG empty for the whole year...
      expect(compared).toBe(300 * 4);
    });

    it.each(YEARS)('year %s: ...where we leave out only the regions and products without M = 1', (year) => {
      const result = computeMetrics(tradeYear(year), { threshold: 2 });
      const without = result.notes.find((note) => note.code === 'REGION_WITHOUT_SPECIALISATION');
      expect(without?.regions).toEqual(['deu', 'ita']);
      const notPresent = result.notes.find((note) => note.code === 'ACTIVITY_WITHOUT_SPECIALISATION');
      expect(notPresent?.activities).toHaveLength(year === '1995' ? 19 : 18);
      result.regions.forEach((region, r) => {
        const isLeftOut = region === 'deu' || region === 'ita' || result.inComplexity.regions[r] === 0;
        expect(Number.isNaN(result.eci[r])).toBe(isLeftOut);
      });
      result.ubiquity.forEach((u, a) => {
        if (u === 0) expect(result.pci[a]).toBeNaN();
      });
    });
  });
});

describe('method of reflections on the Stata data', () => {
  function spearman(x: Float64Array, y: Float64Array): number {
    const rank = (v: Float64Array) => {
      const order = Array.from(v, (_, i) => i).sort((a, b) => (v[a] ?? 0) - (v[b] ?? 0));
      const out = new Float64Array(v.length);
      order.forEach((i, k) => (out[i] = k));
      return out;
    };
    const rx = rank(x);
    const ry = rank(y);
    const d2 = rx.reduce((sum, value, i) => sum + (value - (ry[i] ?? 0)) ** 2, 0);
    return 1 - (6 * d2) / (x.length * (x.length * x.length - 1));
  }

  it.each(YEARS)('20 reflections rank regions like the eigenvector method (%s)', (year) => {
    const matrix = tradeYear(year);
    const eigen = computeMetrics(matrix);
    const reflections = computeMetrics(matrix, { method: 'reflections' });
    expect(spearman(reflections.eci, eigen.eci)).toBeGreaterThanOrEqual(0.95);
    expect(reflections.eigenvalue).toBeNull();
  });

  it.each(YEARS)('converge to the eigenvector values with many reflections (%s)', (year) => {
    const matrix = tradeYear(year);
    const eigen = computeMetrics(matrix);
    const reflections = computeMetrics(matrix, { method: 'reflections', reflections: 200 });
    for (const key of ['eci', 'pci', 'coi'] as const) {
      reflections[key].forEach((value, i) =>
        expect(isClose(value, eigen[key][i] ?? 0, 1e-8, 1e-9)).toBe(true),
      );
    }
  });
});
