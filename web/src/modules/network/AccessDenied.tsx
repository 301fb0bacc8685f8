import { useTranslation } from 'react-i18next';
import type { TUserResponse } from '../../../../src/modules/accounts/contract.ts';
import { AccessDenied } from '../../shared/AccessDenied.tsx';

export function isBrokerOrAdmin(user: TUserResponse): boolean {
  return user.role === 'broker' || user.role === 'admin';
}

/** For pages only brokers and administrators use; the API refuses others anyway. */
export function BrokersOnly() {
  const { t } = useTranslation();
  return <AccessDenied reason={t('network.common.brokersOnly')} />;
}
