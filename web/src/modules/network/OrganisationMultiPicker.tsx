import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../organisations/useOrganisations.ts';

export type OrganisationOption = { value: string; label: string };

type OrganisationMultiPickerProps = {
  label: string;
  description?: ReactNode;
  value: string[];
  /** Labels of values set from outside (prefilled), which a search may not bring back. */
  knownOptions?: OrganisationOption[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  maxValues?: number;
  testId?: string;
};

/** Several organisations from the registry, searched on the server. */
export function OrganisationMultiPicker({
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
}: OrganisationMultiPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<OrganisationOption[]>([]);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const organisations = useOrganisations({ q: debouncedSearch || undefined, limit: 50, offset: 0 });
  const found: OrganisationOption[] = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: `${organisation.name} (${organisation.countryCode})`,
  }));
  // Every chosen value needs an option, or its pill has no label.
  const options = [...found];
  for (const option of [...picked, ...knownOptions]) {
    if (value.includes(option.value) && !options.some((known) => known.value === option.value))
      options.push(option);
  }

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('organisationSelect.placeholder') : undefined}
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
      maxValues={maxValues}
      required={required}
      nothingFoundMessage={organisations.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      data-testid={testId}
    />
  );
}
