import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader.tsx';

/** In place of a page this user may not see, with the reason (the API refuses them anyway). */
export function AccessDenied({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('errors.accessDeniedTitle')} />
      <Alert color="red" variant="light" data-testid="access-denied">
        {reason}
      </Alert>
    </Stack>
  );
}
