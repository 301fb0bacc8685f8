import { Alert, Anchor, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitcher } from '../app/LanguageSwitcher.tsx';
import { useSession } from '../modules/accounts/useSession.ts';
import { useLogin } from '../modules/accounts/useSessionActions.ts';
import { isApiError, toFormErrors } from '../shared/api.ts';
import { useErrorMessage } from '../shared/useErrorMessage.ts';
import { PasswordField } from '../shared/PasswordField.tsx';
import { usePageTitle } from '../shared/usePageTitle.ts';

/** Only same-site paths, so ?next= cannot send the user to another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const { session } = useSession();
  const login = useLogin();
  const errorMessage = useErrorMessage();
  const form = useForm({ initialValues: { email: '', password: '' } });

  if (session && !login.isPending) return <Navigate to={next} replace />;

  const submit = form.onSubmit(async (values) => {
    try {
      await login.mutateAsync(values);
      await navigate(next, { replace: true });
    } catch (error) {
      form.setErrors(toFormErrors(error));
    }
  });

  // Field problems show under the fields; wrong credentials and lock-outs get an alert.
  const alertError = login.error && !isApiError(login.error, 'VALIDATION_FAILED') ? login.error : null;

  return (
    <Center mih="100vh" p="md" component="main" id="main" tabIndex={-1}>
      <Stack w="100%" maw={420} gap="lg">
        <Stack gap={4} align="center">
          <Text fw={700} size="xl" c="var(--mantine-primary-color-filled)">
            {t('app.name')}
          </Text>
          <Text c="dimmed" ta="center" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              {alertError ? (
                <Alert color="red" variant="light" role="alert" data-testid="login-error">
                  {errorMessage(alertError)}
                </Alert>
              ) : null}
              {/* Both fields are required: no asterisks needed (they would also join the label text). */}
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                withAsterisk={false}
                {...form.getInputProps('email')}
              />
              <PasswordField
                label={t('login.password')}
                autoComplete="current-password"
                required
                withAsterisk={false}
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Center>
          <Anchor component={Link} to="/public/profiles" data-testid="login-public-profiles">
            {t('login.browsePublic')}
          </Anchor>
        </Center>
        <Center>
          <LanguageSwitcher />
        </Center>
      </Stack>
    </Center>
  );
}
