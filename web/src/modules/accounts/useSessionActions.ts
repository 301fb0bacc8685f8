import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TLoginRequest, TSessionResponse } from '../../../../src/modules/accounts/contract.ts';
import { api, setCsrfToken } from '../../shared/api.ts';
import { applyLanguage } from '../../shared/i18n.ts';
import { SESSION_QUERY_KEY } from '../../shared/query-client.ts';

/** Stores a fresh session (login, accepted invitation) and switches to the user's language. */
export function useStartSession() {
  const queryClient = useQueryClient();
  return async (session: TSessionResponse): Promise<void> => {
    setCsrfToken(session.csrfToken);
    // Data cached for a previous user must not leak into this session.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    queryClient.setQueryData(SESSION_QUERY_KEY, session);
    await applyLanguage(session.user.preferredLanguage);
  };
}

export function useLogin() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (credentials: TLoginRequest) => api.post<TSessionResponse>('/api/session', credentials),
    onSuccess: startSession,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/session'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    },
  });
}
