import { Alert, Anchor, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOrganisationImportResponse } from '../../../../src/modules/accounts/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { isBrokerOrAdmin } from '../../modules/accounts/roles.ts';
import { BrokersOnly } from '../../modules/network/AccessDenied.tsx';
import { FileField } from '../../modules/network/FileField.tsx';
import { IMPORT_COLUMNS, importTemplateCsv } from '../../modules/network/importColumns.ts';
import { useOrganisationImport } from '../../modules/network/useOrganisationImport.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';

function downloadTemplate() {
  const url = URL.createObjectURL(importTemplateCsv());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'organisations-template.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function OrganisationImportPage() {
  const user = useCurrentUser();
  if (!isBrokerOrAdmin(user.role)) return <BrokersOnly />;
  return <OrganisationImport />;
}

function OrganisationImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [check, setCheck] = useState<TOrganisationImportResponse | null>(null);
  const [done, setDone] = useState<TOrganisationImportResponse | null>(null);
  const importer = useOrganisationImport();
  const errors = (check?.rows ?? []).flatMap((row) =>
    row.errors.map((error, index) => ({
      key: `${row.line}-${index}`,
      line: row.line,
      name: row.name,
      ...error,
    })),
  );
  const canImport = check !== null && check.invalid === 0 && check.valid > 0 && errors.length === 0;

  const chooseFile = (next: File | null) => {
    importer.reset();
    setCheck(null);
    setDone(null);
    setFile(next);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('network.import.title')}
        description={
          <Anchor component={Link} to="/organisations" size="sm">
            {t('organisation.backToList')}
          </Anchor>
        }
      />

      <section aria-labelledby="import-columns-heading">
        <Title order={2} size="h3" id="import-columns-heading" mb="xs">
          {t('network.import.columnsHeading')}
        </Title>
        <Text mb="sm">{t('network.import.intro')}</Text>
        <Group mb="sm">
          <Button variant="light" onClick={downloadTemplate} data-testid="import-template">
            {t('network.import.template')}
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-labelledby="import-columns-heading" data-testid="import-columns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('network.import.columnName')}</Table.Th>
                <Table.Th scope="col">{t('network.import.columnRequired')}</Table.Th>
                <Table.Th scope="col">{t('network.import.columnMeaning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IMPORT_COLUMNS.map((column) => (
                <Table.Tr key={column.name}>
                  <Table.Td>
                    <Code>{column.name}</Code>
                  </Table.Td>
                  <Table.Td>
                    {column.isRequired ? t('network.import.required') : t('network.import.optional')}
                  </Table.Td>
                  <Table.Td>{t(`network.import.columns.${column.name}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      <section aria-labelledby="import-file-heading">
        <Title order={2} size="h3" id="import-file-heading" mb="sm">
          {t('network.import.fileHeading')}
        </Title>
        <Card withBorder padding="lg" radius="md">
          <Stack gap="md">
            <FileField
              key={inputKey}
              label={t('network.import.file')}
              description={t('network.import.fileHint')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={chooseFile}
              disabled={importer.isPending}
              testId="import-file"
            />
            <Group>
              <Button
                variant="default"
                disabled={!file}
                loading={importer.isPending && importer.variables?.dryRun === true}
                onClick={() => {
                  if (!file) return;
                  setCheck(null);
                  setDone(null);
                  importer.mutate({ file, dryRun: true }, { onSuccess: setCheck });
                }}
                data-testid="import-check"
              >
                {t('network.import.check')}
              </Button>
              <Button
                disabled={!canImport || !file}
                loading={importer.isPending && importer.variables?.dryRun === false}
                onClick={() => {
                  if (!file || !canImport) return;
                  importer.mutate(
                    { file, dryRun: false },
                    {
                      onSuccess: (result) => {
                        setDone(result);
                        setCheck(null);
                        setFile(null);
                        setInputKey((key) => key + 1);
                      },
                    },
                  );
                }}
                data-testid="import-run"
              >
                {t('network.import.run', { count: check?.valid ?? 0 })}
              </Button>
            </Group>
            <ErrorAlert error={importer.error} testId="import-failed" />

            {check ? (
              <Stack gap="sm" aria-live="polite">
                <Text data-testid="import-summary">
                  {t('network.import.validRows', { count: check.valid })}{' '}
                  {t('network.import.invalidRows', { count: check.invalid })}
                </Text>
                {errors.length === 0 ? (
                  <Alert color={check.valid > 0 ? 'green' : 'yellow'} variant="light" data-testid="import-ok">
                    {check.valid > 0 ? t('network.import.noErrors') : t('network.import.noRows')}
                  </Alert>
                ) : (
                  <>
                    <Alert color="red" variant="light" title={t('network.import.errorsTitle')}>
                      {t('network.import.errorsText')}
                    </Alert>
                    <Table.ScrollContainer minWidth={560}>
                      <Table striped data-testid="import-errors" aria-label={t('network.import.errorsTitle')}>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{t('network.import.errorColumns.line')}</Table.Th>
                            <Table.Th scope="col">{t('network.import.errorColumns.name')}</Table.Th>
                            <Table.Th scope="col">{t('network.import.errorColumns.field')}</Table.Th>
                            <Table.Th scope="col">{t('network.import.errorColumns.message')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {errors.map((error) => (
                            <Table.Tr key={error.key}>
                              <Table.Td>{error.line}</Table.Td>
                              <Table.Td>{error.name || '—'}</Table.Td>
                              <Table.Td>
                                <Code>{error.field}</Code>
                              </Table.Td>
                              <Table.Td>{error.message}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </>
                )}
              </Stack>
            ) : null}

            {done ? (
              <Alert color="green" variant="light" data-testid="import-done" aria-live="polite">
                {t('network.import.done', { count: done.created })}{' '}
                <Anchor component={Link} to="/organisations">
                  {t('network.import.toList')}
                </Anchor>
              </Alert>
            ) : null}
          </Stack>
        </Card>
      </section>
    </Stack>
  );
}
