import { useTranslation } from 'react-i18next';

/** Formats timestamps from the API in the UI language. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => (iso ? formatter.format(new Date(iso)) : '—');
}
