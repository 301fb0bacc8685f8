import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TProfileSummary } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import {
  isProfileScope,
  PARTNERSHIP_TYPES,
  PROFILE_STATUSES,
  PROFILE_TYPES,
  type ProfileScope,
} from '../../modules/profiles/codes.ts';
import { ProfileStatusBadge } from '../../modules/profiles/ProfileStatusBadge.tsx';
import { ProfileTypeBadge } from '../../modules/profiles/ProfileTypeBadge.tsx';
import { useProfiles } from '../../modules/profiles/useProfiles.ts';
import { NaceSelect } from '../../modules/reference/NaceSelect.tsx';
import { useCountryName, useCountryOptions } from '../../modules/reference/useCountries.ts';
import { techFieldOption, useTechnologyFields } from '../../modules/reference/useTechnologyFields.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { SearchInput } from '../../shared/SearchInput.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';

const PAGE_SIZE = 20;

type FilterKey = 'q' | 'type' | 'country' | 'nace' | 'tech' | 'partnership' | 'status' | 'scope' | 'offset';

/** Search published profiles, or see one's own and those waiting for validation. */
export function ProfileSearchPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const params = useSearchParamState<FilterKey>();
  const isBroker = user.role === 'broker' || user.role === 'admin';
  const canCreate = isBroker || user.memberships.length > 0;
  const requestedScope = params.get('scope');
  const scope: ProfileScope =
    isProfileScope(requestedScope) && (requestedScope !== 'to_validate' || isBroker) ? requestedScope : 'all';
  const filter = {
    q: params.get('q') || undefined,
    type: params.get('type') || undefined,
    country: params.get('country') || undefined,
    nace: params.get('nace') || undefined,
    tech: params.get('tech') || undefined,
    partnership: params.get('partnership') || undefined,
    status: scope === 'mine' ? params.get('status') || undefined : undefined,
    scope,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const profiles = useProfiles(filter);
  const countryOptions = useCountryOptions();
  const technologyFields = useTechnologyFields();

  const scopes: { value: ProfileScope; label: string }[] = [
    { value: 'all', label: t('profiles.search.scopes.all') },
    { value: 'mine', label: t('profiles.search.scopes.mine') },
    ...(isBroker ? [{ value: 'to_validate' as const, label: t('profiles.search.scopes.to_validate') }] : []),
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('profiles.search.title')}
        description={t('profiles.search.description')}
        actions={
          canCreate ? (
            <Button component={Link} to="/profiles/new" data-testid="new-profile-button">
              {t('profiles.search.newProfile')}
            </Button>
          ) : null
        }
      />

      <SegmentedControl
        aria-label={t('profiles.search.scope')}
        data={scopes}
        value={scope}
        onChange={(value) => params.set({ scope: value === 'all' ? null : value, status: null })}
        data-testid="profile-scope"
        style={{ alignSelf: 'flex-start' }}
      />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('profiles.search.filters')}>
        <SearchInput
          label={t('profiles.search.q')}
          value={filter.q ?? ''}
          onChange={(q) => params.set({ q })}
          testId="profile-search"
        />
        <Select
          label={t('profiles.search.type')}
          placeholder={t('profiles.search.anyType')}
          data={PROFILE_TYPES.map((type) => ({ value: type, label: t(`profiles.types.${type}`) }))}
          value={filter.type ?? null}
          onChange={(type) => params.set({ type })}
          clearable
          data-testid="profile-filter-type"
        />
        <Select
          label={t('profiles.search.country')}
          placeholder={t('profiles.search.anyCountry')}
          data={countryOptions}
          value={filter.country ?? null}
          onChange={(country) => params.set({ country })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="profile-filter-country"
        />
        <NaceSelect
          label={t('profiles.search.nace')}
          placeholder={t('profiles.search.anyNace')}
          value={filter.nace ?? null}
          onChange={(nace) => params.set({ nace })}
          testId="profile-filter-nace"
        />
        <Select
          label={t('profiles.search.tech')}
          placeholder={t('profiles.search.anyTech')}
          data={(technologyFields.data ?? []).map(techFieldOption)}
          value={filter.tech ?? null}
          onChange={(tech) => params.set({ tech })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="profile-filter-tech"
        />
        <Select
          label={t('profiles.search.partnership')}
          placeholder={t('profiles.search.anyPartnership')}
          data={PARTNERSHIP_TYPES.map((type) => ({
            value: type,
            label: t(`profiles.partnershipTypes.${type}`),
          }))}
          value={filter.partnership ?? null}
          onChange={(partnership) => params.set({ partnership })}
          clearable
          data-testid="profile-filter-partnership"
        />
        {scope === 'mine' ? (
          <Select
            label={t('profiles.search.status')}
            placeholder={t('profiles.search.anyStatus')}
            data={PROFILE_STATUSES.map((status) => ({
              value: status,
              label: t(`profiles.statuses.${status}`),
            }))}
            value={filter.status ?? null}
            onChange={(status) => params.set({ status })}
            clearable
            data-testid="profile-filter-status"
          />
        ) : null}
      </Group>

      <QueryState query={profiles}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="md" data-testid="profile-list-empty">
                {t(scope === 'to_validate' ? 'profiles.search.emptyToValidate' : 'profiles.search.empty')}
              </Text>
            ) : (
              <Stack
                gap="sm"
                component="section"
                aria-label={t('profiles.search.results')}
                data-testid="profile-list"
              >
                {page.items.map((profile) => (
                  <ProfileResultCard key={profile.id} profile={profile} showStatus={scope !== 'all'} />
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
  );
}

function ProfileResultCard({ profile, showStatus }: { profile: TProfileSummary; showStatus: boolean }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      data-testid={`profile-result-${profile.id}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <ProfileTypeBadge type={profile.type} />
            <Text size="sm" c="dimmed" ff="monospace">
              {profile.reference ?? t('profiles.noReference')}
            </Text>
          </Group>
          {showStatus ? <ProfileStatusBadge status={profile.status} /> : null}
        </Group>
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/profiles/${profile.id}`} inherit>
            {profile.title}
          </Anchor>
        </Title>
        <Text size="sm" lineClamp={2}>
          {profile.summary}
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            {profile.organisation.name}{' '}
            <Text span c="dimmed" size="sm">
              · {countryName(profile.organisation.countryCode)}
            </Text>
          </Text>
          {profile.deadline ? (
            <Text size="sm" c="dimmed">
              {t('profiles.search.deadline', { date: formatDate(profile.deadline) })}
            </Text>
          ) : null}
          {profile.expiresAt ? (
            <Text size="sm" c="dimmed">
              {t('profiles.search.expires', { date: formatDate(profile.expiresAt) })}
            </Text>
          ) : null}
        </Group>
        {profile.naceCodes.length > 0 ? (
          <Group gap={4}>
            <Text size="sm" c="dimmed">
              {t('profiles.search.naceShort')}
            </Text>
            {profile.naceCodes.map((code) => (
              <Badge key={code} variant="outline" color="gray" tt="none" fw={500}>
                {code}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
