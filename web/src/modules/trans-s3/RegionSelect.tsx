import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nutsLabel, type NutsOption } from '../reference/NutsSelect.tsx';
import { useNutsSearch } from '../reference/useNutsRegions.ts';

type RegionSelectProps = {
  label: string;
  description?: ReactNode;
  value: string | null;
  /** The label of the current value (e.g. when editing), until a search brings it back. */
  initialOption?: NutsOption | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  testId?: string;
};

/** One NUTS region of any country and level (PL84, LT, FI1C4), searched by name or code on the server. */
export function RegionSelect({
  label,
  description,
  value,
  initialOption,
  onChange,
  onBlur,
  error,
  required,
  testId,
}: RegionSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<NutsOption | null>(initialOption ?? null);
  const selectedOption = selected && selected.value === value ? selected : null;
  // The selected label in the input is not a search.
  const [debouncedSearch] = useDebouncedValue(search === selectedOption?.label ? '' : search, 250);
  const regions = useNutsSearch(debouncedSearch);
  const options: NutsOption[] = (regions.data ?? []).map((region) => ({
    value: region.code,
    label: nutsLabel(region.code, region.name),
  }));
  if (selectedOption && !options.some((option) => option.value === selectedOption.value))
    options.unshift(selectedOption);
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, label: value });

  return (
    <Select
      label={label}
      description={description}
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
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        regions.isFetching
          ? t('common.loading')
          : search.trim()
            ? t('common.nothingFound')
            : t('network.reference.typeToSearch')
      }
      error={error}
      data-testid={testId}
    />
  );
}
