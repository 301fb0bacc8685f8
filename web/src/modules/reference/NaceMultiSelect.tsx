import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { naceLabel, useNaceNames, useNaceSearch } from './useNace.ts';

type NaceMultiSelectProps = {
  label: string;
  description?: ReactNode;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: ReactNode;
  maxValues?: number;
  testId?: string;
};

/** Several NACE Rev.2 activities, searched by code or name on the server. */
export function NaceMultiSelect({
  label,
  description,
  placeholder,
  value,
  onChange,
  onBlur,
  error,
  maxValues,
  testId,
}: NaceMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const found = useNaceSearch(debouncedSearch);
  const names = useNaceNames(value);
  const options = (found.data ?? []).map((activity) => ({
    value: activity.code,
    label: naceLabel(activity.code, activity.name),
  }));
  // Every chosen code needs an option, or its pill has no label.
  for (const code of value) {
    if (!options.some((option) => option.value === code))
      options.push({ value: code, label: naceLabel(code, names[code]) });
  }

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      data={options}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      hidePickedOptions
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      maxValues={maxValues}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      data-testid={testId}
    />
  );
}
