import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TPreviewResponse } from '../../../../src/modules/s3/contract.ts';
import { S3ErrorAlert } from './S3ErrorAlert.tsx';
import { useS3Format, yearSpan } from './s3.ts';
import { useImportDataset, usePreviewImport } from './useDatasets.ts';
import type { UploadProgress } from './upload.ts';

/** The file formats the import detects (src/modules/s3/domain/import/import-types.ts). */
const FORMATS = ['eurostat-tsv', 'sdmx-csv', 'tidy-csv'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (format: string): format is Format => (FORMATS as readonly string[]).includes(format);

/** As the API's limit on dataset names. */
const MAX_NAME_LENGTH = 100;

/** "sbs_r_nuts06_r2.tsv.gz" → "sbs_r_nuts06_r2". */
function nameFromFile(fileName: string): string {
  return fileName.replace(/(\.(tsv|csv|txt|gz))+$/i, '').slice(0, MAX_NAME_LENGTH);
}

type DatasetImportPanelProps = { existingNames: readonly string[] };

/**
 * Import a data file: choose it, see what the server reads in it (format, years, counts, bad rows),
 * pick one value of each extra dimension (a dataset holds one measure), name it, import it.
 */
export function DatasetImportPanel({ existingNames }: DatasetImportPanelProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useS3Format();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [selection, setSelection] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const preview = usePreviewImport();
  const importer = useImportDataset();

  const choices = (preview.data?.dimensions ?? []).filter((dimension) => dimension.values.length > 1);
  const missingChoices = choices.filter((dimension) => !selection[dimension.name]);
  const trimmedName = name.trim();
  const nameError = showErrors && !trimmedName ? t('validation.required') : undefined;
  const replaces = existingNames.includes(trimmedName);
  const isBusy = preview.isPending || importer.isPending;

  const chooseFile = (next: File | null) => {
    preview.cancel();
    importer.cancel();
    preview.reset();
    importer.reset();
    setFile(next);
    setSelection({});
    setShowErrors(false);
    if (next) {
      setName(nameFromFile(next.name));
      preview.mutate({ file: next });
    }
  };

  const submit = () => {
    setShowErrors(true);
    if (!file || !preview.data || !trimmedName || missingChoices.length > 0) return;
    importer.mutate(
      { file, name: trimmedName, description: description.trim(), selection },
      {
        onSuccess: (dataset) => {
          notifications.show({ color: 'green', message: t('s3.import.done', { name: dataset.name }) });
          void navigate(`/s3/datasets/${dataset.id}`);
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId} data-testid="dataset-import">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('s3.import.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('s3.import.description')}
          </Text>
        </div>
        <FileInput
          label={t('s3.import.file')}
          description={t('s3.import.fileHint')}
          placeholder={t('s3.import.filePlaceholder')}
          accept=".tsv,.csv,.txt,.gz,text/csv,text/tab-separated-values,application/gzip"
          value={file}
          onChange={chooseFile}
          clearable
          disabled={importer.isPending}
          maw={560}
        />

        {preview.isPending && preview.progress ? (
          <UploadStatus progress={preview.progress} label={t('s3.import.reading')} onCancel={preview.cancel} />
        ) : null}
        <S3ErrorAlert error={preview.error} testId="import-preview-error" />

        {preview.data && file ? (
          <Stack gap="md">
            <PreviewSummary preview={preview.data} />
            {choices.length > 0 ? (
              <Stack gap="xs">
                <Text size="sm">{t('s3.import.chooseMeasure')}</Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {choices.map((dimension) => (
                    <Select
                      key={dimension.name}
                      label={dimension.name}
                      placeholder={t('s3.import.chooseValue')}
                      data={dimension.values.map((value) => ({
                        value: value.code,
                        label: t('s3.import.dimensionOption', {
                          code: value.code,
                          label: value.label ?? value.code,
                          rows: format.int(value.count),
                        }),
                      }))}
                      value={selection[dimension.name] ?? null}
                      onChange={(value) =>
                        setSelection((previous) => {
                          const next = { ...previous };
                          if (value) next[dimension.name] = value;
                          else delete next[dimension.name];
                          return next;
                        })
                      }
                      required
                      searchable
                      error={showErrors && !selection[dimension.name] ? t('validation.required') : undefined}
                      disabled={importer.isPending}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('s3.import.name')}
                description={t('s3.import.nameHint')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                maxLength={MAX_NAME_LENGTH}
                required
                error={nameError}
                disabled={importer.isPending}
              />
              <Textarea
                label={t('s3.import.datasetDescription')}
                value={description}
                onChange={(event) => setDescription(event.currentTarget.value)}
                autosize
                minRows={1}
                maxRows={6}
                maxLength={2000}
                disabled={importer.isPending}
              />
            </SimpleGrid>
            {replaces ? (
              <Alert color="yellow" variant="light">
                {t('s3.import.replaces', { name: trimmedName })}
              </Alert>
            ) : null}
            {importer.progress ? (
              <UploadStatus
                progress={importer.progress}
                label={t('s3.import.uploading')}
                onCancel={importer.progress.isSent ? undefined : importer.cancel}
              />
            ) : null}
            <S3ErrorAlert error={importer.error} testId="import-error" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => chooseFile(null)} disabled={importer.isPending}>
                {t('common.cancel')}
              </Button>
              <Button
                onClick={submit}
                loading={importer.isPending}
                disabled={isBusy || preview.data.errorCount > 0}
                data-testid="import-submit"
              >
                {t('s3.import.submit')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function PreviewSummary({ preview }: { preview: TPreviewResponse }) {
  const { t } = useTranslation();
  const format = useS3Format();
  const fixed = preview.dimensions.filter((dimension) => dimension.values.length === 1);
  const facts = [
    { label: t('s3.import.format'), value: isFormat(preview.format) ? t(`s3.formats.${preview.format}`) : preview.format },
    { label: t('s3.import.years'), value: yearSpan(preview.years) },
    { label: t('s3.import.rows'), value: format.int(preview.rowCount) },
    {
      label: t('s3.import.regionsActivities'),
      value: t('s3.import.regionsByActivities', {
        regions: format.int(preview.regionCount),
        activities: format.int(preview.activityCount),
        regionDimension: preview.regionDimension,
        activityDimension: preview.activityDimension,
      }),
    },
    { label: t('s3.import.values'), value: format.int(preview.observationCount) },
    ...fixed.map((dimension) => ({
      label: dimension.name,
      value: `${dimension.values[0]?.code ?? ''} — ${dimension.values[0]?.label ?? ''}`,
    })),
  ];
  return (
    <Stack gap="sm" data-testid="import-preview">
      <Title order={3} size="h4">
        {t('s3.import.previewTitle')}
      </Title>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1.5rem', margin: 0 }}>
        {facts.map((fact) => (
          <div key={fact.label} style={{ display: 'contents' }}>
            <Text component="dt" size="sm" fw={600}>
              {fact.label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {fact.value}
            </Text>
          </div>
        ))}
      </dl>
      {preview.errorCount > 0 ? (
        <Stack gap="xs">
          <Alert color="red" variant="light" title={t('s3.import.badRowsTitle', { total: format.int(preview.errorCount) })}>
            {t('s3.import.badRowsText')}
          </Alert>
          <Table.ScrollContainer minWidth={360} maxHeight={240}>
            <Table striped data-testid="import-bad-rows" aria-label={t('s3.import.badRows')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('s3.import.line')}</Table.Th>
                  <Table.Th scope="col">{t('s3.import.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.errors.map((error) => (
                  <Table.Tr key={`${error.line}-${error.reason}`}>
                    <Table.Td>{error.line}</Table.Td>
                    <Table.Td>{error.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {preview.errorCount > preview.errors.length ? (
            <Text size="sm" c="dimmed">
              {t('s3.import.moreBadRows', { shown: preview.errors.length, total: preview.errorCount })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}

type UploadStatusProps = { progress: UploadProgress; label: string; onCancel?: () => void };

/** Upload progress in percent, then an indeterminate bar while the server reads and stores the file. */
function UploadStatus({ progress, label, onCancel }: UploadStatusProps) {
  const { t } = useTranslation();
  const format = useS3Format();
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  const text = progress.isSent
    ? t('s3.import.processing')
    : t('s3.import.progress', {
        label,
        percent,
        loaded: format.num(progress.loaded / 1_048_576, 1),
        total: format.num(progress.total / 1_048_576, 1),
      });
  return (
    <Stack gap={4} data-testid="import-progress" data-state={progress.isSent ? 'processing' : 'uploading'}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite">
          {text}
        </Text>
        {onCancel ? (
          <Button variant="subtle" size="compact-sm" onClick={onCancel}>
            {t('s3.import.cancelUpload')}
          </Button>
        ) : null}
      </Group>
      <Progress.Root size="md">
        {progress.isSent ? (
          // Indeterminate: a progressbar without a value.
          <Progress.Section value={100} striped animated withAria={false} role="progressbar" aria-label={text} />
        ) : (
          <Progress.Section value={percent} aria-label={label} />
        )}
      </Progress.Root>
    </Stack>
  );
}
