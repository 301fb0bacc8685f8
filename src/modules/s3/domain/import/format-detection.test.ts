import { describe, expect, it } from 'vitest';
import { detectFormat } from './format-detection.ts';
import { DatasetImportError } from './import-types.ts';

describe('detectFormat', () => {
  it.each([
    ['unit,nace_r2,age,geo\\time\t2015 \t2014 \nTHS,A,Y15-24,AT\t14.3 \t16.8 \n', 'eurostat-tsv'],
    ['nace_r2,indic_sb,geo\\TIME_PERIOD\t2015\t2014\n', 'eurostat-tsv'],
    ['\uFEFFnace_r2,geo\\time\t2015 \n', 'eurostat-tsv'],
    ['DATAFLOW,LAST UPDATE,freq,unit,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n', 'sdmx-csv'],
    ['DATAFLOW,LAST UPDATE,freq,unit,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\r\n', 'sdmx-csv'],
    [
      'STRUCTURE,STRUCTURE_ID,freq: Time frequency,geo: Geopolitical entity,TIME_PERIOD: Time,OBS_VALUE: Observation value\n',
      'sdmx-csv',
    ],
    ['region,activity,year,value\nPL84,C26,2015,459\n', 'tidy-csv'],
    ['region;activity;value\n', 'tidy-csv'],
    ['"region","activity","year","value","flags","unit"\n', 'tidy-csv'],
  ])('detects %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('rejects an empty file', () => {
    expect(() => detectFormat('')).toThrowError(expect.objectContaining({ code: 'EMPTY_FILE' }));
    expect(() => detectFormat('\n\n')).toThrowError(DatasetImportError);
  });

  it('rejects a headerless tidy file and says what it expected', () => {
    expect(() => detectFormat('PL84,C26,2015,459\n')).toThrowError(
      /header such as region,activity,year,value/,
    );
  });
});
