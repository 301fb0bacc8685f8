import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useCountryName } from '../reference/useCountries.ts';
import { CaseOutcomeBadge, CaseStageBadge, FollowUpBadge } from './CaseBadges.tsx';

type CaseTableProps = {
  cases: TCaseResponse[];
  label: string;
  /** Show the broker column (administrators see every broker's cases). */
  showBroker?: boolean;
  testId?: string;
  emptyText: string;
};

/** Cases as a table: title, client, stage, next follow-up (overdue said in words). */
export function CaseTable({ cases, label, showBroker = false, testId, emptyText }: CaseTableProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  const columnCount = showBroker ? 5 : 4;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tibs.cases.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('tibs.cases.columns.client')}</Table.Th>
            <Table.Th scope="col">{t('tibs.cases.columns.stage')}</Table.Th>
            <Table.Th scope="col">{t('tibs.cases.columns.followUp')}</Table.Th>
            {showBroker ? <Table.Th scope="col">{t('tibs.cases.columns.broker')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item) => (
            <Table.Tr key={item.id} data-testid={`case-row-${item.id}`}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${item.id}`} size="sm" fw={500}>
                  {item.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.organisation.name}</Text>
                <Text size="xs" c="dimmed">
                  {countryName(item.organisation.countryCode)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  <CaseStageBadge stage={item.stage} />
                  {item.outcome ? <CaseOutcomeBadge outcome={item.outcome} /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(item.nextFollowUpOn)}
                  </Text>
                  <FollowUpBadge item={item} />
                </Group>
              </Table.Td>
              {showBroker ? <Table.Td>{item.broker.name}</Table.Td> : null}
            </Table.Tr>
          ))}
          {cases.length === 0 ? <EmptyTableRow colSpan={columnCount}>{emptyText}</EmptyTableRow> : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
