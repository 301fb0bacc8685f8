import {
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TStrategy } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { EmptyTableRow } from '../../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { StatusBadge } from '../../../shared/StatusBadge.tsx';
import { EditAndDelete } from './common.tsx';
import { type StepsFormat, today, useStepsFormat } from './format.ts';
import { escapeHtml, StepChart, type StepChartOption } from './StepChart.tsx';
import {
  type TIndicator,
  useAddMeasurement,
  useDeleteIndicator,
  useSaveIndicator,
  useStepCandidates,
} from './useSteps.ts';

type ProgressStatus = TIndicator['progress']['status'];
const STATUS_COLORS: Record<ProgressStatus, string> = {
  achieved: 'green',
  on_track: 'teal',
  behind: 'orange',
  no_data: 'gray',
};
const NAME_MAX = 300;
const UNIT_MAX = 60;
const SOURCE_MAX = 300;
const NOTE_MAX = 1000;
const COLUMNS = 8;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The monitoring indicators: their definition, measurements and progress towards the target. */
export function IndicatorsSection({
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
  const deleteIndicator = useDeleteIndicator(groupId);
  const [editing, setEditing] = useState<TIndicator | null | undefined>(undefined);
  const [measuring, setMeasuring] = useState<TIndicator | null>(null);
  const columns = COLUMNS + (canEdit ? 1 : 0);

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={960}>
        <Table striped data-testid="indicators-table">
          <Table.Caption>{t('transS3Steps.indicators.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.indicators.name')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.indicators.unit')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.indicators.source')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.indicators.domain')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.indicators.baseline')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.indicators.target')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.indicators.latest')}
              </Table.Th>
              <Table.Th scope="col">{t('transS3Steps.indicators.status')}</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('transS3Steps.common.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {strategy.indicators.length === 0 ? (
              <EmptyTableRow colSpan={columns}>{t('transS3Steps.indicators.empty')}</EmptyTableRow>
            ) : (
              strategy.indicators.map((indicator) => (
                <Table.Tr key={indicator.id} data-testid="indicator-row">
                  <Table.Td fw={500}>{indicator.name}</Table.Td>
                  <Table.Td>{indicator.unit}</Table.Td>
                  <Table.Td>{indicator.source || '—'}</Table.Td>
                  <Table.Td>{indicator.candidate?.label ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {format.value(indicator.baseline)}
                    <Text size="xs" c="dimmed">
                      {format.date(indicator.baselineDate)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {format.value(indicator.target)}
                    <Text size="xs" c="dimmed">
                      {format.date(indicator.targetDate)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {indicator.progress.latest ? (
                      <>
                        {format.value(indicator.progress.latest.value)}
                        <Text size="xs" c="dimmed">
                          {format.date(indicator.progress.latest.date)}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={STATUS_COLORS[indicator.progress.status]}>
                      {t(`transS3Steps.indicators.statuses.${indicator.progress.status}`)}
                    </StatusBadge>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setMeasuring(indicator)}
                          aria-label={t('transS3Steps.indicators.addMeasurementFor', {
                            name: indicator.name,
                          })}
                          data-testid="measurement-add"
                        >
                          {t('transS3Steps.indicators.addMeasurement')}
                        </Button>
                        <EditAndDelete
                          name={indicator.name}
                          testIdPrefix="indicator"
                          onEdit={() => setEditing(indicator)}
                          onDelete={() => deleteIndicator.mutateAsync(indicator.id)}
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
          <Button variant="light" onClick={() => setEditing(null)} data-testid="indicator-add">
            {t('transS3Steps.indicators.add')}
          </Button>
        </Group>
      ) : null}

      {strategy.indicators.length > 0 ? (
        <Stack gap="sm" data-testid="indicator-progress">
          <Text fw={600}>{t('transS3Steps.indicators.progressTitle')}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {strategy.indicators.map((indicator) => (
              <IndicatorCard key={indicator.id} indicator={indicator} format={format} />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}

      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('transS3Steps.indicators.editTitle') : t('transS3Steps.indicators.add')}
        size="lg"
      >
        {editing !== undefined ? (
          <IndicatorForm
            groupId={groupId}
            strategy={strategy}
            indicator={editing}
            onClose={() => setEditing(undefined)}
          />
        ) : null}
      </Modal>
      <Modal
        opened={measuring !== null}
        onClose={() => setMeasuring(null)}
        title={measuring ? t('transS3Steps.indicators.addMeasurementFor', { name: measuring.name }) : ''}
      >
        {measuring ? (
          <MeasurementForm groupId={groupId} indicator={measuring} onClose={() => setMeasuring(null)} />
        ) : null}
      </Modal>
    </Stack>
  );
}

function IndicatorCard({ indicator, format }: { indicator: TIndicator; format: StepsFormat }) {
  const { t } = useTranslation();
  const { progress } = indicator;
  const share = progress.progress;
  return (
    <Paper withBorder p="md" component="article" aria-label={indicator.name} data-testid="indicator-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>{indicator.name}</Text>
            <Text size="xs" c="dimmed">
              {t('transS3Steps.indicators.fromTo', {
                baseline: `${format.value(indicator.baseline)} ${indicator.unit}`,
                baselineDate: format.date(indicator.baselineDate),
                target: `${format.value(indicator.target)} ${indicator.unit}`,
                targetDate: format.date(indicator.targetDate),
              })}
            </Text>
          </div>
          <StatusBadge color={STATUS_COLORS[progress.status]}>
            {t(`transS3Steps.indicators.statuses.${progress.status}`)}
          </StatusBadge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Progress
            flex={1}
            size="lg"
            value={Math.max(0, Math.min(1, share ?? 0)) * 100}
            color={STATUS_COLORS[progress.status]}
            aria-label={t('transS3Steps.indicators.progressOf', { name: indicator.name })}
            data-testid="indicator-progress-bar"
          />
          <Text size="sm" fw={600} w={60} ta="right">
            {format.pct(share)}
          </Text>
        </Group>
        <IndicatorChart indicator={indicator} format={format} />
      </Stack>
    </Paper>
  );
}

/** The measurements over time, with the baseline, the target and the straight path between them. */
function IndicatorChart({ indicator, format }: { indicator: TIndicator; format: StepsFormat }) {
  const { t } = useTranslation();
  const measurements = useMemo(
    () => [...indicator.measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    [indicator.measurements],
  );
  const option = useMemo((): StepChartOption => {
    const baselineLabel = t('transS3Steps.indicators.baseline');
    const targetLabel = t('transS3Steps.indicators.target');
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) =>
          typeof value === 'number' ? `${format.value(value)} ${escapeHtml(indicator.unit)}` : '',
      },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, name: indicator.unit, nameTextStyle: { align: 'left' } },
      series: [
        {
          type: 'line',
          name: t('transS3Steps.indicators.path'),
          data: [
            [indicator.baselineDate, indicator.baseline],
            [indicator.targetDate, indicator.target],
          ],
          lineStyle: { type: 'dashed', color: '#868e96' },
          itemStyle: { color: '#868e96' },
          symbol: 'none',
          markLine: {
            symbol: 'none',
            silent: true,
            data: [
              {
                yAxis: indicator.baseline,
                name: baselineLabel,
                label: { formatter: baselineLabel, position: 'insideStartTop' },
                lineStyle: { color: '#1971c2', type: 'dotted' },
              },
              {
                yAxis: indicator.target,
                name: targetLabel,
                label: { formatter: targetLabel, position: 'insideEndTop' },
                lineStyle: { color: '#2b8a3e', type: 'dotted' },
              },
            ],
          },
        },
        {
          type: 'line',
          name: t('transS3Steps.indicators.measured'),
          data: measurements.map((m) => [m.date, m.value]),
          itemStyle: { color: '#e8590c' },
          symbolSize: 7,
        },
      ],
    };
  }, [indicator, measurements, format, t]);
  const label = t('transS3Steps.indicators.chartLabel', {
    name: indicator.name,
    list:
      measurements.length === 0
        ? t('transS3Steps.indicators.noMeasurements')
        : measurements.map((m) => `${format.date(m.date)}: ${format.value(m.value)}`).join(', '),
  });
  return (
    <StepChart
      option={option}
      height={220}
      label={label}
      testId="indicator-chart"
      table={
        measurements.length > 0 ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('transS3Steps.indicators.date')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('transS3Steps.indicators.value')}
                </Table.Th>
                <Table.Th scope="col">{t('transS3Steps.indicators.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measurements.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{format.date(m.date)}</Table.Td>
                  <Table.Td ta="right">{format.value(m.value)}</Table.Td>
                  <Table.Td>{m.note || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : undefined
      }
    />
  );
}

type IndicatorValues = {
  name: string;
  unit: string;
  source: string;
  candidateId: string | null;
  baseline: number | string;
  baselineDate: string;
  target: number | string;
  targetDate: string;
};

function IndicatorForm({
  groupId,
  strategy,
  indicator,
  onClose,
}: {
  groupId: string;
  strategy: TStrategy;
  indicator: TIndicator | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const saveIndicator = useSaveIndicator(groupId);
  const candidates = useStepCandidates(groupId);
  const [error, setError] = useState<unknown>(null);
  const text = (max: number, isRequired: boolean) => (value: string) =>
    isRequired && !value.trim()
      ? t('validation.required')
      : value.trim().length > max
        ? t('transS3Steps.validation.tooLong', { max })
        : null;
  const number = (value: number | string) => (typeof value === 'number' ? null : t('validation.required'));
  const date = (value: string) => (DATE.test(value) ? null : t('transS3Steps.validation.date'));
  const form = useForm<IndicatorValues>({
    initialValues: {
      name: indicator?.name ?? '',
      unit: indicator?.unit ?? '',
      source: indicator?.source ?? '',
      candidateId: indicator?.candidate?.id ?? null,
      baseline: indicator?.baseline ?? '',
      baselineDate: indicator?.baselineDate ?? '',
      target: indicator?.target ?? '',
      targetDate: indicator?.targetDate ?? '',
    },
    validate: {
      name: text(NAME_MAX, true),
      unit: text(UNIT_MAX, true),
      source: text(SOURCE_MAX, false),
      baseline: number,
      baselineDate: date,
      target: number,
      targetDate: (value, values) =>
        date(value) ??
        (DATE.test(values.baselineDate) && value <= values.baselineDate
          ? t('transS3Steps.indicators.targetAfterBaseline')
          : null),
    },
  });

  const domainOptions = new Map<string, string>();
  for (const domain of strategy.domains) domainOptions.set(domain.id, domain.label);
  for (const candidate of candidates.data?.items ?? []) {
    if (candidate.status !== 'dropped' && !domainOptions.has(candidate.id))
      domainOptions.set(candidate.id, candidate.label);
  }
  if (indicator?.candidate && !domainOptions.has(indicator.candidate.id)) {
    domainOptions.set(indicator.candidate.id, indicator.candidate.label);
  }

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await saveIndicator.mutateAsync({
        id: indicator?.id ?? null,
        request: {
          name: values.name.trim(),
          unit: values.unit.trim(),
          source: values.source.trim(),
          candidateId: values.candidateId,
          baseline: Number(values.baseline),
          baselineDate: values.baselineDate,
          target: Number(values.target),
          targetDate: values.targetDate,
        },
      });
      onClose();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="indicator-form">
      <Stack gap="sm">
        <TextInput
          label={t('transS3Steps.indicators.name')}
          required
          data-testid="indicator-form-name"
          {...form.getInputProps('name')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('transS3Steps.indicators.unit')}
            placeholder={t('transS3Steps.indicators.unitPlaceholder')}
            required
            miw={160}
            data-testid="indicator-form-unit"
            {...form.getInputProps('unit')}
          />
          <TextInput
            label={t('transS3Steps.indicators.source')}
            placeholder={t('transS3Steps.indicators.sourcePlaceholder')}
            miw={200}
            data-testid="indicator-form-source"
            {...form.getInputProps('source')}
          />
        </Group>
        <Select
          label={t('transS3Steps.indicators.domain')}
          placeholder={t('transS3Steps.indicators.noDomain')}
          data={[...domainOptions].map(([value, label]) => ({ value, label }))}
          clearable
          searchable
          data-testid="indicator-form-domain"
          {...form.getInputProps('candidateId')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('transS3Steps.indicators.baseline')}
            required
            miw={160}
            data-testid="indicator-form-baseline"
            {...form.getInputProps('baseline')}
          />
          <TextInput
            type="date"
            label={t('transS3Steps.indicators.baselineDate')}
            required
            miw={160}
            data-testid="indicator-form-baseline-date"
            {...form.getInputProps('baselineDate')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={t('transS3Steps.indicators.target')}
            required
            miw={160}
            data-testid="indicator-form-target"
            {...form.getInputProps('target')}
          />
          <TextInput
            type="date"
            label={t('transS3Steps.indicators.targetDate')}
            required
            miw={160}
            data-testid="indicator-form-target-date"
            {...form.getInputProps('targetDate')}
          />
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saveIndicator.isPending} data-testid="indicator-form-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MeasurementForm({
  groupId,
  indicator,
  onClose,
}: {
  groupId: string;
  indicator: TIndicator;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const addMeasurement = useAddMeasurement(groupId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ date: string; value: number | string; note: string }>({
    initialValues: { date: today(), value: '', note: '' },
    validate: {
      date: (value) => (DATE.test(value) ? null : t('transS3Steps.validation.date')),
      value: (value) => (typeof value === 'number' ? null : t('validation.required')),
      note: (value) =>
        value.trim().length > NOTE_MAX ? t('transS3Steps.validation.tooLong', { max: NOTE_MAX }) : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await addMeasurement.mutateAsync({
        indicatorId: indicator.id,
        date: values.date,
        value: Number(values.value),
        note: values.note.trim(),
      });
      onClose();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="measurement-form">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('transS3Steps.indicators.date')}
            required
            data-testid="measurement-form-date"
            {...form.getInputProps('date')}
          />
          <NumberInput
            label={t('transS3Steps.indicators.valueIn', { unit: indicator.unit })}
            required
            data-testid="measurement-form-value"
            {...form.getInputProps('value')}
          />
        </Group>
        <Textarea
          label={t('transS3Steps.indicators.note')}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="measurement-form-note"
          {...form.getInputProps('note')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={addMeasurement.isPending} data-testid="measurement-form-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
