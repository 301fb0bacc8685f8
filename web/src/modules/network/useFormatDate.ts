import { useTranslation } from 'react-i18next';

/** Formats a calendar date from the API (YYYY-MM-DD) in the UI language, without time-zone shifts. */
export function useFormatDate(): (date: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (date) => {
    if (!date) return '—';
    const parsed = new Date(`${date}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? date : formatter.format(parsed);
  };
}
