import { SimpleGrid, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HELIX_TYPES } from '../organisations/helix.ts';
import { ChartFigure } from '../s3/EChart.tsx';
import { type ChartOption, escapeHtml } from '../s3/echarts.ts';
import { useS3Format } from '../s3/s3.ts';
import { isSpecialised } from './EvidenceTable.tsx';
import type { TCandidateProfile } from './useTransS3.ts';

const SPECIALISED = '#2b8a3e';
const NOT_SPECIALISED = '#868e96';
/** One colour per helix, apart enough for the common colour-vision deficiencies (Okabe–Ito). */
const HELIX_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

/** RCA per region (RCA = 1 marked) and the registry's organisations per region by helix. */
export function EvidenceCharts({ profile }: { profile: TCandidateProfile }) {
  const hasRca = profile.regions.some((row) => row.rca !== null);
  return (
    <SimpleGrid cols={{ base: 1, lg: hasRca ? 2 : 1 }}>
      {hasRca ? <RcaChart profile={profile} /> : null}
      <OrganisationsChart profile={profile} />
    </SimpleGrid>
  );
}

function RcaChart({ profile }: { profile: TCandidateProfile }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const option = useMemo((): ChartOption => {
    const regions = profile.regions;
    return {
      animation: false,
      grid: { left: 48, right: 24, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const first = Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined) : undefined;
          const row = first?.dataIndex === undefined ? undefined : regions[first.dataIndex];
          if (!row) return '';
          return `<strong>${escapeHtml(row.regionName)}</strong> (${escapeHtml(row.region)})<br/>RCA: ${format.num(row.rca)}`;
        },
      },
      xAxis: { type: 'category', data: regions.map((row) => row.region), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: 'RCA', min: 0 },
      series: [
        {
          type: 'bar',
          data: regions.map((row) => ({
            value: row.rca ?? '-',
            itemStyle: { color: isSpecialised(row.rca) ? SPECIALISED : NOT_SPECIALISED },
          })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#c92a2a', type: 'dashed', width: 2 },
            label: { formatter: 'RCA = 1', position: 'insideEndTop' },
            data: [{ yAxis: 1 }],
          },
        },
      ],
    };
  }, [profile, format]);

  return (
    <ChartFigure
      option={option}
      height={320}
      testId="rca-chart"
      label={t('transS3.profile.rcaChartSummary', {
        list: profile.regions.map((row) => `${row.region}: ${format.num(row.rca)}`).join(', '),
      })}
      caption={t('transS3.profile.rcaChartCaption')}
    />
  );
}

function OrganisationsChart({ profile }: { profile: TCandidateProfile }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const helixNames = useMemo(() => HELIX_TYPES.map((helix) => t(`helix.${helix}`)), [t]);
  const option = useMemo((): ChartOption => {
    const regions = profile.regions;
    return {
      animation: false,
      color: HELIX_COLORS,
      grid: { left: 48, right: 24, top: 48, bottom: 48 },
      legend: { top: 0, data: helixNames },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: regions.map((row) => row.region), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: HELIX_TYPES.map((helix, index) => ({
        type: 'bar' as const,
        name: helixNames[index],
        stack: 'organisations',
        data: regions.map((row) => row.organisations.byHelix[helix]),
      })),
    };
  }, [profile, helixNames]);

  return (
    <ChartFigure
      option={option}
      height={320}
      testId="organisations-chart"
      label={t('transS3.profile.organisationsChartSummary', {
        list: profile.regions
          .map((row) => `${row.region}: ${format.int(row.organisations.total)}`)
          .join(', '),
      })}
      caption={t('transS3.profile.organisationsChartCaption')}
      table={
        <Table striped fz="sm" aria-label={t('transS3.profile.organisationsChartTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3.profile.columns.region')}</Table.Th>
              {helixNames.map((name) => (
                <Table.Th key={name} scope="col" ta="right">
                  {name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profile.regions.map((row) => (
              <Table.Tr key={row.region}>
                <Table.Th scope="row">{row.region}</Table.Th>
                {HELIX_TYPES.map((helix) => (
                  <Table.Td key={helix} ta="right">
                    {format.int(row.organisations.byHelix[helix])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
