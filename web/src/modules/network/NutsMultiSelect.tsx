import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoteMultiOptions } from '../../shared/useRemoteMultiOptions.ts';
import { nutsLabel, type NutsOption } from '../reference/NutsSelect.tsx';
import { useNutsSearch } from '../reference/useNutsRegions.ts';

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
  const { search, setSearch, debouncedSearch, withChosen, keepLabels } = useRemoteMultiOptions(
    value,
    knownOptions,
  );
  const regions = useNutsSearch(debouncedSearch);
  const options = withChosen(
    (regions.data ?? []).map((region) => ({
      value: region.code,
      label: nutsLabel(region.code, region.name),
    })),
  );
  // A code nobody has named yet still gets a pill.
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
        keepLabels(next, options);
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
