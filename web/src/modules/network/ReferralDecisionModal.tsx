import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { type ReferralAction, useReferralAction } from './useReferrals.ts';

/** As the API's optional decision message. */
const MESSAGE_MAX = 3000;

type ReferralDecisionModalProps = {
  referralId: string;
  action: ReferralAction | null;
  onClose: () => void;
};

/** Accept, decline or close a referral, with an optional message to the other broker. */
export function ReferralDecisionModal({ referralId, action, onClose }: ReferralDecisionModalProps) {
  const { t } = useTranslation();
  const decide = useReferralAction(referralId);
  const form = useForm({
    initialValues: { message: '' },
    validateInputOnChange: true,
    validate: {
      message: (value) =>
        value.trim().length > MESSAGE_MAX ? t('network.common.tooLong', { max: MESSAGE_MAX }) : null,
    },
  });
  const close = () => {
    decide.reset();
    form.reset();
    onClose();
  };

  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action ? t(`network.referral.actionTitles.${action}`) : ''}
    >
      {action ? (
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            decide.mutate({ action, message: values.message.trim() || undefined }, { onSuccess: close }),
          )}
        >
          <Stack gap="md">
            <Text>{t(`network.referral.actionExplanations.${action}`)}</Text>
            <Textarea
              label={t('network.referral.decisionMessage')}
              description={t('network.common.characterCount', {
                length: form.values.message.trim().length,
                max: MESSAGE_MAX,
              })}
              autosize
              minRows={3}
              maxRows={10}
              data-testid="referral-decision-message"
              {...form.getInputProps('message')}
            />
            <ErrorAlert error={decide.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color={action === 'decline' ? 'red.9' : undefined}
                loading={decide.isPending}
                data-testid="referral-decision-submit"
              >
                {t(`network.referral.actions.${action}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
