import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZNaceResponse } from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

// The reference endpoints need a session: these hooks are for the signed-in pages only.

export type TNace = z.infer<typeof ZNaceResponse>;

/** "C10.51 · Operation of dairies and cheese making"; just the code while its name is unknown. */
export function naceLabel(code: string, name: string | null | undefined): string {
  return name ? `${code} · ${name}` : code;
}

/** NACE Rev.2 activities whose code or name matches the search (GET /api/reference/nace?q=). */
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

/** naceLabel for each of a few codes, named once their names are loaded. */
export function useNaceLabels(codes: readonly string[]): (code: string) => string {
  const names = useNaceNames(codes);
  return (code) => naceLabel(code, names[code]);
}
