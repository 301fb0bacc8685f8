import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUserResponse } from '../../../../src/modules/accounts/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { applyLanguage, isLanguage, LANGUAGES, NATIVE_LANGUAGE_NAMES } from '../../shared/i18n.ts';
import { useUpdateMe } from './useUpdateMe.ts';

/** Name and preferred language of the signed-in user. */
export function ProfileForm({ user }: { user: TUserResponse }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ name: string; preferredLanguage: string }>({
    initialValues: { name: user.name, preferredLanguage: user.preferredLanguage },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (!isLanguage(values.preferredLanguage)) return;
    try {
      const updated = await updateMe.mutateAsync({
        name: values.name,
        preferredLanguage: values.preferredLanguage,
      });
      await applyLanguage(updated.preferredLanguage);
      form.resetDirty(values);
      notifications.show({ color: 'green', message: t('account.saved') });
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        <TextInput label={t('account.name')} required {...form.getInputProps('name')} />
        <TextInput
          label={t('account.email')}
          value={user.email}
          readOnly
          description={t('account.emailHint')}
        />
        <Select
          label={t('account.language')}
          data={LANGUAGES.map((language) => ({ value: language, label: NATIVE_LANGUAGE_NAMES[language] }))}
          allowDeselect={false}
          {...form.getInputProps('preferredLanguage')}
        />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={updateMe.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
