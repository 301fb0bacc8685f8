import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TReason } from '../../../../src/modules/matching/contract.ts';
import en from '../../locales/en.json';
import matchingEn from '../../locales/matching/en.json';
import matchingPl from '../../locales/matching/pl.json';
import profilesEn from '../../locales/profiles/en.json';
import profilesPl from '../../locales/profiles/pl.json';
import { type ReasonFormat, reasonText } from './reasons.ts';

const i18n = i18next.createInstance();
let format: ReasonFormat;

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: {
      en: { translation: { ...en, ...profilesEn, ...matchingEn } },
      pl: { translation: { ...profilesPl, ...matchingPl } },
    },
    interpolation: { escapeValue: false },
  });
  const countries = new Intl.DisplayNames(['en'], { type: 'region' });
  const list = new Intl.ListFormat('en', { type: 'conjunction' });
  format = {
    t: i18n.t,
    countryName: (code) => countries.of(code) ?? code,
    list: (items) => list.format(items),
  };
});

const reason = (code: string, params: TReason['params'], text = 'the English sentence'): TReason => ({
  code,
  params,
  text,
});

describe('reasonText', () => {
  it('words each reason code from its parameters', () => {
    expect(
      reasonText(reason('types', { query: 'technology_request', candidate: 'technology_offer' }), format),
    ).toBe('Fitting types: Technology offer ↔ Technology request');
    expect(reasonText(reason('types', { query: 'client', candidate: 'client' }), format)).toBe(
      'Same type: Client',
    );
    expect(reasonText(reason('partnership', { types: ['licence', 'joint_venture'] }), format)).toBe(
      'Partnership sought on both sides: Licence agreement and Joint venture',
    );
    expect(
      reasonText(reason('nace', { code: 'C10.51', level: 'class', name: 'Operation of dairies' }), format),
    ).toBe('Same NACE class: C10.51 · Operation of dairies');
    expect(reasonText(reason('tech', { field: 6, name: 'Computer technology' }), format)).toBe(
      'Same technology field: 6. Computer technology',
    );
    expect(reasonText(reason('tech', { sector: 3 }), format)).toBe('Related technology fields: Chemistry');
    expect(reasonText(reason('terms', { terms: ['hydrogen', 'storage'] }), format)).toBe(
      'Shared terms: hydrogen and storage',
    );
    expect(
      reasonText(reason('crossBorder', { country: 'DK', queryCountry: 'PL', role: 'client' }), format),
    ).toBe('Cross-border partner: Denmark (query from Poland)');
    expect(reasonText(reason('trl', { candidate: 7, query: 6 }), format)).toBe(
      'Readiness fits: TRL 7 (query at TRL 6)',
    );
    expect(reasonText(reason('fresh', { days: 0 }), format)).toBe('Published today');
    expect(reasonText(reason('fresh', { days: 1 }), format)).toBe('Published 1 day ago');
    expect(reasonText(reason('fresh', { days: 12 }), format)).toBe('Published 12 days ago');
  });

  it('falls back to the English sentence for unknown codes or missing parameters', () => {
    expect(reasonText(reason('weather', { sky: 'blue' }, 'both like blue skies'), format)).toBe(
      'both like blue skies',
    );
    expect(reasonText(reason('nace', { level: 'class' }, 'both in NACE'), format)).toBe('both in NACE');
    expect(reasonText(reason('tech', { sector: 9 }, 'related fields'), format)).toBe('related fields');
  });

  it("uses the user's language and its plural forms", () => {
    const t = i18n.getFixedT('pl');
    const polish = { ...format, t };
    expect(reasonText(reason('fresh', { days: 3 }), polish)).toBe('Opublikowany 3 dni temu');
    expect(
      reasonText(reason('types', { query: 'business_request', candidate: 'business_offer' }), polish),
    ).toBe('Pasujące typy: Oferta biznesowa ↔ Zapytanie biznesowe');
  });
});
