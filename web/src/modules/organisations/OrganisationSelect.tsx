import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from './useOrganisations.ts';

type Option = { value: string; label: string };

type OrganisationSelectProps = {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
};

/** Searchable organisation picker; the registry is searched on the server. */
export function OrganisationSelect({ label, description, value, onChange, error }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Option | null>(null);
  const selectedOption = selected && selected.value === value ? selected : null;
  const [debouncedSearch] = useDebouncedValue(search === selectedOption?.label ? '' : search.trim(), 250);
  const organisations = useOrganisations({ q: debouncedSearch || undefined, limit: 50, offset: 0 });

  const options: Option[] = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));
  if (selectedOption && !options.some((option) => option.value === selectedOption.value))
    options.unshift(selectedOption);

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
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={organisations.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
