import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSeries } from './extract-series.ts';
import { previewDataset } from './preview-dataset.ts';
import { cellOf } from './testing/series-cells.ts';

const SAMPLE = readFileSync(new URL('./fixtures/sbs-sample.sdmx.csv', import.meta.url), 'utf8');

describe('SDMX-CSV', () => {
  it('previews the Eurostat download (fixtures/sbs-sample.sdmx.csv)', () => {
    const preview = previewDataset(SAMPLE);
    expect(preview).toMatchObject({
      format: 'sdmx-csv',
      activityDimension: 'nace_r2',
      regionDimension: 'geo',
      years: [2008, 2009, 2010, 2013, 2014, 2015],
      rowCount: 30,
      errorCount: 0,
      regionCount: 5,
      activityCount: 2,
    });
    expect(preview.dimensions).toEqual([
      { name: 'freq', values: [{ code: 'A', count: 30 }] },
      {
        name: 'indic_sb',
        values: [
          { code: 'V16110', count: 21 },
          { code: 'V11210', count: 9 },
        ],
      },
    ]);
  });

  it('extracts one indicator with flags and confidential cells', () => {
    expect(() => extractSeries(SAMPLE)).toThrowError(
      /indic_sb: choose one of V16110 \(Persons employed\), V11210 \(Local units\)/,
    );
    const employment = extractSeries(SAMPLE, { indic_sb: 'V16110' });
    expect(employment.values.length).toBe(21);
    expect(cellOf(employment, 'PL34', 'C26', 2015)).toEqual({ value: 459, flags: '' });
    expect(cellOf(employment, 'FI1B', 'J62', 2013)).toEqual({ value: 27_754, flags: 'b' });
    expect(cellOf(employment, 'DE41', 'C26', 2009)).toEqual({ value: 1858, flags: 'i' });
    expect(employment.missing).toEqual({ notAvailable: 2, confidential: 0 });
    expect(employment.unit).toBe('NR');
    const units = extractSeries(SAMPLE, { indic_sb: 'V11210' });
    expect(cellOf(units, 'DE40', 'C26', 2013)).toEqual({ value: Number.NaN, flags: 'c' });
    expect(units.missing).toEqual({ notAvailable: 0, confidential: 1 });
  });

  it('reads CONF_STATUS: anything but F hides the value as confidential', () => {
    const text = [
      'DATAFLOW,LAST UPDATE,freq,unit,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS',
      'ESTAT:SBS_R_NUTS2021(1.0),03/04/24 23:00:00,A,NR,C26,PL84,2021,512,,F',
      'ESTAT:SBS_R_NUTS2021(1.0),03/04/24 23:00:00,A,NR,C26,PL91,2021,,,C',
      'ESTAT:SBS_R_NUTS2021(1.0),03/04/24 23:00:00,A,NR,C26,PL92,2021,77,p,D',
      'ESTAT:SBS_R_NUTS2021(1.0),03/04/24 23:00:00,A,NR,C26,LT01,2021,,,',
    ].join('\n');
    const series = extractSeries(text);
    expect(series.unit).toBe('NR');
    expect(cellOf(series, 'PL84', 'C26', 2021)).toEqual({ value: 512, flags: '' });
    expect(cellOf(series, 'PL91', 'C26', 2021)).toEqual({ value: Number.NaN, flags: 'c' });
    expect(cellOf(series, 'PL92', 'C26', 2021)).toEqual({ value: Number.NaN, flags: 'pc' });
    expect(cellOf(series, 'LT01', 'C26', 2021)).toEqual({ value: Number.NaN, flags: '' });
    expect(series.missing).toEqual({ notAvailable: 1, confidential: 2 });
  });

  it('keeps the codes of the "code: label" variant and drops the labels', () => {
    const text = [
      'STRUCTURE,STRUCTURE_ID,freq: Time frequency,unit: Unit of measure,nace_r2: Statistical classification of economic activities,geo: Geopolitical entity (reporting),TIME_PERIOD: Time,OBS_VALUE: Observation value,OBS_FLAG: Observation status',
      'dataflow,ESTAT:LFST_R_LFE2EN2(1.0),A: Annual,THS_PER: Thousand persons,C: Manufacturing,PL84: Podlaskie,2021,85.1,',
      'dataflow,ESTAT:LFST_R_LFE2EN2(1.0),A: Annual,THS_PER: Thousand persons,"F: Construction, buildings",PL84: Podlaskie,2021,40.2,b: break in time series',
    ].join('\n');
    const series = extractSeries(text);
    expect(series.activities).toEqual(['C', 'F']);
    expect(series.regions).toEqual(['PL84']);
    expect(series.unit).toBe('THS_PER');
    expect(cellOf(series, 'PL84', 'F', 2021)).toEqual({ value: 40.2, flags: 'b' });
  });

  it('reports bad rows with line numbers', () => {
    const text = [
      'DATAFLOW,LAST UPDATE,freq,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
      'ESTAT:X(1.0),01/01/24,A,C,PL84,2015,1,',
      'ESTAT:X(1.0),01/01/24,A,C,PL84,2014',
      'ESTAT:X(1.0),01/01/24,A,C,PL84,20x3,1,',
      'ESTAT:X(1.0),01/01/24,A,C,PL84,2012,12;3,',
      'ESTAT:X(1.0),01/01/24,A,C,PL84,2015,2,',
    ].join('\n');
    expect(extractSeries(text).errors).toEqual([
      { line: 3, reason: 'expected 8 fields, found 6' },
      { line: 4, reason: 'period "20x3" is not a year (only annual data can be imported)' },
      { line: 5, reason: 'unparseable value "12;3"' },
      { line: 6, reason: 'duplicate of line 2: PL84, C, 2015' },
    ]);
  });

  it('rejects quarterly data unless an annual frequency can be selected', () => {
    const quarterly =
      'DATAFLOW,LAST UPDATE,freq,nace_r2,geo,TIME_PERIOD,OBS_VALUE\nESTAT:X(1.0),01/01/24,Q,C,PL84,2015-Q1,1\n';
    expect(() => previewDataset(quarterly)).toThrowError(
      expect.objectContaining({ code: 'UNSUPPORTED_PERIOD', message: expect.stringContaining('2015-Q1') }),
    );
    const mixed = `${quarterly}ESTAT:X(1.0),01/01/24,A,C,PL84,2015,4\n`;
    expect(() => extractSeries(mixed)).toThrowError(/freq: choose one of Q \(Quarterly\), A \(Annual\)/);
    expect(extractSeries(mixed, { freq: 'A' }).values).toEqual(new Float64Array([4]));
  });
});
