import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TOrganisationDetailResponse,
  TOrganisationListResponse,
  TOrganisationRequest,
  TOrganisationResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';
import { SESSION_QUERY_KEY } from '../../shared/query-client.ts';

export type OrganisationFilter = {
  q?: string;
  country?: string;
  helix?: string;
  /** NACE Rev.2 code in platform notation, e.g. C10.51. */
  nace?: string;
  /** SME size class: micro, small, medium or large. */
  size?: string;
  limit: number;
  offset: number;
};

export function useOrganisations(filter: OrganisationFilter) {
  return useQuery({
    queryKey: ['organisations', 'list', filter],
    queryFn: ({ signal }) => api.get<TOrganisationListResponse>('/api/organisations', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['organisations', 'detail', id],
    queryFn: ({ signal }) =>
      api.get<TOrganisationDetailResponse>(`/api/organisations/${encodeURIComponent(id)}`, undefined, signal),
    enabled: options.enabled ?? true,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrganisationRequest) => api.post<TOrganisationResponse>('/api/organisations', input),
    onSuccess: async () => {
      // A member who registers their organisation becomes its manager: the session's memberships change.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
        queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      ]);
    },
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrganisationRequest) =>
      api.patch<TOrganisationResponse>(`/api/organisations/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useDeleteOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/organisations/${id}`),
    onSuccess: async () => {
      // Only the lists: refetching the deleted organisation itself would just answer 404.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] }),
        queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      ]);
    },
  });
}
