import { Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTEREST_STATUSES, isInterestStatus } from '../../modules/profiles/codes.ts';
import { InterestItem } from '../../modules/profiles/InterestItem.tsx';
import { useInterests } from '../../modules/profiles/useProfiles.ts';
import { useCountryName } from '../../modules/reference/useCountries.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';

const PAGE_SIZE = 20;
const DIRECTIONS = ['received', 'sent'] as const;
type Direction = (typeof DIRECTIONS)[number];

/** Expressions of interest the user's side received (to answer) and sent (to follow). */
export function InterestsPage() {
  const { t } = useTranslation();
  const params = useSearchParamState<'direction' | 'status' | 'offset'>();
  const direction: Direction = params.get('direction') === 'sent' ? 'sent' : 'received';
  const status = params.get('status');
  const filter = {
    direction,
    status: isInterestStatus(status) ? status : undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const interests = useInterests(filter);
  const countryName = useCountryName();

  return (
    <Stack gap="md">
      <PageHeader title={t('profiles.interests.title')} description={t('profiles.interests.description')} />

      <Tabs
        value={direction}
        onChange={(value) => params.set({ direction: value === 'sent' ? 'sent' : null })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('profiles.interests.directions')}>
          {DIRECTIONS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`interests-tab-${value}`}>
              {t(`profiles.interests.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>

        {DIRECTIONS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Stack gap="md">
              <Group align="flex-end" role="search" aria-label={t('profiles.interests.filters')}>
                <Select
                  label={t('profiles.interests.status')}
                  placeholder={t('profiles.interests.anyStatus')}
                  data={INTEREST_STATUSES.map((code) => ({
                    value: code,
                    label: t(`profiles.interestStatuses.${code}`),
                  }))}
                  value={filter.status ?? null}
                  onChange={(next) => params.set({ status: next })}
                  clearable
                  data-testid="interests-filter-status"
                />
              </Group>
              <QueryState query={interests}>
                {(page) => (
                  <>
                    {page.items.length === 0 ? (
                      <Text c="dimmed" ta="center" py="md" data-testid="interests-empty">
                        {t(`profiles.interests.empty.${direction}`)}
                      </Text>
                    ) : (
                      <Stack gap="sm" data-testid="interests-list">
                        {page.items.map((interest) => (
                          <InterestItem
                            key={interest.id}
                            interest={interest}
                            headingOrder={2}
                            countryName={countryName}
                          />
                        ))}
                      </Stack>
                    )}
                    {page.total > 0 ? (
                      <TablePagination
                        total={page.total}
                        limit={PAGE_SIZE}
                        offset={filter.offset}
                        onChange={(offset) => params.set({ offset })}
                      />
                    ) : null}
                  </>
                )}
              </QueryState>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
