import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TUserResponse } from '../../../../src/modules/accounts/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { PartnershipForm } from '../../modules/network/PartnershipForm.tsx';
import {
  isPartnershipOutcomeType,
  PARTNERSHIP_OUTCOME_TYPES,
} from '../../modules/network/partnershipTypes.ts';
import { type PartnershipLinks, usePartnershipPrefill } from '../../modules/network/usePartnershipPrefill.ts';
import { usePartnerships } from '../../modules/network/usePartnerships.ts';
import { useCountryOptions } from '../../modules/reference/useCountries.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { buildUrl } from '../../shared/api.ts';

const PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type ParamKey =
  'type' | 'country' | 'from' | 'to' | 'offset' | 'new' | 'case' | 'profile' | 'referral' | 'interest';

/** Brokers record their clients' outcomes; members record their own organisation's (the API checks which). */
function canRecordPartnership(user: TUserResponse): boolean {
  return user.role === 'broker' || user.role === 'admin' || user.memberships.length > 0;
}

export function PartnershipsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const params = useSearchParamState<ParamKey>();
  const countryOptions = useCountryOptions();
  const formatDate = useFormatDate();
  const type = params.get('type');
  const from = params.get('from');
  const to = params.get('to');
  const filter = {
    type: isPartnershipOutcomeType(type) ? type : undefined,
    country: params.get('country') || undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const partnerships = usePartnerships(filter);
  const links: PartnershipLinks = {
    caseId: params.get('case') || undefined,
    profileId: params.get('profile') || undefined,
    referralId: params.get('referral') || undefined,
    interestId: params.get('interest') || undefined,
  };
  const isFormOpen =
    canRecordPartnership(user) && (params.get('new') === '1' || Object.values(links).some(Boolean));
  const closeForm = () =>
    params.set({
      new: null,
      case: null,
      profile: null,
      referral: null,
      interest: null,
      offset: filter.offset,
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('network.partnerships.title')}
        description={t('network.partnerships.description')}
        actions={
          <>
            <Button
              component="a"
              href={buildUrl('/api/partnerships/export', {
                ...filter,
                limit: undefined,
                offset: undefined,
                format: 'csv',
              })}
              variant="default"
              download
            >
              {t('network.partnerships.exportCsv')}
            </Button>
            <Button
              component="a"
              href={buildUrl('/api/partnerships/export', {
                ...filter,
                limit: undefined,
                offset: undefined,
                format: 'xlsx',
              })}
              variant="default"
              download
            >
              {t('network.partnerships.exportXlsx')}
            </Button>
            {canRecordPartnership(user) ? (
              <Button
                onClick={() => params.set({ new: 1, offset: filter.offset })}
                data-testid="partnership-new-button"
              >
                {t('network.partnerships.new')}
              </Button>
            ) : null}
          </>
        }
      />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('network.partnerships.filters')}>
        <Select
          label={t('network.partnerships.type')}
          placeholder={t('network.partnerships.anyType')}
          data={PARTNERSHIP_OUTCOME_TYPES.map((value) => ({
            value,
            label: t(`network.partnershipTypes.${value}`),
          }))}
          value={filter.type ?? null}
          onChange={(value) => params.set({ type: value })}
          clearable
          data-testid="partnerships-type-filter"
        />
        <Select
          label={t('network.partnerships.country')}
          placeholder={t('organisations.anyCountry')}
          data={countryOptions}
          value={filter.country ?? null}
          onChange={(value) => params.set({ country: value })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
        />
        <TextInput
          type="date"
          label={t('network.partnerships.from')}
          value={filter.from ?? ''}
          max={filter.to}
          onChange={(event) => params.set({ from: event.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label={t('network.partnerships.to')}
          value={filter.to ?? ''}
          min={filter.from}
          onChange={(event) => params.set({ to: event.currentTarget.value || null })}
        />
      </Group>

      <QueryState query={partnerships}>
        {(page) => (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table
                striped
                highlightOnHover
                data-testid="partnerships-table"
                aria-label={t('network.partnerships.title')}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('network.partnerships.columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('network.partnerships.columns.type')}</Table.Th>
                    <Table.Th scope="col">{t('network.partnerships.columns.parties')}</Table.Th>
                    <Table.Th scope="col">{t('network.partnerships.columns.scope')}</Table.Th>
                    <Table.Th scope="col">{t('network.partnerships.columns.agreedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((partnership) => (
                    <Table.Tr key={partnership.id} data-testid="partnership-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/partnerships/${partnership.id}`} size="sm" fw={500}>
                          {partnership.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`network.partnershipTypes.${partnership.type}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {partnership.parties
                            .map((party) => `${party.name} (${party.countryCode})`)
                            .join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {partnership.isCrossBorder ? (
                          <Badge
                            variant="light"
                            color="teal"
                            styles={{ label: { overflow: 'visible' } }}
                            data-testid="partnership-cross-border"
                          >
                            {t('network.partnerships.crossBorder')}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('network.partnerships.domestic')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(partnership.agreedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                  {page.items.length === 0 ? (
                    <EmptyTableRow colSpan={5}>{t('network.partnerships.empty')}</EmptyTableRow>
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

      <Modal opened={isFormOpen} onClose={closeForm} title={t('network.partnershipForm.heading')} size="lg">
        <PrefilledPartnershipForm
          links={links}
          onCancel={closeForm}
          onCreated={(partnership) => void navigate(`/partnerships/${partnership.id}`)}
        />
      </Modal>
    </Stack>
  );
}

type PrefilledPartnershipFormProps = Pick<
  Parameters<typeof PartnershipForm>[0],
  'links' | 'onCreated' | 'onCancel'
>;

/** Waits for the linked records so the parties and title can start filled in. */
function PrefilledPartnershipForm({ links, onCreated, onCancel }: PrefilledPartnershipFormProps) {
  const { t } = useTranslation();
  const prefill = usePartnershipPrefill(links);
  if (!prefill.isReady)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return (
    <PartnershipForm
      links={links}
      parties={prefill.parties}
      title={prefill.title}
      onCreated={onCreated}
      onCancel={onCancel}
    />
  );
}
