import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TContactsRequest, TContactsResponse } from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';

export function useContacts(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', 'contacts', organisationId],
    queryFn: ({ signal }) =>
      api.get<TContactsResponse>(`/api/organisations/${organisationId}/contacts`, undefined, signal),
  });
}

export function useUpdateContacts(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TContactsRequest) =>
      api.put<TContactsResponse>(`/api/organisations/${organisationId}/contacts`, input),
    onSuccess: (contacts) =>
      queryClient.setQueryData(['organisations', 'contacts', organisationId], contacts),
  });
}
