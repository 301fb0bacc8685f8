import { Alert, Box, Button, Group, Stepper, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './ConfirmModal.tsx';
import { isStep, STEPS } from './steps.ts';
import { type TGroup, usePatchGroup } from './useTransS3.ts';

/**
 * The seven steps with the group's current one. Editors move the group to another step (after a
 * confirmation; going back keeps every result in the history).
 */
export function GroupStepper({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const patch = usePatchGroup(group.id);
  const [target, setTarget] = useState<number | null>(null);
  const canEdit = group.permissions.canEdit;
  const current = group.currentStep;
  const stepName = (step: number) => (isStep(step) ? t(`transS3.steps.${step}`) : String(step));

  const choose = (step: number) => {
    if (step === current) return;
    patch.reset();
    setTarget(step);
  };

  return (
    <Box component="section" aria-labelledby="group-steps-heading" data-testid="group-stepper">
      <VisuallyHidden>
        <h2 id="group-steps-heading">{t('transS3.stepper.heading')}</h2>
        <p>{t('transS3.stepper.current', { step: current, name: stepName(current) })}</p>
      </VisuallyHidden>
      <Stepper
        active={current - 1}
        onStepClick={canEdit ? (index) => choose(index + 1) : undefined}
        size="sm"
        iconSize={30}
        wrap
      >
        {STEPS.map((step) => (
          <Stepper.Step
            key={step}
            label={t('transS3.stepper.step', { step })}
            description={t(`transS3.steps.${step}`)}
            aria-current={step === current ? 'step' : undefined}
            data-testid={`group-step-${step}`}
          />
        ))}
      </Stepper>
      {canEdit ? (
        <Group gap="xs" mt="sm">
          <Text size="sm" c="dimmed">
            {t('transS3.stepper.hint')}
          </Text>
          {current < 7 ? (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => choose(current + 1)}
              data-testid="step-next"
            >
              {t('transS3.stepper.next', { name: stepName(current + 1) })}
            </Button>
          ) : null}
        </Group>
      ) : null}

      <ConfirmModal
        opened={target !== null}
        title={t('transS3.stepper.confirmTitle')}
        confirmLabel={t('transS3.stepper.confirm')}
        loading={patch.isPending}
        error={patch.error}
        onClose={() => setTarget(null)}
        onConfirm={() => {
          if (target === null) return;
          patch.mutate(
            { currentStep: target },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'green',
                  message: t('transS3.stepper.moved', { step: target, name: stepName(target) }),
                });
                setTarget(null);
              },
            },
          );
        }}
        testId="step-confirm"
      >
        <Text>
          {t('transS3.stepper.confirmText', {
            from: current,
            fromName: stepName(current),
            to: target ?? current,
            toName: stepName(target ?? current),
          })}
        </Text>
        {target !== null && target < current ? (
          <Alert color="yellow" variant="light" data-testid="step-back-warning">
            {t('transS3.stepper.backWarning')}
          </Alert>
        ) : null}
      </ConfirmModal>
    </Box>
  );
}
