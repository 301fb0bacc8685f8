import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from './languages.ts';

type LanguageMultiSelectProps = {
  label: string;
  description?: ReactNode;
  value: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  maxValues?: number;
};

/** ISO 639-1 languages, named in the UI language. */
export function LanguageMultiSelect({
  label,
  description,
  value,
  onChange,
  error,
  maxValues,
}: LanguageMultiSelectProps) {
  const { t } = useTranslation();
  const options = useLanguageOptions();
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('network.reference.languagePlaceholder') : undefined}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      hidePickedOptions
      maxValues={maxValues}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
    />
  );
}
