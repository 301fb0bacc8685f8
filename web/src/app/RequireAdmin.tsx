import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { PageHeader } from '../shared/PageHeader.tsx';

/** Admin pages; other roles are told why they cannot see them (the API refuses them anyway). */
export function RequireAdmin() {
  const user = useCurrentUser();
  if (user.role !== 'admin') return <AccessDenied />;
  return <Outlet />;
}

function AccessDenied() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('errors.accessDeniedTitle')} />
      <Alert color="red" variant="light" data-testid="access-denied">
        {t('errors.accessDeniedText')}
      </Alert>
    </Stack>
  );
}
