import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';

export const SESSION_QUERY_KEY = ['session'] as const;

/** Any 401 means the session ended (expired, signed out elsewhere): drop it so the app shows the login page. */
function onUnauthenticated(error: unknown): void {
  if (isApiError(error) && error.status === 401 && error.code !== 'INVALID_CREDENTIALS') {
    queryClient.setQueryData(SESSION_QUERY_KEY, null);
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onUnauthenticated }),
  mutationCache: new MutationCache({ onError: onUnauthenticated }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status > 0 && error.status < 500) && failureCount < 2,
    },
  },
});
