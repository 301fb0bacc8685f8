import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  ZNaceResponse,
  ZTechnologyFieldResponse,
  ZTrlResponse,
} from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

// The reference endpoints need a session: these hooks are for the signed-in pages only.

export type TNace = z.infer<typeof ZNaceResponse>;
export type TTechnologyField = z.infer<typeof ZTechnologyFieldResponse>;
export type TTrl = z.infer<typeof ZTrlResponse>;

export function naceLabel(code: string, name: string | null | undefined): string {
  return name ? `${code} · ${name}` : code;
}

export function useTechnologyFields() {
  return useQuery({
    queryKey: ['reference', 'technology-fields'],
    queryFn: ({ signal }) =>
      api.get<TTechnologyField[]>('/api/reference/technology-fields', undefined, signal),
    staleTime: Infinity,
  });
}

export function useTrlLevels() {
  return useQuery({
    queryKey: ['reference', 'trl'],
    queryFn: ({ signal }) => api.get<TTrl[]>('/api/reference/trl', undefined, signal),
    staleTime: Infinity,
  });
}

/** NACE activities matching a text (code or name), searched on the server. */
export function useNaceSearch(search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: ['reference', 'nace-search', q],
    queryFn: ({ signal }) =>
      api.get<TNace[]>('/api/reference/nace', { q: q || undefined, limit: 50 }, signal),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** "C10.51 · Manufacture of dairy products" for each of a few codes (one cached request per code). */
export function useNaceLabels(codes: readonly string[]): (code: string) => string {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: ['reference', 'nace', code],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<TNace>(`/api/reference/nace/${encodeURIComponent(code)}`, undefined, signal),
      staleTime: Infinity,
      retry: false,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    const code = codes[index];
    if (code && result.data) names.set(code, result.data.name);
  });
  return (code) => naceLabel(code, names.get(code));
}

/** "6. Computer technology" for a WIPO field number. */
export function useTechFieldLabel(): (id: number) => string {
  const { data } = useTechnologyFields();
  return (id) => {
    const field = data?.find((candidate) => candidate.id === id);
    return field ? `${id}. ${field.name}` : String(id);
  };
}

/** "TRL 4 · Technology validated in lab". */
export function useTrlLabel(): (level: number) => string {
  const { t } = useTranslation();
  const { data } = useTrlLevels();
  return (level) => {
    const trl = data?.find((candidate) => candidate.level === level);
    return trl ? t('profiles.trl.named', { level, name: trl.name }) : t('profiles.trl.level', { level });
  };
}
