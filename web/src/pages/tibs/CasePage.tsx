import { Anchor, Badge, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { ActivityPanel } from '../../modules/cases/ActivityPanel.tsx';
import { AttachmentsPanel } from '../../modules/cases/AttachmentsPanel.tsx';
import { CaseDetails } from '../../modules/cases/CaseDetails.tsx';
import { CaseProfilesPanel } from '../../modules/cases/CaseProfilesPanel.tsx';
import { DiagnosisPanel } from '../../modules/cases/DiagnosisPanel.tsx';
import { useCase } from '../../modules/cases/useCases.ts';
import { MatchesPanel } from '../../modules/matching/MatchesPanel.tsx';
import { isApiError } from '../../shared/api.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

const TABS = ['diagnosis', 'activity', 'attachments', 'profiles', 'matches'] as const;
type Tab = (typeof TABS)[number];

export function CasePage() {
  const { id = '' } = useParams();
  const item = useCase(id);
  // A malformed id is a 400 from the API; to the user both mean "no such case".
  if (isApiError(item.error) && [400, 404].includes(item.error.status)) return <NotFoundPage />;
  return <QueryState query={item}>{(data) => <CaseView item={data} />}</QueryState>;
}

function CaseView({ item }: { item: TCaseResponse }) {
  const { t } = useTranslation();
  const params = useSearchParamState<'tab' | 'version'>();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'diagnosis';
  const version = Number(params.get('version')) || null;

  return (
    <Stack gap="xl">
      <PageHeader
        title={item.title}
        description={
          <Anchor component={Link} to="/cases" size="sm">
            {t('tibs.case.backToList')}
          </Anchor>
        }
        actions={
          item.isDemo ? (
            <Badge variant="light" color="gray">
              {t('tibs.common.demo')}
            </Badge>
          ) : null
        }
      />

      <CaseDetails item={item} />

      <Tabs
        value={tab}
        onChange={(value) => params.set({ tab: value === 'diagnosis' ? null : value, version: null })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tibs.case.tabs.label')}>
          <Tabs.Tab value="diagnosis" data-testid="case-tab-diagnosis">
            {t('tibs.case.tabs.diagnosis')}
          </Tabs.Tab>
          <Tabs.Tab value="activity" data-testid="case-tab-activity">
            {t('tibs.case.tabs.activity')}
          </Tabs.Tab>
          <Tabs.Tab value="attachments" data-testid="case-tab-attachments">
            {t('tibs.case.tabs.attachments')}
          </Tabs.Tab>
          <Tabs.Tab value="profiles" data-testid="case-tab-profiles">
            {t('tibs.case.tabs.profiles')}
          </Tabs.Tab>
          <Tabs.Tab value="matches" data-testid="case-tab-matches">
            {t('matching.caseTab')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="diagnosis" pt="md">
          <DiagnosisPanel
            caseId={item.id}
            version={version}
            onVersionChange={(next) => params.set({ version: next })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          <ActivityPanel caseId={item.id} canEdit={item.canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="md">
          <AttachmentsPanel caseId={item.id} canEdit={item.canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="profiles" pt="md">
          <CaseProfilesPanel item={item} />
        </Tabs.Panel>
        <Tabs.Panel value="matches" pt="md">
          <MatchesPanel
            target={{ kind: 'case', id: item.id }}
            client={{ organisationId: item.organisation.id, caseId: item.id }}
            intro={t('matching.caseIntro', { name: item.organisation.name })}
            headingOrder={2}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
