import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  TBrokerResponse,
  TInterestResponse,
  TProfileSummary,
  TReferralResponse,
  TWorkspaceResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { CaseTable } from '../../modules/cases/CaseTable.tsx';
import { useWorkspace } from '../../modules/cases/useCases.ts';
import { excerpt } from '../../modules/network/text.ts';
import { useCountryName } from '../../modules/reference/useCountries.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';

const EXCERPT_LENGTH = 140;

/** The TIBS home screen: what needs doing now, for the user's role. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <Stack gap="xl">
      <PageHeader title={t('tibs.workspace.title')} description={t('tibs.workspace.description')} />
      <QueryState query={workspace}>
        {(data) =>
          data.role === 'broker' || data.role === 'admin' ? (
            <BrokerWorkspace workspace={data} />
          ) : data.role === 'member' ? (
            <MemberWorkspace workspace={data} />
          ) : (
            <AnalystWorkspace />
          )
        }
      </QueryState>
    </Stack>
  );
}

function Section({
  id,
  title,
  testId,
  action,
  children,
}: {
  id: string;
  title: string;
  testId?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </section>
  );
}

function BrokerWorkspace({ workspace }: { workspace: TWorkspaceResponse }) {
  const { t } = useTranslation();
  return (
    <>
      <Section
        id="workspace-pipeline-heading"
        title={t('tibs.workspace.pipeline')}
        testId="workspace-pipeline"
        action={
          <Anchor component={Link} to="/cases" size="sm">
            {t('tibs.workspace.openBoard')}
          </Anchor>
        }
      >
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
          {workspace.pipeline
            .filter((entry) => entry.stage !== 'closed')
            .map((entry) => (
              <Card
                key={entry.stage}
                withBorder
                padding="sm"
                radius="md"
                data-testid={`workspace-stage-${entry.stage}`}
              >
                <Text fz={28} fw={700} lh={1.1} aria-hidden="true">
                  {entry.count}
                </Text>
                <Anchor
                  component={Link}
                  to={`/cases?view=list&stage=${entry.stage}`}
                  size="sm"
                  aria-label={t('tibs.workspace.stageLink', {
                    stage: t(`tibs.stages.${entry.stage}`),
                    count: entry.count,
                  })}
                >
                  {t(`tibs.stages.${entry.stage}`)}
                </Anchor>
              </Card>
            ))}
        </SimpleGrid>
      </Section>

      <Section
        id="workspace-followups-heading"
        title={t('tibs.workspace.followUps')}
        testId="workspace-followups"
        action={
          <Anchor component={Link} to="/cases?view=list&due=week" size="sm">
            {t('tibs.workspace.allFollowUps')}
          </Anchor>
        }
      >
        <CaseTable
          cases={workspace.followUpsDue}
          label={t('tibs.workspace.followUps')}
          showBroker={workspace.role === 'admin'}
          emptyText={t('tibs.workspace.noFollowUps')}
        />
      </Section>

      <Section
        id="workspace-referrals-heading"
        title={t('tibs.workspace.referrals')}
        testId="workspace-referrals"
        action={
          <Anchor component={Link} to="/referrals" size="sm">
            {t('tibs.workspace.allReferrals')}
          </Anchor>
        }
      >
        <ReferralTable referrals={workspace.incomingReferrals} />
      </Section>

      <Section
        id="workspace-interests-heading"
        title={t('tibs.workspace.interests')}
        testId="workspace-interests"
        action={
          <Anchor component={Link} to="/interests" size="sm">
            {t('tibs.workspace.allInterests')}
          </Anchor>
        }
      >
        <InterestTable interests={workspace.interestsToAnswer} label={t('tibs.workspace.interests')} />
      </Section>

      <Section
        id="workspace-to-validate-heading"
        title={t('tibs.workspace.toValidate')}
        testId="workspace-to-validate"
        action={
          <Anchor component={Link} to="/profiles?scope=to_validate" size="sm">
            {t('tibs.workspace.allToValidate')}
          </Anchor>
        }
      >
        <ToValidateTable profiles={workspace.profilesToValidate} />
      </Section>
    </>
  );
}

function ReferralTable({ referrals }: { referrals: TReferralResponse[] }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('tibs.workspace.referrals')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tibs.workspace.columns.client')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.fromBroker')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.need')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Td>
                <Anchor component={Link} to={`/referrals/${referral.id}`} size="sm" fw={500}>
                  {referral.client.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {countryName(referral.client.countryCode)}
                </Text>
              </Table.Td>
              <Table.Td>{referral.fromBroker.name}</Table.Td>
              <Table.Td>
                <Text size="sm">{excerpt(referral.needSummary, EXCERPT_LENGTH)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(referral.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
          {referrals.length === 0 ? (
            <EmptyTableRow colSpan={4}>{t('tibs.workspace.noReferrals')}</EmptyTableRow>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InterestTable({ interests, label }: { interests: TInterestResponse[]; label: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tibs.workspace.columns.profile')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.fromOrganisation')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.country')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.message')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {interests.map((interest) => (
            <Table.Tr key={interest.id}>
              <Table.Td>
                <Anchor component={Link} to={`/profiles/${interest.profile.id}`} size="sm" fw={500}>
                  {interest.profile.title}
                </Anchor>
                {interest.profile.reference ? (
                  <Text size="xs" c="dimmed">
                    {interest.profile.reference}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{interest.fromOrganisation.name}</Table.Td>
              <Table.Td>{countryName(interest.fromOrganisation.countryCode)}</Table.Td>
              <Table.Td>
                <Text size="sm">{excerpt(interest.message, EXCERPT_LENGTH)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(interest.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
          {interests.length === 0 ? (
            <EmptyTableRow colSpan={5}>{t('tibs.workspace.noInterests')}</EmptyTableRow>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ToValidateTable({ profiles }: { profiles: TProfileSummary[] }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={t('tibs.workspace.toValidate')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tibs.workspace.columns.profile')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.type')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.organisation')}</Table.Th>
            <Table.Th scope="col">{t('tibs.workspace.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profiles.map((profile) => (
            <Table.Tr key={profile.id}>
              <Table.Td>
                <Anchor component={Link} to={`/profiles/${profile.id}`} size="sm" fw={500}>
                  {profile.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`tibs.profileTypes.${profile.type}`)}</Table.Td>
              <Table.Td>
                {profile.organisation.name}
                <Text size="xs" c="dimmed">
                  {countryName(profile.organisation.countryCode)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(profile.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
          {profiles.length === 0 ? (
            <EmptyTableRow colSpan={4}>{t('tibs.workspace.noToValidate')}</EmptyTableRow>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MemberWorkspace({ workspace }: { workspace: TWorkspaceResponse }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <>
      <Section
        id="workspace-organisations-heading"
        title={t('tibs.workspace.myOrganisations')}
        testId="workspace-organisations"
      >
        {workspace.myOrganisations.length === 0 ? (
          <Text c="dimmed">
            {t('tibs.workspace.noOrganisations')}{' '}
            <Anchor component={Link} to="/organisations">
              {t('tibs.workspace.browseOrganisations')}
            </Anchor>
          </Text>
        ) : (
          <List spacing="xs">
            {workspace.myOrganisations.map((organisation) => (
              <List.Item key={organisation.id}>
                <Anchor component={Link} to={`/organisations/${organisation.id}`}>
                  {organisation.name}
                </Anchor>{' '}
                <Text component="span" c="dimmed" size="sm">
                  ({countryName(organisation.countryCode)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section
        id="workspace-cooperation-heading"
        title={t('tibs.workspace.cooperation')}
        testId="workspace-cooperation"
      >
        <Group gap="sm" wrap="wrap">
          <Button component={Link} to="/profiles?scope=mine" variant="light">
            {t('tibs.workspace.myProfiles')}
          </Button>
          <Button component={Link} to="/interests?direction=received" variant="light">
            {t('tibs.workspace.interestsReceived')}
          </Button>
          <Button component={Link} to="/interests?direction=sent" variant="light">
            {t('tibs.workspace.interestsSent')}
          </Button>
          <Button component={Link} to="/cases" variant="default">
            {t('tibs.workspace.myCases')}
          </Button>
        </Group>
      </Section>

      <Section
        id="workspace-interests-heading"
        title={t('tibs.workspace.interestsToAnswer')}
        testId="workspace-interests"
        action={
          <Anchor component={Link} to="/interests" size="sm">
            {t('tibs.workspace.allInterests')}
          </Anchor>
        }
      >
        <InterestTable
          interests={workspace.interestsToAnswer}
          label={t('tibs.workspace.interestsToAnswer')}
        />
      </Section>

      <Section
        id="workspace-brokers-heading"
        title={t('tibs.workspace.myBrokers')}
        testId="workspace-brokers"
      >
        {workspace.myBrokers.length === 0 ? (
          <Text c="dimmed">
            {t('tibs.workspace.noBrokers')}{' '}
            <Anchor component={Link} to="/brokers">
              {t('tibs.workspace.findBroker')}
            </Anchor>
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {workspace.myBrokers.map((broker) => (
              <BrokerCard key={broker.id} broker={broker} />
            ))}
          </SimpleGrid>
        )}
      </Section>
    </>
  );
}

function BrokerCard({ broker }: { broker: TBrokerResponse }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={`broker-${broker.id}`}>
      <Stack gap={4}>
        <Title order={3} size="h5" id={`broker-${broker.id}`}>
          {broker.name}
        </Title>
        <Anchor href={`mailto:${broker.email}`} size="sm">
          {broker.email}
        </Anchor>
        {broker.phone ? (
          <Anchor href={`tel:${broker.phone.replace(/\s+/g, '')}`} size="sm">
            {broker.phone}
          </Anchor>
        ) : null}
        {broker.organisation ? (
          <Text size="sm">
            {t('tibs.workspace.brokerOrganisation')}{' '}
            <Anchor component={Link} to={`/organisations/${broker.organisation.id}`}>
              {broker.organisation.name}
            </Anchor>
          </Text>
        ) : null}
        {broker.regions.length > 0 ? (
          <Text size="sm">
            {t('tibs.workspace.brokerRegions')}{' '}
            {broker.regions.map((region) => `${region.name} (${region.code})`).join(', ')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function AnalystWorkspace() {
  const { t } = useTranslation();
  const links = [
    { to: '/s3', label: t('tibs.workspace.analystLinks.s3') },
    { to: '/partnerships', label: t('tibs.workspace.analystLinks.partnerships') },
    { to: '/profiles', label: t('tibs.workspace.analystLinks.profiles') },
    { to: '/organisations', label: t('tibs.workspace.analystLinks.organisations') },
  ];
  return (
    <Section
      id="workspace-analyst-heading"
      title={t('tibs.workspace.analystTitle')}
      testId="workspace-analyst"
    >
      <Text mb="sm">{t('tibs.workspace.analystText')}</Text>
      <List spacing="xs">
        {links.map((link) => (
          <List.Item key={link.to}>
            <Anchor component={Link} to={link.to}>
              {link.label}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}
