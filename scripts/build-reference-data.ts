/**
 * Derives GoSmart's reference data (countries, NUTS 2021, NACE Rev.2, WIPO technology fields, TRL)
 * from the Eurostat files in shared/data and writes them as small JSON files that are committed.
 * Usage: npx tsx scripts/build-reference-data.ts [path-to-shared-data]
 * Sources and transformations are documented in src/modules/reference/data/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Country = { code: string; eurostatCode: string; name: string };
export type NutsRegion = {
  code: string;
  level: number;
  countryCode: string;
  parentCode: string | null;
  name: string;
};
export type TechnologyField = { id: number; sector: string; name: string };
export type Trl = { level: number; name: string; definition: string };
export type NaceActivity = {
  code: string;
  eurostatCode: string;
  level: number;
  parentCode: string | null;
  section: string;
  name: string;
};

// Eurostat deviates from ISO 3166-1 for exactly these two countries.
const EUROSTAT_TO_ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };

// The 249 officially assigned ISO 3166-1 alpha-2 codes. Used to tell countries from Eurostat's
// two-letter aggregates (EU, EA, FZ, IF), withdrawn codes (AN, FX) and user-assigned XK (Kosovo).
const ISO_3166_ALPHA2 =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);

// geo.dic has no country entry for these: Eurostat treats them as regions of FI and FR
// (NUTS FI200, FRY1-FRY4), so their names are hand-written here (ISO 3166-1 short names).
const MISSING_FROM_GEO_DIC: Country[] = [
  { code: 'AX', eurostatCode: 'AX', name: 'Åland Islands' },
  { code: 'GF', eurostatCode: 'GF', name: 'French Guiana' },
  { code: 'GP', eurostatCode: 'GP', name: 'Guadeloupe' },
  { code: 'MQ', eurostatCode: 'MQ', name: 'Martinique' },
  { code: 'RE', eurostatCode: 'RE', name: 'Réunion' },
];

// Eurostat labels that are not the common English short name even after stripping parentheticals.
const COUNTRY_NAME_OVERRIDES: Record<string, string> = {
  CN: 'China', // "China including Hong Kong"
  FO: 'Faroe Islands', // "Faroes (DK)"
  GM: 'Gambia', // "Gambia, The"
  MM: 'Myanmar', // "Myanmar/Burma"
  VA: 'Holy See', // "Holy See (the)/Vatican City State"
};

const NACE_LEVEL_COUNTS: Record<number, number> = { 1: 21, 2: 88, 3: 272, 4: 615 };

// Hand-written: the 35 fields of the WIPO IPC-Technology concordance (Schmoch 2008), per sector in
// official order, so ids 1..35 follow from the position (same numbering as PATSTAT techn_field_nr).
// prettier-ignore
const WIPO_FIELDS_BY_SECTOR: [sector: string, names: string[]][] = [
  ['Electrical engineering', ['Electrical machinery, apparatus, energy', 'Audio-visual technology', 'Telecommunications',
    'Digital communication', 'Basic communication processes', 'Computer technology', 'IT methods for management',
    'Semiconductors']],
  ['Instruments', ['Optics', 'Measurement', 'Analysis of biological materials', 'Control', 'Medical technology']],
  ['Chemistry', ['Organic fine chemistry', 'Biotechnology', 'Pharmaceuticals', 'Macromolecular chemistry, polymers',
    'Food chemistry', 'Basic materials chemistry', 'Materials, metallurgy', 'Surface technology, coating',
    'Micro-structural and nano-technology', 'Chemical engineering', 'Environmental technology']],
  ['Mechanical engineering', ['Handling', 'Machine tools', 'Engines, pumps, turbines', 'Textile and paper machines',
    'Other special machines', 'Thermal processes and apparatus', 'Mechanical elements', 'Transport']],
  ['Other fields', ['Furniture, games', 'Other consumer goods', 'Civil engineering']],
];

// Hand-written: Horizon 2020 Work Programme 2014-2015, General Annex G (Commission Decision C(2014)4995).
// The short name is the Annex G sentence without its parenthetical qualification.
const TRL_DEFINITIONS: string[] = [
  'basic principles observed',
  'technology concept formulated',
  'experimental proof of concept',
  'technology validated in lab',
  'technology validated in relevant environment (industrially relevant environment in the case of key enabling technologies)',
  'technology demonstrated in relevant environment (industrially relevant environment in the case of key enabling technologies)',
  'system prototype demonstration in operational environment',
  'system complete and qualified',
  'actual system proven in operational environment (competitive manufacturing in the case of key enabling technologies; or in space)',
];

// One CSV field: either "quoted" (commas allowed, "" = escaped quote) or plain up to the next comma.
const CSV_FIELD = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;

/** Splits one CSV line (RFC 4180 quoting without embedded newlines, which neither input file has). */
export const parseCsvLine = (line: string): string[] =>
  [...line.matchAll(CSV_FIELD)].map(([, quoted, plain]) => quoted?.replaceAll('""', '"') ?? plain ?? '');

/** Reads a CSV with a header row into records; blank lines (and the CRLF of nuts2021_codes.csv) are dropped. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header = [], ...rows] = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(parseCsvLine);
  return rows.map((cells) => Object.fromEntries(header.map((key, i) => [key, (cells[i] ?? '').trim()])));
}

/** geo.dic is `code<TAB>label`, one per line. */
export function parseGeoDic(text: string): Map<string, string> {
  const entries = text.split(/\r?\n/).map((line) => line.split('\t'));
  return new Map(
    entries.filter((e) => e.length >= 2).map(([code = '', label = '']) => [code.trim(), label.trim()]),
  );
}

export const toIsoCountryCode = (eurostatCode: string): string =>
  EUROSTAT_TO_ISO[eurostatCode] ?? eurostatCode;

/** "Germany (until 1990 former territory of the FRG)" → "Germany"; keeps inner ones as in "Cocos (Keeling) Islands (AU)". */
export const stripTrailingParenthetical = (label: string): string => label.replace(/\s*\([^()]*\)$/, '');

/** Eurostat NACE notation → platform display code: C → C, C10 → C10, C105 → C10.5, C1051 → C10.51. */
export function toNaceDisplayCode(eurostatCode: string): string {
  const section = eurostatCode.slice(0, 1);
  const digits = eurostatCode.slice(1);
  return digits.length <= 2 ? eurostatCode : `${section}${digits.slice(0, 2)}.${digits.slice(2)}`;
}

// Plain code-unit order (not localeCompare) so the output does not depend on the machine's locale;
// for NUTS and NACE codes it is also depth-first hierarchical order (BE, BE1, BE10, BE100, BE2, ...).
const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function fail(message: string): never {
  throw new Error(`build-reference-data: ${message}`);
}

/** Fails unless codes are unique and every parentCode refers to an existing code. */
function assertTree(kind: string, items: { code: string; parentCode: string | null }[]): void {
  const codes = new Set(items.map((item) => item.code));
  if (codes.size !== items.length) fail(`duplicate ${kind} codes`);
  const orphan = items.find((item) => item.parentCode !== null && !codes.has(item.parentCode));
  if (orphan) fail(`${kind} ${orphan.code}: parent ${orphan.parentCode} missing`);
}

export function buildCountries(geo: Map<string, string>): Country[] {
  const isoCodes = new Set(ISO_3166_ALPHA2);
  const fromGeoDic = [...geo]
    .filter(([eurostatCode]) => isoCodes.has(toIsoCountryCode(eurostatCode)))
    .map(([eurostatCode, label]) => {
      const code = toIsoCountryCode(eurostatCode);
      return { code, eurostatCode, name: COUNTRY_NAME_OVERRIDES[code] ?? stripTrailingParenthetical(label) };
    });
  const countries = [...fromGeoDic, ...MISSING_FROM_GEO_DIC].sort((a, b) => compareCodes(a.code, b.code));
  const covered = new Set(countries.map((c) => c.code));
  const missing = ISO_3166_ALPHA2.filter((code) => !covered.has(code));
  if (missing.length > 0 || covered.size !== countries.length)
    fail(`countries missing or duplicated: ${missing}`);
  return countries;
}

export function buildNuts(rows: Record<string, string>[], geo: Map<string, string>): NutsRegion[] {
  const regions = rows.map((row): NutsRegion => {
    const code = row.code ?? '';
    const level = Number(row.level);
    if (level !== code.length - 2) fail(`NUTS ${code}: level ${row.level} does not match code length`);
    // RO322 (Ilfov) has an empty name in nuts2021_codes.csv (NUTS2021.xlsx has it); geo.dic fills such gaps.
    const name = row.name || geo.get(code) || fail(`NUTS ${code}: no name`);
    const parentCode = level === 0 ? null : code.slice(0, -1);
    return { code, level, countryCode: toIsoCountryCode(row.country_code ?? ''), parentCode, name };
  });
  assertTree('NUTS', regions);
  return regions.sort((a, b) => compareCodes(a.code, b.code));
}

export function buildNace(rows: Record<string, string>[]): NaceActivity[] {
  // Level 0 rows are Eurostat aggregates (B-E, M_N, ...), not part of the NACE hierarchy.
  const hierarchy = rows.filter((row) => ['1', '2', '3', '4'].includes(row.level ?? ''));
  const activities = hierarchy.map((row): NaceActivity => {
    const eurostatCode = row.code ?? '';
    const level = Number(row.level);
    const parent = row.parent === 'NULL' ? null : (row.parent ?? null);
    const expectedParent =
      level === 1 ? null : level === 2 ? eurostatCode.slice(0, 1) : eurostatCode.slice(0, -1);
    if (parent !== expectedParent) fail(`NACE ${eurostatCode}: unexpected parent ${parent}`);
    return {
      code: toNaceDisplayCode(eurostatCode),
      eurostatCode,
      level,
      parentCode: parent === null ? null : toNaceDisplayCode(parent),
      section: eurostatCode.slice(0, 1),
      name: row.name || fail(`NACE ${eurostatCode}: no name`),
    };
  });
  for (const [level, count] of Object.entries(NACE_LEVEL_COUNTS)) {
    const actual = activities.filter((a) => a.level === Number(level)).length;
    if (actual !== count) fail(`NACE level ${level}: expected ${count} codes, got ${actual}`);
  }
  assertTree('NACE', activities);
  return activities.sort((a, b) => compareCodes(a.eurostatCode, b.eurostatCode));
}

export function buildTechnologyFields(): TechnologyField[] {
  const fields = WIPO_FIELDS_BY_SECTOR.flatMap(([sector, names]) => names.map((name) => ({ sector, name })));
  return fields.map((field, i) => ({ id: i + 1, ...field }));
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const buildTrls = (): Trl[] =>
  TRL_DEFINITIONS.map((definition, i) => ({
    level: i + 1,
    name: capitalise(stripTrailingParenthetical(definition)),
    definition,
  }));

function writeJson(dir: string, file: string, data: readonly unknown[]): void {
  writeFileSync(join(dir, file), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  console.log(`${file}: ${data.length} rows`);
}

function main(): void {
  const scriptDir = dirname(fileURLToPath(import.meta.url));
  const dataDir = process.argv[2] ? resolve(process.argv[2]) : resolve(scriptDir, '../../shared/data');
  const outDir = resolve(scriptDir, '../src/modules/reference/data');
  const read = (file: string): string => readFileSync(join(dataDir, file), 'utf8');

  const geo = parseGeoDic(read('geo.dic'));
  const countries = buildCountries(geo);
  const nuts = buildNuts(parseCsv(read('nuts2021_codes.csv')), geo);
  const nace = buildNace(parseCsv(read('nace_r2.csv')));
  const countryCodes = new Set(countries.map((c) => c.code));
  const unknown = nuts.find((r) => !countryCodes.has(r.countryCode));
  if (unknown) fail(`NUTS ${unknown.code}: country ${unknown.countryCode} not in countries.json`);

  // Everything is built and checked before the first write, so a bad input never leaves a half-updated folder.
  mkdirSync(outDir, { recursive: true });
  writeJson(outDir, 'countries.json', countries);
  writeJson(outDir, 'nuts.json', nuts);
  writeJson(outDir, 'nace.json', nace);
  writeJson(outDir, 'technology-fields.json', buildTechnologyFields());
  writeJson(outDir, 'trl.json', buildTrls());
}

// Run only when executed directly, so the pure functions above can be imported (e.g. by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
