import {
  Button,
  Card,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type TActivityResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { todayIso } from './dates.ts';
import { useActivities, useAddActivity } from './useCases.ts';

const TEXT_MAX = 5000;

/** A glyph per kind; the kind is always also written out. */
const KIND_GLYPHS: Record<ActivityKind, string> = { meeting: '👥', call: '☎', email: '✉', note: '✎' };

/** Newest first: by the day it happened, then by when it was logged. */
function byNewest(a: TActivityResponse, b: TActivityResponse): number {
  return b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt);
}

export function ActivityPanel({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const activities = useActivities(caseId);
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();

  return (
    <Stack gap="lg">
      {canEdit ? <ActivityForm caseId={caseId} /> : null}
      <section aria-labelledby="activity-heading">
        <Title order={2} size="h4" id="activity-heading" mb="sm">
          {t('tibs.activity.heading')}
        </Title>
        <QueryState query={activities}>
          {(page) =>
            page.items.length === 0 ? (
              <Text c="dimmed" data-testid="activity-list">
                {t('tibs.activity.empty')}
              </Text>
            ) : (
              <Timeline active={-1} bulletSize={28} lineWidth={2} data-testid="activity-list">
                {[...page.items].sort(byNewest).map((activity) => (
                  <Timeline.Item
                    key={activity.id}
                    data-testid={`activity-${activity.id}`}
                    bullet={<span aria-hidden="true">{KIND_GLYPHS[activity.kind]}</span>}
                    title={
                      <Group gap="xs" component="span">
                        <Text component="span" fw={600} size="sm">
                          {t(`tibs.activityKinds.${activity.kind}`)}
                        </Text>
                        <Text component="span" size="sm">
                          · {formatDate(activity.occurredOn)}
                        </Text>
                      </Group>
                    }
                  >
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {activity.text}
                    </Text>
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('tibs.activity.loggedBy', {
                        author: activity.author?.name ?? t('tibs.common.unknownPerson'),
                        date: formatDateTime(activity.createdAt),
                      })}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            )
          }
        </QueryState>
      </section>
    </Stack>
  );
}

type ActivityValues = { kind: ActivityKind | null; occurredOn: string; text: string };

function ActivityForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const addActivity = useAddActivity(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ActivityValues>({
    initialValues: { kind: 'note', occurredOn: todayIso(), text: '' },
    validateInputOnBlur: true,
    validateInputOnChange: ['text'],
    validate: {
      kind: (value) => (value ? null : t('validation.required')),
      occurredOn: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('validation.required')),
      text: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.length > TEXT_MAX
            ? t('tibs.form.tooLong', { max: TEXT_MAX })
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (!values.kind) return;
    try {
      await addActivity.mutateAsync({
        kind: values.kind,
        occurredOn: values.occurredOn,
        text: values.text.trim(),
      });
      notifications.show({ color: 'green', message: t('tibs.activity.added') });
      form.setValues({ text: '', occurredOn: todayIso() });
      form.resetTouched();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <Card withBorder padding="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="activity-form" aria-labelledby="activity-form-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="activity-form-heading">
            {t('tibs.activity.add')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('tibs.activity.kind')}
              required
              allowDeselect={false}
              data={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`tibs.activityKinds.${kind}`) }))}
              data-testid="activity-kind"
              {...form.getInputProps('kind')}
            />
            <TextInput
              type="date"
              label={t('tibs.activity.date')}
              required
              data-testid="activity-date"
              {...form.getInputProps('occurredOn')}
            />
          </Group>
          <Textarea
            label={t('tibs.activity.text')}
            required
            autosize
            minRows={3}
            maxRows={10}
            description={t('tibs.form.counter', { count: form.values.text.length, max: TEXT_MAX })}
            data-testid="activity-text"
            {...form.getInputProps('text')}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} data-testid="activity-submit">
              {t('tibs.activity.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
