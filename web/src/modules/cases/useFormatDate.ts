import { useTranslation } from 'react-i18next';

/** Formats a calendar date from the API (YYYY-MM-DD) in the UI language, without time-zone shifts. */
export function useFormatDate(): (day: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (day) => {
    if (!day) return '—';
    const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : formatter.format(date);
  };
}
