import { Anchor, Box, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TDatasetResponse } from '../../../../src/modules/s3/contract.ts';
import {
  BACKBONE_EDGE_COLOR,
  ActivitySpaceGraph,
  OTHER_EDGE_COLOR,
  OTHER_NODE_COLOR,
  SPECIALISED_NODE_COLOR,
} from '../../modules/s3/ActivitySpaceGraph.tsx';
import { AnalysisNav, RegionSelect, useRegionOptions, YearSelect } from '../../modules/s3/AnalysisControls.tsx';
import { AnalysisState } from '../../modules/s3/AnalysisState.tsx';
import { regionLabel } from '../../modules/s3/s3.ts';
import { useActivitySpace } from '../../modules/s3/useAnalyses.ts';
import { useDataset } from '../../modules/s3/useDatasets.ts';
import { isApiError } from '../../shared/api.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

export function ActivitySpacePage() {
  const { id = '' } = useParams();
  const dataset = useDataset(id);
  if (isApiError(dataset.error) && [400, 404].includes(dataset.error.status)) return <NotFoundPage />;
  return <QueryState query={dataset}>{(data) => <ActivitySpace dataset={data} />}</QueryState>;
}

function Swatch({ color, shape }: { color: string; shape: 'dot' | 'line' }) {
  return (
    <Box
      component="span"
      aria-hidden="true"
      display="inline-block"
      mr={6}
      style={{
        width: shape === 'dot' ? 12 : 22,
        height: shape === 'dot' ? 12 : 3,
        borderRadius: shape === 'dot' ? '50%' : 0,
        background: color,
        verticalAlign: 'middle',
      }}
    />
  );
}

function ActivitySpace({ dataset }: { dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  const params = useSearchParamState<'year' | 'region'>();
  const year = Number(params.get('year')) || undefined;
  const region = params.get('region').toUpperCase() || null;
  const selection = { year };
  const space = useActivitySpace(dataset.id, region, selection);
  const yearLabel = String(year ?? space.data?.selection.fromYear ?? dataset.years[dataset.years.length - 1] ?? '');
  const regionOptions = useRegionOptions(dataset.id, selection, yearLabel);
  const names = { ...regionOptions.names, ...space.data?.regionNames };

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <PageHeader
          title={t('s3.space.title')}
          description={
            <>
              {t('s3.compare.subtitle', { dataset: dataset.name, year: yearLabel })}{' '}
              <Anchor component={Link} to={`/s3/datasets/${dataset.id}`} size="sm">
                {t('s3.profile.aboutDataset')}
              </Anchor>
            </>
          }
        />
        <AnalysisNav dataset={dataset} year={year} region={region} />
      </Stack>

      <Group align="flex-end" wrap="wrap" gap="md">
        <RegionSelect
          label={t('s3.space.region')}
          placeholder={t('s3.space.noRegion')}
          options={regionOptions.options}
          isLoading={regionOptions.regions.isPending}
          value={region}
          onChange={(next) => params.set({ region: next })}
          clearable
        />
        <YearSelect years={dataset.years} value={year} onChange={(next) => params.set({ year: next })} />
      </Group>

      <Text size="sm">{t('s3.space.explanation')}</Text>
      <Box component="section" aria-labelledby="space-legend-heading">
        <Title order={2} size="h5" id="space-legend-heading" mb={4}>
          {t('s3.space.legend')}
        </Title>
        <List size="sm" listStyleType="none" spacing={2}>
          {region ? (
            <>
              <List.Item>
                <Swatch color={SPECIALISED_NODE_COLOR} shape="dot" />
                {t('s3.space.legendSpecialised', { region: regionLabel(region, names) })}
              </List.Item>
              <List.Item>
                <Swatch color={OTHER_NODE_COLOR} shape="dot" />
                {t('s3.space.legendOther')}
              </List.Item>
            </>
          ) : (
            <List.Item>
              <Swatch color={OTHER_NODE_COLOR} shape="dot" />
              {t('s3.space.legendNoRegion')}
            </List.Item>
          )}
          <List.Item>{t('s3.space.legendSize')}</List.Item>
          <List.Item>
            <Swatch color={BACKBONE_EDGE_COLOR} shape="line" />
            {t('s3.space.legendBackbone')}
          </List.Item>
          <List.Item>
            <Swatch color={OTHER_EDGE_COLOR} shape="line" />
            {t('s3.space.legendLinks')}
          </List.Item>
        </List>
      </Box>

      <AnalysisState query={space}>{(result) => <ActivitySpaceGraph space={result} region={region} />}</AnalysisState>
    </Stack>
  );
}
