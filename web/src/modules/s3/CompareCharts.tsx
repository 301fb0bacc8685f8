import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCompareResponse } from '../../../../src/modules/s3/contract.ts';
import { ChartFigure } from './EChart.tsx';
import { type ChartOption, escapeHtml, isItemParams } from './echarts.ts';
import { regionLabel, useS3Format } from './s3.ts';
import { NUTS2_MAP } from './useNutsGeometry.ts';

/** The colour scale runs on log2(RCA) from 1/4 to 4: symmetric around RCA = 1, where it is white. */
const LOG_RCA_LIMIT = 2;
const RCA_COLORS = ['#1c7ed6', '#f8f9fa', '#e8590c'];
const NO_DATA_COLOR = '#ced4da';

/** Regions (rows) × activities (columns) of RCA, on a diverging colour scale centred on RCA = 1. */
export function RcaHeatmap({ comparison }: { comparison: TCompareResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const { activities, rca } = comparison.heatmap;
  const regions = comparison.regions.map((row) => row.region);

  const option = useMemo((): ChartOption => {
    const { activities, rca } = comparison.heatmap;
    const regions = comparison.regions.map((row) => row.region);
    const cells: { value: [number, number, number]; rca: number | null }[] = [];
    regions.forEach((_region, r) => {
      activities.forEach((_activity, a) => {
        const value = rca[r]?.[a] ?? null;
        // RCA 0 has no logarithm: it goes below the scale (the darkest blue).
        cells.push({ value: [a, r, value === null ? 0 : value <= 0 ? -LOG_RCA_LIMIT - 1 : Math.log2(value)], rca: value });
      });
    });
    // Cells without data get a series of their own, grey and outside the colour scale.
    const known = cells.filter((cell) => cell.rca !== null);
    const missing = cells.filter((cell) => cell.rca === null);
    const tooltipOf = (cell: (typeof cells)[number] | undefined) => {
      if (!cell) return '';
      const activity = activities[cell.value[0]] ?? '';
      const region = regions[cell.value[1]] ?? '';
      const name = comparison.activityNames[activity];
      return [
        `<strong>${escapeHtml(regionLabel(region, comparison.regionNames))}</strong>`,
        `${escapeHtml(activity)}${name ? ` ${escapeHtml(name)}` : ''}`,
        `RCA: ${cell.rca === null ? escapeHtml(t('s3.compare.noData')) : format.num(cell.rca)}`,
      ].join('<br/>');
    };
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 96 },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) =>
          isItemParams(params) ? tooltipOf((params.seriesIndex === 1 ? missing : known)[params.dataIndex]) : '',
      },
      xAxis: {
        type: 'category',
        data: activities,
        axisLabel: { rotate: 90, fontSize: 10, interval: 0 },
        splitArea: { show: false },
      },
      yAxis: { type: 'category', data: regions, inverse: true, axisLabel: { fontWeight: 600 } },
      visualMap: [
        {
          type: 'continuous',
          dimension: 2,
          min: -LOG_RCA_LIMIT,
          max: LOG_RCA_LIMIT,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 200,
          seriesIndex: 0,
          hoverLink: false,
          text: [t('s3.compare.heatmapHigh'), t('s3.compare.heatmapLow')],
          inRange: { color: RCA_COLORS },
        },
        // Heat maps take their colour from a visual map: "no data" gets a grey one of its own.
        { type: 'continuous', show: false, seriesIndex: 1, dimension: 2, min: 0, max: 1, inRange: { color: [NO_DATA_COLOR, NO_DATA_COLOR] } },
      ],
      series: [
        {
          type: 'heatmap',
          data: known.map((cell) => cell.value),
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } },
        },
        {
          type: 'heatmap',
          data: missing.map((cell) => cell.value),
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } },
        },
      ],
    };
  }, [comparison, t, format]);

  const specialisedCount = (r: number) => (rca[r] ?? []).filter((value) => value !== null && value >= 1).length;
  const label = t('s3.compare.heatmapSummary', {
    regions: regions.length,
    activities: activities.length,
    list: regions.map((region, r) => `${region}: ${specialisedCount(r)}`).join(', '),
  });
  return (
    <ChartFigure
      option={option}
      height={regions.length * 34 + 150}
      label={label}
      caption={t('s3.compare.heatmapCaption')}
      testId="rca-heatmap"
      table={
        <Table.ScrollContainer minWidth={Math.max(480, activities.length * 56)}>
          <Table striped withColumnBorders aria-label={t('s3.compare.heatmapTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('s3.compare.columns.region')}</Table.Th>
                {activities.map((activity) => (
                  <Table.Th key={activity} scope="col" ta="right" title={comparison.activityNames[activity]}>
                    {activity}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regions.map((region, r) => (
                <Table.Tr key={region}>
                  <Table.Th scope="row">{region}</Table.Th>
                  {activities.map((activity, a) => {
                    const value = rca[r]?.[a] ?? null;
                    return (
                      <Table.Td key={activity} ta="right" fw={value !== null && value >= 1 ? 700 : undefined}>
                        {format.num(value)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

/** Yellow-green-blue (ColorBrewer YlGnBu): its light end stays apart from the grey of "no data". */
const MAP_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

export type MapMetric = 'eci' | 'diversity';
export const MAP_METRICS: readonly MapMetric[] = ['eci', 'diversity'];

type RegionMapProps = {
  comparison: TCompareResponse;
  metric: MapMetric;
  /** NUTS_ID → name of every region on the map. */
  geometry: ReadonlyMap<string, string>;
};

/** Choropleth of ECI or diversity over every region of the dataset; the compared regions outlined. */
export function RegionMap({ comparison, metric, geometry }: RegionMapProps) {
  const { t } = useTranslation();
  const format = useS3Format();
  const chosen = comparison.regions.map((row) => row.region);
  const missing = chosen.filter((region) => !geometry.has(region));
  const metricLabel = t(`s3.compare.metrics.${metric}`);

  const option = useMemo((): ChartOption => {
    const chosen = comparison.regions.map((row) => row.region);
    const isChosen = new Set(chosen);
    const values = comparison.allRegions
      .map((row) => ({ region: row.region, value: row[metric] }))
      .filter((row): row is { region: string; value: number } => row.value !== null && geometry.has(row.region));
    const numbers = values.map((row) => row.value);
    const min = numbers.length > 0 ? Math.min(...numbers) : 0;
    const max = numbers.length > 0 ? Math.max(...numbers) : 1;
    const byRegion = new Map(values.map((row) => [row.region, row.value]));
    // Compared regions without a value are still outlined.
    const data = [
      ...values.map((row) => ({ name: row.region, value: row.value })),
      ...chosen.filter((region) => !byRegion.has(region) && geometry.has(region)).map((region) => ({ name: region })),
    ].map((item) =>
      isChosen.has(item.name)
        ? {
            ...item,
            itemStyle: { borderColor: '#212529', borderWidth: 2.5 },
            label: {
              show: true,
              formatter: item.name,
              fontWeight: 700 as const,
              color: '#212529',
              fontSize: 11,
              textBorderColor: '#ffffff',
              textBorderWidth: 2,
            },
          }
        : item,
    );
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          if (!isItemParams(params) || !params.name) return '';
          const name = geometry.get(params.name) ?? comparison.regionNames[params.name] ?? '';
          const value = byRegion.get(params.name);
          return [
            `<strong>${escapeHtml(params.name)}</strong> ${escapeHtml(name)}`,
            `${escapeHtml(metricLabel)}: ${value === undefined ? escapeHtml(t('s3.compare.noData')) : metric === 'eci' ? format.num(value) : format.int(value)}`,
          ].join('<br/>');
        },
      },
      visualMap: {
        type: 'continuous',
        min,
        max,
        calculable: false,
        orient: 'vertical',
        left: 8,
        bottom: 16,
        text: [format.num(max, metric === 'eci' ? 1 : 0), format.num(min, metric === 'eci' ? 1 : 0)],
        inRange: { color: MAP_COLORS },
        outOfRange: { color: NO_DATA_COLOR },
      },
      series: [
        {
          type: 'map',
          map: NUTS2_MAP,
          nameProperty: 'NUTS_ID',
          roam: true,
          // Mainland Europe (the outermost regions would shrink it); drag and scroll to move and zoom.
          boundingCoords: [
            [-12, 71],
            [36, 34],
          ],
          aspectScale: 0.62,
          itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
          emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffd43b' } },
          select: { disabled: true },
          labelLayout: { hideOverlap: true },
          data,
        },
      ],
    };
  }, [comparison, metric, geometry, t, format, metricLabel]);

  const ranked = comparison.allRegions.filter((row) => row[metric] !== null).length;
  const label = t('s3.compare.mapSummary', {
    metric: metricLabel,
    ranked,
    list: comparison.regions
      .map((row) => `${row.region}: ${metric === 'eci' ? format.num(row.eci) : format.int(row.diversity)}`)
      .join(', '),
  });
  return (
    <ChartFigure
      option={option}
      height={640}
      label={label}
      testId="region-map"
      caption={
        <>
          {t('s3.compare.mapCaption', { metric: metricLabel })}
          {missing.length > 0 ? (
            <Text component="span" display="block" size="sm" c="orange.9" data-testid="map-missing-regions">
              {t('s3.compare.mapMissing', { regions: missing.join(', ') })}
            </Text>
          ) : null}
          <Text component="span" display="block" size="xs" c="dimmed">
            {t('s3.compare.attribution')}
          </Text>
        </>
      }
    />
  );
}
