import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFormErrors } from '../../../shared/api.ts';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { type TVerification, useJudge } from './useSteps.ts';

const JUSTIFICATION_MAX = 2000;

export type JudgeTarget = {
  criterionId: string;
  criterionName: string;
  candidateId: string;
  candidateLabel: string;
  judgement: TVerification['candidates'][number]['outcomes'][number]['judgement'];
};

type JudgeValues = { passed: 'yes' | 'no' | ''; justification: string };

/** An analyst decides a criterion the data cannot: passed or not, and why. */
export function JudgeModal({
  groupId,
  target,
  onClose,
}: {
  groupId: string;
  target: JudgeTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('transS3Steps.judge.title')} size="lg">
      {target ? (
        <JudgeForm
          key={`${target.criterionId}/${target.candidateId}`}
          groupId={groupId}
          target={target}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

function JudgeForm({
  groupId,
  target,
  onClose,
}: {
  groupId: string;
  target: JudgeTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const judge = useJudge(groupId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<JudgeValues>({
    initialValues: {
      passed: target.judgement ? (target.judgement.passed ? 'yes' : 'no') : '',
      justification: target.judgement?.justification ?? '',
    },
    validate: {
      passed: (value) => (value ? null : t('transS3Steps.judge.passedRequired')),
      justification: (value) =>
        !value.trim()
          ? t('transS3Steps.judge.justificationRequired')
          : value.trim().length > JUSTIFICATION_MAX
            ? t('transS3Steps.validation.tooLong', { max: JUSTIFICATION_MAX })
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await judge.mutateAsync({
        criterionId: target.criterionId,
        candidateId: target.candidateId,
        passed: values.passed === 'yes',
        justification: values.justification.trim(),
      });
      onClose();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('transS3Steps.judge.intro', {
            criterion: target.criterionName,
            candidate: target.candidateLabel,
          })}
        </Text>
        <Radio.Group
          label={t('transS3Steps.judge.passed')}
          required
          data-testid="judge-passed"
          {...form.getInputProps('passed')}
        >
          <Group mt="xs">
            <Radio value="yes" label={t('transS3Steps.judge.yes')} data-testid="judge-passed-yes" />
            <Radio value="no" label={t('transS3Steps.judge.no')} data-testid="judge-passed-no" />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('transS3Steps.judge.justification')}
          description={t('transS3Steps.judge.justificationHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-testid="judge-justification"
          {...form.getInputProps('justification')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={judge.isPending} data-testid="judge-save">
            {t('transS3Steps.judge.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
