import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';
import { OrganisationSelect } from '../organisations/OrganisationSelect.tsx';
import { isBrokerOrAdmin } from '../accounts/roles.ts';

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

/**
 * The organisation a profile or an interest is for: members choose among their own organisations,
 * brokers and administrators search the whole registry (a value given from outside, e.g.
 * ?organisation= in the URL, is shown by its name).
 */
export function OrganisationPicker(props: OrganisationPickerProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (isBrokerOrAdmin(user.role))
    return <OrganisationSelect {...props} placeholder={t('profiles.organisationPicker.placeholder')} />;
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
