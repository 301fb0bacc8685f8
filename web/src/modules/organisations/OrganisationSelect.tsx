import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../shared/useRemoteMultiOptions.ts';
import { useOrganisation, useOrganisations } from './useOrganisations.ts';

/** An organisation as a select option: "Netta Yachts", or with its country "Netta Yachts (PL)". */
export function organisationOption(
  organisation: { id: string; name: string; countryCode: string },
  withCountry: boolean,
): Option {
  return {
    value: organisation.id,
    label: withCountry ? `${organisation.name} (${organisation.countryCode})` : organisation.name,
  };
}

type OrganisationSelectProps = {
  label: string;
  description?: ReactNode;
  /** Defaults to "Search organisations" (organisationSelect.placeholder). */
  placeholder?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  /** Shows each organisation's country after its name. */
  withCountry?: boolean;
  testId?: string;
};

/**
 * Searchable organisation picker (the registry is searched on the server) that also shows a value
 * set from outside, e.g. from the address (?client=<id>), by fetching that organisation's name.
 */
export function OrganisationSelect({
  label,
  description,
  placeholder,
  value,
  onChange,
  onBlur,
  error,
  required,
  withCountry = false,
  testId,
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option | null>(null);
  const pickedOption = picked && picked.value === value ? picked : null;
  const current = useOrganisation(value ?? '', { enabled: Boolean(value) && !pickedOption });
  const selected =
    pickedOption ??
    (current.data && current.data.id === value ? organisationOption(current.data, withCountry) : null);
  // The selected label shown in the input is not a search.
  const [debouncedSearch] = useDebouncedValue(search === selected?.label ? '' : search.trim(), 250);
  const organisations = useOrganisations({ q: debouncedSearch || undefined, limit: 50, offset: 0 });

  const options = (organisations.data?.items ?? []).map((organisation) =>
    organisationOption(organisation, withCountry),
  );
  if (selected && !options.some((option) => option.value === selected.value)) options.unshift(selected);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('organisationSelect.placeholder')}
      data={options}
      value={value}
      onChange={(next, option) => {
        setPicked(option);
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
