import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../modules/accounts/useChangeLanguage.ts';
import { currentLanguage, isLanguage, LANGUAGES, NATIVE_LANGUAGE_NAMES } from '../shared/i18n.ts';

const OPTIONS = LANGUAGES.map((language) => ({ value: language, label: NATIVE_LANGUAGE_NAMES[language] }));

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <Select
      data-testid="language-switcher"
      aria-label={t('language.label')}
      data={OPTIONS}
      value={currentLanguage()}
      onChange={(value) => {
        if (isLanguage(value)) changeLanguage(value);
      }}
      allowDeselect={false}
      w={140}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
