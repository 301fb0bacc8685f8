import { describe, expect, it } from 'vitest';
import { extractSeries } from './extract-series.ts';
import { previewDataset } from './preview-dataset.ts';
import { cellOf } from './testing/series-cells.ts';
import { hasSharedData, readSharedText, skipMessage } from './testing/shared-data.ts';

const LFS_SAMPLE = [
  'unit,nace_r2,age,geo\\time\t2015 \t2014 \t2013 ',
  'THS,A,Y15-24,AT\t14.3 \t16.8 \t13.8 ',
  'THS,A,Y15-24,AT1\t5.2 u\t5.2 u\t4.0 bu',
  'THS,A,Y15-24,AT13\t: u\t: c\t: bc',
  'THS,A,Y25-64,AT\t100.5 \t101.0 \t99.9 ',
  'THS,C,Y15-24,AT\t30.0 \t: \t29.1 p',
].join('\n');

describe('Eurostat TSV', () => {
  it('previews dimensions, years and row counts', () => {
    const preview = previewDataset(LFS_SAMPLE);
    expect(preview).toMatchObject({
      format: 'eurostat-tsv',
      activityDimension: 'nace_r2',
      regionDimension: 'geo',
      years: [2013, 2014, 2015],
      rowCount: 5,
      errors: [],
      errorCount: 0,
      regionCount: 3,
      activityCount: 2,
      observationCount: 15,
    });
    expect(preview.dimensions).toEqual([
      { name: 'unit', values: [{ code: 'THS', count: 5 }] },
      {
        name: 'age',
        values: [
          { code: 'Y15-24', count: 4 },
          { code: 'Y25-64', count: 1 },
        ],
      },
    ]);
  });

  it('extracts one measure with flags, missing values by kind and the unit', () => {
    const series = extractSeries(LFS_SAMPLE, { age: 'Y15-24' });
    expect(series.regions).toEqual(['AT', 'AT1', 'AT13']);
    expect(series.activities).toEqual(['A', 'C']);
    expect(series.years).toEqual([2013, 2014, 2015]);
    expect(series.values.length).toBe(12);
    expect(series.unit).toBe('THS');
    expect(series.selection).toEqual({ unit: 'THS', age: 'Y15-24' });
    expect(cellOf(series, 'AT', 'A', 2015)).toEqual({ value: 14.3, flags: '' });
    expect(cellOf(series, 'AT1', 'A', 2013)).toEqual({ value: 4, flags: 'bu' });
    expect(cellOf(series, 'AT13', 'A', 2014)).toEqual({ value: Number.NaN, flags: 'c' });
    expect(cellOf(series, 'AT', 'C', 2014)).toEqual({ value: Number.NaN, flags: '' });
    expect(cellOf(series, 'AT', 'C', 2013)).toEqual({ value: 29.1, flags: 'p' });
    // AT13: ': u' is not available, ': c' and ': bc' are confidential; AT/C/2014 ':' not available.
    expect(series.missing).toEqual({ notAvailable: 2, confidential: 2 });
  });

  it('reports every bad row with its line number and goes on', () => {
    const text = [
      'nace_r2,indic_sb,geo\\time\t2015 \t2014 ',
      'C,V16110,PL34\t10 \t11 ',
      'C,V16110,PL11\t12 ',
      'C,V16110\t1 \t2 ',
      'C,V16110,\t1 \t2 ',
      'C,V16110,PL12\t12,3x\t5 ',
      ',V16110,PL21\t1 \t2 ',
      '',
      'C,V16110,PL22\t7 \t8 u',
      'C,V16110,PL34\t9 \t9 ',
    ].join('\r\n');
    const expected = [
      { line: 3, reason: 'expected 3 tab-separated columns, found 2' },
      { line: 4, reason: 'expected 3 codes (nace_r2,indic_sb,geo) in the first column, found 2' },
      { line: 5, reason: 'empty region code (geo)' },
      { line: 6, reason: '2015: unparseable value "12,3x"' },
      { line: 7, reason: 'empty activity code (nace_r2)' },
    ];
    expect(previewDataset(text).errors).toEqual(expected);
    const series = extractSeries(text);
    expect(series.errors).toEqual([
      ...expected,
      { line: 10, reason: 'duplicate of line 2: PL34, C, 2015' },
      { line: 10, reason: 'duplicate of line 2: PL34, C, 2014' },
    ]);
    expect(series.errorCount).toBe(7);
    // The good cells are all there; the duplicate keeps the first line's values.
    expect(cellOf(series, 'PL34', 'C', 2015)?.value).toBe(10);
    expect(cellOf(series, 'PL12', 'C', 2014)?.value).toBe(5);
    expect(cellOf(series, 'PL22', 'C', 2014)).toEqual({ value: 8, flags: 'u' });
  });

  it('accepts the newer geo\\TIME_PERIOD header and values without trailing spaces', () => {
    const series = extractSeries('freq,nace_r2,geo\\TIME_PERIOD\t2016\t2015\nA,C,SE11\t1.5\t: c\n');
    expect(series.years).toEqual([2015, 2016]);
    expect(cellOf(series, 'SE11', 'C', 2016)?.value).toBe(1.5);
    expect(series.missing).toEqual({ notAvailable: 0, confidential: 1 });
  });

  it.each(['2015Q1', '2015-Q1', '2015M01'])('rejects the non-annual period %s', (period) => {
    const text = `nace_r2,geo\\time\t${period} \nC,PL34\t1 \n`;
    expect(() => previewDataset(text)).toThrowError(expect.objectContaining({ code: 'UNSUPPORTED_PERIOD' }));
    expect(() => previewDataset(text)).toThrowError(
      new RegExp(`only annual data can be imported; the file has the period "${period}"`),
    );
  });

  it('caps the error list and counts every error', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `C,R${i}\tx `);
    const preview = previewDataset(['nace_r2,geo\\time\t2015 ', ...rows].join('\n'));
    expect(preview.errors).toHaveLength(1000);
    expect(preview.errorCount).toBe(1500);
    expect(preview.errors[999]).toEqual({ line: 1001, reason: '2015: unparseable value "x"' });
  });
});

describe.skipIf(!hasSharedData)('Eurostat TSV — the real files in shared/data', () => {
  if (!hasSharedData) console.warn(skipMessage);

  it('previews lfst_r_lfe2en2.tsv (LFS employment by age and NACE A*10)', () => {
    const preview = previewDataset(readSharedText('lfst_r_lfe2en2.tsv'));
    expect(preview.rowCount).toBe(28_065);
    expect(preview.observationCount).toBe(28_065 * 8);
    expect(preview.errorCount).toBe(0);
    expect(preview.years).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    expect(preview.activityDimension).toBe('nace_r2');
    expect(preview.activityCount).toBe(12);
    expect(preview.regionCount).toBe(491);
    expect(preview.dimensions.map((dimension) => dimension.name)).toEqual(['unit', 'age']);
    expect(preview.dimensions[0]?.values).toEqual([{ code: 'THS', count: 28_065 }]);
    expect(preview.dimensions[1]?.values.map((value) => value.code).sort()).toEqual([
      'Y15-24',
      'Y15-64',
      'Y25-64',
      'Y65-74',
      'Y_GE15',
    ]);
  });

  it('extracts lfst_r_lfe2en2.tsv for one age group, with known cells and missing counts', () => {
    const text = readSharedText('lfst_r_lfe2en2.tsv');
    expect(() => extractSeries(text)).toThrowError(/age: choose one of Y15-24 \(From 15 to 24 years\)/);
    const series = extractSeries(text, { age: 'Y15-24' });
    expect(series.unit).toBe('THS');
    expect(cellOf(series, 'AT', 'A', 2015)).toEqual({ value: 14.3, flags: '' });
    expect(cellOf(series, 'AT1', 'A', 2008)).toEqual({ value: 4, flags: 'bu' });
    expect(cellOf(series, 'AT13', 'A', 2010)).toEqual({ value: Number.NaN, flags: 'c' });
    const total = extractSeries(text, { age: 'Y_GE15' });
    expect(cellOf(total, 'PL34', 'TOTAL', 2015)?.value).toBe(482.4);
    expect(cellOf(total, 'PL34', 'TOTAL', 2010)).toEqual({ value: 473.4, flags: 'b' });
    // Counted independently with a line-by-line script: 5,684 rows × 8 years.
    expect(total.values.length).toBe(45_472);
    expect(total.missing).toEqual({ notAvailable: 5_121, confidential: 204 });
  });

  it('parses sbs_r_nuts06_r2.tsv.gz (SBS by NUTS 2 and NACE Rev. 2) as it is', () => {
    const text = readSharedText('sbs_r_nuts06_r2.tsv.gz');
    const preview = previewDataset(text);
    expect(preview.rowCount).toBe(195_227);
    expect(preview.errorCount).toBe(0);
    expect(preview.regionCount).toBe(467);
    expect(preview.activityCount).toBe(101);
    expect(preview.dimensions).toEqual([
      {
        name: 'indic_sb',
        values: [
          { code: 'V11210', count: 46_318 },
          { code: 'V13320', count: 46_430 },
          { code: 'V16110', count: 46_430 },
          { code: 'V91290', count: 44_494 },
          { code: 'V94310', count: 11_555 },
        ],
      },
    ]);
    expect(() => extractSeries(text)).toThrowError(
      expect.objectContaining({
        code: 'SELECTION_REQUIRED',
        message: expect.stringMatching(
          /indic_sb: choose one of V11210 \(Local units\), .*V16110 \(Persons employed\)/,
        ),
      }),
    );

    const employment = extractSeries(text, { indic_sb: 'V16110' });
    expect(employment.values.length).toBe(46_430 * 8);
    expect(employment.missing).toEqual({ notAvailable: 69_315, confidential: 26_396 });
    expect(employment.unit).toBe('NR');
    expect(cellOf(employment, 'PL34', 'C26', 2015)?.value).toBe(459);
    expect(cellOf(employment, 'DE41', 'C', 2008)).toEqual({ value: 35_680, flags: 'i' });
    expect(cellOf(employment, 'DE41', 'C', 2009)).toEqual({ value: Number.NaN, flags: 'ci' });
    expect(cellOf(employment, 'FI1B', 'J62', 2013)).toEqual({ value: 27_754, flags: 'b' });
  });
});
