import { useTranslation } from 'react-i18next';
import { AccessDenied } from '../../shared/AccessDenied.tsx';

/** For pages only brokers and administrators use; the API refuses others anyway. */
export function BrokersOnly() {
  const { t } = useTranslation();
  return <AccessDenied reason={t('network.common.brokersOnly')} />;
}
