import { Anchor, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLES, type TUserResponse } from '../../../src/modules/accounts/contract.ts';
import { InviteUserForm } from '../modules/accounts/InviteUserForm.tsx';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { useUpdateUser, useUsers } from '../modules/accounts/useUsers.ts';
import { ErrorAlert } from '../shared/ErrorAlert.tsx';
import { NATIVE_LANGUAGE_NAMES } from '../shared/i18n.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { SearchInput } from '../shared/SearchInput.tsx';
import { TablePagination } from '../shared/TablePagination.tsx';
import { useSearchParamState } from '../shared/useSearchParamState.ts';
import { EmptyTableRow } from '../shared/EmptyTableRow.tsx';

const PAGE_SIZE = 25;

type Role = (typeof ROLES)[number];
const isRole = (value: string | null): value is Role =>
  value !== null && (ROLES as readonly string[]).includes(value);

export function AdminUsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const params = useSearchParamState<'q' | 'role' | 'offset'>();
  const filter = {
    q: params.get('q') || undefined,
    role: params.get('role') || undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const users = useUsers(filter);
  const updateUser = useUpdateUser();
  const [actionError, setActionError] = useState<unknown>(null);
  const [isInviteOpen, invite] = useDisclosure(false);
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  const change = (user: TUserResponse, changes: { role?: Role; isActive?: boolean }) => {
    setActionError(null);
    updateUser.mutate({ id: user.id, changes }, { onError: setActionError });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={<Button onClick={invite.open}>{t('users.invite.open')}</Button>}
      />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('users.filters')}>
        <SearchInput label={t('users.search')} value={filter.q ?? ''} onChange={(q) => params.set({ q })} />
        <Select
          label={t('users.roleFilter')}
          placeholder={t('users.anyRole')}
          data={roleOptions}
          value={filter.role ?? null}
          onChange={(role) => params.set({ role })}
          clearable
        />
      </Group>

      <ErrorAlert error={actionError} title={t('users.actionFailed')} testId="users-action-error" />
      <QueryState query={users}>
        {(page) => (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table striped data-testid="users-table" aria-label={t('users.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
                    <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
                    <Table.Th scope="col">{t('users.columns.language')}</Table.Th>
                    <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('users.columns.organisations')}</Table.Th>
                    <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((user) => (
                    <Table.Tr key={user.id} data-testid={`user-row-${user.email}`}>
                      <Table.Td>
                        {user.name}
                        {user.id === me.id ? (
                          <Text component="span" size="sm" c="dimmed">
                            {' '}
                            ({t('users.you')})
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{user.email}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('users.roleOf', { name: user.name })}
                          data={roleOptions}
                          value={user.role}
                          onChange={(role) => {
                            if (isRole(role) && role !== user.role) change(user, { role });
                          }}
                          allowDeselect={false}
                          size="xs"
                          w={170}
                        />
                      </Table.Td>
                      <Table.Td>{NATIVE_LANGUAGE_NAMES[user.preferredLanguage]}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Stack gap={4} align="flex-start">
                          <StatusBadge color={user.isActive ? 'green' : 'gray'}>
                            {user.isActive ? t('users.active') : t('users.inactive')}
                          </StatusBadge>
                          {!user.hasPassword ? (
                            <StatusBadge color="yellow">{t('users.invited')}</StatusBadge>
                          ) : null}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {user.memberships.length === 0
                          ? '—'
                          : user.memberships.map((membership, index) => (
                              <span key={membership.organisationId}>
                                {index > 0 ? ', ' : null}
                                <Anchor
                                  component={Link}
                                  to={`/organisations/${membership.organisationId}`}
                                  size="sm"
                                >
                                  {membership.organisationName}
                                </Anchor>
                              </span>
                            ))}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => change(user, { isActive: !user.isActive })}
                          aria-label={
                            user.isActive
                              ? t('users.deactivateUser', { name: user.name })
                              : t('users.activateUser', { name: user.name })
                          }
                        >
                          {user.isActive ? t('users.deactivate') : t('users.activate')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {page.items.length === 0 ? (
                    <EmptyTableRow colSpan={7}>{t('users.empty')}</EmptyTableRow>
                  ) : null}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <TablePagination
              total={page.total}
              limit={PAGE_SIZE}
              offset={filter.offset}
              onChange={(offset) => params.set({ offset })}
            />
          </>
        )}
      </QueryState>

      <Modal opened={isInviteOpen} onClose={invite.close} title={t('users.invite.title')} size="lg">
        <InviteUserForm onClose={invite.close} />
      </Modal>
    </Stack>
  );
}
