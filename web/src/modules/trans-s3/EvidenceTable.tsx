import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HELIX_TYPES } from '../organisations/helix.ts';
import { useS3Format } from '../s3/s3.ts';
import type { TCandidateProfile } from './useTransS3.ts';

type Evidence = TCandidateProfile['regions'][number];

/** RCA ≥ 1: the region is specialised in the domain. */
export const isSpecialised = (rca: number | null) => rca !== null && rca >= 1;

/** Step 2's comparison: one row per partner region, statistics and the registry's organisations side by side. */
export function EvidenceTable({ profile }: { profile: TCandidateProfile }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const growth = (value: number | null) =>
    value === null ? '—' : t('transS3.profile.perYear', { value: format.pct(value) });

  return (
    <Table.ScrollContainer minWidth={1500}>
      <Table striped withColumnBorders verticalSpacing="xs" fz="sm" data-testid="evidence-table">
        <Table.Caption>
          {profile.dataset
            ? t('transS3.profile.tableCaption', {
                label: profile.candidate.label,
                dataset: profile.dataset.name,
                from: profile.dataset.fromYear,
                to: profile.dataset.toYear,
              })
            : t('transS3.profile.tableCaptionNoData', { label: profile.candidate.label })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {t('transS3.profile.columns.region')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={7} ta="center">
              {t('transS3.profile.columns.statistics')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={6} ta="center">
              {t('transS3.profile.columns.organisations')}
            </Table.Th>
            <Table.Th scope="col" rowSpan={2}>
              {t('transS3.profile.columns.priorities')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="col">{t('transS3.profile.columns.statisticsRegion')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3.profile.columns.employment')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3.profile.columns.employmentShare')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              <abbr title={t('transS3.profile.rcaLong')}>{t('transS3.profile.columns.rca')}</abbr>
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3.profile.columns.growth')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3.profile.columns.density')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              <abbr title={t('transS3.profile.pciLong')}>{t('transS3.profile.columns.pci')}</abbr>
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3.profile.columns.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3.profile.columns.smes')}
            </Table.Th>
            {HELIX_TYPES.map((helix) => (
              <Table.Th key={helix} scope="col" ta="right">
                {t(`helix.${helix}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profile.regions.map((row: Evidence) => (
            <Table.Tr key={row.region} data-testid="evidence-row" data-region={row.region}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {row.regionName}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.region}
                </Text>
              </Table.Th>
              <Table.Td>{row.statisticsRegion ?? '—'}</Table.Td>
              <Table.Td ta="right">{format.int(row.employment)}</Table.Td>
              <Table.Td ta="right">{format.pct(row.employmentShare)}</Table.Td>
              <Table.Td
                ta="right"
                fw={isSpecialised(row.rca) ? 700 : undefined}
                bg={isSpecialised(row.rca) ? 'var(--mantine-color-green-light)' : undefined}
                data-specialised={isSpecialised(row.rca) || undefined}
              >
                {format.num(row.rca)}
                {isSpecialised(row.rca) ? (
                  <VisuallyHidden> ({t('transS3.profile.specialised')})</VisuallyHidden>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{growth(row.growth)}</Table.Td>
              <Table.Td ta="right">{format.num(row.density)}</Table.Td>
              <Table.Td ta="right">{format.num(row.pci)}</Table.Td>
              <Table.Td ta="right">{format.int(row.organisations.total)}</Table.Td>
              <Table.Td ta="right">{format.int(row.organisations.smes)}</Table.Td>
              {HELIX_TYPES.map((helix) => (
                <Table.Td key={helix} ta="right">
                  {format.int(row.organisations.byHelix[helix])}
                </Table.Td>
              ))}
              <Table.Td miw={220}>
                {row.priorities.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('transS3.profile.noPriority')}
                  </Text>
                ) : (
                  row.priorities.map((priority) => (
                    <Text key={priority.id} size="sm">
                      <strong>{priority.code}</strong> {priority.title}
                    </Text>
                  ))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
