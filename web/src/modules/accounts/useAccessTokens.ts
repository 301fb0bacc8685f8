import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAccessTokenResponse,
  TCreatedTokenResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';

const TOKENS_KEY = ['me', 'tokens'] as const;

export function useAccessTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: ({ signal }) => api.get<TAccessTokenResponse[]>('/api/me/tokens', undefined, signal),
  });
}

export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<TCreatedTokenResponse>('/api/me/tokens', { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/me/tokens/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
