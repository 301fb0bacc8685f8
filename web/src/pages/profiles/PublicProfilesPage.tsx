import { Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import countries from '../../../../src/modules/reference/data/countries.json';
import { PARTNERSHIP_TYPES, PROFILE_TYPES } from '../../modules/profiles/codes.ts';
import { PublicProfileCard } from '../../modules/profiles/PublicProfileCard.tsx';
import { STATIC_TECH_FIELD_OPTIONS, useIntlCountryName } from '../../modules/profiles/staticReference.ts';
import { usePublicProfiles } from '../../modules/profiles/usePublicProfiles.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { SearchInput } from '../../shared/SearchInput.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';

const PAGE_SIZE = 20;
const NACE_PATTERN = /^[A-U](\d{2}(\.\d{1,2})?)?$/;

/** The anonymous listing of published profiles: anyone may search it, no organisation is named. */
export function PublicProfilesPage() {
  const { t, i18n } = useTranslation();
  const params = useSearchParamState<'q' | 'type' | 'country' | 'nace' | 'tech' | 'partnership' | 'offset'>();
  const countryName = useIntlCountryName();
  const filter = {
    q: params.get('q') || undefined,
    type: params.get('type') || undefined,
    country: params.get('country') || undefined,
    nace: params.get('nace') || undefined,
    tech: params.get('tech') || undefined,
    partnership: params.get('partnership') || undefined,
    limit: PAGE_SIZE,
    offset: Number(params.get('offset')) || 0,
  };
  const profiles = usePublicProfiles(filter);
  const [nace, setNace] = useState(filter.nace ?? '');
  const isNaceValid = !nace.trim() || NACE_PATTERN.test(nace.trim().toUpperCase());
  const collator = new Intl.Collator(i18n.resolvedLanguage ?? 'en');
  const countryOptions = countries
    .map((country) => ({ value: country.code, label: `${countryName(country.code)} (${country.code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <Stack gap="md">
      <PageHeader title={t('profiles.public.title')} description={t('profiles.public.description')} />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('profiles.search.filters')}>
        <SearchInput
          label={t('profiles.search.q')}
          value={filter.q ?? ''}
          onChange={(q) => params.set({ q })}
          testId="public-profile-search"
        />
        <Select
          label={t('profiles.search.type')}
          placeholder={t('profiles.search.anyType')}
          data={PROFILE_TYPES.map((type) => ({ value: type, label: t(`profiles.types.${type}`) }))}
          value={filter.type ?? null}
          onChange={(type) => params.set({ type })}
          clearable
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
        />
        <TextInput
          label={t('profiles.search.nace')}
          placeholder={t('profiles.search.naceHint')}
          value={nace}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setNace(value);
            const code = value.trim().toUpperCase();
            if (!code || NACE_PATTERN.test(code)) params.set({ nace: code });
          }}
          error={isNaceValid ? null : t('profiles.validation.nace')}
          w={160}
        />
        <Select
          label={t('profiles.search.tech')}
          placeholder={t('profiles.search.anyTech')}
          data={STATIC_TECH_FIELD_OPTIONS}
          value={filter.tech ?? null}
          onChange={(tech) => params.set({ tech })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
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
        />
      </Group>

      <QueryState query={profiles}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="md" data-testid="public-profile-list">
                {t('profiles.search.empty')}
              </Text>
            ) : (
              <SimpleGrid
                cols={{ base: 1, md: 2 }}
                data-testid="public-profile-list"
                aria-label={t('profiles.search.results')}
              >
                {page.items.map((profile) => (
                  <PublicProfileCard key={profile.id} profile={profile} countryName={countryName} />
                ))}
              </SimpleGrid>
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
