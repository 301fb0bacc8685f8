import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPrioritisation } from '../../../../../src/modules/trans-s3/contract.ts';

export type Factor = keyof TPrioritisation['weights'];

/** The prioritisation factors in the API's order (FACTORS in the domain). */
export const FACTORS = [
  'evidence',
  'verification',
  'trends',
  'internationalisation',
  'consultation',
] as const satisfies readonly Factor[];

export const FACTOR_COLORS: Record<Factor, string> = {
  evidence: '#1971c2',
  verification: '#2b8a3e',
  trends: '#e8590c',
  internationalisation: '#7048e8',
  consultation: '#c2255c',
};

/** Numbers and dates in the UI language; a missing value as a dash. */
function createFormat(language: string) {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(language, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const signedPercent = new Intl.NumberFormat(language, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 0,
  });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const localDay = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const missing = (value: number | null | undefined): value is null | undefined =>
    value === null || value === undefined || Number.isNaN(value);
  return {
    language,
    int: (value: number | null | undefined) => (missing(value) ? '—' : integer.format(value)),
    /** A share 0..1 as "42 %". */
    pct: (value: number | null | undefined) => (missing(value) ? '—' : percent.format(value)),
    /** A mean such as 3.75. */
    num: (value: number | null | undefined) => (missing(value) ? '—' : decimal.format(value)),
    /** Any measured value, as precise as it is. */
    value: (value: number | null | undefined) =>
      missing(value) ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(value),
    signed: (value: number) => signed.format(value),
    /** A relative change such as −0.2 as "−20 %". */
    signedPct: (value: number) => signedPercent.format(value),
    /** A calendar day (YYYY-MM-DD) stays that day; a timestamp shows its local day. */
    date: (value: string | null | undefined) => {
      if (!value) return '—';
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : localDay.format(date);
    },
    dateTime: (value: string | null | undefined) => {
      if (!value) return '—';
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
    },
    money: (value: number | null, currency: string) => {
      if (value === null) return '—';
      try {
        return new Intl.NumberFormat(language, {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(value);
      } catch {
        return `${integer.format(value)} ${currency}`;
      }
    },
  };
}
export type StepsFormat = ReturnType<typeof createFormat>;

export function useStepsFormat(): StepsFormat {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => createFormat(language), [language]);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Today in the user's time zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO timestamp as the value of an <input type="datetime-local"> (the user's time zone). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO timestamp with offset (UTC); null when it is not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A local datetime-local value `days` from now at the given hour. */
export function localInputInDays(days: number, hour = 9): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hour, 0, 0, 0);
  return toLocalInput(date.toISOString());
}
