/**
 * Format checks for an organisation's VAT number and national business-register id, per country.
 *
 * Pure and offline: the checks cover syntax and, where the algorithm is public and simple, the
 * check digit. They do not ask VIES or any register whether the number exists.
 */

export type IdCheck = { ok: true; normalised: string } | { ok: false; reason: string };

const CHECK_DIGIT_MISMATCH = 'check digit does not match';

/** Returns the reason the number is wrong, or null when it passes. Gets the digits only. */
type Check = (digits: string) => string | null;

// ---------------------------------------------------------------------------------------------
// Check-digit algorithms

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

const lastDigit = (digits: string): number => Number(digits.at(-1));

/** Wraps a boolean test as a Check that reports a check-digit mismatch. */
const checkDigit =
  (valid: (digits: string) => boolean): Check =>
  (digits) =>
    valid(digits) ? null : CHECK_DIGIT_MISMATCH;

/** PL NIP: weights 6,5,7,2,3,4,5,6,7; the sum mod 11 is the 10th digit (a remainder of 10 is never issued). */
const polishNip = checkDigit((d) => weightedSum(d, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(d[9]));

/** PL REGON: 9 digits (weights 8,9,2,3,4,5,6,7), or 14 digits whose first 9 are a valid REGON too. */
function regonValid(d: string): boolean {
  const weights = d.length === 9 ? [8, 9, 2, 3, 4, 5, 6, 7] : [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
  const own = (weightedSum(d, weights) % 11) % 10 === lastDigit(d);
  return d.length === 9 ? own : own && regonValid(d.slice(0, 9));
}

/** DE USt-IdNr.: ISO 7064 MOD 11,10 over the first 8 digits. */
const germanVat = checkDigit((d) => {
  let product = 10;
  for (const c of d.slice(0, -1)) {
    const sum = (Number(c) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === lastDigit(d);
});

/** DK CVR: weights 2,7,6,5,4,3,2,1 over all 8 digits, sum divisible by 11. */
const danishCvr = checkDigit((d) => weightedSum(d, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0);

/** FI Y-tunnus / ALV: weights 7,9,10,5,8,4,2; check = 11 − (sum mod 11), 0 when the remainder is 0, never 1. */
const finnish = checkDigit((d) => {
  const remainder = weightedSum(d, [7, 9, 10, 5, 8, 4, 2]) % 11;
  return (remainder === 0 ? 0 : 11 - remainder) === lastDigit(d); // a remainder of 1 (check 10) never matches
});

/** EE KMKR (VAT): weights 3,7,1,3,7,1,3,7,1 over all 9 digits, sum divisible by 10. */
const estonianVat = checkDigit((d) => weightedSum(d, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0);

/**
 * The Estonian/Lithuanian mod 11 (isikukood, registrikood, įmonės kodas, PVM kodas): weights 1,2,…,9,1,…;
 * if the remainder is 10, again with weights 3,4,…,9,1,…; a remainder of 10 after that gives 0.
 */
const balticMod11 = checkDigit((d) => {
  const body = d.slice(0, -1);
  const pass = (shift: number) =>
    [...body].reduce((sum, c, i) => sum + Number(c) * (((i + shift) % 9) + 1), 0) % 11;
  const first = pass(0);
  return (first === 10 ? pass(2) : first) % 10 === lastDigit(d);
});

/** LT PVM kodas: the second-to-last digit is always 1, then the Baltic mod 11. */
const lithuanianVat: Check = (d) => (d.at(-2) === '1' ? balticMod11(d) : 'second-to-last digit must be 1');

/**
 * LV: legal persons (first digit 4–9) have weights 9,1,4,8,3,10,2,5,7,6,1 with sum mod 11 = 3.
 * Numbers starting 0–3 are natural persons' personal codes: format only.
 */
const latvian = checkDigit(
  (d) => d.charAt(0) <= '3' || weightedSum(d, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 === 3,
);

/** NO organisasjonsnummer: weights 3,2,7,6,5,4,3,2; check = 11 − (sum mod 11), 0 for 11, never 10. */
const norwegian = checkDigit((d) => {
  const check = (11 - (weightedSum(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11; // 10 is never issued, never matches
  return check === Number(d[8]);
});

/** SE organisationsnummer (also the first 10 digits of a Swedish VAT number): Luhn. */
const swedishLuhn = checkDigit((d) => {
  const sum = [...d.slice(0, 10)].reverse().reduce((total, c, i) => {
    const doubled = Number(c) * (i % 2 === 1 ? 2 : 1);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
});

// ---------------------------------------------------------------------------------------------
// VAT numbers

type VatRule = {
  /** The prefix of the normalised number (not always the ISO country code: EL, CHE). */
  prefix: string;
  /** Other prefixes accepted on input and replaced by `prefix`. */
  aliases?: string[];
  /** The part after the prefix, with spaces, dots and dashes removed and letters upper-cased. */
  pattern: RegExp;
  /** The part after the prefix in words, used in the reason and the hint. */
  form: string;
  /** The number's local name, shown in the hint. */
  name?: string;
  check?: Check;
  /** Canonical form of the part after the prefix, when it differs from the input. */
  canonical?: (body: string) => string;
};

const UK_VAT = /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/;
const UK_VAT_FORM = '9 or 12 digits, or GD/HA and 3 digits';

/** EU-27 and XI as in the VIES format table, plus NO, CH, GB, IS and UA. Keyed by the country as entered. */
const VAT_RULES: Record<string, VatRule> = {
  AT: { prefix: 'AT', pattern: /^U\d{8}$/, form: 'U and 8 digits', name: 'UID' },
  BE: { prefix: 'BE', pattern: /^[01]\d{9}$/, form: '10 digits starting with 0 or 1', name: 'BTW/TVA' },
  BG: { prefix: 'BG', pattern: /^\d{9,10}$/, form: '9 or 10 digits', name: 'ИН по ДДС' },
  CY: { prefix: 'CY', pattern: /^\d{8}[A-Z]$/, form: '8 digits and a letter' },
  CZ: { prefix: 'CZ', pattern: /^\d{8,10}$/, form: '8, 9 or 10 digits', name: 'DIČ' },
  DE: { prefix: 'DE', pattern: /^[1-9]\d{8}$/, form: '9 digits', name: 'USt-IdNr.', check: germanVat },
  DK: { prefix: 'DK', pattern: /^\d{8}$/, form: '8 digits', name: 'CVR', check: danishCvr },
  EE: { prefix: 'EE', pattern: /^\d{9}$/, form: '9 digits', name: 'KMKR', check: estonianVat },
  EL: { prefix: 'EL', aliases: ['GR'], pattern: /^\d{9}$/, form: '9 digits', name: 'ΑΦΜ' },
  ES: {
    prefix: 'ES',
    pattern: /^([A-Z]\d{7}[A-Z\d]|\d{8}[A-Z])$/,
    form: '9 characters: letter or digit, 7 digits, letter or digit, not all digits',
    name: 'NIF',
  },
  FI: { prefix: 'FI', pattern: /^\d{8}$/, form: '8 digits', name: 'ALV-numero', check: finnish },
  FR: {
    prefix: 'FR',
    pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
    form: '2 letters or digits and 9 digits',
    name: 'n° TVA',
  },
  HR: { prefix: 'HR', pattern: /^\d{11}$/, form: '11 digits', name: 'OIB' },
  HU: { prefix: 'HU', pattern: /^\d{8}$/, form: '8 digits', name: 'közösségi adószám' },
  IE: {
    prefix: 'IE',
    pattern: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
    form: '7 digits and 1 or 2 letters (old form: digit, letter, 5 digits, letter)',
  },
  IT: { prefix: 'IT', pattern: /^\d{11}$/, form: '11 digits', name: 'partita IVA' },
  LT: {
    prefix: 'LT',
    pattern: /^(\d{9}|\d{12})$/,
    form: '9 or 12 digits',
    name: 'PVM kodas',
    check: lithuanianVat,
  },
  LU: { prefix: 'LU', pattern: /^\d{8}$/, form: '8 digits', name: 'TVA' },
  LV: { prefix: 'LV', pattern: /^\d{11}$/, form: '11 digits', name: 'PVN', check: latvian },
  MT: { prefix: 'MT', pattern: /^\d{8}$/, form: '8 digits' },
  NL: { prefix: 'NL', pattern: /^\d{9}B\d{2}$/, form: '9 digits, B and 2 digits', name: 'btw-id' },
  PL: { prefix: 'PL', pattern: /^\d{10}$/, form: '10 digits', name: 'NIP', check: polishNip },
  PT: { prefix: 'PT', pattern: /^\d{9}$/, form: '9 digits', name: 'NIF' },
  RO: { prefix: 'RO', pattern: /^[1-9]\d{1,9}$/, form: '2 to 10 digits', name: 'CIF' },
  SE: {
    prefix: 'SE',
    pattern: /^\d{10}01$/,
    form: '12 digits ending in 01',
    name: 'momsnummer',
    check: swedishLuhn,
  },
  SI: { prefix: 'SI', pattern: /^\d{8}$/, form: '8 digits', name: 'ID za DDV' },
  SK: { prefix: 'SK', pattern: /^\d{10}$/, form: '10 digits', name: 'IČ DPH' },
  XI: { prefix: 'XI', pattern: UK_VAT, form: UK_VAT_FORM },
  GB: { prefix: 'GB', pattern: UK_VAT, form: UK_VAT_FORM },
  NO: {
    prefix: 'NO',
    pattern: /^\d{9}(MVA)?$/,
    form: '9 digits and optionally MVA',
    name: 'MVA-nummer',
    check: norwegian,
    canonical: (body) => body.slice(0, 9) + 'MVA',
  },
  CH: {
    prefix: 'CHE',
    pattern: /^\d{9}(MWST|TVA|IVA|TPV)?$/,
    form: '9 digits and optionally MWST, TVA or IVA',
    name: 'UID',
    canonical: (body) => body.slice(0, 9),
  },
  IS: { prefix: 'IS', pattern: /^\d{5,6}$/, form: '5 or 6 digits', name: 'VSK-númer' },
  UA: { prefix: 'UA', pattern: /^(\d{12}|\d{10})$/, form: '12 digits, or 10 for individuals', name: 'ІПН' },
};

/** Greece is GR in ISO 3166 but EL in EU VAT. */
const VAT_COUNTRY_ALIASES: Record<string, string> = { GR: 'EL' };

const SEPARATORS = /[\s.\-\u2010-\u2015]/g;
const LENIENT_VAT = /^([A-Z]{2})?[A-Z\d]{2,20}$/;
const LENIENT_VAT_FORM = '2 to 20 letters or digits, with an optional 2-letter country prefix';

const normaliseCountry = (countryCode: string): string => countryCode.trim().toUpperCase();

function vatRule(countryCode: string): VatRule | undefined {
  const country = normaliseCountry(countryCode);
  return VAT_RULES[VAT_COUNTRY_ALIASES[country] ?? country];
}

/** VAT number: accepts with or without the country prefix, spaces, dots, dashes; normalised = prefix + digits/letters, e.g. 'PL5260250274'. Greece prefix is EL (country code GR or EL both accepted as input country). */
export function checkVatNumber(countryCode: string, value: string): IdCheck {
  const compact = value.toUpperCase().replace(SEPARATORS, '');
  const rule = vatRule(countryCode);
  if (!rule) {
    return LENIENT_VAT.test(compact)
      ? { ok: true, normalised: compact }
      : { ok: false, reason: `must be ${LENIENT_VAT_FORM}` };
  }
  const withoutPrefix = [rule.prefix, ...(rule.aliases ?? [])]
    .filter((prefix) => compact.startsWith(prefix))
    .map((prefix) => compact.slice(prefix.length));
  const body = [...withoutPrefix, compact].find((candidate) => rule.pattern.test(candidate));
  if (body === undefined) return { ok: false, reason: `must be ${rule.prefix} followed by ${rule.form}` };
  const problem = rule.check?.(body.replace(/\D/g, ''));
  if (problem) return { ok: false, reason: problem };
  return { ok: true, normalised: rule.prefix + (rule.canonical?.(body) ?? body) };
}

/** The format hint shown in forms, e.g. 'PL + 10 digits (NIP)'. */
export function vatFormatHint(countryCode: string): string {
  const rule = vatRule(countryCode);
  if (!rule) return LENIENT_VAT_FORM;
  return `${rule.prefix} + ${rule.form}${rule.name ? ` (${rule.name})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// National business-register ids

type RegistryRule = {
  /** The expected form in words, used in the reason and the hint. */
  form: string;
  /** The register or number's local name, shown in the hint. */
  name?: string;
  /** The normalised id, or null when the input is not of the form. */
  parse: (value: string) => string | null;
  /** Run on the digits of the normalised id. */
  check?: Check;
};

/** A rule for ids made of digits only, written with any spaces, dots or dashes. */
const digitsRule = (
  pattern: RegExp,
  form: string,
  name: string | undefined,
  check: Check | undefined,
  format: (digits: string) => string = (digits) => digits,
): RegistryRule => ({
  form,
  name,
  check,
  parse: (value) => {
    const digits = value.replace(SEPARATORS, '');
    return pattern.test(digits) ? format(digits) : null;
  },
});

/** DE: court (optional, before or after), register type, number, optional 1–2 letter suffix: 'München HRB 12345'. */
const REGISTER_TYPES = ['HRA', 'HRB', 'GnR', 'GsR', 'PR', 'VR'];
const COURT = String.raw`\p{L}[\p{L}\s.()/-]*?`;
const HANDELSREGISTER = new RegExp(
  String.raw`^(?:(?<before>${COURT})\s*[,:]?\s+)?(?<type>${REGISTER_TYPES.join('|')})\s*(?<number>\d{1,6})` +
    String.raw`(?:\s*(?<suffix>[A-Z]{1,2}))?(?:(?:\s*,\s*|\s+)(?<after>${COURT}))?$`,
  'iu',
);

function parseHandelsregister(value: string): string | null {
  const groups = HANDELSREGISTER.exec(value.trim().replace(/\s+/g, ' '))?.groups;
  if (!groups) return null;
  const type = REGISTER_TYPES.find((t) => t.toUpperCase() === groups.type!.toUpperCase());
  const court = (groups.before ?? groups.after)?.replace(/[\s,:]+$/, '');
  return [court, type, groups.number, groups.suffix?.toUpperCase()].filter(Boolean).join(' ');
}

/** FI Y-tunnus '1234567-8'; old ids written with 6 digits before the dash get a leading zero. */
function parseYTunnus(value: string): string | null {
  const match = /^(\d{7})-?(\d)$|^(\d{6})-(\d)$/.exec(value.replace(/\s/g, ''));
  if (!match) return null;
  const [, body7, check7, body6, check6] = match;
  return `${(body7 ?? body6)!.padStart(7, '0')}-${check7 ?? check6}`;
}

const REGISTRY_RULES: Record<string, RegistryRule> = {
  PL: digitsRule(/^(\d{9}|\d{10}|\d{14})$/, 'KRS (10 digits) or REGON (9 or 14 digits)', undefined, (d) =>
    d.length === 10 || regonValid(d) ? null : CHECK_DIGIT_MISMATCH,
  ),
  LV: digitsRule(/^\d{11}$/, '11 digits', 'reģistrācijas numurs', latvian),
  EE: digitsRule(/^[1789]\d{7}$/, '8 digits starting with 1, 7, 8 or 9', 'registrikood', balticMod11),
  LT: digitsRule(/^\d{9}$/, '9 digits', 'įmonės kodas', balticMod11),
  FI: {
    form: '7 digits, a dash and a check digit, e.g. 1234567-8',
    name: 'Y-tunnus',
    parse: parseYTunnus,
    check: finnish,
  },
  DE: {
    form: 'register type HRA, HRB, GnR, GsR, PR or VR and a number, court optional, e.g. München HRB 12345',
    name: 'Handelsregister',
    parse: parseHandelsregister,
  },
  DK: digitsRule(/^\d{8}$/, '8 digits', 'CVR-nummer', danishCvr),
  SE: digitsRule(
    /^\d{10}$/,
    '10 digits, e.g. 556012-5790',
    'organisationsnummer',
    swedishLuhn,
    (d) => `${d.slice(0, 6)}-${d.slice(6)}`,
  ),
  NO: digitsRule(/^\d{9}$/, '9 digits', 'organisasjonsnummer', norwegian),
};

const LENIENT_REGISTRY = /^(?=.*[\p{L}\p{N}])[\p{L}\p{N} ./-]{3,30}$/u;
const LENIENT_REGISTRY_FORM = '3 to 30 letters, digits, spaces, dots, dashes or slashes';

/**
 * National registry id (the business register number users know): PL KRS or REGON, LV registration number,
 * EE registrikood, LT įmonės kodas, FI Y-tunnus, DE Handelsregister, DK CVR, SE organisationsnummer,
 * NO organisasjonsnummer, with check digits where they have one. Other countries: 3–30 letters, digits,
 * spaces, dots, dashes or slashes, whitespace normalised.
 */
export function checkRegistryId(countryCode: string, value: string): IdCheck {
  const rule = REGISTRY_RULES[normaliseCountry(countryCode)];
  if (!rule) {
    const normalised = value.trim().replace(/\s+/g, ' ');
    return LENIENT_REGISTRY.test(normalised)
      ? { ok: true, normalised }
      : { ok: false, reason: `must be ${LENIENT_REGISTRY_FORM}` };
  }
  const normalised = rule.parse(value);
  if (normalised === null) return { ok: false, reason: `must be ${rule.form}` };
  const problem = rule.check?.(normalised.replace(/\D/g, ''));
  return problem ? { ok: false, reason: problem } : { ok: true, normalised };
}

/** The format hint shown in forms, e.g. '8 digits (CVR-nummer)'. */
export function registryIdFormatHint(countryCode: string): string {
  const rule = REGISTRY_RULES[normaliseCountry(countryCode)];
  if (!rule) return LENIENT_REGISTRY_FORM;
  return rule.name ? `${rule.form} (${rule.name})` : rule.form;
}
