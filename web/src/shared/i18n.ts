import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../../src/modules/accounts/contract.ts';

// One file per language for the app chrome, plus one per feature area (locales/<area>/<lang>.json),
// so that areas can be translated independently; each area file holds one top-level key.
// English is in the main bundle (it is also the fallback); another language is fetched when chosen.
type LocaleFile = { default: Record<string, unknown> };
const englishFiles = import.meta.glob<LocaleFile>('../locales/**/en.json', { eager: true });
const otherFiles = import.meta.glob<LocaleFile>(['../locales/**/*.json', '!../locales/**/en.json']);

const merge = (files: LocaleFile[]) =>
  files.reduce<Record<string, unknown>>((merged, file) => ({ ...merged, ...file.default }), {});

/** Fetches a language's files once and adds them to i18next. */
async function loadLanguage(language: string): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const loaders = Object.entries(otherFiles)
    .filter(([path]) => path.endsWith(`/${language}.json`))
    .map(([, load]) => load());
  i18n.addResourceBundle(language, 'translation', merge(await Promise.all(loaders)), true, true);
}

export type Language = (typeof LANGUAGES)[number];
export { LANGUAGES };

/** Each language in its own name, as the switcher shows it. */
export const NATIVE_LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  pl: 'Polski',
  lv: 'Latviešu',
  et: 'Eesti',
  lt: 'Lietuvių',
  fi: 'Suomi',
  de: 'Deutsch',
  da: 'Dansk',
};

const STORAGE_KEY = 'gosmart.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language | null {
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase());
  return preferred.find(isLanguage) ?? null;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** Switches the UI language now, remembers it in this browser and sets `<html lang>`. */
export async function applyLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

// <html lang> follows the UI language (screen readers pick their voice from it).
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const initialLanguage = readStoredLanguage() ?? browserLanguage() ?? 'en';

/** Resolves when the first language's texts are there (main.tsx renders after it). */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({
    resources: { en: { translation: merge(Object.values(englishFiles)) } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  })
  .then(() => loadLanguage(initialLanguage))
  .then(() => i18n.changeLanguage(initialLanguage))
  .then(() => undefined);

export { i18n };
