import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation, useOrganisations } from '../organisations/useOrganisations.ts';

type Option = { value: string; label: string };

type OrganisationPickerProps = {
  label: string;
  description?: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  testId?: string;
};

/**
 * Searchable organisation picker (the registry is searched on the server) that also shows a value
 * set from outside, e.g. from the address (?client=<id>), by fetching that organisation's name.
 */
export function OrganisationPicker({
  label,
  description,
  value,
  onChange,
  onBlur,
  error,
  required,
  testId,
}: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Option | null>(null);
  const selectedOption = selected && selected.value === value ? selected : null;
  const [debouncedSearch] = useDebouncedValue(search === selectedOption?.label ? '' : search.trim(), 250);
  const organisations = useOrganisations({ q: debouncedSearch || undefined, limit: 50, offset: 0 });
  const options: Option[] = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: `${organisation.name} (${organisation.countryCode})`,
  }));
  const isKnown = !value || selectedOption !== null || options.some((option) => option.value === value);
  const preset = useOrganisation(isKnown ? '' : value, { enabled: !isKnown });
  if (selectedOption && !options.some((option) => option.value === selectedOption.value))
    options.unshift(selectedOption);
  if (!isKnown && value && preset.data)
    options.unshift({ value, label: `${preset.data.name} (${preset.data.countryCode})` });

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('organisationSelect.placeholder')}
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
      nothingFoundMessage={organisations.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      data-testid={testId}
    />
  );
}
