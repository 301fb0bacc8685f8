import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAcceptInvitation, useInvitation, type TInvitation } from '../modules/accounts/useInvitation.ts';
import { isApiError, toFormErrors } from '../shared/api.ts';
import { ErrorAlert } from '../shared/ErrorAlert.tsx';
import { useFormatDateTime } from '../shared/useFormatDateTime.ts';
import { QueryState } from '../shared/QueryState.tsx';
import { PasswordField } from '../shared/PasswordField.tsx';
import { usePageTitle } from '../shared/usePageTitle.ts';

const MIN_PASSWORD_LENGTH = 10;

/** Public page behind the link in an invitation e-mail: choose a password and get signed in. */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  // Unknown, used and expired tokens are all 404 INVITATION_INVALID; a malformed one is a 400.
  const isInvalid = isApiError(invitation.error) && [400, 404].includes(invitation.error.status);

  return (
    <Center mih="100vh" p="md" component="main" id="main" tabIndex={-1}>
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
        <Stack gap="md">
          <Text fw={700} size="xl" c="var(--mantine-primary-color-filled)">
            {t('app.name')}
          </Text>
          <Title order={1} size="h2">
            {t('invitation.title')}
          </Title>
          {isInvalid ? (
            <Alert
              color="red"
              variant="light"
              title={t('invitation.invalidTitle')}
              role="alert"
              data-testid="invitation-invalid"
            >
              <Stack gap="xs">
                <Text size="sm">{t('invitation.invalidText')}</Text>
                <Link to="/login">{t('invitation.goToLogin')}</Link>
              </Stack>
            </Alert>
          ) : (
            <QueryState query={invitation}>
              {(data) => <AcceptInvitationForm token={token} invitation={data} />}
            </QueryState>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: TInvitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const accept = useAcceptInvitation(token);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { password: '', confirmPassword: '' },
    validate: {
      password: (value) =>
        value.length < MIN_PASSWORD_LENGTH
          ? t('validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH })
          : null,
      confirmPassword: (value, values) =>
        value !== values.password ? t('validation.passwordsDiffer') : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await accept.mutateAsync(values.password);
      await navigate('/', { replace: true });
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('invitation.greeting', { name: invitation.name })}</Text>
        <TextInput label={t('invitation.email')} value={invitation.email} readOnly autoComplete="username" />
        <Text size="sm" c="dimmed">
          {t('invitation.expires', { at: formatDateTime(invitation.expiresAt) })}
        </Text>
        <PasswordField
          label={t('invitation.password')}
          description={t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps('password')}
        />
        <PasswordField
          label={t('invitation.confirmPassword')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps('confirmPassword')}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={accept.isPending}>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
