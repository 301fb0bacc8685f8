import { useTranslation } from 'react-i18next';

/**
 * Names of regions (ISO 3166 country codes) or languages (ISO 639) in the UI language, from the
 * browser's own data (no API call); the code itself when the browser does not know it.
 */
export function useDisplayName(type: 'region' | 'language'): (code: string) => string {
  const { i18n } = useTranslation();
  const displayNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], { type, fallback: 'code' });
  return (code) => {
    try {
      return displayNames.of(code) ?? code;
    } catch {
      return code; // not a well-formed code
    }
  };
}

/** Language names in the UI language: "German", "Deutsch"... */
export function useLanguageName(): (code: string) => string {
  return useDisplayName('language');
}
