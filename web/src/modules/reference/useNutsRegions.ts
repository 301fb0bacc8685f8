import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TNutsResponse } from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

/** NUTS regions of one country matching a search text (name or code). */
export function useNutsRegions(country: string | null, search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: ['reference', 'nuts', country, q],
    queryFn: ({ signal }) =>
      api.get<TNutsResponse[]>('/api/reference/nuts', { country, q: q || undefined, limit: 50 }, signal),
    enabled: Boolean(country),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** NUTS regions of any country matching a search text (name or code); nothing until there is a text. */
export function useNutsSearch(search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: ['reference', 'nuts', 'any', q],
    queryFn: ({ signal }) =>
      api.get<TNutsResponse[]>('/api/reference/nuts', { q: q || undefined, limit: 50 }, signal),
    enabled: q.length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
