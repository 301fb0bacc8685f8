import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TDatasetResponse } from '../../../../src/modules/s3/contract.ts';
import { AnalysisNav } from '../../modules/s3/AnalysisControls.tsx';
import { useNoteKindLabel, useS3Format, yearSpan } from '../../modules/s3/s3.ts';
import { useDataset } from '../../modules/s3/useDatasets.ts';
import { isApiError } from '../../shared/api.ts';
import { type Detail, DetailList } from '../../shared/DetailList.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

export function DatasetPage() {
  const { id = '' } = useParams();
  const dataset = useDataset(id);
  // A malformed id is a 400 from the API; to the user both mean "no such dataset".
  if (isApiError(dataset.error) && [400, 404].includes(dataset.error.status)) return <NotFoundPage />;
  return <QueryState query={dataset}>{(data) => <DatasetDetails dataset={data} />}</QueryState>;
}

function DatasetDetails({ dataset }: { dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const formatDateTime = useFormatDateTime();
  const base = `/s3/datasets/${dataset.id}`;
  const selection = Object.entries(dataset.selection).map(([dimension, value]) => `${dimension} = ${value}`);

  const facts: Detail[] = [
    { label: t('s3.dataset.measure'), value: dataset.measure },
    { label: t('s3.dataset.unit'), value: dataset.unit ?? '—' },
    { label: t('s3.dataset.years'), value: `${yearSpan(dataset.years)} (${dataset.years.length})` },
    { label: t('s3.dataset.regions'), value: format.int(dataset.regionCount) },
    {
      label: t('s3.dataset.activities'),
      value: t('s3.dataset.activitiesOf', {
        number: format.int(dataset.activityCount),
        dimension: dataset.activityDimension,
      }),
    },
    { label: t('s3.dataset.values'), value: format.int(dataset.observationCount) },
    {
      label: t('s3.dataset.missing'),
      value: t('s3.datasets.missingValues', {
        notAvailable: format.int(dataset.missing.notAvailable),
        confidential: format.int(dataset.missing.confidential),
      }),
    },
    { label: t('s3.dataset.selection'), value: selection.length > 0 ? selection.join(', ') : '—' },
    { label: t('s3.dataset.source'), value: `${dataset.sourceFile} (${dataset.format})` },
    { label: t('s3.dataset.imported'), value: formatDateTime(dataset.importedAt) },
  ];

  const analyses = [
    { to: `${base}/regions`, title: t('s3.nav.profile'), text: t('s3.dataset.profileText') },
    { to: `${base}/compare`, title: t('s3.nav.compare'), text: t('s3.dataset.compareText') },
    { to: `${base}/space`, title: t('s3.nav.space'), text: t('s3.dataset.spaceText') },
  ];

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <PageHeader
          title={dataset.name}
          description={
            <Anchor component={Link} to="/s3" size="sm">
              {t('s3.dataset.backToList')}
            </Anchor>
          }
          actions={
            dataset.isDemo ? (
              <Badge variant="light" color="gray">
                {t('s3.datasets.demo')}
              </Badge>
            ) : null
          }
        />
        <AnalysisNav dataset={dataset} />
      </Stack>

      <Card withBorder padding="lg" radius="md" data-testid="dataset-details">
        <Stack gap="md">
          {dataset.description ? <Text style={{ whiteSpace: 'pre-line' }}>{dataset.description}</Text> : null}
          <DetailList details={facts} />
        </Stack>
      </Card>

      <section aria-labelledby="analyses-heading">
        <Title order={2} size="h3" id="analyses-heading" mb="sm">
          {t('s3.dataset.analyses')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {analyses.map((analysis) => (
            <Card key={analysis.to} withBorder padding="md" radius="md">
              <Stack gap="xs" h="100%" justify="space-between">
                <div>
                  <Title order={3} size="h4">
                    {analysis.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {analysis.text}
                  </Text>
                </div>
                <Group>
                  <Button component={Link} to={analysis.to} variant="light">
                    {t('s3.dataset.open', { analysis: analysis.title })}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <RecodingNotes dataset={dataset} />
    </Stack>
  );
}

function RecodingNotes({ dataset }: { dataset: TDatasetResponse }) {
  const { t } = useTranslation();
  const kindLabel = useNoteKindLabel();
  const [kind, setKind] = useState<string | null>(null);
  const counts = new Map<string, number>();
  for (const note of dataset.recodingNotes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
  const notes = kind ? dataset.recodingNotes.filter((note) => note.kind === kind) : dataset.recodingNotes;

  return (
    <section aria-labelledby="recoding-heading">
      <Title order={2} size="h3" id="recoding-heading">
        {t('s3.recoding.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('s3.recoding.description')}
      </Text>
      {dataset.recodingNotes.length === 0 ? (
        <Text c="dimmed">{t('s3.recoding.none')}</Text>
      ) : (
        <Stack gap="sm">
          <Select
            label={t('s3.recoding.kind')}
            placeholder={t('s3.recoding.anyKind')}
            data={[...counts].map(([value, count]) => ({ value, label: `${kindLabel(value)} (${count})` }))}
            value={kind}
            onChange={setKind}
            clearable
            w={280}
          />
          <Table.ScrollContainer minWidth={640} maxHeight={520}>
            <Table striped stickyHeader data-testid="recoding-notes-table" aria-labelledby="recoding-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('s3.recoding.original')}</Table.Th>
                  <Table.Th scope="col">{t('s3.recoding.code2021')}</Table.Th>
                  <Table.Th scope="col">{t('s3.recoding.kind')}</Table.Th>
                  <Table.Th scope="col">{t('s3.recoding.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {notes.map((note) => (
                  <Table.Tr key={`${note.original}-${note.kind}`}>
                    <Table.Td>{note.original}</Table.Td>
                    <Table.Td>{note.code2021 ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{kindLabel(note.kind)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{note.note}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </section>
  );
}
