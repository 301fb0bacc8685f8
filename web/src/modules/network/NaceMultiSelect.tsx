import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeLabel, useNaceNames, useNaceSearch } from './useReferenceData.ts';

type Option = { value: string; label: string };

/** Server-searched NACE options, with an option for every chosen code (named once its name is loaded). */
function useNaceOptions(
  search: string,
  chosen: readonly string[],
): { options: Option[]; isFetching: boolean } {
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const found = useNaceSearch(debouncedSearch);
  const names = useNaceNames(chosen);
  const options: Option[] = (found.data ?? []).map((activity) => ({
    value: activity.code,
    label: codeLabel(activity.code, activity.name),
  }));
  for (const code of chosen) {
    if (!options.some((option) => option.value === code))
      options.push({ value: code, label: codeLabel(code, names[code]) });
  }
  return { options, isFetching: found.isFetching };
}

type NaceMultiSelectProps = {
  label: string;
  description?: ReactNode;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: ReactNode;
  maxValues?: number;
};

/** NACE Rev.2 codes, searched by code or name (GET /api/reference/nace?q=). */
export function NaceMultiSelect({
  label,
  description,
  value,
  onChange,
  onBlur,
  error,
  maxValues,
}: NaceMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { options, isFetching } = useNaceOptions(search, value);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('network.reference.nacePlaceholder') : undefined}
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
      nothingFoundMessage={isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}

type NaceSelectProps = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
};

/** One NACE Rev.2 code, e.g. for a filter. */
export function NaceSelect({ label, value, onChange }: NaceSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const chosen = value ? [value] : [];
  const names = useNaceNames(chosen);
  const selectedLabel = value ? codeLabel(value, names[value]) : undefined;
  const { options, isFetching } = useNaceOptions(search === selectedLabel ? '' : search, chosen);
  return (
    <Select
      label={label}
      placeholder={t('network.reference.naceAny')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={isFetching ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
