import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { AccessDenied } from '../shared/AccessDenied.tsx';

/** Admin pages; other roles are told why they cannot see them (the API refuses them anyway). */
export function RequireAdmin() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (user.role !== 'admin') return <AccessDenied reason={t('errors.accessDeniedText')} />;
  return <Outlet />;
}
