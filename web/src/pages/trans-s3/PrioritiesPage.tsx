import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodeChips } from '../../modules/trans-s3/CodeChips.tsx';
import { ConfirmModal } from '../../modules/trans-s3/ConfirmModal.tsx';
import { PrioritiesImport } from '../../modules/trans-s3/PrioritiesImport.tsx';
import { PriorityForm } from '../../modules/trans-s3/PriorityForm.tsx';
import {
  type PrioritiesFilter,
  prioritiesExportUrl,
  type TPriority,
  useDeletePriority,
  usePriorities,
} from '../../modules/trans-s3/useTransS3.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { SearchInput } from '../../shared/SearchInput.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';

type Param = 'region' | 'q';

/** The register of the regions' RIS3 priorities, the input of step 1. */
export function PrioritiesPage() {
  const { t } = useTranslation();
  const params = useSearchParamState<Param>();
  const filter: PrioritiesFilter = {
    region: params.get('region') || undefined,
    q: params.get('q') || undefined,
  };
  const priorities = usePriorities(filter);
  // The regions present in the register, for the filter (the same query as the unfiltered list).
  const all = usePriorities({});
  const regionOptions = [
    ...new Map((all.data?.items ?? []).map((item) => [item.region, `${item.regionName} (${item.region})`])),
  ]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.value.localeCompare(b.value));
  const canEdit = priorities.data?.canEdit ?? false;

  const [editing, setEditing] = useState<TPriority | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TPriority | null>(null);
  const [isImportOpen, importModal] = useDisclosure(false);
  const deletePriority = useDeletePriority();

  return (
    <Stack gap="md">
      <PageHeader
        title={t('transS3.priorities.title')}
        description={
          <Stack gap={4}>
            <span>{t('transS3.priorities.description')}</span>
            <Anchor component={Link} to="/trans-s3" size="sm">
              {t('transS3.priorities.toGroups')}
            </Anchor>
          </Stack>
        }
        actions={
          <>
            <Button
              component="a"
              href={prioritiesExportUrl(filter)}
              variant="default"
              data-testid="priorities-export"
            >
              {t('transS3.priorities.export')}
            </Button>
            {canEdit ? (
              <>
                <Button variant="default" onClick={importModal.open} data-testid="priorities-import">
                  {t('transS3.priorities.import')}
                </Button>
                <Button onClick={() => setEditing('new')} data-testid="priority-add">
                  {t('transS3.priorities.add')}
                </Button>
              </>
            ) : null}
          </>
        }
      />

      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('transS3.priorities.filters')}>
        <Select
          label={t('transS3.priorities.region')}
          placeholder={t('transS3.priorities.anyRegion')}
          data={regionOptions}
          value={params.get('region') || null}
          onChange={(region) => params.set({ region })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="priorities-filter-region"
        />
        <SearchInput
          label={t('transS3.priorities.search')}
          value={params.get('q')}
          onChange={(q) => params.set({ q })}
          testId="priorities-search"
        />
      </Group>

      <QueryState query={priorities}>
        {(data) => (
          <PrioritiesTable
            items={data.items}
            canEdit={data.canEdit}
            onEdit={setEditing}
            onDelete={(priority) => {
              deletePriority.reset();
              setDeleting(priority);
            }}
          />
        )}
      </QueryState>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('transS3.priorityForm.addTitle') : t('transS3.priorityForm.editTitle')}
        size="xl"
      >
        {editing !== null ? (
          <PriorityForm
            key={editing === 'new' ? 'new' : editing.id}
            priority={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifications.show({
                color: 'green',
                message: t('transS3.priorityForm.saved', { title: saved.title }),
              });
            }}
          />
        ) : null}
      </Modal>

      <Modal opened={isImportOpen} onClose={importModal.close} title={t('transS3.import.title')} size="xl">
        {isImportOpen ? <PrioritiesImport onDone={importModal.close} /> : null}
      </Modal>

      <ConfirmModal
        opened={deleting !== null}
        title={t('transS3.priorities.deleteTitle')}
        confirmLabel={t('common.delete')}
        color="red"
        loading={deletePriority.isPending}
        error={deletePriority.error}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          deletePriority.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: t('transS3.priorities.deleted', { title: deleting.title }),
              });
              setDeleting(null);
            },
          });
        }}
      >
        {t('transS3.priorities.deleteConfirm', { code: deleting?.code ?? '', title: deleting?.title ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}

type PrioritiesTableProps = {
  items: TPriority[];
  canEdit: boolean;
  onEdit: (priority: TPriority) => void;
  onDelete: (priority: TPriority) => void;
};

function PrioritiesTable({ items, canEdit, onEdit, onDelete }: PrioritiesTableProps) {
  const { t } = useTranslation();
  const columns = canEdit ? 6 : 5;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('transS3.priorities.count', { count: items.length })}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm" data-testid="priorities-table">
          <Table.Caption>{t('transS3.priorities.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3.priorities.columns.region')}</Table.Th>
              <Table.Th scope="col">{t('transS3.priorities.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('transS3.priorities.columns.title')}</Table.Th>
              <Table.Th scope="col">{t('transS3.priorities.columns.source')}</Table.Th>
              <Table.Th scope="col">{t('transS3.priorities.columns.codes')}</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('transS3.priorities.columns.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? (
              <EmptyTableRow colSpan={columns}>{t('transS3.priorities.empty')}</EmptyTableRow>
            ) : (
              items.map((priority) => (
                <Table.Tr key={priority.id} data-testid="priority-row">
                  <Table.Td>
                    <Text size="sm">{priority.regionName}</Text>
                    <Text size="xs" c="dimmed">
                      {priority.region}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={600}>
                      {priority.code}
                    </Text>
                    {priority.isDemo ? (
                      <Badge
                        size="xs"
                        variant="light"
                        color="gray"
                        styles={{ label: { overflow: 'visible' } }}
                      >
                        {t('transS3.common.demo')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td miw={240} maw={380}>
                    <Text size="sm">{priority.title}</Text>
                    {priority.description ? (
                      <Text size="xs" c="dimmed" lineClamp={2} title={priority.description}>
                        {priority.description}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{priority.sourceDocument ?? '—'}</Text>
                    {priority.sourceYear !== null ? (
                      <Text size="xs" c="dimmed">
                        {priority.sourceYear}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <CodeChips codes={priority.nace} color="blue" label={t('transS3.codes.nace')} />
                      <CodeChips codes={priority.nabs} color="grape" label={t('transS3.codes.nabs')} />
                      <CodeChips
                        codes={priority.objectives}
                        color="teal"
                        label={t('transS3.codes.objective')}
                      />
                      <CodeChips
                        codes={priority.techFields.map((field) => ({
                          code: String(field.id),
                          name: field.name,
                        }))}
                        color="orange"
                        label={t('transS3.codes.tech')}
                      />
                    </Stack>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t('transS3.priorities.editOne', { code: priority.code })}
                          onClick={() => onEdit(priority)}
                          data-testid="priority-edit"
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('transS3.priorities.deleteOne', { code: priority.code })}
                          onClick={() => onDelete(priority)}
                          data-testid="priority-delete"
                        >
                          {t('common.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
