import {
  Anchor,
  Card,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TProfileSummary } from '../../../../src/modules/brokerage/contract.ts';
import type { TMatch } from '../../../../src/modules/matching/contract.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { isBrokerOrAdmin } from '../accounts/roles.ts';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';
import { ReferralForm } from '../network/ReferralForm.tsx';
import { HELIX_TYPES } from '../organisations/helix.ts';
import { ExpressInterestModal } from '../profiles/ExpressInterestModal.tsx';
import { PROFILE_TYPES } from '../profiles/codes.ts';
import { useCountryName, useCountryOptions } from '../reference/useCountries.ts';
import { type MatchBroker, MatchItem } from './MatchItem.tsx';
import { candidateIdOf, type MatchKind, type MatchTarget, useMatches } from './useMatches.ts';

const TOP = 20;

/** The client a broker refers, and an interest is for: the profile's organisation, or the case's client. */
export type MatchClient = { organisationId: string; caseId?: string | null; profileId?: string | null };

type MatchesPanelProps = {
  target: MatchTarget;
  client: MatchClient;
  /** A line above the filters saying what the matches are for. */
  intro?: string;
  /** Level of each match's heading under the page's own. */
  headingOrder?: 2 | 3 | 4;
};

/**
 * Ranked partners for a profile or a case from the matching engine: filters, the list with each
 * match's score and reasons, and what to do with a match (verdict, interest, referral).
 */
export function MatchesPanel({ target, client, intro, headingOrder = 3 }: MatchesPanelProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const countryName = useCountryName();
  const countryOptions = useCountryOptions();
  const canSearchOrganisations = isBrokerOrAdmin(user.role);
  const [kind, setKind] = useState<MatchKind>('profiles');
  const [countries, setCountries] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [helix, setHelix] = useState<string[]>([]);
  const [includeDismissed, setIncludeDismissed] = useState(false);
  const matches = useMatches(target, { kind, countries, types, helix, includeDismissed, top: TOP });

  const [interestProfile, setInterestProfile] = useState<Pick<TProfileSummary, 'id' | 'title'> | null>(null);
  const [isExpressing, expressModal] = useDisclosure(false);
  const [referral, setReferral] = useState<{ match: TMatch; broker: MatchBroker } | null>(null);
  const [isReferring, referModal] = useDisclosure(false);

  const isMember = (organisationId: string) =>
    user.memberships.some((membership) => membership.organisationId === organisationId);
  // Only brokers refer clients, and never to themselves.
  const brokerOf = (match: TMatch) =>
    user.role === 'broker' ? match.brokers.find((broker) => broker.id !== user.id) : undefined;
  const isFiltered = countries.length > 0 || (kind === 'profiles' && types.length > 0) || helix.length > 0;
  const data = matches.data;

  return (
    <Stack gap="md" data-testid="matches-panel">
      {intro ? (
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      ) : null}
      {canSearchOrganisations ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${target.kind}-${target.id}-matches-kind`}>
            {t('matching.kinds.label')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value === 'organisations' ? 'organisations' : 'profiles')}
            data={[
              { value: 'profiles', label: t('matching.kinds.profiles') },
              { value: 'organisations', label: t('matching.kinds.organisations') },
            ]}
            aria-labelledby={`${target.kind}-${target.id}-matches-kind`}
            style={{ alignSelf: 'flex-start' }}
            data-testid="matches-kind"
          />
        </Stack>
      ) : null}

      <Group role="search" aria-label={t('matching.filters.label')} align="flex-end" gap="sm" wrap="wrap">
        <MultiSelect
          label={t('matching.filters.country')}
          placeholder={countries.length === 0 ? t('matching.filters.countryPlaceholder') : undefined}
          data={countryOptions}
          value={countries}
          onChange={setCountries}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('common.nothingFound')}
          w={{ base: '100%', sm: 260 }}
          data-testid="matches-filter-country"
        />
        {kind === 'profiles' ? (
          <MultiSelect
            label={t('matching.filters.type')}
            placeholder={types.length === 0 ? t('matching.filters.typePlaceholder') : undefined}
            data={PROFILE_TYPES.map((value) => ({ value, label: t(`profiles.types.${value}`) }))}
            value={types}
            onChange={setTypes}
            clearable
            hidePickedOptions
            w={{ base: '100%', sm: 260 }}
            data-testid="matches-filter-type"
          />
        ) : null}
        <MultiSelect
          label={t('matching.filters.helix')}
          placeholder={helix.length === 0 ? t('matching.filters.helixPlaceholder') : undefined}
          data={HELIX_TYPES.map((value) => ({ value, label: t(`helix.${value}`) }))}
          value={helix}
          onChange={setHelix}
          clearable
          hidePickedOptions
          w={{ base: '100%', sm: 240 }}
          data-testid="matches-filter-helix"
        />
        <Checkbox
          label={t('matching.filters.showDismissed')}
          checked={includeDismissed}
          onChange={(event) => setIncludeDismissed(event.currentTarget.checked)}
          mb={8}
          data-testid="matches-show-dismissed"
        />
      </Group>

      {data && !matches.isPlaceholderData ? (
        <Text size="xs" c="dimmed" data-testid="matches-stats">
          {kind === 'organisations'
            ? t('matching.searchedOrganisations', { count: data.indexed, ms: data.tookMs })
            : t('matching.searchedProfiles', { count: data.indexed, ms: data.tookMs })}
        </Text>
      ) : null}

      <ErrorAlert error={matches.error} testId="matches-error" />

      {!data && matches.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
          {[0, 1, 2].map((index) => (
            <Card key={index} withBorder padding="md" radius="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <Skeleton height={18} width="60%" />
                  <Skeleton height={12} width="35%" />
                  <Skeleton height={10} width="80%" />
                  <Skeleton height={10} width="70%" />
                </Stack>
                <Skeleton height={28} width={96} />
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}

      {data && data.items.length === 0 ? (
        <Text c="dimmed" data-testid="matches-empty">
          {isFiltered ? t('matching.emptyFiltered') : t('matching.empty')}
        </Text>
      ) : null}

      {data && data.items.length > 0 ? (
        <Stack
          component="ol"
          gap="sm"
          m={0}
          p={0}
          style={{
            listStyle: 'none',
            opacity: matches.isPlaceholderData ? 0.6 : 1,
            transition: 'opacity 150ms',
          }}
          aria-label={t('matching.listLabel')}
          aria-busy={matches.isFetching}
        >
          {data.items.map((match) => {
            const broker = brokerOf(match);
            const profile = match.profile;
            return (
              <MatchItem
                key={`${match.kind}-${candidateIdOf(match)}`}
                match={match}
                target={target}
                headingOrder={headingOrder}
                countryName={countryName}
                showBrokers={canSearchOrganisations}
                onExpressInterest={
                  profile && !isMember(profile.organisation.id)
                    ? () => {
                        setInterestProfile({ id: profile.id, title: profile.title });
                        expressModal.open();
                      }
                    : undefined
                }
                referTo={broker}
                onRefer={
                  broker
                    ? () => {
                        setReferral({ match, broker });
                        referModal.open();
                      }
                    : undefined
                }
              />
            );
          })}
        </Stack>
      ) : null}

      {interestProfile ? (
        <ExpressInterestModal
          key={interestProfile.id}
          profile={interestProfile}
          organisationId={client.organisationId}
          opened={isExpressing}
          onClose={expressModal.close}
        />
      ) : null}

      <Modal opened={isReferring} onClose={referModal.close} title={t('matching.refer.title')} size="lg">
        {referral ? (
          <ReferralForm
            key={`${candidateIdOf(referral.match)}-${referral.broker.id}`}
            prefill={{
              client: client.organisationId,
              case: client.caseId ?? undefined,
              profile: client.profileId ?? undefined,
              toBroker: referral.broker,
              need: t('matching.refer.need', {
                title: referral.match.profile?.title ?? referral.match.organisation.name,
                organisation: referral.match.organisation.name,
                country: countryName(referral.match.organisation.countryCode),
              }),
            }}
            onCancel={referModal.close}
            onCreated={(created) => {
              referModal.close();
              const to = `/referrals/${created.id}`;
              notifications.show({
                color: 'green',
                message: (
                  <>
                    {t('matching.refer.sent')}{' '}
                    <Anchor
                      href={to}
                      size="sm"
                      onClick={(event) => {
                        event.preventDefault();
                        void navigate(to);
                      }}
                    >
                      {t('matching.refer.open')}
                    </Anchor>
                  </>
                ),
              });
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
