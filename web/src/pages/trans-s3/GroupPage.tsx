import { Anchor, Badge, Group, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CandidatesPanel } from '../../modules/trans-s3/CandidatesPanel.tsx';
import { RegionChips } from '../../modules/trans-s3/CodeChips.tsx';
import { ConsultationPanel } from '../../modules/trans-s3/ConsultationPanel.tsx';
import { GroupOverview } from '../../modules/trans-s3/GroupOverview.tsx';
import { GroupStepper } from '../../modules/trans-s3/GroupStepper.tsx';
import { HistoryPanel } from '../../modules/trans-s3/HistoryPanel.tsx';
import { PrioritisationPanel } from '../../modules/trans-s3/PrioritisationPanel.tsx';
import { StrategyPanel } from '../../modules/trans-s3/StrategyPanel.tsx';
import { type TGroup, useGroup } from '../../modules/trans-s3/useTransS3.ts';
import { VerificationPanel } from '../../modules/trans-s3/VerificationPanel.tsx';
import { isApiError } from '../../shared/api.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

const TABS = [
  'overview',
  'candidates',
  'verification',
  'consultation',
  'prioritisation',
  'strategy',
  'history',
] as const;
type Tab = (typeof TABS)[number];

/** A group's workspace: its steps, members, candidates and everything after. */
export function GroupPage() {
  const { id = '' } = useParams();
  const group = useGroup(id);
  // A group the user is not in is "not found" (the API hides it); a malformed id is a 400.
  if (isApiError(group.error) && [400, 404].includes(group.error.status)) return <NotFoundPage />;
  return <QueryState query={group}>{(data) => <GroupView group={data} />}</QueryState>;
}

function GroupView({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const params = useSearchParamState<'tab'>();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'overview';

  return (
    <Stack gap="lg">
      <PageHeader
        title={group.name}
        description={
          <Stack gap={6}>
            <Anchor component={Link} to="/trans-s3" size="sm">
              {t('transS3.group.backToList')}
            </Anchor>
            <RegionChips regions={group.regions} label={t('transS3.overview.regions')} />
          </Stack>
        }
        actions={
          <Group gap={4}>
            {group.isDemo ? (
              <Badge variant="light" color="gray">
                {t('transS3.common.demo')}
              </Badge>
            ) : null}
            {group.myRole ? (
              <Badge variant="light" data-testid="group-my-role">
                {t(`transS3.roles.${group.myRole}`)}
              </Badge>
            ) : null}
          </Group>
        }
      />

      <GroupStepper group={group} />

      <Tabs
        value={tab}
        onChange={(value) => params.set({ tab: value === 'overview' ? null : value })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('transS3.group.tabs.label')}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`group-tab-${value}`}>
              {t(`transS3.group.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>

        <Tabs.Panel value="overview" pt="md">
          <GroupOverview group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="candidates" pt="md">
          <CandidatesPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="verification" pt="md">
          <VerificationPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="consultation" pt="md">
          <ConsultationPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="prioritisation" pt="md">
          <PrioritisationPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="strategy" pt="md">
          <StrategyPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel group={group} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
