import {
  Anchor,
  Badge,
  Center,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TCompareResponse, TDatasetResponse } from '../../../../src/modules/s3/contract.ts';
import {
  AnalysisNav,
  RegionMultiSelect,
  useRegionOptions,
  YearSelect,
} from '../../modules/s3/AnalysisControls.tsx';
import { AnalysisNotes, AnalysisState } from '../../modules/s3/AnalysisState.tsx';
import { MAP_METRICS, type MapMetric, RcaHeatmap, RegionMap } from '../../modules/s3/CompareCharts.tsx';
import { GOSMART_REGIONS, useS3Format } from '../../modules/s3/s3.ts';
import { useRegionComparison } from '../../modules/s3/useAnalyses.ts';
import { useDataset } from '../../modules/s3/useDatasets.ts';
import { useNutsGeometry } from '../../modules/s3/useNutsGeometry.ts';
import { isApiError } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';

/** The API compares 2 to 8 regions. */
const MIN_REGIONS = 2;
const MAX_REGIONS = 8;

export function ComparePage() {
  const { id = '' } = useParams();
  const dataset = useDataset(id);
  if (isApiError(dataset.error) && [400, 404].includes(dataset.error.status)) return <NotFoundPage />;
  return <QueryState query={dataset}>{(data) => <CompareRegions dataset={data} />}</QueryState>;
}

function isMapMetric(value: string): value is MapMetric {
  return (MAP_METRICS as readonly string[]).includes(value);
}

function CompareRegions({ dataset }: { dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  const params = useSearchParamState<'year' | 'regions' | 'k' | 'metric'>();
  const year = Number(params.get('year')) || undefined;
  const selection = { year };
  const yearLabel = String(year ?? dataset.years[dataset.years.length - 1] ?? '');
  const regionOptions = useRegionOptions(dataset.id, selection, yearLabel);
  const regionsParam = params.get('regions');
  // Without a choice in the URL: the GoSmart regions this dataset has.
  const regions = regionsParam
    ? regionsParam.split(',').filter(Boolean)
    : regionOptions.regions.data
      ? GOSMART_REGIONS.filter((code) => regionOptions.codes.has(code))
      : [];
  const minRegions = Math.min(
    Math.max(1, Number(params.get('k')) || MIN_REGIONS),
    Math.max(1, regions.length),
  );
  const metricParam = params.get('metric');
  const metric: MapMetric = isMapMetric(metricParam) ? metricParam : 'eci';
  const comparison = useRegionComparison(dataset.id, { regions, minRegions, year });

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <PageHeader
          title={t('s3.compare.title')}
          description={
            <>
              {t('s3.compare.subtitle', { dataset: dataset.name, year: yearLabel })}{' '}
              <Anchor component={Link} to={`/s3/datasets/${dataset.id}`} size="sm">
                {t('s3.profile.aboutDataset')}
              </Anchor>
            </>
          }
        />
        <AnalysisNav dataset={dataset} year={year} />
      </Stack>

      <Group align="flex-start" wrap="wrap" gap="md">
        <RegionMultiSelect
          options={regionOptions.options}
          isLoading={regionOptions.regions.isPending}
          value={regions}
          max={MAX_REGIONS}
          onChange={(next) => params.set({ regions: next.join(',') || null })}
          error={
            regions.length > 0 && regions.length < MIN_REGIONS
              ? t('s3.compare.tooFew', { min: MIN_REGIONS })
              : undefined
          }
        />
        <NumberInput
          label={t('s3.compare.minRegions')}
          description={t('s3.compare.minRegionsHint')}
          value={minRegions}
          min={1}
          max={Math.max(1, regions.length)}
          clampBehavior="strict"
          allowDecimal={false}
          onChange={(value) => params.set({ k: typeof value === 'number' ? value : null })}
          w={200}
        />
        <YearSelect years={dataset.years} value={year} onChange={(next) => params.set({ year: next })} />
      </Group>

      {regions.length < MIN_REGIONS ? (
        <Text c="dimmed">{t('s3.compare.chooseRegions', { min: MIN_REGIONS, max: MAX_REGIONS })}</Text>
      ) : (
        <AnalysisState query={comparison}>
          {(result) => (
            <CompareContent
              comparison={result}
              dataset={dataset}
              metric={metric}
              minRegions={minRegions}
              onMetricChange={(next) => params.set({ metric: next === 'eci' ? null : next })}
            />
          )}
        </AnalysisState>
      )}
    </Stack>
  );
}

type CompareContentProps = {
  comparison: TCompareResponse;
  dataset: TDatasetResponse;
  metric: MapMetric;
  /** k: an activity is shared when at least k of the regions are specialised in it. */
  minRegions: number;
  onMetricChange: (metric: MapMetric) => void;
};

function CompareContent({ comparison, dataset, metric, minRegions, onMetricChange }: CompareContentProps) {
  const { t } = useTranslation();
  const format = useS3Format();
  const geometry = useNutsGeometry();
  const year = comparison.selection.fromYear;
  const ranked = comparison.allRegions
    .filter((row) => row.eci !== null)
    .sort((a, b) => (b.eci ?? 0) - (a.eci ?? 0))
    .map((row) => row.region);
  const name = (region: string) => comparison.regionNames[region];

  return (
    <Stack gap="xl">
      <AnalysisNotes notes={comparison.notes} />

      <section aria-labelledby="compared-heading">
        <Title order={2} size="h3" id="compared-heading" mb="sm">
          {t('s3.compare.regionsTitle')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="compare-regions-table" aria-labelledby="compared-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('s3.compare.columns.region')}</Table.Th>
                <Table.Th scope="col">{t('s3.profile.columns.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('s3.figures.diversity')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  ECI
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('s3.compare.columns.eciRank')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  COI
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comparison.regions.map((row) => {
                const rank = ranked.indexOf(row.region);
                return (
                  <Table.Tr key={row.region}>
                    <Table.Td fw={600}>
                      <Anchor
                        component={Link}
                        to={`/s3/datasets/${dataset.id}/regions/${row.region}?year=${year}`}
                        size="sm"
                      >
                        {row.region}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{name(row.region) ?? '—'}</Table.Td>
                    <Table.Td ta="right">{format.int(row.diversity)}</Table.Td>
                    <Table.Td ta="right">{format.num(row.eci)}</Table.Td>
                    <Table.Td ta="right">
                      {rank < 0 ? '—' : t('s3.compare.rankOf', { rank: rank + 1, total: ranked.length })}
                    </Table.Td>
                    <Table.Td ta="right">{format.num(row.coi)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      <section aria-labelledby="shared-heading">
        <Title order={2} size="h3" id="shared-heading">
          {t('s3.compare.sharedTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('s3.compare.sharedText', { k: minRegions, n: comparison.regions.length })}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="compare-shared-table" aria-labelledby="shared-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('s3.profile.columns.activity')}</Table.Th>
                <Table.Th scope="col">{t('s3.profile.columns.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  PCI
                </Table.Th>
                <Table.Th scope="col">{t('s3.compare.columns.regions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comparison.shared.map((row) => (
                <Table.Tr key={row.activity}>
                  <Table.Td fw={600}>{row.activity}</Table.Td>
                  <Table.Td>{comparison.activityNames[row.activity] ?? '—'}</Table.Td>
                  <Table.Td ta="right">{format.num(row.pci)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Text component="span" size="sm" fw={600} mr={4}>
                        {row.regions.length}
                      </Text>
                      {row.regions.map((region) => (
                        <Badge key={region} variant="light" color="gray" size="sm" title={name(region)}>
                          {region}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {comparison.shared.length === 0 ? (
                <EmptyTableRow colSpan={4} py="sm">
                  {t('s3.compare.noShared')}
                </EmptyTableRow>
              ) : null}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      <section aria-labelledby="heatmap-heading">
        <Title order={2} size="h3" id="heatmap-heading">
          {t('s3.compare.heatmapTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('s3.compare.heatmapText')}
        </Text>
        <RcaHeatmap comparison={comparison} />
      </section>

      <section aria-labelledby="map-heading">
        <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
          <Title order={2} size="h3" id="map-heading">
            {t('s3.compare.mapTitle')}
          </Title>
          <SegmentedControl
            aria-label={t('s3.compare.mapMetric')}
            value={metric}
            onChange={(value) => onMetricChange(isMapMetric(value) ? value : 'eci')}
            data={MAP_METRICS.map((value) => ({ value, label: t(`s3.compare.metrics.${value}`) }))}
          />
        </Group>
        {geometry.isPending ? (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : null}
        {geometry.error ? <ErrorAlert error={geometry.error} /> : null}
        {geometry.data ? (
          <RegionMap comparison={comparison} metric={metric} geometry={geometry.data} />
        ) : null}
      </section>
    </Stack>
  );
}
