import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TPersonRef, TReferralDetailResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { ReferralCandidates } from '../../modules/network/ReferralCandidates.tsx';
import { ReferralDecisionModal } from '../../modules/network/ReferralDecisionModal.tsx';
import { ReferralMessages } from '../../modules/network/ReferralMessages.tsx';
import { ReferralStatusBadge } from '../../modules/network/ReferralStatusBadge.tsx';
import { type ReferralAction, useReferral } from '../../modules/network/useReferrals.ts';
import { useCountryName } from '../../modules/reference/useCountries.ts';
import { isApiError } from '../../shared/api.ts';
import { DetailList } from '../../shared/DetailList.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

export function ReferralPage() {
  const { id = '' } = useParams();
  const referral = useReferral(id);
  if (isApiError(referral.error) && [400, 404].includes(referral.error.status)) return <NotFoundPage />;
  return <QueryState query={referral}>{(data) => <ReferralDetails referral={data} />}</QueryState>;
}

function Person({ person }: { person: TPersonRef }) {
  return (
    <>
      {person.name}{' '}
      <Anchor href={`mailto:${person.email}`} size="sm">
        {person.email}
      </Anchor>
    </>
  );
}

function ReferralDetails({ referral }: { referral: TReferralDetailResponse }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const countryName = useCountryName();
  const [action, setAction] = useState<ReferralAction | null>(null);
  const isParty = user.id === referral.fromBroker.id || user.id === referral.toBroker.id;
  const isOpen = referral.status === 'sent' || referral.status === 'accepted';

  const details = [
    {
      label: t('network.referral.status'),
      value: <ReferralStatusBadge status={referral.status} testId="referral-status" />,
    },
    { label: t('network.referral.from'), value: <Person person={referral.fromBroker} /> },
    { label: t('network.referral.to'), value: <Person person={referral.toBroker} /> },
    {
      label: t('network.referral.client'),
      value: (
        <>
          <Anchor component={Link} to={`/organisations/${referral.client.id}`}>
            {referral.client.name}
          </Anchor>{' '}
          ({countryName(referral.client.countryCode)})
        </>
      ),
    },
    {
      label: t('network.referral.case'),
      value: referral.caseId ? (
        <Anchor component={Link} to={`/cases/${referral.caseId}`}>
          {t('network.referral.openCase')}
        </Anchor>
      ) : (
        '—'
      ),
    },
    {
      label: t('network.referral.profile'),
      value: referral.profile ? (
        <Anchor component={Link} to={`/profiles/${referral.profile.id}`}>
          {referral.profile.reference ? `${referral.profile.reference} · ` : ''}
          {referral.profile.title}
        </Anchor>
      ) : (
        '—'
      ),
    },
    { label: t('network.referral.sentAt'), value: formatDateTime(referral.createdAt) },
    ...(referral.respondedAt
      ? [{ label: t('network.referral.respondedAt'), value: formatDateTime(referral.respondedAt) }]
      : []),
    ...(referral.closedAt
      ? [{ label: t('network.referral.closedAt'), value: formatDateTime(referral.closedAt) }]
      : []),
  ];

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('network.referral.title', { client: referral.client.name })}
        description={
          <Anchor component={Link} to="/referrals" size="sm">
            {t('network.referral.backToList')}
          </Anchor>
        }
        actions={
          <>
            {referral.allowedActions.map((allowed) => (
              <Button
                key={allowed}
                variant={allowed === 'accept' ? 'filled' : 'outline'}
                color={allowed === 'decline' ? 'red.9' : undefined}
                onClick={() => setAction(allowed)}
                data-testid={`referral-action-${allowed}`}
              >
                {t(`network.referral.actions.${allowed}`)}
              </Button>
            ))}
            {user.role === 'broker' && isParty ? (
              <Button
                variant="default"
                component={Link}
                to={`/partnerships?new=1&referral=${referral.id}`}
                data-testid="referral-record-partnership"
              >
                {t('network.referral.recordPartnership')}
              </Button>
            ) : null}
          </>
        }
      />

      <Card withBorder padding="lg" radius="md">
        <Stack gap="md">
          <DetailList details={details} testId="referral-details" />
          <div>
            <Title order={2} size="h3" mb="xs">
              {t('network.referral.need')}
            </Title>
            <Text style={{ whiteSpace: 'pre-line' }} data-testid="referral-need">
              {referral.needSummary}
            </Text>
          </div>
        </Stack>
      </Card>

      <ReferralMessages referral={referral} canWrite={isParty && isOpen} />

      <ReferralCandidates
        referral={referral}
        canPropose={user.id === referral.toBroker.id && referral.status === 'accepted'}
      />

      <ReferralDecisionModal referralId={referral.id} action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
