import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCaseListResponse,
  TReferralDetailResponse,
  TReferralListResponse,
  TReferralRequest,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';

export type ReferralDirection = 'incoming' | 'outgoing' | 'all';
export type ReferralAction = 'accept' | 'decline' | 'close';

export type ReferralFilter = {
  direction: ReferralDirection;
  status?: string;
  limit: number;
  offset: number;
};

export function useReferrals(filter: ReferralFilter) {
  return useQuery({
    queryKey: ['referrals', 'list', filter],
    queryFn: ({ signal }) => api.get<TReferralListResponse>('/api/referrals', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: ['referrals', 'detail', id],
    queryFn: ({ signal }) => api.get<TReferralDetailResponse>(`/api/referrals/${id}`, undefined, signal),
  });
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TReferralRequest) => api.post<TReferralDetailResponse>('/api/referrals', input),
    onSuccess: async (referral) => {
      queryClient.setQueryData(['referrals', 'detail', referral.id], referral);
      await queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] });
    },
  });
}

/** Every change to a referral answers with the whole referral: show it, and refresh the lists. */
function useReferralMutation<Input>(id: string, send: (input: Input) => Promise<TReferralDetailResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (referral) => {
      queryClient.setQueryData(['referrals', 'detail', id], referral);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]);
    },
  });
}

export function useReferralAction(id: string) {
  return useReferralMutation(id, ({ action, message }: { action: ReferralAction; message?: string }) =>
    api.post<TReferralDetailResponse>(`/api/referrals/${id}/${action}`, message ? { message } : {}),
  );
}

export function useAddReferralMessage(id: string) {
  return useReferralMutation(id, (input: { text: string }) =>
    api.post<TReferralDetailResponse>(`/api/referrals/${id}/messages`, input),
  );
}

export function useAddReferralCandidate(id: string) {
  return useReferralMutation(id, (input: { organisationId: string; note: string }) =>
    api.post<TReferralDetailResponse>(`/api/referrals/${id}/candidates`, input),
  );
}

/** The cases a referral can point to: those of the client organisation this user may see. */
export function useClientCases(organisationId: string | null) {
  return useQuery({
    queryKey: ['cases', 'list', { organisation: organisationId, limit: 100 }],
    queryFn: ({ signal }) =>
      api.get<TCaseListResponse>('/api/cases', { organisation: organisationId, limit: 100 }, signal),
    enabled: Boolean(organisationId),
  });
}
