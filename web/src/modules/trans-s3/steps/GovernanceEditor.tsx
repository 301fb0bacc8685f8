import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TStrategy } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { useSaveStrategy } from './useSteps.ts';

type Body = TStrategy['governance'][number];
const NAME_MAX = 200;
const ROLE_MAX = 120;
const MANDATE_MAX = 2000;
const BODIES_MAX = 30;

/** The governance bodies of the strategy and their members; read-only for those who do not edit. */
export function GovernanceEditor({
  groupId,
  strategy,
  canEdit,
}: {
  groupId: string;
  strategy: TStrategy;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  if (!canEdit) {
    return strategy.governance.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('transS3Steps.governance.empty')}
      </Text>
    ) : (
      <Stack gap="sm" data-testid="governance">
        {strategy.governance.map((body, index) => (
          <Paper key={index} withBorder p="sm">
            <Text fw={600}>{body.name}</Text>
            {body.mandate ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {body.mandate}
              </Text>
            ) : null}
            <MembersTable members={body.members} />
          </Paper>
        ))}
      </Stack>
    );
  }
  return <GovernanceForm groupId={groupId} strategy={strategy} />;
}

function MembersTable({ members }: { members: Body['members'] }) {
  const { t } = useTranslation();
  if (members.length === 0) return null;
  return (
    <Table mt="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('transS3Steps.governance.memberName')}</Table.Th>
          <Table.Th scope="col">{t('transS3Steps.governance.organisation')}</Table.Th>
          <Table.Th scope="col">{t('transS3Steps.governance.role')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member, index) => (
          <Table.Tr key={index}>
            <Table.Td>{member.name}</Table.Td>
            <Table.Td>{member.organisation || '—'}</Table.Td>
            <Table.Td>{member.role}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const emptyMember = () => ({ name: '', organisation: '', role: '' });

function GovernanceForm({ groupId, strategy }: { groupId: string; strategy: TStrategy }) {
  const { t } = useTranslation();
  const saveStrategy = useSaveStrategy(groupId);
  const [error, setError] = useState<unknown>(null);
  const required = (max: number) => (value: string) =>
    !value.trim()
      ? t('validation.required')
      : value.trim().length > max
        ? t('transS3Steps.validation.tooLong', { max })
        : null;
  const form = useForm<{ bodies: Body[] }>({
    initialValues: { bodies: strategy.governance },
    validate: {
      bodies: {
        name: required(NAME_MAX),
        mandate: (value) =>
          value.trim().length > MANDATE_MAX
            ? t('transS3Steps.validation.tooLong', { max: MANDATE_MAX })
            : null,
        members: {
          name: required(NAME_MAX),
          organisation: (value) =>
            value.trim().length > NAME_MAX ? t('transS3Steps.validation.tooLong', { max: NAME_MAX }) : null,
          role: required(ROLE_MAX),
        },
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await saveStrategy.mutateAsync({
        title: strategy.title,
        vision: strategy.vision,
        governance: values.bodies.map((body) => ({
          name: body.name.trim(),
          mandate: body.mandate.trim(),
          members: body.members.map((member) => ({
            name: member.name.trim(),
            organisation: member.organisation.trim(),
            role: member.role.trim(),
          })),
        })),
      });
      form.resetDirty();
      notifications.show({ color: 'green', message: t('transS3Steps.governance.saved') });
    } catch (caught) {
      // The API names fields as governance.0.members.1.name.
      const fieldErrors = Object.fromEntries(
        Object.entries(toFormErrors(caught)).map(([path, message]) => [
          path.replace(/^governance\./, 'bodies.'),
          message,
        ]),
      );
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="governance-form">
      <Stack gap="md">
        {form.values.bodies.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('transS3Steps.governance.empty')}
          </Text>
        ) : null}
        {form.values.bodies.map((body, index) => (
          <Paper
            key={index}
            withBorder
            p="md"
            component="fieldset"
            aria-label={body.name || t('transS3Steps.governance.bodyN', { n: index + 1 })}
            data-testid="governance-body"
          >
            <Stack gap="sm">
              <Group justify="space-between" align="flex-end" wrap="nowrap">
                <TextInput
                  flex={1}
                  label={t('transS3Steps.governance.bodyName')}
                  placeholder={t('transS3Steps.governance.bodyNamePlaceholder')}
                  required
                  data-testid="governance-body-name"
                  {...form.getInputProps(`bodies.${index}.name`)}
                />
                <Button
                  variant="subtle"
                  color="red.8"
                  onClick={() => form.removeListItem('bodies', index)}
                  aria-label={t('transS3Steps.governance.removeBodyNamed', {
                    name: body.name || t('transS3Steps.governance.bodyN', { n: index + 1 }),
                  })}
                  data-testid="governance-body-remove"
                >
                  {t('transS3Steps.governance.removeBody')}
                </Button>
              </Group>
              <Textarea
                label={t('transS3Steps.governance.mandate')}
                autosize
                minRows={2}
                maxRows={6}
                data-testid="governance-body-mandate"
                {...form.getInputProps(`bodies.${index}.mandate`)}
              />
              <Text size="sm" fw={500}>
                {t('transS3Steps.governance.members')}
              </Text>
              {body.members.map((_member, memberIndex) => (
                <Group
                  key={memberIndex}
                  gap="xs"
                  align="flex-start"
                  wrap="wrap"
                  data-testid="governance-member"
                >
                  <TextInput
                    flex={1}
                    miw={160}
                    aria-label={t('transS3Steps.governance.memberName')}
                    placeholder={t('transS3Steps.governance.memberName')}
                    required
                    {...form.getInputProps(`bodies.${index}.members.${memberIndex}.name`)}
                  />
                  <TextInput
                    flex={1}
                    miw={160}
                    aria-label={t('transS3Steps.governance.organisation')}
                    placeholder={t('transS3Steps.governance.organisation')}
                    {...form.getInputProps(`bodies.${index}.members.${memberIndex}.organisation`)}
                  />
                  <TextInput
                    flex={1}
                    miw={140}
                    aria-label={t('transS3Steps.governance.role')}
                    placeholder={t('transS3Steps.governance.role')}
                    required
                    {...form.getInputProps(`bodies.${index}.members.${memberIndex}.role`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    mt={6}
                    onClick={() => form.removeListItem(`bodies.${index}.members`, memberIndex)}
                    aria-label={t('transS3Steps.governance.removeMember', { n: memberIndex + 1 })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => form.insertListItem(`bodies.${index}.members`, emptyMember())}
                  data-testid="governance-member-add"
                >
                  {t('transS3Steps.governance.addMember')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <ErrorAlert error={error} />
        <Group justify="space-between">
          <Button
            variant="light"
            onClick={() => form.insertListItem('bodies', { name: '', mandate: '', members: [emptyMember()] })}
            disabled={form.values.bodies.length >= BODIES_MAX}
            data-testid="governance-body-add"
          >
            {t('transS3Steps.governance.addBody')}
          </Button>
          <Button
            type="submit"
            loading={saveStrategy.isPending}
            disabled={!form.isDirty()}
            data-testid="governance-save"
          >
            {t('transS3Steps.governance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
