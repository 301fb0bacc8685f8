import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  TPublicProfile,
  TPublicProfileListResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';

export type PublicProfileFilter = {
  q?: string;
  type?: string;
  country?: string;
  nace?: string;
  tech?: string;
  partnership?: string;
  limit: number;
  offset: number;
};

/** The anonymous listing: no session needed, and no organisation identity in the answers. */
export function usePublicProfiles(filter: PublicProfileFilter) {
  return useQuery({
    queryKey: ['public-profiles', 'list', filter],
    queryFn: ({ signal }) => api.get<TPublicProfileListResponse>('/api/public/profiles', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublicProfile(id: string) {
  return useQuery({
    queryKey: ['public-profiles', 'detail', id],
    queryFn: ({ signal }) =>
      api.get<TPublicProfile>(`/api/public/profiles/${encodeURIComponent(id)}`, undefined, signal),
    enabled: Boolean(id),
  });
}
