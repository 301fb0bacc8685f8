import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOrganisationDetailResponse } from '../../../../src/modules/accounts/contract.ts';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';
import { useOrganisations } from '../organisations/useOrganisations.ts';
import { api } from '../../shared/api.ts';

type Option = { value: string; label: string };

type OrganisationPickerProps = {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: ReactNode;
  required?: boolean;
  testId?: string;
};

/** Brokers and admins may act for any organisation, so they search the registry. */
export function canPickAnyOrganisation(role: string): boolean {
  return role === 'broker' || role === 'admin';
}

/**
 * The organisation a profile or an interest is for: members choose among their own organisations,
 * brokers and administrators search the whole registry.
 */
export function OrganisationPicker(props: OrganisationPickerProps) {
  const user = useCurrentUser();
  if (canPickAnyOrganisation(user.role)) return <OrganisationSearchSelect {...props} />;
  return (
    <Select
      label={props.label}
      description={props.description}
      data={user.memberships.map((membership) => ({
        value: membership.organisationId,
        label: membership.organisationName,
      }))}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      error={props.error}
      required={props.required}
      allowDeselect={false}
      data-testid={props.testId}
    />
  );
}

function OrganisationSearchSelect({
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
  const [picked, setPicked] = useState<Option | null>(null);
  const pickedOption = picked && picked.value === value ? picked : null;
  // A value given from outside (?organisation= in the URL) needs its name: the same query as the organisation page.
  const current = useQuery({
    queryKey: ['organisations', 'detail', value],
    queryFn: ({ signal }) =>
      api.get<TOrganisationDetailResponse>(
        `/api/organisations/${encodeURIComponent(value ?? '')}`,
        undefined,
        signal,
      ),
    enabled: Boolean(value) && !pickedOption,
    staleTime: 60_000,
  });
  const selected: Option | null =
    pickedOption ??
    (current.data && current.data.id === value ? { value: current.data.id, label: current.data.name } : null);
  const [debouncedSearch] = useDebouncedValue(search === selected?.label ? '' : search.trim(), 250);
  const organisations = useOrganisations({ q: debouncedSearch || undefined, limit: 50, offset: 0 });

  const options: Option[] = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));
  if (selected && !options.some((option) => option.value === selected.value)) options.unshift(selected);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('profiles.organisationPicker.placeholder')}
      data={options}
      value={value}
      onChange={(next, option) => {
        setPicked(option);
        onChange(next);
      }}
      onBlur={onBlur}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={organisations.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      required={required}
      data-testid={testId}
    />
  );
}
