import { Code, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditLog } from '../modules/accounts/useAdminRecords.ts';
import { useFormatDateTime } from '../shared/useFormatDateTime.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { SimplePager } from '../shared/SimplePager.tsx';
import { EmptyTableRow } from '../shared/EmptyTableRow.tsx';

const PAGE_SIZE = 50;

export function AdminAuditPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  // Keyset paging: each page starts before the last id of the previous one.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const audit = useAuditLog({ before, limit: PAGE_SIZE });

  return (
    <Stack gap="md">
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <QueryState query={audit}>
        {(entries) => (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped data-testid="audit-table" aria-label={t('audit.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                      <Table.Td>
                        <Code>{entry.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        {entry.targetType}
                        {entry.targetId ? (
                          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                            {entry.targetId}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" style={{ wordBreak: 'break-all' }}>
                          {entry.actorUserId ?? t('audit.system')}
                        </Text>
                      </Table.Td>
                      <Table.Td maw={360}>
                        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
                          {Object.keys(entry.details).length > 0 ? JSON.stringify(entry.details) : '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {entries.length === 0 ? (
                    <EmptyTableRow colSpan={5}>{t('audit.empty')}</EmptyTableRow>
                  ) : null}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <SimplePager
              hasPrevious={cursors.length > 0}
              hasNext={entries.length === PAGE_SIZE}
              onPrevious={() => setCursors((previous) => previous.slice(0, -1))}
              onNext={() => {
                const last = entries.at(-1);
                if (last) setCursors((previous) => [...previous, last.id]);
              }}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
