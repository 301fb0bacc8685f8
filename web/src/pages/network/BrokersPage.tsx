import { Button, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { BrokerCard } from '../../modules/network/BrokerCard.tsx';
import { BrokerForm } from '../../modules/network/BrokerForm.tsx';
import { useBroker, useBrokers } from '../../modules/network/useBrokers.ts';
import { NutsSelect } from '../../modules/reference/NutsSelect.tsx';
import { useCountryOptions } from '../../modules/reference/useCountries.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { SearchInput } from '../../shared/SearchInput.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';

const PAGE_SIZE = 24;

export function BrokersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const params = useSearchParamState<'q' | 'country' | 'region' | 'competence' | 'offset'>();
  const countryOptions = useCountryOptions();
  const filter = {
    q: params.get('q') || undefined,
    country: params.get('country') || undefined,
    region: params.get('region') || undefined,
    competence: params.get('competence') || undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const brokers = useBrokers(filter);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = useBroker(editingId);
  const closeEditor = () => setEditingId(null);
  // The region filter's label comes from the country's region list, or is the code until it loads.
  const regionCountry = filter.country ?? filter.region?.slice(0, 2) ?? null;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('network.brokers.title')}
        description={t('network.brokers.description')}
        actions={
          user.role === 'broker' ? (
            <Button onClick={() => setEditingId(user.id)} data-testid="broker-edit-mine">
              {t('network.brokers.editMine')}
            </Button>
          ) : null
        }
      />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('network.brokers.filters')}>
        <SearchInput
          label={t('network.brokers.search')}
          value={filter.q ?? ''}
          onChange={(q) => params.set({ q })}
        />
        <Select
          label={t('network.brokers.country')}
          placeholder={t('organisations.anyCountry')}
          data={countryOptions}
          value={filter.country ?? null}
          onChange={(country) =>
            params.set({
              country,
              region: country && filter.region?.startsWith(country) ? filter.region : null,
            })
          }
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
        />
        <div style={{ minWidth: 260 }}>
          <NutsSelect
            country={regionCountry}
            value={filter.region ?? null}
            initialOption={filter.region ? { value: filter.region, label: filter.region } : null}
            onChange={(region) => params.set({ region })}
          />
        </div>
        <SearchInput
          label={t('network.brokers.competence')}
          value={filter.competence ?? ''}
          onChange={(competence) => params.set({ competence })}
        />
      </Group>

      <QueryState query={brokers}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="md">
                {t('network.brokers.empty')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="broker-directory">
                {page.items.map((broker) => (
                  <BrokerCard
                    key={broker.id}
                    broker={broker}
                    canEdit={user.role === 'admin' || (user.role === 'broker' && broker.id === user.id)}
                    onEdit={() => setEditingId(broker.id)}
                  />
                ))}
              </SimpleGrid>
            )}
            <TablePagination
              total={page.total}
              limit={PAGE_SIZE}
              offset={filter.offset}
              onChange={(offset) => params.set({ offset })}
            />
          </>
        )}
      </QueryState>

      <Modal
        opened={editingId !== null}
        onClose={closeEditor}
        title={
          editingId === user.id
            ? t('network.brokers.editMine')
            : t('network.brokers.editTitle', { name: editing.data?.name ?? '' })
        }
        size="lg"
      >
        <QueryState query={editing}>
          {(broker) => (
            <BrokerForm
              key={broker.id}
              broker={broker}
              onCancel={closeEditor}
              onSaved={() => {
                closeEditor();
                notifications.show({ color: 'green', message: t('network.brokers.saved') });
              }}
            />
          )}
        </QueryState>
      </Modal>
    </Stack>
  );
}
