import { Badge, Button, Divider, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TGroup, TStrategy } from '../../../../src/modules/trans-s3/contract.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { ActionsSection } from './steps/ActionsSection.tsx';
import { StepSection } from './steps/common.tsx';
import { useStepsFormat } from './steps/format.ts';
import { GovernanceEditor } from './steps/GovernanceEditor.tsx';
import { IndicatorsSection } from './steps/IndicatorsSection.tsx';
import { strategyExportUrl, useStrategy } from './steps/useSteps.ts';
import { VisionForm } from './steps/VisionForm.tsx';

/** Step 7: the shared vision, governance, final domains, action plan and monitoring indicators. */
export function StrategyPanel({ group }: { group: TGroup }) {
  const strategy = useStrategy(group.id);
  return <QueryState query={strategy}>{(data) => <StrategyBody group={group} strategy={data} />}</QueryState>;
}

function ExportButtons({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('transS3Steps.strategy.export')}>
      <Button
        component="a"
        variant="default"
        size="sm"
        href={strategyExportUrl(groupId, 'html')}
        target="_blank"
        rel="noopener"
        aria-label={t('transS3Steps.strategy.exportHtmlLabel')}
        data-testid="export-html"
      >
        {t('transS3Steps.strategy.exportHtml')}
      </Button>
      <Button
        component="a"
        variant="default"
        size="sm"
        href={strategyExportUrl(groupId, 'pdf')}
        download
        aria-label={t('transS3Steps.strategy.exportPdfLabel')}
        data-testid="export-pdf"
      >
        {t('transS3Steps.strategy.exportPdf')}
      </Button>
      <Button
        component="a"
        variant="default"
        size="sm"
        href={strategyExportUrl(groupId, 'json')}
        download
        aria-label={t('transS3Steps.strategy.exportJsonLabel')}
        data-testid="export-json"
      >
        {t('transS3Steps.strategy.exportJson')}
      </Button>
    </Group>
  );
}

function StrategyBody({ group, strategy }: { group: TGroup; strategy: TStrategy }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const canEdit = strategy.canEdit && group.permissions.canEdit;
  return (
    <Stack gap="xl" data-testid="strategy-panel">
      <StepSection
        title={t('transS3Steps.strategy.title')}
        description={canEdit ? t('transS3Steps.strategy.intro') : t('transS3Steps.strategy.readOnly')}
        actions={<ExportButtons groupId={group.id} />}
      >
        {strategy.updatedAt ? (
          <Text size="xs" c="dimmed">
            {t('transS3Steps.strategy.updatedAt', { date: format.dateTime(strategy.updatedAt) })}
          </Text>
        ) : null}
        <VisionForm
          key={`${strategy.title}\n${strategy.vision}`}
          groupId={group.id}
          strategy={strategy}
          canEdit={canEdit}
        />
      </StepSection>
      <Divider />
      <StepSection
        title={t('transS3Steps.governance.title')}
        description={t('transS3Steps.governance.intro')}
      >
        <GovernanceEditor
          key={JSON.stringify(strategy.governance)}
          groupId={group.id}
          strategy={strategy}
          canEdit={canEdit}
        />
      </StepSection>
      <Divider />
      <StepSection
        title={t('transS3Steps.domains.title')}
        description={t('transS3Steps.domains.intro')}
        testId="strategy-domains"
      >
        {strategy.domains.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('transS3Steps.domains.empty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {strategy.domains.map((domain) => (
              <Paper
                key={domain.id}
                withBorder
                p="md"
                component="article"
                aria-label={domain.label}
                data-testid="strategy-domain"
              >
                <Stack gap={6}>
                  <Text fw={600}>{domain.label}</Text>
                  {domain.description ? (
                    <Text size="sm" c="dimmed" lineClamp={4}>
                      {domain.description}
                    </Text>
                  ) : null}
                  <Group gap={4}>
                    {domain.regions.map((region) => (
                      <Badge key={region.code} variant="light" size="sm" tt="none" title={region.name}>
                        {region.code}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </StepSection>
      <Divider />
      <StepSection
        title={t('transS3Steps.actions.sectionTitle')}
        description={t('transS3Steps.actions.intro')}
      >
        <ActionsSection groupId={group.id} strategy={strategy} canEdit={canEdit} />
      </StepSection>
      <Divider />
      <StepSection
        title={t('transS3Steps.indicators.sectionTitle')}
        description={t('transS3Steps.indicators.intro')}
      >
        <IndicatorsSection groupId={group.id} strategy={strategy} canEdit={canEdit} />
      </StepSection>
    </Stack>
  );
}
