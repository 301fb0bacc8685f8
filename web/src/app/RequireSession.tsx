import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { CurrentUserContext } from '../modules/accounts/useCurrentUser.ts';
import { useSession } from '../modules/accounts/useSession.ts';
import { ErrorAlert } from '../shared/ErrorAlert.tsx';

/** Signed-out visitors go to /login, which brings them back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { session, isPending, error } = useSession();
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error && !session) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={error} />
      </Center>
    );
  }
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <CurrentUserContext value={session.user}>{children}</CurrentUserContext>;
}
