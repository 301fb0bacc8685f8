import { ActionIcon, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TDatasetResponse } from '../../../../src/modules/s3/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { DatasetImportPanel } from '../../modules/s3/DatasetImportPanel.tsx';
import { canManageDatasets, useS3Format, yearSpan } from '../../modules/s3/s3.ts';
import { S3ErrorAlert } from '../../modules/s3/S3ErrorAlert.tsx';
import { useDatasets, useDeleteDataset } from '../../modules/s3/useDatasets.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';

export function DatasetsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const datasets = useDatasets();
  const format = useS3Format();
  const formatDateTime = useFormatDateTime();
  const canManage = canManageDatasets(user);
  const [toDelete, setToDelete] = useState<TDatasetResponse | null>(null);
  const deleteDataset = useDeleteDataset();
  const columnCount = canManage ? 8 : 7;

  const closeDelete = () => {
    setToDelete(null);
    deleteDataset.reset();
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('s3.datasets.title')} description={t('s3.datasets.description')} />

      <QueryState query={datasets}>
        {(items) => (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="datasets-table" aria-label={t('s3.datasets.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('s3.datasets.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('s3.datasets.columns.measure')}</Table.Th>
                  <Table.Th scope="col">{t('s3.datasets.columns.unit')}</Table.Th>
                  <Table.Th scope="col">{t('s3.datasets.columns.years')}</Table.Th>
                  <Table.Th scope="col">{t('s3.datasets.columns.size')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('s3.datasets.columns.values')}
                  </Table.Th>
                  <Table.Th scope="col">{t('s3.datasets.columns.missing')}</Table.Th>
                  <Table.Th scope="col">{t('s3.datasets.columns.imported')}</Table.Th>
                  {canManage ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('s3.datasets.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((dataset) => (
                  <Table.Tr key={dataset.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/s3/datasets/${dataset.id}`} size="sm" fw={500}>
                        {dataset.name}
                      </Anchor>
                      {dataset.isDemo ? (
                        <Badge ml="xs" size="xs" variant="light" color="gray">
                          {t('s3.datasets.demo')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{dataset.measure}</Text>
                    </Table.Td>
                    <Table.Td>{dataset.unit ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{yearSpan(dataset.years)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('s3.datasets.regionsByActivities', {
                        regions: format.int(dataset.regionCount),
                        activities: format.int(dataset.activityCount),
                      })}
                    </Table.Td>
                    <Table.Td ta="right">{format.int(dataset.observationCount)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t('s3.datasets.missingValues', {
                          notAvailable: format.int(dataset.missing.notAvailable),
                          confidential: format.int(dataset.missing.confidential),
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(dataset.importedAt)}</Table.Td>
                    {canManage ? (
                      <Table.Td>
                        <Tooltip label={t('s3.datasets.deleteDataset', { name: dataset.name })}>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('s3.datasets.deleteDataset', { name: dataset.name })}
                            onClick={() => setToDelete(dataset)}
                            data-testid="dataset-delete"
                          >
                            <span aria-hidden="true">✕</span>
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
                {items.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={columnCount}>
                      <Text c="dimmed" ta="center" py="md">
                        {canManage ? t('s3.datasets.emptyAnalyst') : t('s3.datasets.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>

      {canManage ? <DatasetImportPanel existingNames={(datasets.data ?? []).map((dataset) => dataset.name)} /> : null}

      <Modal opened={toDelete !== null} onClose={closeDelete} title={t('s3.datasets.deleteTitle')}>
        <Stack>
          <Text>{t('s3.datasets.deleteConfirm', { name: toDelete?.name ?? '' })}</Text>
          <S3ErrorAlert error={deleteDataset.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={closeDelete}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={deleteDataset.isPending}
              data-testid="dataset-delete-confirm"
              onClick={() => {
                if (!toDelete) return;
                deleteDataset.mutate(toDelete.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('s3.datasets.deleted', { name: toDelete.name }) });
                    closeDelete();
                  },
                });
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
