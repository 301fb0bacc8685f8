import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TNutsResponse,
  ZNaceResponse,
  ZTechnologyFieldResponse,
} from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

export type TNace = z.infer<typeof ZNaceResponse>;
export type TTechnologyField = z.infer<typeof ZTechnologyFieldResponse>;

/** "C10.51 · Operation of dairies and cheese making". */
export function codeLabel(code: string, name: string | null | undefined): string {
  return name ? `${code} · ${name}` : code;
}

/** NACE Rev.2 activities whose code or name matches the search. */
export function useNaceSearch(search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: ['reference', 'nace', 'search', q],
    queryFn: ({ signal }) =>
      api.get<TNace[]>('/api/reference/nace', { q: q || undefined, limit: 50 }, signal),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** Names of the given NACE codes (one cached request per code), for codes shown outside a search. */
export function useNaceNames(codes: readonly string[]): Record<string, string> {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: ['reference', 'nace', 'code', code],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<TNace>(`/api/reference/nace/${encodeURIComponent(code)}`, undefined, signal),
      staleTime: Infinity,
      retry: false,
    })),
  });
  const names: Record<string, string> = {};
  results.forEach((result) => {
    if (result.data) names[result.data.code] = result.data.name;
  });
  return names;
}

/** The 35 WIPO technology fields. */
export function useTechnologyFields() {
  return useQuery({
    queryKey: ['reference', 'technology-fields'],
    queryFn: ({ signal }) =>
      api.get<TTechnologyField[]>('/api/reference/technology-fields', undefined, signal),
    staleTime: Infinity,
  });
}

/** NUTS regions of any country matching a search text (name or code). */
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
