import { Anchor, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TUserResponse } from '../../../src/modules/accounts/contract.ts';
import { SME_SIZE_CLASSES } from '../../../src/modules/reference/domain/classifications.ts';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { HELIX_TYPES } from '../modules/organisations/helix.ts';
import { OrganisationForm } from '../modules/organisations/OrganisationForm.tsx';
import { useCreateOrganisation, useOrganisations } from '../modules/organisations/useOrganisations.ts';
import { NaceSelect } from '../modules/reference/NaceSelect.tsx';
import { useCountryName, useCountryOptions } from '../modules/reference/useCountries.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { SearchInput } from '../shared/SearchInput.tsx';
import { TablePagination } from '../shared/TablePagination.tsx';
import { useSearchParamState } from '../shared/useSearchParamState.ts';
import { EmptyTableRow } from '../shared/EmptyTableRow.tsx';

const PAGE_SIZE = 20;

/** Mirrors the API's rule (accounts policies): brokers and admins, or users with no organisation yet. */
function canRegisterOrganisation(user: TUserResponse): boolean {
  return user.role === 'admin' || user.role === 'broker' || user.memberships.length === 0;
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const params = useSearchParamState<'q' | 'country' | 'helix' | 'nace' | 'size' | 'offset'>();
  const size = params.get('size');
  const filter = {
    q: params.get('q') || undefined,
    country: params.get('country') || undefined,
    helix: params.get('helix') || undefined,
    nace: params.get('nace') || undefined,
    size: SME_SIZE_CLASSES.find((sizeClass) => sizeClass === size),
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const organisations = useOrganisations(filter);
  const countryOptions = useCountryOptions();
  const countryName = useCountryName();
  const [isFormOpen, form] = useDisclosure(false);
  const createOrganisation = useCreateOrganisation();

  return (
    <Stack gap="md">
      <PageHeader
        title={t('organisations.title')}
        description={t('organisations.description')}
        actions={
          <>
            {user.role === 'broker' || user.role === 'admin' ? (
              <Button
                component={Link}
                to="/organisations/import"
                variant="default"
                data-testid="organisations-import"
              >
                {t('network.organisations.import')}
              </Button>
            ) : null}
            {canRegisterOrganisation(user) ? (
              <Button onClick={form.open}>{t('organisations.register')}</Button>
            ) : null}
          </>
        }
      />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('organisations.filters')}>
        <SearchInput
          label={t('organisations.search')}
          value={filter.q ?? ''}
          onChange={(q) => params.set({ q })}
        />
        <Select
          label={t('organisations.country')}
          placeholder={t('organisations.anyCountry')}
          data={countryOptions}
          value={filter.country ?? null}
          onChange={(country) => params.set({ country })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          label={t('organisations.helix')}
          placeholder={t('organisations.anyHelix')}
          data={HELIX_TYPES.map((helix) => ({ value: helix, label: t(`helix.${helix}`) }))}
          value={filter.helix ?? null}
          onChange={(helix) => params.set({ helix })}
          clearable
        />
        <NaceSelect
          label={t('network.organisations.nace')}
          placeholder={t('network.reference.naceAny')}
          value={filter.nace ?? null}
          onChange={(nace) => params.set({ nace })}
        />
        <Select
          label={t('network.organisations.size')}
          placeholder={t('network.organisations.anySize')}
          data={SME_SIZE_CLASSES.map((sizeClass) => ({
            value: sizeClass,
            label: t(`network.sizeClass.${sizeClass}`),
          }))}
          value={filter.size ?? null}
          onChange={(value) => params.set({ size: value })}
          clearable
          data-testid="organisations-size-filter"
        />
      </Group>

      <QueryState query={organisations}>
        {(page) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table
                striped
                highlightOnHover
                data-testid="organisations-table"
                aria-label={t('organisations.title')}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('organisations.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.columns.country')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.columns.region')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.columns.helix')}</Table.Th>
                    <Table.Th scope="col">{t('network.organisations.sizeColumn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((organisation) => (
                    <Table.Tr key={organisation.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organisations/${organisation.id}`} size="sm" fw={500}>
                          {organisation.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{countryName(organisation.countryCode)}</Table.Td>
                      <Table.Td>
                        {organisation.nutsCode ? (
                          <>
                            {organisation.regionName}{' '}
                            <Text component="span" c="dimmed" size="sm">
                              ({organisation.nutsCode})
                            </Text>
                          </>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>{t(`helix.${organisation.helixType}`)}</Table.Td>
                      <Table.Td>
                        {organisation.sizeClass ? t(`network.sizeClass.${organisation.sizeClass}`) : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {page.items.length === 0 ? (
                    <EmptyTableRow colSpan={5}>{t('organisations.empty')}</EmptyTableRow>
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

      <Modal opened={isFormOpen} onClose={form.close} title={t('organisations.registerTitle')} size="xl">
        <OrganisationForm
          submitLabel={t('organisations.registerSubmit')}
          onCancel={form.close}
          onSubmit={async (input) => {
            const created = await createOrganisation.mutateAsync(input);
            form.close();
            notifications.show({
              color: 'green',
              message: t('organisations.registered', { name: created.name }),
            });
            await navigate(`/organisations/${created.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
