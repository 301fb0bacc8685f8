import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNutsRegions } from './useNutsRegions.ts';

export type NutsOption = { value: string; label: string };

export function nutsLabel(code: string, name: string | null): string {
  return name ? `${code} · ${name}` : code;
}

type NutsSelectProps = {
  country: string | null;
  value: string | null;
  /** The label of the current value when it is not in the loaded options (e.g. when editing). */
  initialOption?: NutsOption | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: ReactNode;
};

/** Searchable NUTS region select; the server searches names and codes (accent-insensitive). */
export function NutsSelect({ country, value, initialOption, onChange, onBlur, error }: NutsSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<NutsOption | null>(initialOption ?? null);
  const selectedOption = selected && selected.value === value ? selected : null;
  // Typing filters on the server; the selected label in the input is not a search.
  const [debouncedSearch] = useDebouncedValue(search === selectedOption?.label ? '' : search, 250);
  const regions = useNutsRegions(country, debouncedSearch);

  const options: NutsOption[] = (regions.data ?? []).map((region) => ({
    value: region.code,
    label: nutsLabel(region.code, region.name),
  }));
  if (selectedOption && !options.some((option) => option.value === selectedOption.value)) {
    options.unshift(selectedOption);
  }

  return (
    <Select
      label={t('organisationForm.nuts')}
      description={country ? t('organisationForm.nutsHint') : t('organisationForm.nutsNeedsCountry')}
      placeholder={t('organisationForm.nutsPlaceholder')}
      data={options}
      value={value}
      onChange={(next, option) => {
        setSelected(option);
        onChange(next);
      }}
      onBlur={onBlur}
      searchable
      clearable
      disabled={!country}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={regions.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
