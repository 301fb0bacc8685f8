import { Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';
import { DetailList } from '../../shared/DetailList.tsx';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { RegionChips } from './CodeChips.tsx';
import { ConfirmModal } from './ConfirmModal.tsx';
import { MemberForm } from './MemberForm.tsx';
import { type TGroup, useRemoveMember } from './useTransS3.ts';

type TMember = TGroup['members'][number];

/** The group's purpose, regions and members; the lead (and admins) manage the members. */
export function GroupOverview({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [editing, setEditing] = useState<TMember | 'new' | null>(null);
  const [removing, setRemoving] = useState<TMember | null>(null);
  const remove = useRemoveMember(group.id);
  const canManage = group.permissions.canManageMembers;

  return (
    <Stack gap="lg">
      <DetailList
        testId="group-details"
        details={[
          { key: 'description', label: t('transS3.overview.description'), value: group.description || '—' },
          {
            key: 'regions',
            label: t('transS3.overview.regions'),
            value: (
              <Stack gap={4}>
                <RegionChips regions={group.regions} label={t('transS3.overview.regions')} />
                <Text size="sm" c="dimmed">
                  {group.regions.map((region) => region.name).join(', ')}
                </Text>
              </Stack>
            ),
          },
          { key: 'minRegions', label: t('transS3.overview.minRegions'), value: group.minRegions },
          {
            key: 'myRole',
            label: t('transS3.overview.myRole'),
            value: group.myRole ? t(`transS3.roles.${group.myRole}`) : t('transS3.overview.adminOnly'),
          },
        ]}
      />

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('transS3.members.title')}
          </Title>
          {canManage ? (
            <Button onClick={() => setEditing('new')} data-testid="member-add">
              {t('transS3.members.add')}
            </Button>
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="members-table">
            <Table.Caption>{t('transS3.members.caption', { name: group.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('transS3.members.name')}</Table.Th>
                <Table.Th scope="col">{t('transS3.members.email')}</Table.Th>
                <Table.Th scope="col">{t('transS3.members.role')}</Table.Th>
                <Table.Th scope="col">{t('transS3.members.helix')}</Table.Th>
                <Table.Th scope="col">{t('transS3.members.region')}</Table.Th>
                {canManage ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('transS3.members.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.members.length === 0 ? (
                <EmptyTableRow colSpan={canManage ? 6 : 5}>{t('transS3.members.empty')}</EmptyTableRow>
              ) : (
                group.members.map((member) => (
                  <Table.Tr key={member.userId} data-testid="member-row">
                    <Table.Td>
                      {member.name}
                      {member.userId === user.id ? (
                        <Text component="span" size="sm" c="dimmed">
                          {' '}
                          ({t('transS3.members.you')})
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{member.email}</Table.Td>
                    <Table.Td>{t(`transS3.roles.${member.role}`)}</Table.Td>
                    <Table.Td>{member.helix ? t(`helix.${member.helix}`) : '—'}</Table.Td>
                    <Table.Td>
                      {member.region
                        ? (group.regions.find((region) => region.code === member.region)?.name ??
                          member.region)
                        : '—'}
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('transS3.members.changeOne', { name: member.name })}
                            onClick={() => setEditing(member)}
                            data-testid="member-edit"
                          >
                            {t('transS3.members.change')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('transS3.members.removeOne', { name: member.name })}
                            onClick={() => {
                              remove.reset();
                              setRemoving(member);
                            }}
                            data-testid="member-remove"
                          >
                            {t('transS3.members.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('transS3.members.addTitle') : t('transS3.members.changeTitle')}
      >
        {editing !== null ? (
          <MemberForm
            key={editing === 'new' ? 'new' : editing.userId}
            group={group}
            member={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>

      <ConfirmModal
        opened={removing !== null}
        title={t('transS3.members.removeTitle')}
        confirmLabel={t('transS3.members.remove')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.userId, {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: t('transS3.members.removed', { name: removing.name }),
              });
              setRemoving(null);
            },
          });
        }}
      >
        {t('transS3.members.removeConfirm', { name: removing?.name ?? '', group: group.name })}
      </ConfirmModal>
    </Stack>
  );
}
