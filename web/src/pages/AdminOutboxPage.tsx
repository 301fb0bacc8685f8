import { Spoiler, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../modules/accounts/useAdminRecords.ts';
import { useFormatDateTime } from '../shared/useFormatDateTime.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { SimplePager } from '../shared/SimplePager.tsx';
import { useSearchParamState } from '../shared/useSearchParamState.ts';
import { EmptyTableRow } from '../shared/EmptyTableRow.tsx';

const PAGE_SIZE = 25;

export function AdminOutboxPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const params = useSearchParamState<'offset'>();
  const offset = Number(params.get('offset')) || 0;
  const outbox = useOutbox({ limit: PAGE_SIZE, offset });

  return (
    <Stack gap="md">
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <QueryState query={outbox}>
        {(messages) => (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped data-testid="outbox-table" aria-label={t('outbox.title')} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('outbox.columns.createdAt')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.columns.to')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.columns.subject')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.columns.body')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {messages.map((message) => (
                    <Table.Tr key={message.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(message.createdAt)}
                      </Table.Td>
                      <Table.Td>{message.to}</Table.Td>
                      <Table.Td>{message.subject}</Table.Td>
                      <Table.Td maw={420}>
                        <Spoiler
                          maxHeight={66}
                          showLabel={t('common.showMore')}
                          hideLabel={t('common.showLess')}
                        >
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                            {message.body}
                          </Text>
                        </Spoiler>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {message.sentAt ? (
                          <StatusBadge color="green">
                            {t('outbox.sent', { at: formatDateTime(message.sentAt) })}
                          </StatusBadge>
                        ) : message.lastError ? (
                          <StatusBadge color="red" title={message.lastError}>
                            {t('outbox.failed')}
                          </StatusBadge>
                        ) : (
                          <StatusBadge color="gray">{t('outbox.waiting')}</StatusBadge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {messages.length === 0 ? (
                    <EmptyTableRow colSpan={5}>{t('outbox.empty')}</EmptyTableRow>
                  ) : null}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <SimplePager
              hasPrevious={offset > 0}
              hasNext={messages.length === PAGE_SIZE}
              onPrevious={() => params.set({ offset: Math.max(0, offset - PAGE_SIZE) })}
              onNext={() => params.set({ offset: offset + PAGE_SIZE })}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
