import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_ROLES, type GroupRole } from '../../../../src/modules/trans-s3/contract.ts';
import { HELIX_TYPES, type HelixType } from '../organisations/helix.ts';
import { apiFieldErrors } from './formErrors.ts';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';
import { type TGroup, useAddMember, useUpdateMember } from './useTransS3.ts';

type TMember = TGroup['members'][number];
type MemberValues = { email: string; role: GroupRole; helix: HelixType | null; region: string | null };
const FIELDS = ['email', 'role', 'helix', 'region'] as const;

const isRole = (value: string | null): value is GroupRole =>
  value !== null && (GROUP_ROLES as readonly string[]).includes(value);
const isHelix = (value: string | null): value is HelixType =>
  value !== null && (HELIX_TYPES as readonly string[]).includes(value);

type MemberFormProps = {
  group: TGroup;
  /** The member to change; null to add one by e-mail. */
  member: TMember | null;
  onDone: () => void;
};

/** Adds a member by e-mail, or changes a member's role; stakeholders also have a helix and a region. */
export function MemberForm({ group, member, onDone }: MemberFormProps) {
  const { t } = useTranslation();
  const add = useAddMember(group.id);
  const update = useUpdateMember(group.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<MemberValues>({
    initialValues: {
      email: member?.email ?? '',
      role: member?.role ?? 'stakeholder',
      helix: member?.helix ?? null,
      region: member?.region ?? null,
    },
    validate: {
      email: (value) =>
        member || /^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('transS3.members.emailInvalid'),
      helix: (value, values) =>
        values.role === 'stakeholder' && !value ? t('transS3.members.helixRequired') : null,
    },
  });
  const isStakeholder = form.values.role === 'stakeholder';

  const submit = form.onSubmit(async (values) => {
    setError(null);
    // Stakeholders need a helix (their answers count by helix); for others helix and region are optional.
    const details = { role: values.role, helix: values.helix, region: values.region };
    try {
      if (member) await update.mutateAsync({ userId: member.userId, patch: details });
      else await add.mutateAsync({ email: values.email.trim(), ...details });
      onDone();
    } catch (caught) {
      const { errors, complete } = apiFieldErrors(caught, FIELDS);
      form.setErrors(errors);
      if (!complete) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="member-form">
      <Stack gap="md">
        {member ? (
          <TextInput label={t('transS3.members.email')} value={`${member.name} <${member.email}>`} readOnly />
        ) : (
          <TextInput
            type="email"
            label={t('transS3.members.email')}
            description={t('transS3.members.emailHint')}
            required
            data-testid="member-form-email"
            {...form.getInputProps('email')}
          />
        )}
        <Select
          label={t('transS3.members.role')}
          description={t(`transS3.roleDescriptions.${form.values.role}`)}
          data={GROUP_ROLES.map((role) => ({ value: role, label: t(`transS3.roles.${role}`) }))}
          value={form.values.role}
          onChange={(value) => {
            if (isRole(value)) form.setFieldValue('role', value);
          }}
          allowDeselect={false}
          error={form.errors.role}
          data-testid="member-form-role"
        />
        <Select
          label={t('transS3.members.helix')}
          description={isStakeholder ? undefined : t('transS3.members.helixOptional')}
          required={isStakeholder}
          data={HELIX_TYPES.map((helix) => ({ value: helix, label: t(`helix.${helix}`) }))}
          value={form.values.helix}
          onChange={(value) => form.setFieldValue('helix', isHelix(value) ? value : null)}
          clearable={!isStakeholder}
          error={form.errors.helix}
          data-testid="member-form-helix"
        />
        <Select
          label={t('transS3.members.region')}
          data={group.regions.map((region) => ({
            value: region.code,
            label: `${region.name} (${region.code})`,
          }))}
          value={form.values.region}
          onChange={(value) => form.setFieldValue('region', value)}
          clearable
          error={form.errors.region}
          data-testid="member-form-region"
        />
        <TransS3ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending} data-testid="member-form-submit">
            {member ? t('common.save') : t('transS3.members.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
