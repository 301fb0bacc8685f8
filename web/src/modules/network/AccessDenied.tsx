import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUserResponse } from '../../../../src/modules/accounts/contract.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';

export function isBrokerOrAdmin(user: TUserResponse): boolean {
  return user.role === 'broker' || user.role === 'admin';
}

/** For pages only brokers and administrators use; the API refuses others anyway. */
export function BrokersOnly() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('errors.accessDeniedTitle')} />
      <Alert color="red" variant="light" data-testid="access-denied">
        {t('network.common.brokersOnly')}
      </Alert>
    </Stack>
  );
}
