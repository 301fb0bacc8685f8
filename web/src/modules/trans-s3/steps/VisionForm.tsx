import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TStrategy } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { useSaveStrategy } from './useSteps.ts';

const TITLE_MAX = 300;
const VISION_MAX = 20_000;

/** The strategy's title and shared vision; read-only for those who do not edit. */
export function VisionForm({
  groupId,
  strategy,
  canEdit,
}: {
  groupId: string;
  strategy: TStrategy;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const saveStrategy = useSaveStrategy(groupId);
  const [error, setError] = useState<unknown>(null);
  const tooLong = (max: number) => t('transS3Steps.validation.tooLong', { max });
  const form = useForm({
    initialValues: { title: strategy.title, vision: strategy.vision },
    validate: {
      title: (value) => (value.trim().length > TITLE_MAX ? tooLong(TITLE_MAX) : null),
      vision: (value) => (value.trim().length > VISION_MAX ? tooLong(VISION_MAX) : null),
    },
  });

  if (!canEdit) {
    return (
      <Stack gap="xs" data-testid="strategy-vision">
        <Title order={4}>{strategy.title || t('transS3Steps.strategy.untitled')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={strategy.vision ? undefined : 'dimmed'}>
          {strategy.vision || t('transS3Steps.strategy.noVision')}
        </Text>
      </Stack>
    );
  }

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await saveStrategy.mutateAsync({
        title: values.title.trim(),
        vision: values.vision.trim(),
        governance: strategy.governance,
      });
      form.resetDirty();
      notifications.show({ color: 'green', message: t('transS3Steps.strategy.saved') });
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="strategy-vision">
      <Stack gap="sm">
        <TextInput
          label={t('transS3Steps.strategy.strategyTitle')}
          placeholder={t('transS3Steps.strategy.strategyTitlePlaceholder')}
          data-testid="strategy-title"
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('transS3Steps.strategy.vision')}
          description={t('transS3Steps.strategy.visionHint')}
          autosize
          minRows={4}
          maxRows={16}
          data-testid="strategy-vision-text"
          {...form.getInputProps('vision')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={saveStrategy.isPending}
            disabled={!form.isDirty()}
            data-testid="strategy-save"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
