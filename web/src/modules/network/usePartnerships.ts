import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TPartnershipListResponse,
  TPartnershipRequest,
  TPartnershipResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';
import { uploadFile } from '../../shared/uploadFile.ts';

export type PartnershipFilter = {
  organisation?: string;
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

export function usePartnerships(filter: PartnershipFilter) {
  return useQuery({
    queryKey: ['partnerships', 'list', filter],
    queryFn: ({ signal }) => api.get<TPartnershipListResponse>('/api/partnerships', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePartnership(id: string) {
  return useQuery({
    queryKey: ['partnerships', 'detail', id],
    queryFn: ({ signal }) => api.get<TPartnershipResponse>(`/api/partnerships/${id}`, undefined, signal),
  });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TPartnershipRequest) => api.post<TPartnershipResponse>('/api/partnerships', input),
    onSuccess: async (partnership) => {
      queryClient.setQueryData(['partnerships', 'detail', partnership.id], partnership);
      await queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] });
    },
  });
}

export function useUploadPartnershipEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<TPartnershipResponse>(`/api/partnerships/${id}/evidence`, file, {
        method: 'PUT',
        query: { fileName: file.name },
      }),
    onSuccess: async (partnership) => {
      queryClient.setQueryData(['partnerships', 'detail', id], partnership);
      await queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] });
    },
  });
}
