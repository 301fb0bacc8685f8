import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nutsLabel, type NutsOption } from '../reference/NutsSelect.tsx';
import { useNutsSearch } from './useReferenceData.ts';

type NutsMultiSelectProps = {
  label: string;
  description?: ReactNode;
  value: string[];
  /** Labels of the regions chosen before (e.g. from the broker's entry). */
  knownOptions?: NutsOption[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  maxValues?: number;
  testId?: string;
};

/** NUTS regions of any country, searched by name or code on the server. */
export function NutsMultiSelect({
  label,
  description,
  value,
  knownOptions = [],
  onChange,
  onBlur,
  error,
  required,
  maxValues,
  testId,
}: NutsMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<NutsOption[]>([]);
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const regions = useNutsSearch(debouncedSearch);
  const options: NutsOption[] = (regions.data ?? []).map((region) => ({
    value: region.code,
    label: nutsLabel(region.code, region.name),
  }));
  for (const option of [...picked, ...knownOptions]) {
    if (value.includes(option.value) && !options.some((known) => known.value === option.value))
      options.push(option);
  }
  for (const code of value) {
    if (!options.some((option) => option.value === code)) options.push({ value: code, label: code });
  }

  return (
    <MultiSelect
      label={label}
      description={description ?? t('network.reference.nutsHint')}
      placeholder={value.length === 0 ? t('organisationForm.nutsPlaceholder') : undefined}
      data={options}
      value={value}
      onChange={(next) => {
        setPicked((previous) => [
          ...previous.filter((option) => next.includes(option.value)),
          ...options.filter(
            (option) =>
              next.includes(option.value) && !previous.some((known) => known.value === option.value),
          ),
        ]);
        onChange(next);
      }}
      onBlur={onBlur}
      searchable
      hidePickedOptions
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      required={required}
      maxValues={maxValues}
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
