import { describe, expect, it } from 'vitest';
import { extractSeries } from './extract-series.ts';

const FILE = [
  'unit,nace_r2,sex,indic_sb,geo\\time\t2015 \t2014 ',
  'NR,C,T,V16110,PL84\t10 \t9 ',
  'NR,C,T,V11210,PL84\t1 \t1 ',
  'NR,C,F,V16110,PL84\t4 \t4 ',
  'NR,J,T,V16110,PL84\t3 \t: c',
  'PC,C,T,V91290,PL84\t2.5 \t1.5 ',
].join('\n');

describe('extractSeries selection', () => {
  it('lists the choices of every dimension that needs one', () => {
    expect(() => extractSeries(FILE)).toThrowError(
      expect.objectContaining({
        code: 'SELECTION_REQUIRED',
        message:
          'a dataset holds one measure; unit: choose one of NR (Number), PC (Percentage); sex: choose one of T (Total), F (Females); indic_sb: choose one of V16110 (Persons employed), V11210 (Local units), V91290 (Growth rate of employment)',
      }),
    );
    expect(() => extractSeries(FILE, { indic_sb: 'V16110', unit: 'NR' })).toThrowError(
      /^a dataset holds one measure; sex: choose one of T \(Total\), F \(Females\)$/,
    );
  });

  it('extracts the chosen measure and reports its selection and unit', () => {
    const series = extractSeries(FILE, { unit: 'NR', SEX: 'T', indic_sb: 'V16110' });
    expect(series.selection).toEqual({ unit: 'NR', sex: 'T', indic_sb: 'V16110' });
    expect(series.unit).toBe('NR');
    expect(series.activities).toEqual(['C', 'J']);
    expect([...series.values]).toEqual([10, 9, 3, Number.NaN]);
    expect(series.missing).toEqual({ notAvailable: 0, confidential: 1 });
    expect(extractSeries(FILE, { unit: 'PC', sex: 'T', indic_sb: 'V91290' }).unit).toBe('PC');
  });

  it('rejects a selection the file cannot satisfy', () => {
    expect(() => extractSeries(FILE, { unit: 'NR', sex: 'T', indic_sb: 'V99999' })).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_SELECTION_VALUE',
        message: expect.stringContaining('indic_sb: "V99999" is not in the file; choose one of V16110'),
      }),
    );
    expect(() => extractSeries(FILE, { age: 'Y15-24' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_DIMENSION' }),
    );
    expect(() => extractSeries(FILE, { geo: 'PL84' })).toThrowError(
      /"geo" holds the regions and cannot be selected/,
    );
  });

  it('falls back to the unit Eurostat gives for an indicator when there is no unit dimension', () => {
    const sbs = 'nace_r2,indic_sb,geo\\time\t2015 \nC,V13320,PL84\t12.5 \n';
    expect(extractSeries(sbs).unit).toBe('MIO_EUR');
    expect(extractSeries('region,activity,year,value\nPL84,C,2015,1\n').unit).toBeNull();
  });

  it('takes the region and activity dimensions from the options', () => {
    const text = 'area,branch,year,value\nPL84,C,2015,1\n';
    expect(() => extractSeries(text)).toThrowError(expect.objectContaining({ code: 'NO_REGION_DIMENSION' }));
    const series = extractSeries(text, {}, { regionDimension: 'area', activityDimension: 'branch' });
    expect(series.regions).toEqual(['PL84']);
    expect(series.activityDimension).toBe('branch');
  });
});
