import { describe, expect, it } from 'vitest';
import { extractSeries } from './extract-series.ts';
import { UNDATED_YEAR } from './import-types.ts';
import { previewDataset } from './preview-dataset.ts';
import { cellOf } from './testing/series-cells.ts';

describe('tidy CSV', () => {
  it.each([
    ['comma', 'region,activity,year,value\nPL84,C26,2015,459\nPL84,J62,2015,1760\n'],
    ['semicolon', 'region;activity;year;value\nPL84;C26;2015;459\nPL84;J62;2015;1760\n'],
    ['tab', 'region\tactivity\tyear\tvalue\nPL84\tC26\t2015\t459\nPL84\tJ62\t2015\t1760\n'],
    [
      'quoted, CRLF, BOM',
      '\uFEFF"region","activity","year","value"\r\n"PL84","C26","2015","459"\r\n"PL84","J62",2015,1760\r\n',
    ],
  ])('reads the %s variant', (_name, text) => {
    const series = extractSeries(text);
    expect(series.format).toBe('tidy-csv');
    expect(series.regions).toEqual(['PL84']);
    expect(series.activities).toEqual(['C26', 'J62']);
    expect(cellOf(series, 'PL84', 'J62', 2015)?.value).toBe(1760);
  });

  it('reads flags and unit columns, quoted fields with commas, and missing values', () => {
    const text = [
      'region,activity,year,value,flags,unit',
      'PL84,C26,2015,459,,NR',
      'PL84,"C, other",2015,12,p,NR',
      'PL84,J62,2015,,c,NR',
      'PL84,M72,2015,:,,NR',
      'PL84,M71,2015,NA,,NR',
    ].join('\n');
    const series = extractSeries(text);
    expect(series.unit).toBe('NR');
    expect(series.activities).toEqual(['C, other', 'C26', 'J62', 'M71', 'M72']);
    expect(cellOf(series, 'PL84', 'C, other', 2015)).toEqual({ value: 12, flags: 'p' });
    expect(cellOf(series, 'PL84', 'J62', 2015)).toEqual({ value: Number.NaN, flags: 'c' });
    expect(series.missing).toEqual({ notAvailable: 2, confidential: 1 });
  });

  it('gives undated rows options.year, else UNDATED_YEAR', () => {
    const text = 'region,activity,value\nPL84,C26,459\n';
    expect(extractSeries(text).years).toEqual([UNDATED_YEAR]);
    expect(extractSeries(text, {}, { year: 2020 }).years).toEqual([2020]);
  });

  it('treats other columns as extra dimensions to choose from', () => {
    const text =
      'region,activity,year,value,indicator\nPL84,C26,2015,459,EMP\nPL84,C26,2015,39,LOCAL_UNITS\n';
    expect(previewDataset(text).dimensions).toEqual([
      {
        name: 'indicator',
        values: [
          { code: 'EMP', count: 1 },
          { code: 'LOCAL_UNITS', count: 1 },
        ],
      },
    ]);
    expect(() => extractSeries(text)).toThrowError(
      expect.objectContaining({
        code: 'SELECTION_REQUIRED',
        message: 'a dataset holds one measure; indicator: choose one of EMP, LOCAL_UNITS',
      }),
    );
    expect(extractSeries(text, { indicator: 'LOCAL_UNITS' }).values).toEqual(new Float64Array([39]));
  });

  it('reports every bad row with its line number', () => {
    const text = [
      'region,activity,year,value',
      'PL84,C26,2015,459',
      'PL84,C26,2015',
      'PL84,C27,20x5,1',
      ',C28,2015,1',
      'PL84,C29,2015,12,3x',
      'PL84,C30,2015,12.3x',
      'PL84,,2015,1',
      'PL84,C26,2015,460',
    ].join('\n');
    const expected = [
      { line: 3, reason: 'expected 4 fields, found 3' },
      { line: 4, reason: 'year "20x5" is not a number (four digits expected)' },
      { line: 5, reason: 'empty region code (region)' },
      { line: 6, reason: 'expected 4 fields, found 5' },
      { line: 7, reason: 'unparseable value "12.3x"' },
      { line: 8, reason: 'empty activity code (activity)' },
    ];
    expect(previewDataset(text).errors).toEqual(expected);
    expect(extractSeries(text).errors).toEqual([
      ...expected,
      { line: 9, reason: 'duplicate of line 2: PL84, C26, 2015' },
    ]);
  });

  it('counts lines across quoted line breaks', () => {
    const text = 'region,activity,year,value\nPL84,"C26\nsecond line",2015,1\nPL84,C27,2015,x\n';
    expect(previewDataset(text).errors).toEqual([{ line: 4, reason: 'unparseable value "x"' }]);
  });

  it('needs a header with a value column and an activity column', () => {
    expect(() => previewDataset('region,year,value\nPL84,2015,1\n')).toThrowError(
      expect.objectContaining({ code: 'NO_ACTIVITY_DIMENSION' }),
    );
    expect(
      previewDataset('region,sector_code,year,value\nPL84,C,2015,1\n', { activityDimension: 'sector_code' })
        .activityDimension,
    ).toBe('sector_code');
  });
});
