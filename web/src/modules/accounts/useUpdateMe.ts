import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  TSessionResponse,
  TUpdateMeRequest,
  TUserResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';
import { SESSION_QUERY_KEY } from '../../shared/query-client.ts';

/** PATCH /api/me, then the session shows the new name or language. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: TUpdateMeRequest) => api.patch<TUserResponse>('/api/me', changes),
    onSuccess: (user) => {
      queryClient.setQueryData<TSessionResponse | null>(SESSION_QUERY_KEY, (session) =>
        session ? { ...session, user } : session,
      );
    },
  });
}
