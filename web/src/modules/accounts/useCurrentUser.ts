import { createContext, use } from 'react';
import type { TUserResponse } from '../../../../src/modules/accounts/contract.ts';

/**
 * The signed-in user, provided by the sign-in guard. Pages read it from context rather than from the
 * session query, so when a session ends they are unmounted by the guard instead of re-rendering
 * without a user.
 */
export const CurrentUserContext = createContext<TUserResponse | null>(null);

export function useCurrentUser(): TUserResponse {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is only for pages behind RequireSession');
  return user;
}
