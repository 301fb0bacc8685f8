import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type TStrategy } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { EmptyTableRow } from '../../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { StatusBadge } from '../../../shared/StatusBadge.tsx';
import { OrganisationMultiSelect } from '../../organisations/OrganisationMultiSelect.tsx';
import { EditAndDelete } from './common.tsx';
import { useStepsFormat } from './format.ts';
import { type TAction, useDeleteAction, useSaveAction, useStepCandidates } from './useSteps.ts';

type ActionStatus = (typeof ACTION_STATUSES)[number];
const ACTION_STATUS_COLORS: Record<ActionStatus, string> = {
  planned: 'blue',
  running: 'teal',
  done: 'green',
  cancelled: 'gray',
};
const CURRENCIES = ['EUR', 'PLN', 'DKK', 'SEK', 'NOK', 'CHF', 'GBP', 'USD'];
const TITLE_MAX = 300;
const DESCRIPTION_MAX = 4000;
const COLUMNS = 8;

/** Options "PL84 · Podlaskie" for the group's regions. */
function regionOptions(strategy: TStrategy) {
  return strategy.group.regions.map((region) => ({
    value: region.code,
    label: `${region.code} · ${region.name}`,
  }));
}

/** The action plan: joint actions with their regions, domains, partners, budget and period. */
export function ActionsSection({
  groupId,
  strategy,
  canEdit,
}: {
  groupId: string;
  strategy: TStrategy;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const deleteAction = useDeleteAction(groupId);
  // undefined: closed; null: a new action; else the action edited.
  const [editing, setEditing] = useState<TAction | null | undefined>(undefined);
  const columns = COLUMNS + (canEdit ? 1 : 0);

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={1000}>
        <Table striped data-testid="actions-table">
          <Table.Caption>{t('transS3Steps.actions.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.actions.title')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.actions.leadRegion')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.actions.partnerRegions')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.actions.domains')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.actions.organisations')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.actions.budget')}
              </Table.Th>
              <Table.Th scope="col">{t('transS3Steps.actions.period')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.actions.status')}</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('transS3Steps.common.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {strategy.actions.length === 0 ? (
              <EmptyTableRow colSpan={columns}>{t('transS3Steps.actions.empty')}</EmptyTableRow>
            ) : (
              strategy.actions.map((action) => (
                <Table.Tr key={action.id} data-testid="action-row">
                  <Table.Td maw={260}>
                    <Text size="sm" fw={500}>
                      {action.title}
                    </Text>
                    {action.description ? (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {action.description}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {action.leadRegion ? `${action.leadRegion.code} · ${action.leadRegion.name}` : '—'}
                  </Table.Td>
                  <Table.Td>{action.partnerRegions.map((region) => region.code).join(', ') || '—'}</Table.Td>
                  <Table.Td>
                    {action.candidates.map((candidate) => candidate.label).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    {action.organisations.map((organisation) => organisation.name).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td ta="right">{format.money(action.budget, action.currency)}</Table.Td>
                  <Table.Td>
                    {action.startDate || action.endDate
                      ? `${format.date(action.startDate)} – ${format.date(action.endDate)}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={ACTION_STATUS_COLORS[action.status]}>
                      {t(`transS3Steps.actions.statuses.${action.status}`)}
                    </StatusBadge>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <EditAndDelete
                          name={action.title}
                          testIdPrefix="action"
                          onEdit={() => setEditing(action)}
                          onDelete={() => deleteAction.mutateAsync(action.id)}
                        />
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit ? (
        <Group>
          <Button variant="light" onClick={() => setEditing(null)} data-testid="action-add">
            {t('transS3Steps.actions.add')}
          </Button>
        </Group>
      ) : null}
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('transS3Steps.actions.editTitle') : t('transS3Steps.actions.add')}
        size="xl"
      >
        {editing !== undefined ? (
          <ActionForm
            groupId={groupId}
            strategy={strategy}
            action={editing}
            onClose={() => setEditing(undefined)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

type ActionValues = {
  title: string;
  description: string;
  leadRegion: string | null;
  partnerRegions: string[];
  candidateIds: string[];
  organisationIds: string[];
  budget: number | string;
  currency: string;
  startDate: string;
  endDate: string;
  status: ActionStatus;
};

function ActionForm({
  groupId,
  strategy,
  action,
  onClose,
}: {
  groupId: string;
  strategy: TStrategy;
  action: TAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const saveAction = useSaveAction(groupId);
  const candidates = useStepCandidates(groupId);
  const [error, setError] = useState<unknown>(null);
  const tooLong = (max: number) => t('transS3Steps.validation.tooLong', { max });
  const form = useForm<ActionValues>({
    initialValues: {
      title: action?.title ?? '',
      description: action?.description ?? '',
      leadRegion: action?.leadRegion?.code ?? null,
      partnerRegions: action?.partnerRegions.map((region) => region.code) ?? [],
      candidateIds: action?.candidates.map((candidate) => candidate.id) ?? [],
      organisationIds: action?.organisations.map((organisation) => organisation.id) ?? [],
      budget: action?.budget ?? '',
      currency: action?.currency ?? 'EUR',
      startDate: action?.startDate ?? '',
      endDate: action?.endDate ?? '',
      status: action?.status ?? 'planned',
    },
    validate: {
      title: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > TITLE_MAX
            ? tooLong(TITLE_MAX)
            : null,
      description: (value) => (value.trim().length > DESCRIPTION_MAX ? tooLong(DESCRIPTION_MAX) : null),
      budget: (value) =>
        value === '' || (typeof value === 'number' && value >= 0)
          ? null
          : t('transS3Steps.validation.notNegative'),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate
          ? t('transS3Steps.actions.endBeforeStart')
          : null,
    },
  });

  const regions = regionOptions(strategy);
  // Domains: the final ones first, then every candidate still in play, then any linked before.
  const domainOptions = new Map<string, string>();
  for (const domain of strategy.domains) domainOptions.set(domain.id, domain.label);
  for (const candidate of candidates.data?.items ?? []) {
    if (candidate.status !== 'dropped' && !domainOptions.has(candidate.id))
      domainOptions.set(candidate.id, candidate.label);
  }
  for (const candidate of action?.candidates ?? []) {
    if (!domainOptions.has(candidate.id)) domainOptions.set(candidate.id, candidate.label);
  }

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await saveAction.mutateAsync({
        id: action?.id ?? null,
        request: {
          title: values.title.trim(),
          description: values.description.trim(),
          leadRegion: values.leadRegion,
          partnerRegions: values.partnerRegions,
          organisationIds: values.organisationIds,
          candidateIds: values.candidateIds,
          budget: typeof values.budget === 'number' ? values.budget : null,
          currency: values.currency,
          startDate: values.startDate || null,
          endDate: values.endDate || null,
          status: values.status,
        },
      });
      onClose();
    } catch (caught) {
      const fieldErrors = Object.fromEntries(
        Object.entries(toFormErrors(caught)).map(([path, message]) => [
          path.replace(/^(partnerRegions|organisationIds|candidateIds)\..*$/, '$1'),
          message,
        ]),
      );
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="action-form">
      <Stack gap="sm">
        <TextInput
          label={t('transS3Steps.actions.title')}
          required
          data-testid="action-form-title"
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('transS3Steps.actions.description')}
          autosize
          minRows={2}
          maxRows={8}
          data-testid="action-form-description"
          {...form.getInputProps('description')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('transS3Steps.actions.leadRegion')}
            placeholder={t('transS3Steps.actions.noLeadRegion')}
            data={regions}
            clearable
            miw={220}
            data-testid="action-form-lead"
            {...form.getInputProps('leadRegion')}
          />
          <MultiSelect
            label={t('transS3Steps.actions.partnerRegions')}
            data={regions}
            clearable
            miw={220}
            data-testid="action-form-partners"
            {...form.getInputProps('partnerRegions')}
          />
        </Group>
        <MultiSelect
          label={t('transS3Steps.actions.domains')}
          description={t('transS3Steps.actions.domainsHint')}
          data={[...domainOptions].map(([value, label]) => ({ value, label }))}
          searchable
          clearable
          data-testid="action-form-domains"
          {...form.getInputProps('candidateIds')}
        />
        <OrganisationMultiSelect
          label={t('transS3Steps.actions.organisations')}
          value={form.values.organisationIds}
          knownOptions={(action?.organisations ?? []).map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
          onChange={(value) => form.setFieldValue('organisationIds', value)}
          error={form.errors.organisationIds}
          maxValues={100}
          testId="action-form-organisations"
        />
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('transS3Steps.actions.budget')}
            min={0}
            thousandSeparator=" "
            decimalScale={2}
            miw={180}
            data-testid="action-form-budget"
            {...form.getInputProps('budget')}
          />
          <Select
            label={t('transS3Steps.actions.currency')}
            data={
              CURRENCIES.includes(form.values.currency) ? CURRENCIES : [...CURRENCIES, form.values.currency]
            }
            allowDeselect={false}
            miw={120}
            data-testid="action-form-currency"
            {...form.getInputProps('currency')}
          />
          <Select
            label={t('transS3Steps.actions.status')}
            data={ACTION_STATUSES.map((value) => ({
              value,
              label: t(`transS3Steps.actions.statuses.${value}`),
            }))}
            allowDeselect={false}
            miw={160}
            data-testid="action-form-status"
            {...form.getInputProps('status')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('transS3Steps.actions.startDate')}
            miw={180}
            data-testid="action-form-start"
            {...form.getInputProps('startDate')}
          />
          <TextInput
            type="date"
            label={t('transS3Steps.actions.endDate')}
            miw={180}
            data-testid="action-form-end"
            {...form.getInputProps('endDate')}
          />
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saveAction.isPending} data-testid="action-form-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
