import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCandidate,
  TCandidateProfile,
  TGroup,
  TPriority,
  TPriorityRequest,
  ZCandidatePatch,
  ZCandidateRequest,
  ZCandidatesResponse,
  ZCodesResponse,
  ZGroupPatch,
  ZGroupRequest,
  ZGroupsResponse,
  ZGroupSummary,
  ZHistoryResponse,
  ZMemberPatch,
  ZMemberRequest,
  ZMergeRequest,
  ZPrioritiesImportResponse,
  ZPrioritiesResponse,
  ZPriorityRef,
  ZRunCommonRequest,
  ZSplitRequest,
  ZSplitResponse,
  ZVersion,
} from '../../../../src/modules/trans-s3/contract.ts';
import { api, apiRequest } from '../../shared/api.ts';

export type { TCandidate, TCandidateProfile, TGroup, TPriority, TPriorityRequest };
export type TCodes = z.infer<typeof ZCodesResponse>;
export type TPrioritiesResponse = z.infer<typeof ZPrioritiesResponse>;
export type TGroupSummary = z.infer<typeof ZGroupSummary>;
export type TGroupsResponse = z.infer<typeof ZGroupsResponse>;
export type TGroupRequest = z.input<typeof ZGroupRequest>;
export type TGroupPatch = z.input<typeof ZGroupPatch>;
export type TMemberRequest = z.input<typeof ZMemberRequest>;
export type TMemberPatch = z.input<typeof ZMemberPatch>;
export type TCandidatesResponse = z.infer<typeof ZCandidatesResponse>;
export type TPriorityRef = z.infer<typeof ZPriorityRef>;
export type TRunCommonRequest = z.input<typeof ZRunCommonRequest>;
export type TCandidateRequest = z.input<typeof ZCandidateRequest>;
export type TCandidatePatch = z.input<typeof ZCandidatePatch>;
export type TMergeRequest = z.input<typeof ZMergeRequest>;
export type TSplitRequest = z.input<typeof ZSplitRequest>;
export type THistoryResponse = z.infer<typeof ZHistoryResponse>;
export type TVersion = z.infer<typeof ZVersion>;

const BASE = '/api/trans-s3';

/** Query keys. Everything of one group lives under `transS3Keys.group(id)` (and names the group's id). */
export const TRANS_S3_KEY = ['trans-s3'] as const;
export const transS3Keys = {
  codes: [...TRANS_S3_KEY, 'codes'] as const,
  priorities: [...TRANS_S3_KEY, 'priorities'] as const,
  groups: [...TRANS_S3_KEY, 'groups'] as const,
  group: (id: string) => [...TRANS_S3_KEY, 'group', id] as const,
  candidates: (id: string) => [...TRANS_S3_KEY, 'group', id, 'candidates'] as const,
  profile: (id: string, candidateId: string, datasetId: string | null) =>
    [...TRANS_S3_KEY, 'group', id, 'profile', candidateId, datasetId] as const,
  history: (id: string) => [...TRANS_S3_KEY, 'group', id, 'history'] as const,
  version: (id: string, versionId: string) => [...TRANS_S3_KEY, 'group', id, 'version', versionId] as const,
};

export const groupPath = (id: string) => `${BASE}/groups/${encodeURIComponent(id)}`;

// ---- Code lists and the priorities register ---------------------------------------------------

export function useCodes() {
  return useQuery({
    queryKey: transS3Keys.codes,
    queryFn: ({ signal }) => api.get<TCodes>(`${BASE}/codes`, undefined, signal),
    staleTime: Infinity,
  });
}

export type PrioritiesFilter = { region?: string; groupId?: string; q?: string };

export function usePriorities(filter: PrioritiesFilter, enabled = true) {
  return useQuery({
    queryKey: [...transS3Keys.priorities, filter],
    queryFn: ({ signal }) => api.get<TPrioritiesResponse>(`${BASE}/priorities`, filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The export link for the register as filtered. */
export function prioritiesExportUrl(filter: PrioritiesFilter): string {
  const params = new URLSearchParams();
  if (filter.region) params.set('region', filter.region);
  if (filter.groupId) params.set('groupId', filter.groupId);
  const search = params.toString();
  return `${BASE}/priorities/export.csv${search ? `?${search}` : ''}`;
}

export function useSavePriority() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: TPriorityRequest }) =>
      id
        ? api.put<TPriority>(`${BASE}/priorities/${encodeURIComponent(id)}`, input)
        : api.post<TPriority>(`${BASE}/priorities`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transS3Keys.priorities }),
  });
}

export function useDeletePriority() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${BASE}/priorities/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transS3Keys.priorities }),
  });
}

export function useImportPriorities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      api.post<z.infer<typeof ZPrioritiesImportResponse>>(`${BASE}/priorities/import`, { csv }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transS3Keys.priorities }),
  });
}

// ---- Groups and members --------------------------------------------------------------------------

export function useGroups() {
  return useQuery({
    queryKey: transS3Keys.groups,
    queryFn: ({ signal }) => api.get<TGroupsResponse>(`${BASE}/groups`, undefined, signal),
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TGroupRequest) => api.post<TGroup>(`${BASE}/groups`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transS3Keys.groups }),
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: transS3Keys.group(id),
    queryFn: ({ signal }) => api.get<TGroup>(groupPath(id), undefined, signal),
  });
}

/** Stores a group the API answered with, and refreshes the list of groups. */
function useGroupAnswer(id: string) {
  const queryClient = useQueryClient();
  return async (group: TGroup) => {
    queryClient.setQueryData(transS3Keys.group(id), group);
    await queryClient.invalidateQueries({ queryKey: transS3Keys.groups });
  };
}

export function usePatchGroup(id: string) {
  const onGroup = useGroupAnswer(id);
  return useMutation({
    mutationFn: (patch: TGroupPatch) => api.patch<TGroup>(groupPath(id), patch),
    onSuccess: onGroup,
  });
}

export function useAddMember(id: string) {
  const onGroup = useGroupAnswer(id);
  return useMutation({
    mutationFn: (input: TMemberRequest) => api.post<TGroup>(`${groupPath(id)}/members`, input),
    onSuccess: onGroup,
  });
}

export function useUpdateMember(id: string) {
  const onGroup = useGroupAnswer(id);
  return useMutation({
    mutationFn: ({ userId, patch }: { userId: string; patch: TMemberPatch }) =>
      api.put<TGroup>(`${groupPath(id)}/members/${encodeURIComponent(userId)}`, patch),
    onSuccess: onGroup,
  });
}

export function useRemoveMember(id: string) {
  const onGroup = useGroupAnswer(id);
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest<TGroup>(`${groupPath(id)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSuccess: onGroup,
  });
}

// ---- Step 1: candidates --------------------------------------------------------------------------

export function useCandidates(id: string) {
  return useQuery({
    queryKey: transS3Keys.candidates(id),
    queryFn: ({ signal }) => api.get<TCandidatesResponse>(`${groupPath(id)}/candidates`, undefined, signal),
  });
}

/**
 * After any change to the candidates: every query that names the group (later steps read the
 * candidates, whatever their keys) and the list of groups (its counts).
 */
function useRefreshGroup(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(id) }),
      queryClient.invalidateQueries({ queryKey: transS3Keys.groups }),
    ]);
  };
}

export function useRunCommon(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (input: TRunCommonRequest) => api.post<TCandidatesResponse>(`${groupPath(id)}/common`, input),
    onSuccess: async (result) => {
      queryClient.setQueryData(transS3Keys.candidates(id), result);
      await refresh();
    },
  });
}

export function useAddCandidate(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (input: TCandidateRequest) => api.post<TCandidate>(`${groupPath(id)}/candidates`, input),
    onSuccess: refresh,
  });
}

export function usePatchCandidate(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: ({ candidateId, patch }: { candidateId: string; patch: TCandidatePatch }) =>
      api.patch<TCandidate>(`${groupPath(id)}/candidates/${encodeURIComponent(candidateId)}`, patch),
    onSuccess: refresh,
  });
}

export function useMergeCandidates(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (input: TMergeRequest) => api.post<TCandidate>(`${groupPath(id)}/candidates/merge`, input),
    onSuccess: refresh,
  });
}

export function useSplitCandidate(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: ({ candidateId, input }: { candidateId: string; input: TSplitRequest }) =>
      api.post<z.infer<typeof ZSplitResponse>>(
        `${groupPath(id)}/candidates/${encodeURIComponent(candidateId)}/split`,
        input,
      ),
    onSuccess: refresh,
  });
}

// ---- Step 2: profile -----------------------------------------------------------------------------

export function useCandidateProfile(id: string, candidateId: string, datasetId: string | null) {
  return useQuery({
    queryKey: transS3Keys.profile(id, candidateId, datasetId),
    queryFn: ({ signal }) =>
      api.get<TCandidateProfile>(
        `${groupPath(id)}/candidates/${encodeURIComponent(candidateId)}/profile`,
        { datasetId },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

// ---- History -------------------------------------------------------------------------------------

export function useHistory(id: string, step: number | null) {
  return useQuery({
    queryKey: [...transS3Keys.history(id), step],
    queryFn: ({ signal }) => api.get<THistoryResponse>(`${groupPath(id)}/history`, { step }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVersion(id: string, versionId: string | null) {
  return useQuery({
    queryKey: transS3Keys.version(id, versionId ?? ''),
    queryFn: ({ signal }) =>
      api.get<TVersion>(`${groupPath(id)}/history/${encodeURIComponent(versionId ?? '')}`, undefined, signal),
    enabled: versionId !== null,
  });
}
