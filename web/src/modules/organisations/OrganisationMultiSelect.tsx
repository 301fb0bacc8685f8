import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Option, useRemoteMultiOptions } from '../../shared/useRemoteMultiOptions.ts';
import { organisationOption } from './OrganisationSelect.tsx';
import { useOrganisations } from './useOrganisations.ts';

export type OrganisationOption = Option;

type OrganisationMultiSelectProps = {
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

/** Several organisations from the registry, searched on the server, each shown with its country. */
export function OrganisationMultiSelect({
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
}: OrganisationMultiSelectProps) {
  const { t } = useTranslation();
  const { search, setSearch, debouncedSearch, withChosen, keepLabels } = useRemoteMultiOptions(
    value,
    knownOptions,
  );
  const organisations = useOrganisations({ q: debouncedSearch || undefined, limit: 50, offset: 0 });
  const options = withChosen(
    (organisations.data?.items ?? []).map((organisation) => organisationOption(organisation, true)),
  );

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('organisationSelect.placeholder') : undefined}
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
      maxValues={maxValues}
      required={required}
      nothingFoundMessage={organisations.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      data-testid={testId}
    />
  );
}
