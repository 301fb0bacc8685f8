import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TREND_KINDS, type TGroup } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { QueryState } from '../../../shared/QueryState.tsx';
import { canContribute, ConfirmDelete, memberName, StepSection } from './common.tsx';
import { useStepsFormat } from './format.ts';
import { type TTrendNote, useAddTrend, useDeleteTrend, useStepCandidates, useTrends } from './useSteps.ts';

type TrendKind = (typeof TREND_KINDS)[number];
const TEXT_MAX = 4000;
const SOURCE_MAX = 300;

/** Step 4: market and technology trends of each candidate, each with its source. */
export function TrendsSection({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const candidates = useStepCandidates(group.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const options = (candidates.data?.items ?? [])
    .filter((candidate) => candidate.status !== 'dropped')
    .map((candidate) => ({ value: candidate.id, label: candidate.label }));
  const candidateId = options.some((option) => option.value === chosen)
    ? chosen
    : (options[0]?.value ?? null);
  const candidateLabel = options.find((option) => option.value === candidateId)?.label ?? '';

  return (
    <StepSection
      title={t('transS3Steps.trends.title')}
      description={t('transS3Steps.trends.intro')}
      testId="verification-trends"
    >
      <QueryState query={candidates}>
        {() =>
          options.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('transS3Steps.criteria.noCandidates')}
            </Text>
          ) : (
            <Stack gap="md">
              <Select
                label={t('transS3Steps.common.candidate')}
                data={options}
                value={candidateId}
                onChange={setChosen}
                allowDeselect={false}
                searchable
                maw={480}
                data-testid="trends-candidate"
              />
              {candidateId ? (
                <TrendNotes group={group} candidateId={candidateId} candidateLabel={candidateLabel} />
              ) : null}
            </Stack>
          )
        }
      </QueryState>
    </StepSection>
  );
}

function TrendNotes({
  group,
  candidateId,
  candidateLabel,
}: {
  group: TGroup;
  candidateId: string;
  candidateLabel: string;
}) {
  const { t } = useTranslation();
  const trends = useTrends(group.id, candidateId);
  return (
    <Stack gap="md">
      <QueryState query={trends}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" size="sm" data-testid="trends-empty">
              {t('transS3Steps.trends.empty', { candidate: candidateLabel })}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="trend-list">
              {data.items.map((note) => (
                <TrendNoteItem key={note.id} group={group} note={note} />
              ))}
            </Stack>
          )
        }
      </QueryState>
      {canContribute(group) ? (
        <TrendForm
          key={candidateId}
          groupId={group.id}
          candidateId={candidateId}
          candidateLabel={candidateLabel}
        />
      ) : null}
    </Stack>
  );
}

function TrendNoteItem({ group, note }: { group: TGroup; note: TTrendNote }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const deleteTrend = useDeleteTrend(group.id);
  return (
    <Paper component="li" withBorder p="sm" data-testid="trend-note">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light" color={note.kind === 'market' ? 'blue' : 'grape'}>
              {t(`transS3Steps.trends.kinds.${note.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('transS3Steps.trends.addedBy', {
                name: memberName(group, note.createdBy),
                date: format.date(note.createdAt),
              })}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.text}
          </Text>
          <Text size="sm">
            {t('transS3Steps.trends.source')}:{' '}
            {note.sourceUrl ? (
              <Anchor
                href={note.sourceUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="trend-source"
              >
                {note.sourceTitle}
              </Anchor>
            ) : (
              <span data-testid="trend-source">{note.sourceTitle}</span>
            )}
          </Text>
        </Stack>
        {group.permissions.canEdit ? (
          <ConfirmDelete
            name={note.sourceTitle}
            testId="trend-delete"
            onConfirm={() => deleteTrend.mutateAsync(note.id)}
          />
        ) : null}
      </Group>
    </Paper>
  );
}

type TrendValues = { kind: TrendKind; text: string; sourceTitle: string; sourceUrl: string };

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function TrendForm({
  groupId,
  candidateId,
  candidateLabel,
}: {
  groupId: string;
  candidateId: string;
  candidateLabel: string;
}) {
  const { t } = useTranslation();
  const addTrend = useAddTrend(groupId);
  const [error, setError] = useState<unknown>(null);
  const tooLong = (max: number) => t('transS3Steps.validation.tooLong', { max });
  const form = useForm<TrendValues>({
    initialValues: { kind: 'market', text: '', sourceTitle: '', sourceUrl: '' },
    validate: {
      text: (value) =>
        !value.trim() ? t('validation.required') : value.trim().length > TEXT_MAX ? tooLong(TEXT_MAX) : null,
      sourceTitle: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > SOURCE_MAX
            ? tooLong(SOURCE_MAX)
            : null,
      sourceUrl: (value) =>
        !value.trim() || isHttpUrl(value.trim()) ? null : t('transS3Steps.trends.urlInvalid'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await addTrend.mutateAsync({
        candidateId,
        kind: values.kind,
        text: values.text.trim(),
        sourceTitle: values.sourceTitle.trim(),
        sourceUrl: values.sourceUrl.trim() || null,
      });
      form.reset();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('transS3Steps.trends.add')}
    >
      <Stack gap="sm">
        <Text fw={600}>{t('transS3Steps.trends.addFor', { candidate: candidateLabel })}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="trend-kind-label">
            {t('transS3Steps.trends.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="trend-kind-label"
            data={TREND_KINDS.map((value) => ({ value, label: t(`transS3Steps.trends.kinds.${value}`) }))}
            value={form.values.kind}
            onChange={(value) => form.setFieldValue('kind', value === 'technology' ? 'technology' : 'market')}
            w="fit-content"
            data-testid="trend-form-kind"
          />
        </Stack>
        <Textarea
          label={t('transS3Steps.trends.text')}
          description={t('transS3Steps.trends.textHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-testid="trend-form-text"
          {...form.getInputProps('text')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('transS3Steps.trends.sourceTitle')}
            required
            miw={240}
            data-testid="trend-form-source-title"
            {...form.getInputProps('sourceTitle')}
          />
          <TextInput
            type="url"
            label={t('transS3Steps.trends.sourceUrl')}
            placeholder="https://"
            miw={240}
            data-testid="trend-form-source-url"
            {...form.getInputProps('sourceUrl')}
          />
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={addTrend.isPending} data-testid="trend-add">
            {t('transS3Steps.trends.addButton')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
