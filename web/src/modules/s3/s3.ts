import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '../../../../src/modules/s3/contract.ts';

export type Quadrant = (typeof QUADRANTS)[number];
export { QUADRANTS };

/** The regions of the GoSmart project at NUTS-2 (LT00 is Lithuania's code before the 2016 split). */
export const GOSMART_REGIONS = ['PL84', 'LV00', 'EE00', 'LT00', 'FI1C', 'DE60', 'DK03'] as const;

/** Balland et al. (2019): green = go, blue = safe, orange = risky, red = neither. */
export const QUADRANT_COLORS: Record<Quadrant, string> = {
  best_bet: '#2b8a3e',
  safe_bet: '#1971c2',
  long_shot: '#e8590c',
  least_attractive: '#c92a2a',
};
export const QUADRANT_BADGE_COLORS: Record<Quadrant, string> = {
  best_bet: 'green',
  safe_bet: 'blue',
  long_shot: 'orange',
  least_attractive: 'red',
};
export const SPECIALISED_COLOR = '#adb5bd';

/** The kinds of NUTS recoding notes the import writes (src/modules/s3/domain/import/nuts-recoding.ts). */
const NOTE_KINDS = [
  'recoded',
  'merged',
  'split',
  'boundary_change',
  'discontinued',
  'unknown',
  'extra_regio',
  'aggregate',
] as const;
type NoteKind = (typeof NOTE_KINDS)[number];

function isNoteKind(kind: string): kind is NoteKind {
  return (NOTE_KINDS as readonly string[]).includes(kind);
}

/** A recoding note's kind in the UI language; an unknown kind as the API sent it. */
export function useNoteKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return (kind) => (isNoteKind(kind) ? t(`s3.noteKinds.${kind}`) : kind);
}

/** Number formatting in one language; null (undefined in the API) as a dash. */
function createFormat(language: string) {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimal = (digits: number) => {
    let format = decimals.get(digits);
    if (!format) {
      // signDisplay 'negative': a value that rounds to 0 shows as 0, not -0.00.
      format = new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: 'negative',
      });
      decimals.set(digits, format);
    }
    return format;
  };
  const isMissing = (value: number | null | undefined): value is null | undefined =>
    value === null || value === undefined || Number.isNaN(value);
  return {
    int: (value: number | null | undefined) => (isMissing(value) ? '—' : integer.format(value)),
    num: (value: number | null | undefined, digits = 2) => (isMissing(value) ? '—' : decimal(digits).format(value)),
    pct: (value: number | null | undefined) => (isMissing(value) ? '—' : percent.format(value)),
    /** A measured value: whole numbers as such, others with one decimal (LFS counts thousands). */
    value: (value: number | null | undefined) =>
      isMissing(value) ? '—' : Number.isInteger(value) ? integer.format(value) : decimal(1).format(value),
  };
}
export type S3Format = ReturnType<typeof createFormat>;

/** Numbers in the UI language; the same object until the language changes (safe in memo deps). */
export function useS3Format(): S3Format {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => createFormat(language), [language]);
}

/** "PL84 · Podlaskie", or the code alone when the name is unknown (e.g. a pre-2021 code). */
export function regionLabel(code: string, names: Record<string, string> | undefined): string {
  const name = names?.[code];
  return name ? `${code} · ${name}` : code;
}

/** Years as "2008–2015", or one year. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/** Importing and deleting datasets is for S3 analysts and administrators (the API's rule). */
export function canManageDatasets(user: { role: string }): boolean {
  return user.role === 'analyst' || user.role === 'admin';
}
