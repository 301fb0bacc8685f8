import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGroup, TRound } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { fromLocalInput, localInputInDays, toLocalInput } from './format.ts';
import { useCreateRound, useUpdateRound } from './useSteps.ts';

const TITLE_MAX = 200;
const CRITERION_MAX = 120;
const CRITERIA_MAX = 10;

type RoundValues = {
  title: string;
  criteria: string[];
  opensAt: string;
  closesAt: string;
  invitees: string[];
};

type RoundFormProps = {
  group: TGroup;
  /** The round to change; null creates one. */
  round: TRound | null;
  onDone: (round: TRound) => void;
  onCancel: () => void;
};

/** Creates a consultation round, or changes one that has not closed (title, dates, invitees). */
export function RoundForm({ group, round, onDone, onCancel }: RoundFormProps) {
  const { t } = useTranslation();
  const stakeholders = group.members.filter((member) => member.role === 'stakeholder');
  const closed = round !== null && (round.state === 'closed' || !round.canEdit);
  const [error, setError] = useState<unknown>(null);
  const createRound = useCreateRound(group.id);
  const updateRound = useUpdateRound(group.id, round?.id ?? '');
  const pending = createRound.isPending || updateRound.isPending;
  const tooLong = (max: number) => t('transS3Steps.validation.tooLong', { max });

  const form = useForm<RoundValues>({
    initialValues: round
      ? {
          title: round.title,
          criteria: round.criteria,
          opensAt: toLocalInput(round.opensAt),
          closesAt: toLocalInput(round.closesAt),
          invitees: round.invitees.map((invitee) => invitee.userId),
        }
      : {
          title: '',
          criteria: [
            t('transS3Steps.consultation.defaultCriteria.relevance'),
            t('transS3Steps.consultation.defaultCriteria.crossBorder'),
            t('transS3Steps.consultation.defaultCriteria.strengths'),
          ],
          opensAt: localInputInDays(0, new Date().getHours()),
          closesAt: localInputInDays(14, 17),
          invitees: stakeholders.map((member) => member.userId),
        },
    validate: {
      title: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > TITLE_MAX
            ? tooLong(TITLE_MAX)
            : null,
      opensAt: (value) => (fromLocalInput(value) ? null : t('transS3Steps.validation.dateTime')),
      closesAt: (value, values) => {
        const closes = fromLocalInput(value);
        const opens = fromLocalInput(values.opensAt);
        if (!closes) return t('transS3Steps.validation.dateTime');
        return opens && Date.parse(closes) <= Date.parse(opens)
          ? t('transS3Steps.consultation.form.closesAfter')
          : null;
      },
      invitees: (value) =>
        stakeholders.length > 0 && value.length === 0
          ? t('transS3Steps.consultation.form.inviteesRequired')
          : null,
    },
  });

  const criteriaError = (criteria: string[]): string | null => {
    if (criteria.length === 0) return t('transS3Steps.consultation.form.criteriaRequired');
    if (criteria.some((criterion) => !criterion.trim()))
      return t('transS3Steps.consultation.form.criterionEmpty');
    if (criteria.some((criterion) => criterion.trim().length > CRITERION_MAX)) return tooLong(CRITERION_MAX);
    if (new Set(criteria.map((criterion) => criterion.trim())).size !== criteria.length) {
      return t('transS3Steps.consultation.form.criterionDuplicate');
    }
    return null;
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const listError = round ? null : criteriaError(values.criteria);
    if (listError) {
      form.setFieldError('criteria', listError);
      return;
    }
    const opensAt = fromLocalInput(values.opensAt) ?? '';
    const closesAt = fromLocalInput(values.closesAt) ?? '';
    try {
      const saved = round
        ? await updateRound.mutateAsync({
            title: values.title.trim(),
            opensAt,
            closesAt,
            invitees: values.invitees,
          })
        : await createRound.mutateAsync({
            title: values.title.trim(),
            criteria: values.criteria.map((criterion) => criterion.trim()),
            opensAt,
            closesAt,
            invitees: values.invitees,
          });
      onDone(saved);
    } catch (caught) {
      const fieldErrors = Object.fromEntries(
        Object.entries(toFormErrors(caught)).map(([path, message]) => [
          path.replace(/^(criteria|invitees)\..*$/, '$1'),
          message,
        ]),
      );
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="round-form">
      <Stack gap="md">
        {closed ? (
          <Alert color="gray" variant="light" data-testid="round-closed-notice">
            {t('transS3Steps.consultation.form.closedNotice')}
          </Alert>
        ) : null}
        <fieldset disabled={closed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <TextInput
              label={t('transS3Steps.consultation.form.title')}
              placeholder={t('transS3Steps.consultation.form.titlePlaceholder')}
              required
              data-testid="round-form-title"
              {...form.getInputProps('title')}
            />
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('transS3Steps.consultation.form.criteria')}
              </Text>
              {round ? (
                <>
                  <Text size="xs" c="dimmed">
                    {t('transS3Steps.consultation.form.criteriaFixed')}
                  </Text>
                  <Group gap={6}>
                    {round.criteria.map((criterion) => (
                      <Badge key={criterion} variant="light" tt="none">
                        {criterion}
                      </Badge>
                    ))}
                  </Group>
                </>
              ) : (
                <>
                  <Text size="xs" c="dimmed">
                    {t('transS3Steps.consultation.form.criteriaHint', { max: CRITERIA_MAX })}
                  </Text>
                  {form.values.criteria.map((_criterion, index) => (
                    <Group key={index} gap="xs" wrap="nowrap">
                      <TextInput
                        flex={1}
                        aria-label={t('transS3Steps.consultation.form.criterionN', { n: index + 1 })}
                        data-testid="round-form-criterion"
                        {...form.getInputProps(`criteria.${index}`)}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        onClick={() => form.removeListItem('criteria', index)}
                        disabled={form.values.criteria.length <= 1}
                        aria-label={t('transS3Steps.consultation.form.removeCriterion', { n: index + 1 })}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  ))}
                  <Group>
                    <Button
                      variant="light"
                      size="compact-sm"
                      onClick={() => form.insertListItem('criteria', '')}
                      disabled={form.values.criteria.length >= CRITERIA_MAX}
                      data-testid="round-form-add-criterion"
                    >
                      {t('transS3Steps.consultation.form.addCriterion')}
                    </Button>
                  </Group>
                  {typeof form.errors.criteria === 'string' ? (
                    <Text size="sm" c="red.8" role="alert">
                      {form.errors.criteria}
                    </Text>
                  ) : null}
                </>
              )}
            </Stack>
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                type="datetime-local"
                label={t('transS3Steps.consultation.form.opensAt')}
                required
                miw={220}
                data-testid="round-form-opens"
                {...form.getInputProps('opensAt')}
              />
              <TextInput
                type="datetime-local"
                label={t('transS3Steps.consultation.form.closesAt')}
                required
                miw={220}
                data-testid="round-form-closes"
                {...form.getInputProps('closesAt')}
              />
            </Group>
            <Checkbox.Group
              label={t('transS3Steps.consultation.form.invitees')}
              description={t('transS3Steps.consultation.form.inviteesHint')}
              data-testid="round-form-invitees"
              {...form.getInputProps('invitees')}
            >
              {stakeholders.length === 0 ? (
                <Alert color="yellow" variant="light" mt="xs">
                  {t('transS3Steps.consultation.form.noStakeholders')}
                </Alert>
              ) : (
                <Stack gap={6} mt="xs">
                  {stakeholders.map((member) => (
                    <Checkbox
                      key={member.userId}
                      value={member.userId}
                      label={
                        member.helix
                          ? t('transS3Steps.consultation.form.inviteeLabel', {
                              name: member.name,
                              helix: t(`helix.${member.helix}`),
                            })
                          : member.name
                      }
                      data-testid="round-form-invitee"
                    />
                  ))}
                </Stack>
              )}
            </Checkbox.Group>
            {!round ? (
              <Text size="xs" c="dimmed">
                {t('transS3Steps.consultation.form.candidatesHint')}
              </Text>
            ) : null}
          </Stack>
        </fieldset>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {closed ? t('common.close') : t('common.cancel')}
          </Button>
          {!closed ? (
            <Button type="submit" loading={pending} data-testid="round-form-save">
              {round ? t('common.save') : t('transS3Steps.consultation.form.create')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
