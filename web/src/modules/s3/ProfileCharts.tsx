import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TProfileResponse } from '../../../../src/modules/s3/contract.ts';
import { ChartFigure } from './EChart.tsx';
import { type ChartOption, escapeHtml, isItemParams } from './echarts.ts';
import { QUADRANT_COLORS, QUADRANTS, SPECIALISED_COLOR, useS3Format } from './s3.ts';

/** Bars in the RCA chart; the table below the chart lists them all. */
export const TOP_SPECIALISATIONS = 15;
const BAR_COLOR = '#1971c2';
/** Activities labelled in the scatter: the best-ranked opportunities. */
const LABELLED_OPPORTUNITIES = 5;

const activityName = (profile: TProfileResponse, code: string) => profile.activityNames[code] ?? '';

/** Top specialisations: horizontal bars of RCA, the RCA = 1 line dashed, the NACE title on hover. */
export function SpecialisationChart({ profile }: { profile: TProfileResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const top = profile.specialisations.slice(0, TOP_SPECIALISATIONS);

  const option = useMemo((): ChartOption => {
    const rows = profile.specialisations.slice(0, TOP_SPECIALISATIONS);
    return {
      animationDuration: 300,
      grid: { left: 16, right: 56, top: 8, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          if (!isItemParams(params)) return '';
          const row = rows[params.dataIndex];
          if (!row) return '';
          const name = activityName(profile, row.activity);
          return [
            `<strong>${escapeHtml(row.activity)}</strong>${name ? ` ${escapeHtml(name)}` : ''}`,
            `RCA: ${format.num(row.rca)}`,
            `${escapeHtml(t('s3.profile.value'))}: ${format.value(row.value)}${profile.unit ? ` ${escapeHtml(profile.unit)}` : ''}`,
            `${escapeHtml(t('s3.profile.share'))}: ${format.pct(row.share)}`,
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', name: 'RCA', nameLocation: 'middle', nameGap: 26, min: 0 },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.activity), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: rows.map((row) => ({
            value: row.rca,
            itemStyle: { color: row.isSpecialised ? BAR_COLOR : SPECIALISED_COLOR },
          })),
          label: { show: true, position: 'right', formatter: (params: unknown) => (isItemParams(params) ? format.num(rows[params.dataIndex]?.rca) : '') },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#495057' },
            label: { formatter: 'RCA = 1', position: 'end' },
            data: [{ xAxis: 1 }],
          },
        },
      ],
    };
  }, [profile, t, format]);

  const specialisedCount = profile.specialisations.filter((row) => row.isSpecialised).length;
  const label = t('s3.profile.barChartSummary', {
    shown: top.length,
    specialised: specialisedCount,
    list: top
      .slice(0, 5)
      .map((row) => `${row.activity} (${format.num(row.rca)})`)
      .join(', '),
  });
  return (
    <ChartFigure
      option={option}
      height={Math.max(240, top.length * 26 + 60)}
      label={label}
      caption={t('s3.profile.barChartCaption')}
      testId="specialisations-chart"
    />
  );
}

/**
 * Balland et al. (2019): each activity the region is not specialised in, by relatedness density (x,
 * feasibility) and complexity (y, benefit); dashed lines at the thresholds split the four quadrants.
 * Activities the region is already specialised in are shown in grey for orientation.
 */
export function OpportunityScatter({ profile }: { profile: TProfileResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();

  const option = useMemo((): ChartOption => {
    const candidates = profile.opportunities.filter((item) => !item.isSpecialised);
    const specialised = profile.opportunities.filter((item) => item.isSpecialised);
    const byCode = new Map(profile.opportunities.map((item) => [item.activity, item]));
    const point = (item: (typeof profile.opportunities)[number]) => ({
      name: item.activity,
      value: [item.density, item.pci],
      label: {
        show: item.rank !== null && item.rank <= LABELLED_OPPORTUNITIES,
        formatter: item.activity,
        position: 'right' as const,
        fontSize: 11,
        fontWeight: 600 as const,
      },
    });
    const quadrantLabel = (quadrant: (typeof QUADRANTS)[number]) => t(`s3.quadrants.${quadrant}`);
    const corner = (quadrant: (typeof QUADRANTS)[number], position: Record<string, number>) => ({
      type: 'text' as const,
      ...position,
      silent: true,
      style: { text: quadrantLabel(quadrant), fill: QUADRANT_COLORS[quadrant], font: 'bold 13px sans-serif', opacity: 0.8 },
    });
    return {
      animationDuration: 300,
      grid: { left: 64, right: 28, top: 48, bottom: 56 },
      legend: { top: 0, data: [...QUADRANTS.map(quadrantLabel), t('s3.profile.alreadySpecialised')] },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          if (!isItemParams(params) || !params.name) return '';
          const item = byCode.get(params.name);
          if (!item) return '';
          const name = activityName(profile, item.activity);
          return [
            `<strong>${escapeHtml(item.activity)}</strong>${name ? ` ${escapeHtml(name)}` : ''}`,
            `${escapeHtml(t('s3.profile.density'))}: ${format.num(item.density, 3)}`,
            `PCI: ${format.num(item.pci)}`,
            item.isSpecialised
              ? escapeHtml(t('s3.profile.alreadySpecialised'))
              : `${escapeHtml(t(`s3.quadrant.${item.quadrant}`))} · ${escapeHtml(t('s3.profile.rankOf', { rank: item.rank ?? '—' }))}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'value',
        name: t('s3.profile.densityAxis'),
        nameLocation: 'middle',
        nameGap: 30,
        scale: true,
        splitLine: { show: false },
        // At the bottom, not at PCI = 0 (the threshold line is drawn there).
        axisLine: { onZero: false },
      },
      yAxis: {
        type: 'value',
        name: t('s3.profile.pciAxis'),
        nameLocation: 'middle',
        nameGap: 40,
        scale: true,
        splitLine: { show: false },
      },
      graphic: [
        corner('long_shot', { left: 72, top: 52 }),
        corner('best_bet', { right: 36, top: 52 }),
        corner('least_attractive', { left: 72, bottom: 64 }),
        corner('safe_bet', { right: 36, bottom: 64 }),
      ],
      series: [
        {
          type: 'scatter',
          name: t('s3.profile.alreadySpecialised'),
          symbolSize: 7,
          itemStyle: { color: SPECIALISED_COLOR, opacity: 0.7 },
          data: specialised.map(point),
          z: 1,
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#495057' },
            label: { show: false },
            data: [
              ...(profile.thresholds.density === null ? [] : [{ xAxis: profile.thresholds.density }]),
              { yAxis: profile.thresholds.pci },
            ],
          },
        },
        ...QUADRANTS.map((quadrant) => ({
          type: 'scatter' as const,
          name: quadrantLabel(quadrant),
          symbolSize: 10,
          itemStyle: { color: QUADRANT_COLORS[quadrant], opacity: 0.9 },
          data: candidates.filter((item) => item.quadrant === quadrant).map(point),
          z: 2,
        })),
      ],
    };
  }, [profile, t, format]);

  const counts = Object.fromEntries(
    QUADRANTS.map((quadrant) => [
      quadrant,
      profile.opportunities.filter((item) => !item.isSpecialised && item.quadrant === quadrant).length,
    ]),
  );
  const label = t('s3.profile.scatterSummary', {
    bestBets: counts.best_bet,
    safeBets: counts.safe_bet,
    longShots: counts.long_shot,
    leastAttractive: counts.least_attractive,
    density: format.num(profile.thresholds.density, 3),
    pci: format.num(profile.thresholds.pci),
  });
  return (
    <ChartFigure
      option={option}
      height={460}
      label={label}
      caption={t('s3.profile.scatterCaption', {
        density: format.num(profile.thresholds.density, 3),
        pci: format.num(profile.thresholds.pci),
      })}
      testId="opportunity-scatter"
      table={<QuadrantCountTable counts={counts} />}
    />
  );
}

function QuadrantCountTable({ counts }: { counts: Record<string, number | undefined> }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder aria-label={t('s3.profile.quadrantCounts')} maw={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('s3.profile.columns.quadrant')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('s3.profile.columns.activities')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {QUADRANTS.map((quadrant) => (
          <Table.Tr key={quadrant}>
            <Table.Td>{t(`s3.quadrants.${quadrant}`)}</Table.Td>
            <Table.Td ta="right">{counts[quadrant] ?? 0}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
