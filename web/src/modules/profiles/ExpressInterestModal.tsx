import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TProfileSummary } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { toFormErrors } from '../../shared/api.ts';
import { isBrokerOrAdmin } from '../accounts/roles.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { useExpressInterest } from './useProfiles.ts';

const MESSAGE_MAX = 3000;

type ExpressInterestModalProps = {
  profile: Pick<TProfileSummary, 'id' | 'title'>;
  /** The organisation the interest is for, when the page knows it (a broker's client); the user may change it. */
  organisationId?: string | null;
  opened: boolean;
  onClose: () => void;
};

/** Reply to a profile: a message and, for brokers and people in several organisations, who the interest is for. */
export function ExpressInterestModal({
  profile,
  organisationId = null,
  opened,
  onClose,
}: ExpressInterestModalProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const expressInterest = useExpressInterest(profile.id);
  const [error, setError] = useState<unknown>(null);
  const needsOrganisation = isBrokerOrAdmin(user.role) || user.memberships.length > 1;
  // Members can only speak for their own organisations.
  const initialOrganisation =
    organisationId &&
    (isBrokerOrAdmin(user.role) ||
      user.memberships.some((membership) => membership.organisationId === organisationId))
      ? organisationId
      : null;
  const form = useForm({
    initialValues: { message: '', organisationId: initialOrganisation },
    validateInputOnChange: true,
    validate: {
      message: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > MESSAGE_MAX
            ? t('profiles.validation.maxLength', { count: MESSAGE_MAX })
            : null,
      organisationId: (value) => (needsOrganisation && !value ? t('validation.required') : null),
    },
  });
  const length = form.values.message.trim().length;

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await expressInterest.mutateAsync({
        message: values.message.trim(),
        ...(needsOrganisation && values.organisationId ? { organisationId: values.organisationId } : {}),
      });
      form.reset();
      close();
      notifications.show({ color: 'green', message: t('profiles.interests.sent') });
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('profiles.interests.expressTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('profiles.interests.expressHint', { title: profile.title })}
          </Text>
          {needsOrganisation ? (
            <OrganisationPicker
              label={t('profiles.interests.organisation')}
              description={t('profiles.interests.organisationHint')}
              required
              testId="interest-organisation"
              value={form.values.organisationId}
              onChange={(value) => form.setFieldValue('organisationId', value)}
              onBlur={() => form.validateField('organisationId')}
              error={form.errors.organisationId}
            />
          ) : null}
          <Textarea
            label={t('profiles.interests.message')}
            description={t('profiles.form.counter', { length, max: MESSAGE_MAX })}
            required
            autosize
            minRows={4}
            maxRows={12}
            data-testid="interest-message"
            {...form.getInputProps('message')}
          />
          <ErrorAlert error={error} testId="interest-send-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="interest-send">
              {t('profiles.interests.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
