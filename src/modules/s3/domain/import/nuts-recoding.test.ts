import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSeries } from './extract-series.ts';
import {
  isExtraRegioCode,
  recodeSeriesToNuts2021,
  type NutsRecodingEntry,
  type NutsRecodingFile,
  type RegionNote,
} from './nuts-recoding.ts';
import { cellOf } from './testing/series-cells.ts';
import { hasSharedData, readSharedText, repositoryPath, skipMessage } from './testing/shared-data.ts';

const recoding = JSON.parse(
  readFileSync(repositoryPath('src/modules/s3/data/nuts-recoding.json'), 'utf8'),
) as NutsRecodingFile;
const nuts2021 = JSON.parse(readFileSync(repositoryPath('src/modules/reference/data/nuts.json'), 'utf8')) as {
  code: string;
  level: number;
}[];
const validCodes = new Set(nuts2021.map((region) => region.code));
const entryOf = (code: string): NutsRecodingEntry | undefined =>
  recoding.entries.find((entry) => entry.from === code);

describe('nuts-recoding.json', () => {
  it.each([
    // code, kind, NUTS 2021 codes, version of the change — as in the correspondence workbooks
    ['PL34', 'recoded', ['PL84'], '2016'], // NUTS2013-NUTS2016.xlsx: "PL84=PL34"
    ['PL11', 'recoded', ['PL71'], '2016'],
    ['PL12', 'split', ['PL91', 'PL92'], '2016'], // "discontinued; split into new PL91 and PL92"
    ['LT00', 'split', ['LT01', 'LT02'], '2016'], // "split into new LT01 and LT02"
    ['HU10', 'split', ['HU11', 'HU12'], '2016'],
    ['EL11', 'recoded', ['EL51'], '2013'], // NUTS2010-NUTS2013.xls: "EL51 = EL11"
    ['FR24', 'recoded', ['FRB0'], '2016'],
    ['FR91', 'boundary_change', ['FRY1'], '2013'], // Guadeloupe: boundary shift 2013, FRA1 → FRY1 in 2016
    ['UKI1', 'split', ['UKI3', 'UKI4'], '2013'],
    ['HR04', 'split', ['HR02', 'HR05', 'HR06'], '2021'], // NUTS2021.xlsx: "split into new HR02, HR05 and HR06"
    ['IE01', 'boundary_change', ['IE04', 'IE06'], '2016'],
    ['NO01', 'boundary_change', ['NO08'], '2021'],
    ['DE915', 'merged', ['DE91C'], '2016'], // NUTS 3: "DE91C=DE915+DE919"
    // NUTS 2006 codes (hand-derived, see data/README.md)
    ['DE41', 'merged', ['DE40'], '2010'],
    ['DE42', 'merged', ['DE40'], '2010'],
    ['FI13', 'merged', ['FI1D'], '2010'],
    ['FI1A', 'merged', ['FI1D'], '2010'],
    ['FI18', 'split', ['FI1B', 'FI1C'], '2010'],
    ['DED1', 'boundary_change', ['DED4'], '2010'],
  ])('%s: %s into %j (NUTS %s)', (code, kind, to, via) => {
    expect(entryOf(code)).toMatchObject({ from: code, kind, to, via });
  });

  it('gives the parts of a merge and the successor of a boundary change', () => {
    expect(entryOf('DE41')?.parts).toEqual(['DE41', 'DE42']);
    expect(entryOf('FI13')?.parts).toEqual(['FI13', 'FI1A']);
    expect(entryOf('DED1')?.successor).toBe('DED4');
    expect(entryOf('UKM2')?.successor).toBe('UKM7'); // lost UKM24 to UKM9: UKM7 ⊂ UKM2
    expect(entryOf('EL1')?.successor).toBeNull(); // lost Thessalia and gained Ipeiros: no successor
    expect(entryOf('IE01')?.successor).toBeNull();
  });

  it('has a note for the UI on each entry', () => {
    expect(entryOf('PL34')?.note).toBe('Podlaskie: code changed from PL34 to PL84 (NUTS 2016)');
    expect(entryOf('FR92')?.note).toBe(
      'Martinique: code changed from FR92 to FRA2 (NUTS 2013), then to FRY2 (NUTS 2016)',
    );
    expect(entryOf('LT00')?.note).toBe(
      'Lietuva: split into LT01 Sostinės regionas and LT02 Vidurio ir vakarų Lietuvos regionas (NUTS 2016)',
    );
  });

  it('only translates codes that are not NUTS 2021, and only into NUTS 2021 codes', () => {
    for (const entry of recoding.entries) {
      expect(validCodes.has(entry.from), entry.from).toBe(false);
      for (const target of entry.to) expect(validCodes.has(target), `${entry.from} → ${target}`).toBe(true);
    }
    for (const code of ['PL84', 'DE40', 'FI1D', 'FI1B', 'SE11', 'DK01', 'EE00', 'LV00'])
      expect(entryOf(code)).toBeUndefined();
  });
});

/** A small series written as a tidy CSV: every case of the recoding in one file. */
const SAMPLE = [
  'region,activity,year,value,flags',
  'PL34,C,2015,10,', // recoded → PL84
  'DE41,C,2008,3,i', // merged with DE42 → DE40 = 7
  'DE42,C,2008,4,',
  'DE41,C,2009,5,', // DE42 confidential → DE40 missing, flagged c
  'DE42,C,2009,,c',
  'DE41,C,2010,6,', // DE42 absent → DE40 missing
  'DE40,C,2015,9,', // DE40 itself
  'DE41,C,2015,1,', // …wins over the parts' sum
  'DE42,C,2015,1,',
  'LT00,C,2015,20,', // split: kept as LT00
  'SE11,C,2015,30,', // unchanged
  'DEZZ,C,2015,1,', // extra-regio: dropped
  'EU28,C,2015,999,', // aggregate: dropped
  'QQ12,C,2015,2,', // unknown: kept
  'DED1,C,2009,40,', // boundary change with successor → DED4 (approximate)
  'DED4,C,2015,41,',
].join('\n');

describe('recodeSeriesToNuts2021', () => {
  const recoded = recodeSeriesToNuts2021(extractSeries(SAMPLE), recoding.entries, validCodes);
  const { series } = recoded;
  const originalsOf = (code: string): string[] | undefined =>
    recoded.originalRegions[series.regions.indexOf(code)];

  it('renames recoded regions and keeps the original code', () => {
    expect(series.regions).toEqual(['DE40', 'DED4', 'LT00', 'PL84', 'QQ12', 'SE11']);
    expect(cellOf(series, 'PL84', 'C', 2015)?.value).toBe(10);
    expect(originalsOf('PL84')).toEqual(['PL34']);
    expect(cellOf(series, 'DED4', 'C', 2009)?.value).toBe(40);
    expect(cellOf(series, 'DED4', 'C', 2015)?.value).toBe(41);
    expect(originalsOf('DED4')).toEqual(['DED1', 'DED4']);
  });

  it('sums a merge only where every part has a value', () => {
    expect(cellOf(series, 'DE40', 'C', 2008)).toEqual({ value: 7, flags: 'i' });
    expect(cellOf(series, 'DE40', 'C', 2009)).toEqual({ value: Number.NaN, flags: 'c' });
    expect(cellOf(series, 'DE40', 'C', 2010)).toEqual({ value: Number.NaN, flags: '' });
    expect(cellOf(series, 'DE40', 'C', 2015)?.value).toBe(9);
    expect(originalsOf('DE40')).toEqual(['DE40', 'DE41', 'DE42']);
    expect(series.missing).toEqual({ notAvailable: 1, confidential: 1 });
  });

  it('keeps split and unknown regions, drops extra-regio and aggregates, with a note for each', () => {
    expect(cellOf(series, 'LT00', 'C', 2015)?.value).toBe(20);
    expect(cellOf(series, 'SE11', 'C', 2015)?.value).toBe(30);
    expect(recoded.notes.map(({ original, code2021, kind }) => [original, code2021, kind])).toEqual([
      ['DE41', 'DE40', 'merged'],
      ['DE42', 'DE40', 'merged'],
      ['DED1', 'DED4', 'boundary_change'],
      ['DEZZ', null, 'extra_regio'],
      ['EU28', null, 'aggregate'],
      ['LT00', null, 'split'],
      ['PL34', 'PL84', 'recoded'],
      ['QQ12', null, 'unknown'],
    ]);
    const noteOf = (code: string): string => recoded.notes.find((note) => note.original === code)?.note ?? '';
    expect(noteOf('LT00')).toMatch(/^Lietuva: split into LT01 .* and LT02 .*; kept under LT00$/);
    expect(noteOf('DE41')).toBe(
      "Brandenburg - Nordost: merged with DE42 into DE40 Brandenburg (NUTS 2010) — 1 values used for DE40; 2 sums left missing because a part was missing; 1 cells taken from DE40's own values in the file (1 of them differ)",
    );
    expect(noteOf('PL34')).toBe(
      'Podlaskie: code changed from PL34 to PL84 (NUTS 2016) — 1 values used for PL84',
    );
  });

  it('recognises extra-regio and not-regionalised codes', () => {
    expect(['DEZ', 'DEZZ', 'DEZZZ', 'PLXX', 'FRX'].every(isExtraRegioCode)).toBe(true);
    expect(['DE', 'DE40', 'FRZ1', 'ITZ9'].some(isExtraRegioCode)).toBe(false);
  });
});

describe.skipIf(!hasSharedData)('recoding the SBS file to NUTS 2021', () => {
  if (!hasSharedData) console.warn(skipMessage);

  it('resolves every Baltic Sea Region NUTS 2 region or notes it as split', () => {
    const employment = extractSeries(readSharedText('sbs_r_nuts06_r2.tsv.gz'), { indic_sb: 'V16110' });
    const recoded = recodeSeriesToNuts2021(employment, recoding.entries, validCodes);
    const nuts2 = employment.regions.filter((code) => code.length === 4 && !isExtraRegioCode(code));
    // 318 NUTS 2 codes (ZZ excluded): 240 already NUTS 2021, 65 translated, 13 kept with a note.
    const noteOf = (code: string): RegionNote | undefined =>
      recoded.notes.find((note) => note.original === code);
    const translated = nuts2.filter(
      (code) => !validCodes.has(code) && (noteOf(code)?.code2021 ?? null) !== null,
    );
    const kept = nuts2.filter((code) => !validCodes.has(code) && (noteOf(code)?.code2021 ?? null) === null);
    expect(nuts2).toHaveLength(318);
    expect(nuts2.filter((code) => validCodes.has(code))).toHaveLength(240);
    expect(translated.filter((code) => noteOf(code)?.kind === 'recoded')).toHaveLength(50);
    expect(translated.filter((code) => noteOf(code)?.kind === 'merged')).toEqual([
      'DE41',
      'DE42',
      'FI13',
      'FI1A',
    ]);
    expect(translated.filter((code) => noteOf(code)?.kind === 'boundary_change')).toEqual([
      'DED1',
      'DED3',
      'FR91',
      'ITD5',
      'ITE3',
      'NO05',
      'SI01',
      'SI02',
      'UKD2',
      'UKD5',
      'UKM2',
    ]);
    expect(kept.filter((code) => noteOf(code)?.kind === 'split')).toEqual([
      'FI18',
      'HR04',
      'HU10',
      'LT00',
      'PL12',
      'UKI1',
      'UKI2',
    ]);
    expect(kept.filter((code) => noteOf(code)?.kind === 'boundary_change')).toEqual([
      'IE01',
      'IE02',
      'NO01',
      'NO03',
      'NO04',
      'UKM3',
    ]);

    const bsr = nuts2.filter((code) =>
      ['DE', 'DK', 'EE', 'FI', 'LT', 'LV', 'PL', 'SE'].includes(code.slice(0, 2)),
    );
    expect(bsr).toHaveLength(82);
    for (const code of bsr) {
      const note = noteOf(code);
      const code2021 = validCodes.has(code) ? code : note?.code2021;
      const isResolved = code2021 != null && validCodes.has(code2021);
      expect(isResolved || note?.kind === 'split', `${code}: ${note?.note ?? 'no note'}`).toBe(true);
    }
    expect(
      bsr.filter((code) => recoded.notes.find((note) => note.original === code)?.kind === 'split'),
    ).toEqual(['FI18', 'LT00', 'PL12']);

    // Podlaskie's manufacturing of computers (C26), 2015, now under PL84.
    expect(cellOf(recoded.series, 'PL84', 'C26', 2015)?.value).toBe(459);
    // Brandenburg 2008: DE41 35,680 + DE42 51,045 = 86,725, Eurostat's own DE4 total.
    expect(cellOf(recoded.series, 'DE40', 'C', 2008)?.value).toBe(86_725);
    expect(cellOf(recoded.series, 'DE4', 'C', 2008)?.value).toBe(86_725);
  });
});
