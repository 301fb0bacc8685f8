import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TInterestListResponse,
  TInterestRequest,
  TInterestResponse,
  TProfileCreateRequest,
  TProfileListResponse,
  TProfileResponse,
  TProfileUpdateRequest,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';
import type { InterestAction, InterestStatus, ManualProfileAction, ProfileScope } from './codes.ts';

export type ProfileFilter = {
  q?: string;
  type?: string;
  country?: string;
  nace?: string;
  tech?: string;
  partnership?: string;
  status?: string;
  organisation?: string;
  scope: ProfileScope;
  limit: number;
  offset: number;
};

const PROFILES = 'profiles';
const INTERESTS = 'interests';

export function useProfiles(filter: ProfileFilter) {
  return useQuery({
    queryKey: [PROFILES, 'list', filter],
    queryFn: ({ signal }) => api.get<TProfileListResponse>('/api/profiles', filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** A client organisation's profiles in any status (drafts included), as its broker sees them. */
export function useClientProfiles(organisationId: string | null) {
  return useQuery({
    queryKey: [PROFILES, 'list', { organisation: organisationId, scope: 'mine', limit: 100 }],
    queryFn: ({ signal }) =>
      api.get<TProfileListResponse>(
        '/api/profiles',
        { organisation: organisationId, scope: 'mine', limit: 100 },
        signal,
      ),
    enabled: Boolean(organisationId),
  });
}

export function useProfile(id: string) {
  return useQuery({
    queryKey: [PROFILES, 'detail', id],
    queryFn: ({ signal }) =>
      api.get<TProfileResponse>(`/api/profiles/${encodeURIComponent(id)}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** After a change, the profile itself is known; lists, the workspace and counts are refetched. */
function useProfileSaved() {
  const queryClient = useQueryClient();
  return async (profile: TProfileResponse) => {
    queryClient.setQueryData([PROFILES, 'detail', profile.id], profile);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [PROFILES, 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['workspace'] }),
    ]);
  };
}

export function useCreateProfile() {
  const saved = useProfileSaved();
  return useMutation({
    mutationFn: (input: TProfileCreateRequest) => api.post<TProfileResponse>('/api/profiles', input),
    onSuccess: saved,
  });
}

export function useUpdateProfile(id: string) {
  const saved = useProfileSaved();
  return useMutation({
    mutationFn: (input: TProfileUpdateRequest) =>
      api.patch<TProfileResponse>(`/api/profiles/${encodeURIComponent(id)}`, input),
    onSuccess: saved,
  });
}

export type ProfileTransition = { action: ManualProfileAction; comment?: string };

export function useProfileTransition(id: string) {
  const saved = useProfileSaved();
  return useMutation({
    mutationFn: ({ action, comment }: ProfileTransition) =>
      api.post<TProfileResponse>(
        `/api/profiles/${encodeURIComponent(id)}/${action}`,
        comment ? { comment } : {},
      ),
    onSuccess: saved,
  });
}

/** The interests in a profile: all of them for its owner side, the ones they sent for others. */
export function useProfileInterests(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [INTERESTS, 'profile', id],
    queryFn: ({ signal }) =>
      api.get<TInterestListResponse>(
        `/api/profiles/${encodeURIComponent(id)}/interests`,
        { limit: 200 },
        signal,
      ),
    enabled: enabled && Boolean(id),
  });
}

export function useExpressInterest(profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInterestRequest) =>
      api.post<TInterestResponse>(`/api/profiles/${encodeURIComponent(profileId)}/interests`, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [PROFILES, 'detail', profileId] }),
        queryClient.invalidateQueries({ queryKey: [INTERESTS] }),
      ]),
  });
}

export type InterestFilter = {
  direction: 'received' | 'sent' | 'all';
  status?: InterestStatus;
  limit: number;
  offset: number;
};

export function useInterests(filter: InterestFilter) {
  return useQuery({
    queryKey: [INTERESTS, 'list', filter],
    queryFn: ({ signal }) => api.get<TInterestListResponse>('/api/interests', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export type InterestDecision = { id: string; action: InterestAction; message?: string };

export function useInterestDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, message }: InterestDecision) =>
      api.post<TInterestResponse>(
        `/api/interests/${encodeURIComponent(id)}/${action}`,
        message ? { message } : {},
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [INTERESTS] }),
        queryClient.invalidateQueries({ queryKey: [PROFILES, 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}
