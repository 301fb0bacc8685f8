import type { z } from 'zod';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TActivityListResponse,
  TActivityRequest,
  TActivityResponse,
  TAttachmentListResponse,
  TAttachmentResponse,
  TBrokerListResponse,
  TCaseCreateRequest,
  TCaseListResponse,
  TCaseResponse,
  TCaseUpdateRequest,
  TDiagnosisRequest,
  TDiagnosisResponse,
  TWorkspaceResponse,
  ZDiagnosisVersionResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';
import { uploadFile } from '../../shared/uploadFile.ts';

/** The API's limit for one attachment. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type CaseFilter = {
  q?: string;
  stage?: string;
  organisation?: string;
  broker?: string;
  due?: string;
  open?: string;
  limit: number;
  offset: number;
};

export type TDiagnosisVersionResponse = z.infer<typeof ZDiagnosisVersionResponse>;

const CASES_KEY = ['cases'] as const;
const WORKSPACE_KEY = ['workspace'] as const;

export function useWorkspace() {
  return useQuery({
    queryKey: WORKSPACE_KEY,
    queryFn: ({ signal }) => api.get<TWorkspaceResponse>('/api/workspace', undefined, signal),
  });
}

export function useCases(filter: CaseFilter) {
  return useQuery({
    queryKey: [...CASES_KEY, 'list', filter],
    queryFn: ({ signal }) => api.get<TCaseListResponse>('/api/cases', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: [...CASES_KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<TCaseResponse>(`/api/cases/${id}`, undefined, signal),
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCaseCreateRequest) => api.post<TCaseResponse>('/api/cases', input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'list'] }),
        queryClient.invalidateQueries({ queryKey: WORKSPACE_KEY }),
      ]);
    },
  });
}

/** Any change to a case: its stage (with the outcome when closing), follow-up date or title. */
export function useUpdateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TCaseUpdateRequest }) =>
      api.patch<TCaseResponse>(`/api/cases/${id}`, input),
    onSuccess: async (updated) => {
      queryClient.setQueryData([...CASES_KEY, 'detail', updated.id], updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'list'] }),
        queryClient.invalidateQueries({ queryKey: WORKSPACE_KEY }),
        // A stage change is logged in the case's activity by the server.
        queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'activities', updated.id] }),
      ]);
    },
    // A refused move (409) usually means the case changed elsewhere: show its real state.
    onError: (_error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'detail', id] }),
      ]),
  });
}

export function useActivities(caseId: string) {
  return useQuery({
    queryKey: [...CASES_KEY, 'activities', caseId],
    queryFn: ({ signal }) =>
      api.get<TActivityListResponse>(`/api/cases/${caseId}/activities`, { limit: 500 }, signal),
  });
}

export function useAddActivity(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TActivityRequest) =>
      api.post<TActivityResponse>(`/api/cases/${caseId}/activities`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'activities', caseId] }),
  });
}

export function useAttachments(caseId: string) {
  return useQuery({
    queryKey: [...CASES_KEY, 'attachments', caseId],
    queryFn: ({ signal }) =>
      api.get<TAttachmentListResponse>(`/api/cases/${caseId}/attachments`, { limit: 500 }, signal),
  });
}

export function useUploadAttachment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<TAttachmentResponse>(`/api/cases/${caseId}/attachments`, file, {
        query: { fileName: file.name },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'attachments', caseId] }),
  });
}

export function useDeleteAttachment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete(`/api/cases/${caseId}/attachments/${attachmentId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...CASES_KEY, 'attachments', caseId] }),
  });
}

export function attachmentUrl(caseId: string, attachmentId: string): string {
  return `/api/cases/${caseId}/attachments/${attachmentId}/content`;
}

export function useDiagnosis(caseId: string) {
  return useQuery({
    queryKey: [...CASES_KEY, 'diagnosis', caseId],
    queryFn: ({ signal }) => api.get<TDiagnosisResponse>(`/api/cases/${caseId}/diagnosis`, undefined, signal),
  });
}

/** One earlier version of the diagnosis; `null` means "the current one" and fetches nothing. */
export function useDiagnosisVersion(caseId: string, version: number | null) {
  return useQuery({
    queryKey: [...CASES_KEY, 'diagnosis', caseId, 'version', version],
    queryFn: ({ signal }) =>
      api.get<TDiagnosisVersionResponse>(
        `/api/cases/${caseId}/diagnosis/versions/${version}`,
        undefined,
        signal,
      ),
    enabled: version !== null,
    staleTime: Infinity, // a saved version never changes
  });
}

export function useSaveDiagnosis(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TDiagnosisRequest) =>
      api.put<TDiagnosisResponse>(`/api/cases/${caseId}/diagnosis`, input),
    onSuccess: (saved) => queryClient.setQueryData([...CASES_KEY, 'diagnosis', caseId], saved),
  });
}

/** The brokers an administrator may assign a new case to. */
export function useBrokerOptions(isEnabled: boolean) {
  return useQuery({
    queryKey: ['brokers', 'list', { limit: 500 }],
    queryFn: ({ signal }) => api.get<TBrokerListResponse>('/api/brokers', { limit: 500 }, signal),
    enabled: isEnabled,
  });
}
