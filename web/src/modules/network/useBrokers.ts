import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TBrokerListResponse,
  TBrokerResponse,
  TBrokerUpdateRequest,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';

export type BrokerFilter = {
  q?: string;
  region?: string;
  country?: string;
  competence?: string;
  limit: number;
  offset: number;
};

export function useBrokers(filter: BrokerFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['brokers', 'list', filter],
    queryFn: ({ signal }) => api.get<TBrokerListResponse>('/api/brokers', filter, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useBroker(id: string | null) {
  return useQuery({
    queryKey: ['brokers', 'detail', id],
    queryFn: ({ signal }) => api.get<TBrokerResponse>(`/api/brokers/${id ?? ''}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useUpdateBroker(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TBrokerUpdateRequest) => api.put<TBrokerResponse>(`/api/brokers/${id}`, input),
    onSuccess: async (broker) => {
      queryClient.setQueryData(['brokers', 'detail', id], broker);
      await queryClient.invalidateQueries({ queryKey: ['brokers', 'list'] });
    },
  });
}
