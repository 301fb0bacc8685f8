import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { naceLabel, useNaceLabels, useNaceSearch } from './useReferenceLists.ts';

type NaceMultiSelectProps = {
  label: string;
  description?: ReactNode;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: ReactNode;
  testId?: string;
};

/** Several NACE Rev.2 activities, searched by code or name on the server. */
export function NaceMultiSelect({
  label,
  description,
  value,
  onChange,
  onBlur,
  error,
  testId,
}: NaceMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const results = useNaceSearch(debouncedSearch);
  const selectedLabel = useNaceLabels(value);

  const options = value.map((code) => ({ value: code, label: selectedLabel(code) }));
  for (const activity of results.data ?? []) {
    if (!value.includes(activity.code))
      options.push({ value: activity.code, label: naceLabel(activity.code, activity.name) });
  }

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : t('profiles.form.nacePlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      hidePickedOptions
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      data-testid={testId}
    />
  );
}
