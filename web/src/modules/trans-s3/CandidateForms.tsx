import { Button, Checkbox, Group, List, MultiSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NaceMultiSelect } from '../reference/NaceMultiSelect.tsx';
import { apiFieldErrors } from './formErrors.ts';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';
import {
  type TCandidate,
  type TPriorityRef,
  useAddCandidate,
  useMergeCandidates,
  usePatchCandidate,
  usePriorities,
  useSplitCandidate,
} from './useTransS3.ts';

const priorityLabel = (priority: TPriorityRef) => `${priority.region} · ${priority.code} ${priority.title}`;

/** The group's priorities (its regions' part of the register) as options. */
function useGroupPriorityOptions(groupId: string) {
  const priorities = usePriorities({ groupId });
  return {
    isFetching: priorities.isFetching,
    options: (priorities.data?.items ?? []).map((priority) => ({
      value: priority.id,
      label: priorityLabel(priority),
    })),
  };
}

function FormButtons({
  onCancel,
  loading,
  label,
  testId,
}: {
  onCancel: () => void;
  loading: boolean;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}

type EditValues = { label: string; description: string; nace: string[]; priorityIds: string[] };
const EDIT_FIELDS = ['label', 'description', 'nace', 'priorityIds'] as const;

/** Renames a candidate, describes it, sets its NACE codes and its priorities. */
export function CandidateEditForm({
  groupId,
  candidate,
  onDone,
}: {
  groupId: string;
  candidate: TCandidate;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const patch = usePatchCandidate(groupId);
  const priorities = useGroupPriorityOptions(groupId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<EditValues>({
    initialValues: {
      label: candidate.label,
      description: candidate.description,
      nace: candidate.nace.map((code) => code.code),
      priorityIds: candidate.priorities.map((priority) => priority.id),
    },
    validate: {
      label: (value) => (value.trim() ? null : t('validation.required')),
      priorityIds: (value) => (value.length > 0 ? null : t('transS3.candidateForm.prioritiesMin')),
    },
  });
  // The candidate's own priorities keep their labels while the group's list loads.
  const options = [
    ...priorities.options,
    ...candidate.priorities
      .filter((priority) => !priorities.options.some((option) => option.value === priority.id))
      .map((priority) => ({ value: priority.id, label: priorityLabel(priority) })),
  ];

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await patch.mutateAsync({
        candidateId: candidate.id,
        patch: {
          label: values.label.trim(),
          description: values.description.trim(),
          nace: values.nace,
          priorityIds: values.priorityIds,
        },
      });
      onDone();
    } catch (caught) {
      const { errors, complete } = apiFieldErrors(caught, EDIT_FIELDS);
      form.setErrors(errors);
      if (!complete) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="candidate-edit-form">
      <Stack gap="md">
        <TextInput
          label={t('transS3.candidateForm.label')}
          required
          maxLength={160}
          data-testid="candidate-form-label"
          {...form.getInputProps('label')}
        />
        <Textarea
          label={t('transS3.candidateForm.description')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4000}
          {...form.getInputProps('description')}
        />
        <NaceMultiSelect
          label={t('transS3.candidateForm.nace')}
          description={t('transS3.candidateForm.naceHint')}
          value={form.values.nace}
          onChange={(value) => form.setFieldValue('nace', value)}
          error={form.errors.nace}
          maxValues={40}
          testId="candidate-form-nace"
        />
        <MultiSelect
          label={t('transS3.candidateForm.priorities')}
          data={options}
          searchable
          hidePickedOptions
          nothingFoundMessage={priorities.isFetching ? t('common.loading') : t('common.nothingFound')}
          {...form.getInputProps('priorityIds')}
        />
        <TransS3ErrorAlert error={error} />
        <FormButtons
          onCancel={onDone}
          loading={patch.isPending}
          label={t('common.save')}
          testId="candidate-form-submit"
        />
      </Stack>
    </form>
  );
}

type SplitValues = { label: string; priorityIds: string[] };

/** Moves some of a candidate's priorities to a new candidate. */
export function CandidateSplitForm({
  groupId,
  candidate,
  onDone,
}: {
  groupId: string;
  candidate: TCandidate;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const split = useSplitCandidate(groupId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<SplitValues>({
    initialValues: { label: '', priorityIds: [] },
    validate: {
      label: (value) => (value.trim() ? null : t('validation.required')),
      priorityIds: (value) =>
        value.length === 0
          ? t('transS3.candidateForm.prioritiesMin')
          : value.length >= candidate.priorities.length
            ? t('transS3.candidateForm.splitNotAll')
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await split.mutateAsync({
        candidateId: candidate.id,
        input: { label: values.label.trim(), priorityIds: values.priorityIds },
      });
      onDone();
    } catch (caught) {
      const { errors, complete } = apiFieldErrors(caught, ['label', 'priorityIds']);
      form.setErrors(errors);
      if (!complete) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="candidate-split-form">
      <Stack gap="md">
        <Text size="sm">{t('transS3.candidateForm.splitIntro', { label: candidate.label })}</Text>
        <Checkbox.Group
          label={t('transS3.candidateForm.splitPriorities')}
          required
          {...form.getInputProps('priorityIds')}
        >
          <Stack gap={6} mt="xs">
            {candidate.priorities.map((priority) => (
              <Checkbox key={priority.id} value={priority.id} label={priorityLabel(priority)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label={t('transS3.candidateForm.newLabel')}
          required
          maxLength={160}
          data-testid="candidate-split-label"
          {...form.getInputProps('label')}
        />
        <TransS3ErrorAlert error={error} />
        <FormButtons
          onCancel={onDone}
          loading={split.isPending}
          label={t('transS3.candidates.split')}
          testId="candidate-split-submit"
        />
      </Stack>
    </form>
  );
}

/** Merges the chosen candidates into one; without a label the server names it. */
export function CandidateMergeForm({
  groupId,
  candidates,
  onMerged,
  onCancel,
}: {
  groupId: string;
  candidates: TCandidate[];
  onMerged: (merged: TCandidate) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const merge = useMergeCandidates(groupId);
  const [label, setLabel] = useState('');

  return (
    <form
      noValidate
      data-testid="candidate-merge-form"
      onSubmit={(event) => {
        event.preventDefault();
        merge.mutate(
          {
            candidateIds: candidates.map((candidate) => candidate.id),
            ...(label.trim() ? { label: label.trim() } : {}),
          },
          { onSuccess: onMerged },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('transS3.candidateForm.mergeIntro', { count: candidates.length })}</Text>
        <List size="sm">
          {candidates.map((candidate) => (
            <List.Item key={candidate.id}>
              {candidate.key} · {candidate.label}
            </List.Item>
          ))}
        </List>
        <TextInput
          label={t('transS3.candidateForm.mergeLabel')}
          description={t('transS3.candidateForm.mergeLabelHint')}
          maxLength={160}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          data-testid="candidate-merge-label"
        />
        <TransS3ErrorAlert error={merge.error} />
        <FormButtons
          onCancel={onCancel}
          loading={merge.isPending}
          label={t('transS3.candidates.merge')}
          testId="candidate-merge-submit"
        />
      </Stack>
    </form>
  );
}

type ManualValues = { label: string; description: string; priorityIds: string[]; nace: string[] };
const MANUAL_FIELDS = ['label', 'description', 'priorityIds', 'nace'] as const;

/** A candidate added by hand: a label and the group's priorities it brings together. */
export function ManualCandidateForm({
  groupId,
  onCreated,
  onCancel,
}: {
  groupId: string;
  onCreated: (created: TCandidate) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddCandidate(groupId);
  const priorities = useGroupPriorityOptions(groupId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ManualValues>({
    initialValues: { label: '', description: '', priorityIds: [], nace: [] },
    validate: {
      label: (value) => (value.trim() ? null : t('validation.required')),
      priorityIds: (value) => (value.length > 0 ? null : t('transS3.candidateForm.prioritiesMin')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      onCreated(
        await add.mutateAsync({
          label: values.label.trim(),
          description: values.description.trim(),
          priorityIds: values.priorityIds,
          ...(values.nace.length > 0 ? { nace: values.nace } : {}),
        }),
      );
    } catch (caught) {
      const { errors, complete } = apiFieldErrors(caught, MANUAL_FIELDS);
      form.setErrors(errors);
      if (!complete) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="candidate-add-form">
      <Stack gap="md">
        <TextInput
          label={t('transS3.candidateForm.label')}
          required
          maxLength={160}
          data-testid="candidate-add-label"
          {...form.getInputProps('label')}
        />
        <Textarea
          label={t('transS3.candidateForm.description')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4000}
          {...form.getInputProps('description')}
        />
        <MultiSelect
          label={t('transS3.candidateForm.priorities')}
          description={t('transS3.candidateForm.prioritiesHint')}
          required
          data={priorities.options}
          searchable
          hidePickedOptions
          nothingFoundMessage={priorities.isFetching ? t('common.loading') : t('common.nothingFound')}
          data-testid="candidate-add-priorities"
          {...form.getInputProps('priorityIds')}
        />
        <NaceMultiSelect
          label={t('transS3.candidateForm.nace')}
          description={t('transS3.candidateForm.naceManualHint')}
          value={form.values.nace}
          onChange={(value) => form.setFieldValue('nace', value)}
          error={form.errors.nace}
          maxValues={40}
        />
        <TransS3ErrorAlert error={error} />
        <FormButtons
          onCancel={onCancel}
          loading={add.isPending}
          label={t('transS3.candidates.add')}
          testId="candidate-add-submit"
        />
      </Stack>
    </form>
  );
}
