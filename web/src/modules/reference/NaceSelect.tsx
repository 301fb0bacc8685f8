import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { naceLabel, useNaceLabels, useNaceSearch } from './useNace.ts';

type NaceSelectProps = {
  label: string;
  placeholder?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  testId?: string;
};

/** One NACE Rev.2 activity (e.g. a search filter), searched by code or name on the server. */
export function NaceSelect({ label, placeholder, value, onChange, testId }: NaceSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const selectedLabel = useNaceLabels(value ? [value] : []);
  const currentLabel = value ? selectedLabel(value) : null;
  // The selected label shown in the input is not a search.
  const [debouncedSearch] = useDebouncedValue(search === currentLabel ? '' : search, 250);
  const found = useNaceSearch(debouncedSearch);

  const options = (found.data ?? []).map((activity) => ({
    value: activity.code,
    label: naceLabel(activity.code, activity.name),
  }));
  if (value && currentLabel && !options.some((option) => option.value === value))
    options.unshift({ value, label: currentLabel });

  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      data-testid={testId}
    />
  );
}
