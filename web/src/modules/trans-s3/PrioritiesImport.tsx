import { Alert, Button, Code, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';
import { useImportPriorities } from './useTransS3.ts';

/** The API's limit on the CSV text. */
const MAX_CSV_CHARS = 900_000;

const CSV_HEADER =
  'region,priority_id,title,description,nace,nabs,objectives,tech_fields,source_document,source_year';
const CSV_EXAMPLE =
  'PL84,P1,Food processing,"Dairy, meat and plant-based food",C10;A01,08,public-health-food-security,18;35,RIS3 Podlaskie 2021-2027,2021';

/** The register's CSV format, as help text: columns, lists, the example row. */
export function PrioritiesCsvHelp() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="priorities-csv-help">
      <Text size="sm">{t('transS3.import.formatIntro')}</Text>
      <Code block>{`${CSV_HEADER}\n${CSV_EXAMPLE}`}</Code>
      <List size="sm" spacing={2}>
        <List.Item>{t('transS3.import.formatRegion')}</List.Item>
        <List.Item>{t('transS3.import.formatLists')}</List.Item>
        <List.Item>{t('transS3.import.formatCodes')}</List.Item>
        <List.Item>{t('transS3.import.formatOptional')}</List.Item>
        <List.Item>{t('transS3.import.formatAllOrNothing')}</List.Item>
      </List>
    </Stack>
  );
}

/** Imports a priorities CSV: all rows or none; the errors name their line and column. */
export function PrioritiesImport({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const importCsv = useImportPriorities();
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const submit = async () => {
    if (!file) return;
    setReadError(null);
    importCsv.reset();
    const csv = await file.text().catch(() => null);
    if (csv === null) return setReadError(t('transS3.import.unreadable'));
    if (csv.length > MAX_CSV_CHARS) return setReadError(t('transS3.import.tooLarge'));
    importCsv.mutate(csv);
  };

  return (
    <Stack gap="md">
      <PrioritiesCsvHelp />
      <FileInput
        label={t('transS3.import.file')}
        placeholder={t('transS3.import.filePlaceholder')}
        accept=".csv,text/csv"
        value={file}
        onChange={(next) => {
          setFile(next);
          setReadError(null);
          importCsv.reset();
        }}
        clearable
        data-testid="priorities-import-file"
      />
      {readError ? (
        <Alert color="red" variant="light" role="alert">
          {readError}
        </Alert>
      ) : null}
      <TransS3ErrorAlert error={importCsv.error} testId="priorities-import-error" />
      {importCsv.data ? (
        <Alert color="green" variant="light" data-testid="priorities-import-result">
          {t('transS3.import.done', { created: importCsv.data.created, updated: importCsv.data.updated })}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {importCsv.data ? t('common.close') : t('common.cancel')}
        </Button>
        <Button
          onClick={() => void submit()}
          disabled={!file}
          loading={importCsv.isPending}
          data-testid="priorities-import-submit"
        >
          {t('transS3.import.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
