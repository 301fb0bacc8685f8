import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TSessionResponse, ZInvitationResponse } from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';
import { useStartSession } from './useSessionActions.ts';

export type TInvitation = z.infer<typeof ZInvitationResponse>;

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) =>
      api.get<TInvitation>(`/api/invitations/${encodeURIComponent(token)}`, undefined, signal),
    retry: false,
  });
}

/** Sets the password, which signs the new user in. */
export function useAcceptInvitation(token: string) {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (password: string) =>
      api.post<TSessionResponse>(`/api/invitations/${encodeURIComponent(token)}`, { password }),
    onSuccess: startSession,
  });
}
