import { Anchor, Button, Group, Modal, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { REFERRAL_STATUSES, type TReferralListResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { isBrokerOrAdmin } from '../../modules/accounts/roles.ts';
import { BrokersOnly } from '../../modules/network/AccessDenied.tsx';
import { ReferralForm } from '../../modules/network/ReferralForm.tsx';
import { ReferralStatusBadge } from '../../modules/network/ReferralStatusBadge.tsx';
import { excerpt } from '../../modules/network/text.ts';
import { type ReferralDirection, useReferrals } from '../../modules/network/useReferrals.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';

const PAGE_SIZE = 20;

type ParamKey = 'direction' | 'status' | 'offset' | 'new' | 'client' | 'case' | 'profile';

export function ReferralsPage() {
  const user = useCurrentUser();
  if (!isBrokerOrAdmin(user.role)) return <BrokersOnly />;
  return <Referrals />;
}

function Referrals() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const params = useSearchParamState<ParamKey>();
  const directions: ReferralDirection[] =
    user.role === 'admin' ? ['incoming', 'outgoing', 'all'] : ['incoming', 'outgoing'];
  const requested = params.get('direction');
  const direction = directions.find((item) => item === requested) ?? 'incoming';
  const status = REFERRAL_STATUSES.find((item) => item === params.get('status'));
  const offset = Number(params.get('offset')) || 0;
  const referrals = useReferrals({ direction, status, limit: PAGE_SIZE, offset });
  // Other pages link to /referrals?new=1&client=<id>; only brokers refer clients.
  const isFormOpen = user.role === 'broker' && (params.get('new') === '1' || Boolean(params.get('client')));
  const closeForm = () => params.set({ new: null, client: null, case: null, profile: null, offset });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('network.referrals.title')}
        description={t('network.referrals.description')}
        actions={
          user.role === 'broker' ? (
            <Button onClick={() => params.set({ new: 1, offset })} data-testid="referral-new-button">
              {t('network.referrals.new')}
            </Button>
          ) : null
        }
      />

      <Tabs
        value={direction}
        onChange={(value) => params.set({ direction: value === 'incoming' ? null : value })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('network.referrals.title')}>
          {directions.map((item) => (
            <Tabs.Tab key={item} value={item} data-testid={`referrals-tab-${item}`}>
              {t(`network.referrals.directions.${item}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {directions.map((item) => (
          <Tabs.Panel key={item} value={item} pt="md">
            <Stack gap="md">
              <Group role="search" aria-label={t('network.referrals.filters')}>
                <Select
                  label={t('network.referrals.status')}
                  placeholder={t('network.referrals.anyStatus')}
                  data={REFERRAL_STATUSES.map((value) => ({
                    value,
                    label: t(`network.referralStatus.${value}`),
                  }))}
                  value={status ?? null}
                  onChange={(value) => params.set({ status: value })}
                  clearable
                  data-testid="referrals-status-filter"
                />
              </Group>
              <QueryState query={referrals}>
                {(page) => (
                  <ReferralTable
                    page={page}
                    caption={t(`network.referrals.directions.${item}`)}
                    offset={offset}
                    onOffsetChange={(next) => params.set({ offset: next })}
                  />
                )}
              </QueryState>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>

      <Modal opened={isFormOpen} onClose={closeForm} title={t('network.referralForm.title')} size="lg">
        <ReferralForm
          prefill={{
            client: params.get('client') || undefined,
            case: params.get('case') || undefined,
            profile: params.get('profile') || undefined,
          }}
          onCancel={closeForm}
          onCreated={(referral) => void navigate(`/referrals/${referral.id}`)}
        />
      </Modal>
    </Stack>
  );
}

type ReferralTableProps = {
  page: TReferralListResponse;
  caption: string;
  offset: number;
  onOffsetChange: (offset: number) => void;
};

function ReferralTable({ page, caption, offset, onOffsetChange }: ReferralTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="referrals-table" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('network.referrals.columns.client')}</Table.Th>
              <Table.Th scope="col">{t('network.referrals.columns.from')}</Table.Th>
              <Table.Th scope="col">{t('network.referrals.columns.to')}</Table.Th>
              <Table.Th scope="col">{t('network.referrals.columns.need')}</Table.Th>
              <Table.Th scope="col">{t('network.referrals.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('network.referrals.columns.date')}</Table.Th>
              <Table.Th scope="col">{t('network.referrals.columns.activity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.items.map((referral) => (
              <Table.Tr key={referral.id} data-testid="referral-row">
                <Table.Td>
                  <Anchor component={Link} to={`/organisations/${referral.client.id}`} size="sm">
                    {referral.client.name}
                  </Anchor>{' '}
                  <Text component="span" size="sm" c="dimmed">
                    ({referral.client.countryCode})
                  </Text>
                </Table.Td>
                <Table.Td>{referral.fromBroker.name}</Table.Td>
                <Table.Td>{referral.toBroker.name}</Table.Td>
                <Table.Td maw={360}>
                  <Anchor component={Link} to={`/referrals/${referral.id}`} size="sm" fw={500}>
                    {excerpt(referral.needSummary)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ReferralStatusBadge status={referral.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(referral.createdAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {t('network.referrals.messageCount', { count: referral.messageCount })}
                  </Text>
                  <Text size="sm">
                    {t('network.referrals.candidateCount', { count: referral.candidateCount })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {page.items.length === 0 ? (
              <EmptyTableRow colSpan={7}>{t('network.referrals.empty')}</EmptyTableRow>
            ) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePagination total={page.total} limit={PAGE_SIZE} offset={offset} onChange={onOffsetChange} />
    </>
  );
}
