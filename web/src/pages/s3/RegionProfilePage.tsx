import {
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { TDatasetResponse, TProfileResponse } from '../../../../src/modules/s3/contract.ts';
import {
  AnalysisNav,
  RegionSelect,
  useRegionOptions,
  YearSelect,
} from '../../modules/s3/AnalysisControls.tsx';
import { AnalysisNotes, AnalysisState } from '../../modules/s3/AnalysisState.tsx';
import { downloadCsv, safeFileName, toCsv } from '../../modules/s3/csv.ts';
import { OpportunityScatter, SpecialisationChart } from '../../modules/s3/ProfileCharts.tsx';
import { QuadrantBadge } from '../../modules/s3/QuadrantBadge.tsx';
import { GOSMART_REGIONS, type Quadrant, QUADRANTS, useS3Format } from '../../modules/s3/s3.ts';
import { metricsCsvUrl, useRegionProfile } from '../../modules/s3/useAnalyses.ts';
import { useDataset } from '../../modules/s3/useDatasets.ts';
import { isApiError } from '../../shared/api.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';

/** Rows of the long tables before "Show all". */
const INITIAL_ROWS = 20;

export function RegionProfilePage() {
  const { id = '' } = useParams();
  const dataset = useDataset(id);
  if (isApiError(dataset.error) && [400, 404].includes(dataset.error.status)) return <NotFoundPage />;
  return <QueryState query={dataset}>{(data) => <RegionProfile dataset={data} />}</QueryState>;
}

function RegionProfile({ dataset }: { dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { region: regionParam } = useParams();
  const region = regionParam ? regionParam.toUpperCase() : null;
  const params = useSearchParamState<'year'>();
  const year = Number(params.get('year')) || undefined;
  const selection = { year };
  const profile = useRegionProfile(dataset.id, region, selection);
  const yearLabel = String(
    year ?? profile.data?.selection.fromYear ?? dataset.years[dataset.years.length - 1] ?? '',
  );
  const regionOptions = useRegionOptions(dataset.id, selection, yearLabel);
  const names = { ...regionOptions.names, ...profile.data?.regionNames };
  const regionName = region ? names[region] : undefined;
  const title = region ? (regionName ? `${regionName} (${region})` : region) : t('s3.profile.title');
  const data = profile.data && profile.data.region === region ? profile.data : undefined;

  const chooseRegion = (next: string | null) => {
    if (!next) return;
    void navigate({
      pathname: `/s3/datasets/${dataset.id}/regions/${next}`,
      search: year ? `?year=${year}` : '',
    });
  };

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <PageHeader
          title={title}
          description={
            <>
              {t('s3.profile.subtitle', { dataset: dataset.name, year: yearLabel })}{' '}
              <Anchor component={Link} to={`/s3/datasets/${dataset.id}`} size="sm">
                {t('s3.profile.aboutDataset')}
              </Anchor>
            </>
          }
          actions={data ? <ExportButtons dataset={dataset} profile={data} year={year} /> : null}
        />
        <AnalysisNav dataset={dataset} year={year} region={region} />
      </Stack>

      <Group align="flex-end" wrap="wrap" gap="md">
        <RegionSelect
          label={t('s3.controls.region')}
          options={regionOptions.options}
          isLoading={regionOptions.regions.isPending}
          value={region}
          onChange={chooseRegion}
        />
        <YearSelect years={dataset.years} value={year} onChange={(next) => params.set({ year: next })} />
      </Group>

      {region ? (
        <AnalysisState query={profile}>
          {(result) => <ProfileContent profile={result} dataset={dataset} />}
        </AnalysisState>
      ) : (
        <ChooseRegion
          dataset={dataset}
          withData={regionOptions.withData}
          labelOf={regionOptions.labelOf}
          year={year}
        />
      )}
    </Stack>
  );
}

type ChooseRegionProps = {
  dataset: TDatasetResponse;
  /** The regions with data in the year: the only ones worth a shortcut. */
  withData: ReadonlySet<string>;
  labelOf: (code: string) => string;
  year: number | undefined;
};

function ChooseRegion({ dataset, withData, labelOf, year }: ChooseRegionProps) {
  const { t } = useTranslation();
  const shortcuts = GOSMART_REGIONS.filter((code) => withData.has(code));
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="sm">
        <Text>{t('s3.profile.chooseRegion')}</Text>
        {shortcuts.length > 0 ? (
          <>
            <Text size="sm" c="dimmed">
              {t('s3.profile.gosmartRegions')}
            </Text>
            <Group gap="xs">
              {shortcuts.map((code) => (
                <Button
                  key={code}
                  component={Link}
                  to={`/s3/datasets/${dataset.id}/regions/${code}${year ? `?year=${year}` : ''}`}
                  variant="light"
                  size="compact-sm"
                >
                  {labelOf(code)}
                </Button>
              ))}
            </Group>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

type ExportButtonsProps = { dataset: TDatasetResponse; profile: TProfileResponse; year: number | undefined };

/** The profile as CSV (one row per activity), and the server's CSV of every metric cell. */
function ExportButtons({ dataset, profile, year }: ExportButtonsProps) {
  const { t } = useTranslation();
  const exportProfile = () => {
    const opportunities = new Map(profile.opportunities.map((item) => [item.activity, item]));
    const rows = profile.specialisations.map((row) => {
      const opportunity = opportunities.get(row.activity);
      return [
        profile.region,
        row.activity,
        profile.activityNames[row.activity] ?? '',
        row.value,
        row.share,
        row.rca,
        row.isSpecialised ? 1 : 0,
        opportunity?.density,
        opportunity?.pci,
        opportunity && !opportunity.isSpecialised ? opportunity.quadrant : '',
        opportunity?.rank,
        opportunity?.score,
      ];
    });
    const columns = [
      'region',
      'activity',
      'name',
      'value',
      'share',
      'rca',
      'm',
      'density',
      'pci',
      'quadrant',
      'rank',
      'score',
    ];
    downloadCsv(
      `${safeFileName(dataset.name)}-${profile.region}-${profile.selection.fromYear}.csv`,
      toCsv(columns, rows),
    );
  };
  return (
    <>
      <Button onClick={exportProfile} data-testid="export-csv">
        {t('s3.profile.exportCsv')}
      </Button>
      <Button
        component="a"
        href={metricsCsvUrl(dataset.id, { year })}
        download
        variant="default"
        data-testid="metrics-csv"
      >
        {t('s3.profile.metricsCsv')}
      </Button>
    </>
  );
}

function ProfileContent({ profile, dataset }: { profile: TProfileResponse; dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" data-testid="region-profile">
      <AnalysisNotes notes={profile.notes} regionNotes={profile.regionNotes} />
      <KeyFigures profile={profile} />

      <section aria-labelledby="specialisations-heading">
        <Title order={2} size="h3" id="specialisations-heading">
          {t('s3.profile.specialisations')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('s3.profile.specialisationsText')}
        </Text>
        <Stack gap="md">
          <SpecialisationChart profile={profile} />
          <SpecialisationsTable profile={profile} />
        </Stack>
      </section>

      <section aria-labelledby="opportunities-heading">
        <Title order={2} size="h3" id="opportunities-heading">
          {t('s3.profile.opportunities')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('s3.profile.opportunitiesText')}
        </Text>
        <Stack gap="md">
          <OpportunityScatter profile={profile} />
          <OpportunitiesTable profile={profile} dataset={dataset} />
        </Stack>
      </section>
    </Stack>
  );
}

function KeyFigures({ profile }: { profile: TProfileResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const figures = [
    {
      key: 'diversity',
      label: t('s3.figures.diversity'),
      value: format.int(profile.diversity),
      hint: t('s3.figures.diversityHint'),
    },
    {
      key: 'eci',
      label: t('s3.figures.eci'),
      value: format.num(profile.eci),
      hint:
        profile.eciRank === null
          ? t('s3.figures.noRank')
          : t('s3.figures.eciRank', {
              rank: format.int(profile.eciRank),
              total: format.int(profile.rankedRegions),
            }),
      testId: 'eci-rank',
    },
    { key: 'coi', label: t('s3.figures.coi'), value: format.num(profile.coi), hint: t('s3.figures.coiHint') },
    {
      key: 'krugman',
      label: t('s3.figures.krugman'),
      value: format.num(profile.krugman, 3),
      hint: t('s3.figures.krugmanHint'),
    },
    {
      key: 'hhi',
      label: t('s3.figures.hhi'),
      value: format.num(profile.hhi, 3),
      hint: t('s3.figures.hhiHint'),
    },
    {
      key: 'entropy',
      label: t('s3.figures.entropy'),
      value: format.num(profile.entropy, 3),
      hint: t('s3.figures.entropyHint'),
    },
    {
      key: 'total',
      label: t('s3.figures.total'),
      value: format.value(profile.total),
      hint: profile.unit ? t('s3.figures.unit', { unit: profile.unit }) : '',
    },
  ];
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 2, sm: 4, lg: 7 }}
      spacing="sm"
      m={0}
      aria-label={t('s3.figures.title')}
    >
      {figures.map((figure) => (
        <Card key={figure.key} withBorder padding="sm" radius="md" data-testid={figure.testId}>
          <Text component="dt" size="xs" c="dimmed" fw={700} tt="uppercase">
            {figure.label}
          </Text>
          <Text component="dd" m={0}>
            <Text component="span" fw={700} fz="xl" display="block">
              {figure.value}
            </Text>
            <Text component="span" size="xs" c="dimmed" display="block">
              {figure.hint}
            </Text>
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function SpecialisationsTable({ profile }: { profile: TProfileResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const [showAll, setShowAll] = useState(false);
  const specialised = profile.specialisations.filter((row) => row.isSpecialised);
  const rows = showAll ? profile.specialisations : specialised;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="specialisations-table" aria-label={t('s3.profile.specialisationsTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('s3.profile.columns.activity')}</Table.Th>
              <Table.Th scope="col">{t('s3.profile.columns.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {profile.unit
                  ? t('s3.profile.columns.valueIn', { unit: profile.unit })
                  : t('s3.profile.columns.value')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('s3.profile.columns.share')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                RCA
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('s3.profile.columns.growth', {
                  from: profile.growthPeriod.fromYear,
                  to: profile.growthPeriod.toYear,
                })}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.activity} c={row.isSpecialised ? undefined : 'dimmed'}>
                <Table.Td fw={600}>{row.activity}</Table.Td>
                <Table.Td>{profile.activityNames[row.activity] ?? '—'}</Table.Td>
                <Table.Td ta="right">{format.value(row.value)}</Table.Td>
                <Table.Td ta="right">{format.pct(row.share)}</Table.Td>
                <Table.Td ta="right">{format.num(row.rca)}</Table.Td>
                <Table.Td ta="right">{format.pct(row.growth)}</Table.Td>
              </Table.Tr>
            ))}
            {rows.length === 0 ? (
              <EmptyTableRow colSpan={6} py="sm">
                {t('s3.profile.noSpecialisations')}
              </EmptyTableRow>
            ) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {profile.specialisations.length > specialised.length ? (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setShowAll((value) => !value)}>
            {showAll
              ? t('s3.profile.onlySpecialised', { number: specialised.length })
              : t('s3.profile.allActivities', { number: profile.specialisations.length })}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function OpportunitiesTable({ profile, dataset }: { profile: TProfileResponse; dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const [quadrant, setQuadrant] = useState<'all' | Quadrant>('all');
  const [showAll, setShowAll] = useState(false);
  const candidates = profile.opportunities
    .filter((item) => item.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const filtered = quadrant === 'all' ? candidates : candidates.filter((item) => item.quadrant === quadrant);
  const rows = showAll ? filtered : filtered.slice(0, INITIAL_ROWS);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} size="h4" id="opportunities-table-heading">
          {t('s3.profile.rankedOpportunities')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('s3.profile.quadrantFilter')}
          value={quadrant}
          onChange={(value) =>
            setQuadrant(value === 'all' ? 'all' : (QUADRANTS.find((q) => q === value) ?? 'all'))
          }
          data={[
            { value: 'all', label: t('s3.profile.allQuadrants') },
            ...QUADRANTS.map((value) => ({ value, label: t(`s3.quadrants.${value}`) })),
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('s3.profile.rankingText')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="opportunities-table" aria-labelledby="opportunities-table-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="right">
                {t('s3.profile.columns.rank')}
              </Table.Th>
              <Table.Th scope="col">{t('s3.profile.columns.activity')}</Table.Th>
              <Table.Th scope="col">{t('s3.profile.columns.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('s3.profile.columns.density')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                PCI
              </Table.Th>
              <Table.Th scope="col">{t('s3.profile.columns.quadrant')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={item.activity}>
                <Table.Td ta="right">{item.rank}</Table.Td>
                <Table.Td fw={600}>{item.activity}</Table.Td>
                <Table.Td>{profile.activityNames[item.activity] ?? '—'}</Table.Td>
                <Table.Td ta="right">{format.num(item.density, 3)}</Table.Td>
                <Table.Td ta="right">{format.num(item.pci)}</Table.Td>
                <Table.Td>
                  <QuadrantBadge quadrant={item.quadrant} />
                </Table.Td>
              </Table.Tr>
            ))}
            {rows.length === 0 ? (
              <EmptyTableRow colSpan={6} py="sm">
                {t('s3.profile.noOpportunities')}
              </EmptyTableRow>
            ) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        {filtered.length > INITIAL_ROWS ? (
          <Button variant="subtle" size="compact-sm" onClick={() => setShowAll((value) => !value)}>
            {showAll
              ? t('s3.profile.showFewer', { number: INITIAL_ROWS })
              : t('s3.profile.showAllRows', { number: filtered.length })}
          </Button>
        ) : (
          <span />
        )}
        <Anchor
          component={Link}
          to={`/s3/datasets/${dataset.id}/space?region=${profile.region}&year=${profile.selection.fromYear}`}
          size="sm"
        >
          {t('s3.profile.seeSpace')}
        </Anchor>
      </Group>
    </Stack>
  );
}
