import { describe, expect, it } from 'vitest';
import { bestDefaultYear, buildMatrix, defaultActivityLevel, isActivityAtLevel, naceLevel } from './dataset-matrix.ts';

const series = [
  { region: 'PL84', activity: 'C', values: [10, 12, null] },
  { region: 'PL84', activity: 'C10', values: [4, 6, null] },
  { region: 'PL84', activity: 'C16', values: [6, 6, 7] },
  { region: 'LV00', activity: 'C10', values: [1, null, null] },
  { region: 'LV00', activity: 'C16', values: [2, 3, null] },
  { region: 'LV00', activity: 'TOTAL', values: [30, 31, 32] },
];
const years = [2013, 2014, 2015];

describe('dataset matrix', () => {
  it('knows NACE levels and leaves totals out', () => {
    expect(['C', 'C10', 'C10.5', 'C10.51', 'B-E'].map(naceLevel)).toEqual([1, 2, 3, 4, 0]);
    expect(isActivityAtLevel('TOTAL', 'all')).toBe(false);
    expect(isActivityAtLevel('B-E', 'all')).toBe(true);
  });

  it('uses divisions when a file mixes a section with its divisions, else every code', () => {
    expect(defaultActivityLevel(series.map((s) => s.activity))).toBe('division');
    expect(defaultActivityLevel(['A', 'B-E', 'F', 'TOTAL'])).toBe('all');
  });

  it('defaults to the latest year that has most of the values, not a sparse newest year', () => {
    // Known values per year: 6, 5, 2 → 2015 has under 80 % of 2013's, 2014 has 83 %.
    expect(bestDefaultYear(series, years)).toBe(2014);
  });

  it('builds one year, or the mean of a range over known values, with missing cells as NaN', () => {
    const one = buildMatrix(series, years, { fromYear: 2014, toYear: 2014, activityLevel: 'division' });
    expect(one.regions).toEqual(['LV00', 'PL84']);
    expect(one.activities).toEqual(['C10', 'C16']);
    expect([...one.values]).toEqual([Number.NaN, 3, 6, 6]);
    const range = buildMatrix(series, years, { fromYear: 2013, toYear: 2015, activityLevel: 'division' });
    // LV00 C10: only 2013 is known → 1; PL84 C16: (6 + 6 + 7) / 3.
    expect([...range.values]).toEqual([1, 2.5, 5, 19 / 3]);
  });
});
