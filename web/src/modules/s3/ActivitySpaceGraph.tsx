import { Badge, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSpaceResponse } from '../../../../src/modules/s3/contract.ts';
import { ChartFigure } from './EChart.tsx';
import { type ChartOption, escapeHtml, isItemParams } from './echarts.ts';
import { useS3Format } from './s3.ts';

export const SPECIALISED_NODE_COLOR = '#e8590c';
export const OTHER_NODE_COLOR = '#a5d8ff';
export const BACKBONE_EDGE_COLOR = '#495057';
export const OTHER_EDGE_COLOR = '#ced4da';
/** Above this many activities only the region's specialisations are labelled. */
const LABEL_ALL_UP_TO = 120;

type ActivitySpaceGraphProps = { space: TSpaceResponse; region: string | null };

/**
 * The proximity network of activities (force layout): node size by ubiquity, colour by the
 * region's specialisation, the maximum spanning tree ("backbone") darker than the other strong links.
 */
export function ActivitySpaceGraph({ space, region }: ActivitySpaceGraphProps) {
  const { t } = useTranslation();
  const format = useS3Format();

  const option = useMemo((): ChartOption => {
    const specialised = new Set(space.specialised);
    const maxUbiquity = Math.max(1, ...space.nodes.map((node) => node.ubiquity ?? 0));
    const labelAll = space.nodes.length <= LABEL_ALL_UP_TO;
    const categories = region
      ? [{ name: t('s3.space.specialised', { region }) }, { name: t('s3.space.notSpecialised', { region }) }]
      : [{ name: t('s3.space.activity') }];
    const nodes = space.nodes.map((node) => {
      const isSpecialised = specialised.has(node.activity);
      return {
        id: node.activity,
        name: node.activity,
        value: node.ubiquity ?? 0,
        category: region && !isSpecialised ? 1 : 0,
        symbolSize: 8 + 22 * Math.sqrt((node.ubiquity ?? 0) / maxUbiquity),
        itemStyle: {
          color: region ? (isSpecialised ? SPECIALISED_NODE_COLOR : OTHER_NODE_COLOR) : OTHER_NODE_COLOR,
          borderColor: '#ffffff',
          borderWidth: 1,
        },
        label: { show: labelAll || isSpecialised },
      };
    });
    const byCode = new Map(space.nodes.map((node) => [node.activity, node]));
    const edges = space.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      value: edge.proximity,
      lineStyle: edge.isBackbone
        ? { color: BACKBONE_EDGE_COLOR, width: 1.6, opacity: 0.85 }
        : { color: OTHER_EDGE_COLOR, width: 0.8, opacity: 0.8 },
    }));
    return {
      animationDurationUpdate: 600,
      legend: {
        top: 0,
        data: categories.map((category) => category.name),
        selectedMode: false,
      },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          if (!isItemParams(params)) return '';
          if (params.dataType === 'edge') {
            const edge = space.edges[params.dataIndex];
            if (!edge) return '';
            return [
              `${escapeHtml(edge.source)} — ${escapeHtml(edge.target)}`,
              `${escapeHtml(t('s3.space.proximity'))}: ${format.num(edge.proximity, 3)}`,
              escapeHtml(edge.isBackbone ? t('s3.space.backbone') : t('s3.space.strongLink')),
            ].join('<br/>');
          }
          const node = params.name ? byCode.get(params.name) : undefined;
          if (!node) return '';
          const name = space.activityNames[node.activity];
          return [
            `<strong>${escapeHtml(node.activity)}</strong>${name ? ` ${escapeHtml(name)}` : ''}`,
            `PCI: ${format.num(node.pci)}`,
            `${escapeHtml(t('s3.space.ubiquity'))}: ${format.int(node.ubiquity)}`,
            ...(region
              ? [escapeHtml(specialised.has(node.activity) ? t('s3.space.specialised', { region }) : t('s3.space.notSpecialised', { region }))]
              : []),
          ].join('<br/>');
        },
      },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          top: 40,
          bottom: 10,
          categories: categories.map((category, index) => ({
            name: category.name,
            itemStyle: { color: index === 0 && region ? SPECIALISED_NODE_COLOR : OTHER_NODE_COLOR },
          })),
          data: nodes,
          links: edges,
          label: { position: 'right', fontSize: 10, color: '#343a40' },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 } },
          force: { repulsion: 120, gravity: 0.1, edgeLength: [25, 90], friction: 0.15 },
          // A margin for the layout to spread into without leaving the canvas.
          zoom: 0.85,
        },
      ],
    };
  }, [space, region, t, format]);

  const backbone = space.edges.filter((edge) => edge.isBackbone).length;
  const label = t('s3.space.summary', {
    nodes: space.nodes.length,
    edges: space.edges.length,
    backbone,
    specialised: region ? t('s3.space.summaryRegion', { region, number: space.specialised.length }) : '',
  });
  return (
    <ChartFigure
      option={option}
      height={640}
      label={label}
      testId="activity-space"
      caption={t('s3.space.caption')}
      table={<SpaceTable space={space} region={region} />}
    />
  );
}

function SpaceTable({ space, region }: ActivitySpaceGraphProps) {
  const { t } = useTranslation();
  const format = useS3Format();
  const specialised = new Set(space.specialised);
  const degree = new Map<string, number>();
  for (const edge of space.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={t('s3.space.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('s3.profile.columns.activity')}</Table.Th>
            <Table.Th scope="col">{t('s3.profile.columns.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              PCI
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('s3.space.ubiquity')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('s3.space.links')}
            </Table.Th>
            {region ? <Table.Th scope="col">{region}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {space.nodes.map((node) => (
            <Table.Tr key={node.activity}>
              <Table.Td fw={600}>{node.activity}</Table.Td>
              <Table.Td>{space.activityNames[node.activity] ?? '—'}</Table.Td>
              <Table.Td ta="right">{format.num(node.pci)}</Table.Td>
              <Table.Td ta="right">{format.int(node.ubiquity)}</Table.Td>
              <Table.Td ta="right">{degree.get(node.activity) ?? 0}</Table.Td>
              {region ? (
                <Table.Td>
                  {specialised.has(node.activity) ? (
                    <Badge variant="light" color="orange">
                      {t('s3.space.specialisedShort')}
                    </Badge>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
