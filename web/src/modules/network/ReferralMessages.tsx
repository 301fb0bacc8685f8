import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TReferralDetailResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { requiredTextError } from './text.ts';
import { useAddReferralMessage } from './useReferrals.ts';

/** As ZReferralMessageRequest.text. */
const MESSAGE_MAX = 5000;

type ReferralMessagesProps = { referral: TReferralDetailResponse; canWrite: boolean };

/** The conversation between the two brokers, oldest first, and a form to add to it. */
export function ReferralMessages({ referral, canWrite }: ReferralMessagesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatDateTime = useFormatDateTime();
  const addMessage = useAddReferralMessage(referral.id);
  const form = useForm({
    initialValues: { text: '' },
    validate: {
      text: (value) =>
        requiredTextError(value, MESSAGE_MAX, {
          required: t('validation.required'),
          tooLong: t('network.common.tooLong', { max: MESSAGE_MAX }),
        }),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await addMessage.mutateAsync({ text: values.text.trim() });
      form.reset();
    } catch (caught) {
      form.setErrors(toFormErrors(caught));
    }
  });

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('network.referral.messages')}
      </Title>
      <Stack gap="sm">
        {referral.messages.length === 0 ? <Text c="dimmed">{t('network.referral.noMessages')}</Text> : null}
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="referral-messages"
        >
          {referral.messages.map((message) => (
            <Card component="li" key={message.id} withBorder padding="sm" radius="md">
              <Group justify="space-between" gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {message.author?.name ?? t('network.common.formerUser')}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatDateTime(message.createdAt)}
                </Text>
              </Group>
              <Text style={{ whiteSpace: 'pre-line' }}>{message.text}</Text>
            </Card>
          ))}
        </Stack>
        {canWrite ? (
          <form onSubmit={submit} noValidate data-testid="referral-message-form">
            <Stack gap="sm">
              <Textarea
                label={t('network.referral.newMessage')}
                description={t('network.common.characterCount', {
                  length: form.values.text.trim().length,
                  max: MESSAGE_MAX,
                })}
                autosize
                minRows={3}
                maxRows={10}
                required
                {...form.getInputProps('text')}
              />
              <ErrorAlert
                error={Object.keys(toFormErrors(addMessage.error)).length ? null : addMessage.error}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={addMessage.isPending}>
                  {t('network.referral.sendMessage')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </section>
  );
}
