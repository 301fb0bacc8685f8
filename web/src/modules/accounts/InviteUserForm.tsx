import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEMBERSHIP_ROLES,
  ROLES,
  type TInviteUserResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { CopyableValue } from '../../shared/CopyableValue.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { isLanguage, LANGUAGES, NATIVE_LANGUAGE_NAMES } from '../../shared/i18n.ts';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { OrganisationSelect } from '../organisations/OrganisationSelect.tsx';
import { useInviteUser } from './useUsers.ts';

type Role = (typeof ROLES)[number];
type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const isMembershipRole = (value: string): value is MembershipRole =>
  (MEMBERSHIP_ROLES as readonly string[]).includes(value);

type InviteFormValues = {
  email: string;
  name: string;
  role: string;
  preferredLanguage: string;
  organisationId: string | null;
  membershipRole: string;
};

/** Invite a user; shows the invitation link to pass on, since the e-mail may only wait in the outbox. */
export function InviteUserForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const inviteUser = useInviteUser();
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<TInviteUserResponse | null>(null);
  const form = useForm<InviteFormValues>({
    initialValues: {
      email: '',
      name: '',
      role: 'member',
      preferredLanguage: 'en',
      organisationId: null,
      membershipRole: 'member',
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (
      !isRole(values.role) ||
      !isLanguage(values.preferredLanguage) ||
      !isMembershipRole(values.membershipRole)
    )
      return;
    try {
      const invited = await inviteUser.mutateAsync({
        email: values.email,
        name: values.name,
        role: values.role,
        preferredLanguage: values.preferredLanguage,
        organisationId: values.organisationId ?? undefined,
        membershipRole: values.membershipRole,
      });
      setResult(invited);
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  if (result) {
    return (
      <Stack data-testid="invitation-result">
        <Alert color="green" variant="light" title={t('users.invite.doneTitle')} role="status">
          {t('users.invite.done', { name: result.user.name, email: result.user.email })}
        </Alert>
        <Text fw={600}>{t('users.invite.link')}</Text>
        <CopyableValue value={result.invitationUrl} testId="invitation-url" />
        <Text size="sm" c="dimmed">
          {t('users.invite.outboxNote', { expiresAt: formatDateTime(result.expiresAt) })}
        </Text>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              form.reset();
              setResult(null);
            }}
          >
            {t('users.invite.another')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('users.invite.email')} type="email" required {...form.getInputProps('email')} />
        <TextInput label={t('users.invite.name')} required {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <Select
            label={t('users.invite.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            allowDeselect={false}
            required
            {...form.getInputProps('role')}
          />
          <Select
            label={t('users.invite.language')}
            data={LANGUAGES.map((language) => ({ value: language, label: NATIVE_LANGUAGE_NAMES[language] }))}
            allowDeselect={false}
            {...form.getInputProps('preferredLanguage')}
          />
        </Group>
        <OrganisationSelect
          label={t('users.invite.organisation')}
          description={t('users.invite.organisationHint')}
          value={form.values.organisationId}
          onChange={(value) => form.setFieldValue('organisationId', value)}
          error={form.errors.organisationId}
        />
        <Select
          label={t('users.invite.membershipRole')}
          data={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`membershipRoles.${role}`) }))}
          allowDeselect={false}
          disabled={!form.values.organisationId}
          {...form.getInputProps('membershipRole')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={inviteUser.isPending}>
            {t('users.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
