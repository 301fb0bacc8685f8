import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProfileStatus, TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { useClientProfiles } from '../profiles/useProfiles.ts';

const STATUS_COLORS: Record<ProfileStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  validated: 'cyan',
  published: 'green',
  expired: 'orange',
  withdrawn: 'dark',
};

/** The client's cooperation profiles (any status), and a way to draft a new one from the case. */
export function CaseProfilesPanel({ item }: { item: TCaseResponse }) {
  const { t } = useTranslation();
  const profiles = useClientProfiles(item.organisation.id);
  const formatDateTime = useFormatDateTime();
  const draftLink = `/profiles/new?${new URLSearchParams({ organisation: item.organisation.id, case: item.id }).toString()}`;

  return (
    <QueryState query={profiles}>
      {(page) => (
        <>
          <Group justify="space-between" align="center" mb="sm" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('tibs.caseProfiles.intro', { name: item.organisation.name })}
            </Text>
            {item.canEdit ? (
              <Button component={Link} to={draftLink} data-testid="case-draft-profile">
                {t('tibs.caseProfiles.draft')}
              </Button>
            ) : null}
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('tibs.caseProfiles.heading')} data-testid="case-profiles-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tibs.caseProfiles.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('tibs.caseProfiles.columns.type')}</Table.Th>
                  <Table.Th scope="col">{t('tibs.caseProfiles.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('tibs.caseProfiles.columns.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((profile) => (
                  <Table.Tr key={profile.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/profiles/${profile.id}`} size="sm" fw={500}>
                        {profile.title}
                      </Anchor>
                      {profile.reference ? (
                        <Text size="xs" c="dimmed">
                          {profile.reference}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{t(`tibs.profileTypes.${profile.type}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge color={STATUS_COLORS[profile.status]}>
                        {t(`tibs.profileStatuses.${profile.status}`)}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(profile.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
                {page.items.length === 0 ? (
                  <EmptyTableRow colSpan={4}>{t('tibs.caseProfiles.empty')}</EmptyTableRow>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </QueryState>
  );
}
