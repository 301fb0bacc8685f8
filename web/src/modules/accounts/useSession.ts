import { useQuery } from '@tanstack/react-query';
import type { TSessionResponse } from '../../../../src/modules/accounts/contract.ts';
import { api, isApiError, setCsrfToken } from '../../shared/api.ts';
import { SESSION_QUERY_KEY } from '../../shared/query-client.ts';

/** The signed-in session, or null when signed out (GET /api/session answers 401). */
async function fetchSession(): Promise<TSessionResponse | null> {
  try {
    const session = await api.get<TSessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  const query = useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSession, staleTime: Infinity });
  return { ...query, session: query.data ?? null };
}
