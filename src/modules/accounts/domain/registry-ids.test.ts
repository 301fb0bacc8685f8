import { describe, expect, it } from 'vitest';
import { checkRegistryId, checkVatNumber, registryIdFormatHint, vatFormatHint } from './registry-ids.ts';

const CHECK_DIGIT = { ok: false, reason: 'check digit does not match' };
const ok = (normalised: string) => ({ ok: true, normalised });

// Every "valid" number below was run through the algorithm, not just remembered. Unless marked synthetic,
// they are public numbers of real organisations (or from python-stdnum's list of numbers found online).
// Each "wrong" number is a valid one with its check digit changed.

describe('checkVatNumber: check digits', () => {
  it.each([
    // PL NIP: 5·6+2·5+6·7+0·2+2·3+5·4+0·5+2·6+7·7 = 169, 169 mod 11 = 4 = last digit.
    ['PL', '5260250274', 'PL5260250274'],
    ['PL', '774-000-14-54', 'PL7740001454'], // ORLEN S.A.
    // DE: ISO 7064 MOD 11,10.
    ['DE', '136695976', 'DE136695976'],
    ['DE', 'DE 811 363 057', 'DE811363057'],
    // DK: 1·2+3·7+5·6+8·5+5·4+6·3+2·2+8·1 = 143 = 13·11.
    ['DK', 'DK 13 58 56 28', 'DK13585628'],
    ['DK', '54562519', 'DK54562519'], // LEGO A/S
    // FI: 2·7+0·9+7·10+7·5+4·8+7·4+4·2 = 187, remainder 0, so check digit 0.
    ['FI', 'FI20774740', 'FI20774740'],
    ['FI', 'FI 0112038-9', 'FI01120389'], // Nokia Oyj
    // EE: 1·3+0·7+0·1+2·3+4·7+7·1+0·3+1·7+9·1 = 60, divisible by 10.
    ['EE', '100247019', 'EE100247019'],
    ['EE', 'EE 100 931 558', 'EE100931558'],
    // LT: weights 1..8 give 104, 104 mod 11 = 5.
    ['LT', 'LT119511515', 'LT119511515'],
    ['LT', '100001919017', 'LT100001919017'],
    ['LT', '100004801610', 'LT100004801610'], // first pass gives 10, so the second pass (weights 3..9,1,2,3,4)

    // LV legal person: 4·9+3·3+3·2+2·5+9·7+4·6+9·1 = 157, 157 mod 11 = 3.
    ['LV', 'LV 4000 3032 949', 'LV40003032949'], // Latvenergo AS
    // NO: 9·3+2·2+3·7+6·6+0·5+9·4+0·3+1·2 = 126, 11 − (126 mod 11) = 6.
    ['NO', 'NO 923 609 016 MVA', 'NO923609016MVA'], // Equinor ASA
    ['NO', '923609016', 'NO923609016MVA'],
    // SE: the organisationsnummer part is checked with Luhn.
    ['SE', 'SE 556012-5790-01', 'SE556012579001'], // AB Volvo
  ])('%s %s is valid', (country, value, normalised) => {
    expect(checkVatNumber(country, value)).toEqual(ok(normalised));
  });

  it.each([
    ['PL', '5260250275'],
    ['DE', '136695977'],
    ['DK', '13585629'],
    ['FI', '20774741'],
    ['EE', '100247018'],
    ['LT', '119511516'],
    ['LT', '100001919018'],
    ['LV', '40003032948'],
    ['NO', '923609017MVA'],
    ['SE', '556012579101'],
  ])('%s %s has a wrong check digit', (country, value) => {
    expect(checkVatNumber(country, value)).toEqual(CHECK_DIGIT);
  });

  it('needs the 1 before the check digit of Lithuanian numbers', () => {
    expect(checkVatNumber('LT', '119511525')).toEqual({
      ok: false,
      reason: 'second-to-last digit must be 1',
    });
  });

  it('checks Latvian natural persons (personal code, first digit 0-3) for format only', () => {
    expect(checkVatNumber('LV', '161175-19997')).toEqual(ok('LV16117519997'));
  });
});

describe('checkVatNumber: normalisation', () => {
  it('accepts the number with or without prefix, in any case, with spaces, dots and dashes', () => {
    for (const value of [
      'PL5260250274',
      '5260250274',
      'pl 526-025-02-74',
      ' PL 526.025.02.74 ',
      'PL–526–025–0274',
    ]) {
      expect(checkVatNumber('PL', value)).toEqual(ok('PL5260250274'));
    }
    expect(checkVatNumber('pl', '5260250274')).toEqual(ok('PL5260250274'));
  });

  it('uses EL for Greece, whether the country is GR or EL and the number starts with EL, GR or nothing', () => {
    for (const country of ['GR', 'EL', 'gr']) {
      for (const value of ['094279805', 'EL 094279805', 'GR-094279805']) {
        expect(checkVatNumber(country, value)).toEqual(ok('EL094279805'));
      }
    }
    expect(vatFormatHint('GR')).toBe('EL + 9 digits (ΑΦΜ)');
  });

  it('gives Norwegian numbers the MVA suffix and drops the language suffix of Swiss ones', () => {
    expect(checkVatNumber('NO', '923 609 016')).toEqual(ok('NO923609016MVA'));
    // Swiss: synthetic, format only.
    for (const value of ['CHE-123.456.789 MWST', 'CHE-123.456.789 TVA', 'che123456789', '123.456.789 IVA']) {
      expect(checkVatNumber('CH', value)).toEqual(ok('CHE123456789'));
    }
  });
});

describe('checkVatNumber: formats', () => {
  it.each([
    ['AT', 'ATU 142 43 102', 'ATU14243102'],
    ['AT', 'U61195628', 'ATU61195628'],
    ['BE', 'BE 0202.239.951', 'BE0202239951'],
    ['BG', 'BG7111042925', 'BG7111042925'],
    ['CY', 'CY-10189098G', 'CY10189098G'],
    ['CZ', 'CZ 640903926', 'CZ640903926'],
    ['ES', 'ES A-28184661', 'ESA28184661'],
    ['ES', 'x-2482300w', 'ESX2482300W'],
    ['ES', '54362315K', 'ES54362315K'],
    ['FR', 'FR 40 303 265 045', 'FR40303265045'],
    ['FR', 'FR K 7399859412', 'FRK7399859412'],
    ['HR', '12345678901', 'HR12345678901'], // synthetic
    ['HU', 'HU-12892312', 'HU12892312'],
    ['IE', 'IE 6433435IH', 'IE6433435IH'],
    ['IE', 'IE8D79739I', 'IE8D79739I'],
    ['IT', 'IT 00743110157', 'IT00743110157'],
    ['LU', 'LU 150 274 42', 'LU15027442'],
    ['MT', 'MT 1039-6417', 'MT10396417'],
    ['NL', 'NL 8225.69.759 b01', 'NL822569759B01'],
    ['PT', 'PT 501 964 843', 'PT501964843'],
    ['RO', 'RO 573768', 'RO573768'],
    ['SI', 'SI 3609 7152', 'SI36097152'],
    ['SK', 'SK 2022193459', 'SK2022193459'],
    // Synthetic, format only:
    ['XI', 'XI 123 4567 89', 'XI123456789'],
    ['GB', 'GB 123 4567 89 012', 'GB123456789012'],
    ['GB', 'GD123', 'GBGD123'],
    ['GB', 'GBHA599', 'GBHA599'],
    ['IS', 'IS 00621', 'IS00621'],
    ['UA', '123456789012', 'UA123456789012'],
  ])('%s %s is %s', (country, value, normalised) => {
    expect(checkVatNumber(country, value)).toEqual(ok(normalised));
  });

  it.each([
    ['PL', '526025027', 'must be PL followed by 10 digits'],
    ['PL', '52602502741', 'must be PL followed by 10 digits'],
    ['PL', 'DE136695976', 'must be PL followed by 10 digits'],
    ['DE', 'DE13669597', 'must be DE followed by 9 digits'],
    ['EE', '10024701', 'must be EE followed by 9 digits'],
    ['LT', '1195115151', 'must be LT followed by 9 or 12 digits'],
    ['AT', '13585627', 'must be AT followed by U and 8 digits'],
    ['BE', '2202239951', 'must be BE followed by 10 digits starting with 0 or 1'],
    ['NL', '822569759', 'must be NL followed by 9 digits, B and 2 digits'],
    ['SE', '556012579002', 'must be SE followed by 12 digits ending in 01'],
    [
      'ES',
      '123456789',
      'must be ES followed by 9 characters: letter or digit, 7 digits, letter or digit, not all digits',
    ],
    ['GB', 'GD500', 'must be GB followed by 9 or 12 digits, or GD/HA and 3 digits'],
    ['NO', '923609016VAT', 'must be NO followed by 9 digits and optionally MVA'],
    ['GR', '09427980', 'must be EL followed by 9 digits'],
    ['PL', '', 'must be PL followed by 10 digits'],
  ])('%s %j: %s', (country, value, reason) => {
    expect(checkVatNumber(country, value)).toEqual({ ok: false, reason });
  });

  it('has a rule for every EU-27 country, XI, NO, CH, GB, IS and UA', () => {
    const countries =
      'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI NO GB IS UA';
    for (const country of countries.split(' '))
      expect(vatFormatHint(country)).toMatch(new RegExp(`^${country} \\+ `));
    expect(vatFormatHint('CH')).toBe('CHE + 9 digits and optionally MWST, TVA or IVA (UID)');
    expect(vatFormatHint('PL')).toBe('PL + 10 digits (NIP)');
  });

  it('checks other countries leniently: optional 2-letter prefix and 2 to 20 letters or digits', () => {
    expect(checkVatNumber('US', '12-3456789')).toEqual(ok('123456789'));
    expect(checkVatNumber('JP', 't 1234-5678-90123')).toEqual(ok('T1234567890123'));
    expect(checkVatNumber('US', '1')).toEqual({
      ok: false,
      reason: 'must be 2 to 20 letters or digits, with an optional 2-letter country prefix',
    });
    expect(checkVatNumber('US', '12#45')).toMatchObject({ ok: false });
    expect(vatFormatHint('US')).toBe('2 to 20 letters or digits, with an optional 2-letter country prefix');
  });
});

describe('checkRegistryId', () => {
  it.each([
    ['PL', '0000028860', '0000028860'], // ORLEN S.A., KRS: no check digit
    ['PL', '610188201', '610188201'], // ORLEN S.A., REGON: 6·8+1·9+0·2+1·3+8·4+8·5+2·6+0·7 = 144, 144 mod 11 = 1
    ['PL', '192 598 184', '192598184'],
    ['PL', '12345678512347', '12345678512347'], // synthetic 14-digit REGON (python-stdnum's example)
    ['LV', '4000 3032 949', '40003032949'], // Latvenergo AS
    ['LV', '90000528023', '90000528023'],
    ['EE', '12417834', '12417834'], // Bolt Technology OÜ
    ['EE', '10421629', '10421629'], // Eesti Energia AS: first pass gives remainder 10, second pass 9
    ['LT', '121215434', '121215434'], // Telia Lietuva, AB
    ['LT', '110053842', '110053842'], // AB Lietuvos geležinkeliai
    ['FI', '0112038-9', '0112038-9'], // Nokia Oyj
    ['FI', '01120389', '0112038-9'],
    ['FI', '112038-9', '0112038-9'],
    ['DK', '54 56 25 19', '54562519'], // LEGO A/S
    ['SE', '556012-5790', '556012-5790'], // AB Volvo
    ['SE', '5567037485', '556703-7485'], // Spotify AB
    ['NO', '923 609 016', '923609016'], // Equinor ASA
  ])('%s %s is valid', (country, value, normalised) => {
    expect(checkRegistryId(country, value)).toEqual(ok(normalised));
  });

  it.each([
    ['PL', '610188202'],
    ['PL', '12345678512348'],
    ['PL', '12345678612342'], // last digit right, but the first 9 are not a valid REGON
    ['LV', '40003032948'],
    ['EE', '12417835'],
    ['EE', '10421628'],
    ['LT', '121215435'],
    ['FI', '0112038-8'],
    ['DK', '54562518'],
    ['SE', '556012-5791'],
    ['NO', '923609017'],
  ])('%s %s has a wrong check digit', (country, value) => {
    expect(checkRegistryId(country, value)).toEqual(CHECK_DIGIT);
  });

  it.each([
    ['PL', '12345678901', 'must be KRS (10 digits) or REGON (9 or 14 digits)'],
    ['LV', '4000303294', 'must be 11 digits'],
    ['EE', '22417834', 'must be 8 digits starting with 1, 7, 8 or 9'],
    ['LT', '12121543', 'must be 9 digits'],
    ['FI', '0112038', 'must be 7 digits, a dash and a check digit, e.g. 1234567-8'],
    ['DK', '5456251', 'must be 8 digits'],
    ['SE', '556012-579', 'must be 10 digits, e.g. 556012-5790'],
    ['NO', '92360901', 'must be 9 digits'],
  ])('%s %s: %s', (country, value, reason) => {
    expect(checkRegistryId(country, value)).toEqual({ ok: false, reason });
  });

  it.each([
    ['HRB 12345', 'HRB 12345'],
    ['hrb12345', 'HRB 12345'],
    ['Amtsgericht München HRB 12345', 'Amtsgericht München HRB 12345'],
    ['Berlin (Charlottenburg) HRB 11223B', 'Berlin (Charlottenburg) HRB 11223 B'],
    ['HRB 151080 B, Charlottenburg', 'Charlottenburg HRB 151080 B'],
    ['Lübeck   HRB   12065  HL', 'Lübeck HRB 12065 HL'],
    ['Fürth, HRA 7754', 'Fürth HRA 7754'],
    ['Pinneberg GNR 1', 'Pinneberg GnR 1'],
    ['Bad Homburg v.d.H. PR 11223', 'Bad Homburg v.d.H. PR 11223'],
    ['VR 4711 Ulm', 'Ulm VR 4711'],
  ])('DE %j is %j', (value, normalised) => {
    expect(checkRegistryId('DE', value)).toEqual(ok(normalised));
  });

  it.each(['12345', 'HRX 12345', 'HRB', 'HRB 1234567', 'München 12345'])(
    'DE %j is not a register number',
    (value) => {
      expect(checkRegistryId('DE', value)).toEqual({
        ok: false,
        reason:
          'must be register type HRA, HRB, GnR, GsR, PR or VR and a number, court optional, e.g. München HRB 12345',
      });
    },
  );

  it('accepts 3 to 30 letters, digits, spaces, dots, dashes or slashes elsewhere, whitespace normalised', () => {
    expect(checkRegistryId('FR', '  552   100 554 ')).toEqual(ok('552 100 554'));
    expect(checkRegistryId('GB', 'SC123456')).toEqual(ok('SC123456'));
    expect(checkRegistryId('CZ', 'C 1234/KSBR')).toEqual(ok('C 1234/KSBR'));
    expect(checkRegistryId('UA', '00032129')).toEqual(ok('00032129'));
    const reason = 'must be 3 to 30 letters, digits, spaces, dots, dashes or slashes';
    for (const value of ['12', '--/', 'a'.repeat(31), '123#45']) {
      expect(checkRegistryId('FR', value)).toEqual({ ok: false, reason });
    }
  });

  it('has format hints', () => {
    expect(registryIdFormatHint('PL')).toBe('KRS (10 digits) or REGON (9 or 14 digits)');
    expect(registryIdFormatHint('dk')).toBe('8 digits (CVR-nummer)');
    expect(registryIdFormatHint('FI')).toBe('7 digits, a dash and a check digit, e.g. 1234567-8 (Y-tunnus)');
    expect(registryIdFormatHint('FR')).toBe('3 to 30 letters, digits, spaces, dots, dashes or slashes');
  });
});
