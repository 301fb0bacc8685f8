import { useTranslation } from 'react-i18next';

/**
 * Dates in the UI language: a calendar day ('2026-03-31', as deadlines are) stays that day in every
 * time zone; a timestamp shows the local day it falls on (useFormatDateTime adds the time).
 */
export function useFormatDate(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const calendarDay = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const localDay = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (value) => {
    if (!value) return '—';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const date = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? value : calendarDay.format(date);
    }
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : localDay.format(date);
  };
}
