// Checks the committed reference data the way a user of the platform would: known codes, counts and
// hierarchy integrity. Regenerate the JSON with `npm run data:reference` if these fail after a source change.
import { describe, expect, it } from 'vitest';
import countries from './countries.json' with { type: 'json' };
import nace from './nace.json' with { type: 'json' };
import nuts from './nuts.json' with { type: 'json' };
import technologyFields from './technology-fields.json' with { type: 'json' };
import trls from './trl.json' with { type: 'json' };

const countBy = <T>(items: readonly T[], key: (item: T) => string | number): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, item) => {
    const k = String(key(item));
    acc[k] = (acc[k] ?? 0) + 1;
    return acc;
  }, {});

const isUnique = (values: readonly (string | number)[]): boolean => new Set(values).size === values.length;

describe('countries.json', () => {
  const byCode = new Map(countries.map((c) => [c.code, c]));

  it('uses ISO codes and keeps the Eurostat code for Greece and the United Kingdom', () => {
    expect(byCode.get('GR')).toEqual({ code: 'GR', eurostatCode: 'EL', name: 'Greece' });
    expect(byCode.get('GB')).toEqual({ code: 'GB', eurostatCode: 'UK', name: 'United Kingdom' });
    expect(byCode.has('EL')).toBe(false);
    expect(byCode.has('UK')).toBe(false);
  });

  it('covers the EU27, EFTA, UK, candidate countries and major partners', () => {
    const eu27 = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK';
    const others = 'IS LI NO CH GB AL BA GE MD ME MK RS TR UA US CN JP KR IN CA AU BR RU IL';
    for (const code of `${eu27} ${others}`.split(' ')) expect(byCode.has(code), code).toBe(true);
  });

  it('has common short names without Eurostat qualifiers and excludes aggregates', () => {
    expect(byCode.get('DE')?.name).toBe('Germany');
    expect(byCode.get('CZ')?.name).toBe('Czechia');
    expect(byCode.get('CN')?.name).toBe('China');
    for (const aggregate of ['EU', 'EA', 'FX', 'AN', 'XK']) expect(byCode.has(aggregate)).toBe(false);
    expect(countries.filter((c) => c.name.endsWith(')') || c.name === '')).toEqual([]);
  });

  it('has unique codes', () => {
    expect(isUnique(countries.map((c) => c.code))).toBe(true);
    expect(isUnique(countries.map((c) => c.eurostatCode))).toBe(true);
  });
});

describe('nuts.json', () => {
  const byCode = new Map(nuts.map((r) => [r.code, r]));

  it('contains Podlaskie (PL84) at level 2 under PL8', () => {
    expect(byCode.get('PL84')).toMatchObject({ name: 'Podlaskie', level: 2, parentCode: 'PL8', countryCode: 'PL' });
  });

  it.each([
    ['LV008', 'LV00'],
    ['EE008', 'EE00'],
    ['LT011', 'LT01'],
    ['FI1C4', 'FI1C'],
    ['DE600', 'DE60'],
    ['DK032', 'DK03'],
  ])('contains %s at level 3 under %s', (code, parentCode) => {
    expect(byCode.get(code)).toMatchObject({ level: 3, parentCode });
  });

  it('keeps Eurostat codes but uses ISO country codes', () => {
    expect(byCode.get('EL43')).toMatchObject({ countryCode: 'GR', parentCode: 'EL4' });
    expect(byCode.get('UKC')).toMatchObject({ countryCode: 'GB', parentCode: 'UK' });
  });

  it('has a consistent hierarchy: levels match code length, every parent exists, roots have no parent', () => {
    for (const region of nuts) {
      expect(region.level, region.code).toBe(region.code.length - 2);
      if (region.level === 0) expect(region.parentCode, region.code).toBeNull();
      else expect(byCode.has(region.parentCode ?? ''), region.code).toBe(true);
    }
  });

  it('has unique codes, a name for every region and only known countries', () => {
    const countryCodes = new Set(countries.map((c) => c.code));
    expect(isUnique(nuts.map((r) => r.code))).toBe(true);
    expect(nuts.filter((r) => r.name.trim() === '').map((r) => r.code)).toEqual([]);
    expect(nuts.filter((r) => !countryCodes.has(r.countryCode)).map((r) => r.code)).toEqual([]);
    expect(countBy(nuts, (r) => r.level)).toEqual({ 0: 37, 1: 162, 2: 371, 3: 1551 });
  });
});

describe('nace.json', () => {
  const byCode = new Map(nace.map((a) => [a.code, a]));

  it('has 21 sections, 88 divisions, 272 groups and 615 classes', () => {
    expect(countBy(nace, (a) => a.level)).toEqual({ 1: 21, 2: 88, 3: 272, 4: 615 });
  });

  it('uses dotted display codes with parents in the same notation', () => {
    expect(byCode.get('C10.51')).toMatchObject({ eurostatCode: 'C1051', level: 4, parentCode: 'C10.5', section: 'C' });
    expect(byCode.get('C10.5')).toMatchObject({ eurostatCode: 'C105', level: 3, parentCode: 'C10' });
    expect(byCode.get('C10')).toMatchObject({ eurostatCode: 'C10', level: 2, parentCode: 'C' });
    expect(byCode.get('C')).toMatchObject({ level: 1, parentCode: null, name: 'Manufacturing' });
    expect(byCode.get('J62.01')?.name).toBe('Computer programming activities');
  });

  it('has unique codes, existing parents and consistent sections', () => {
    expect(isUnique(nace.map((a) => a.code))).toBe(true);
    expect(isUnique(nace.map((a) => a.eurostatCode))).toBe(true);
    for (const activity of nace) {
      expect(activity.code.startsWith(activity.section), activity.code).toBe(true);
      if (activity.level === 1) expect(activity.parentCode).toBeNull();
      else expect(byCode.get(activity.parentCode ?? '')?.level, activity.code).toBe(activity.level - 1);
    }
  });
});

describe('technology-fields.json', () => {
  it('has the 35 WIPO fields numbered 1..35 in five sectors', () => {
    expect(technologyFields.map((f) => f.id)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(countBy(technologyFields, (f) => f.sector)).toEqual({
      'Electrical engineering': 8,
      Instruments: 5,
      Chemistry: 11,
      'Mechanical engineering': 8,
      'Other fields': 3,
    });
    expect(technologyFields.find((f) => f.id === 6)?.name).toBe('Computer technology');
    expect(technologyFields.find((f) => f.id === 35)?.name).toBe('Civil engineering');
  });
});

describe('trl.json', () => {
  it('has TRL 1..9 with the Horizon 2020 Annex G definitions', () => {
    expect(trls.map((t) => t.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(trls[0]?.definition).toBe('basic principles observed');
    expect(trls[8]?.name).toBe('Actual system proven in operational environment');
    expect(trls[8]?.definition).toBe(
      'actual system proven in operational environment (competitive manufacturing in the case of key enabling technologies; or in space)',
    );
  });
});
