import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZTechnologyFieldResponse } from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

export type TTechnologyField = z.infer<typeof ZTechnologyFieldResponse>;

/** The 35 WIPO technology fields. */
export function useTechnologyFields() {
  return useQuery({
    queryKey: ['reference', 'technology-fields'],
    queryFn: ({ signal }) =>
      api.get<TTechnologyField[]>('/api/reference/technology-fields', undefined, signal),
    staleTime: Infinity,
  });
}

/** A field as a select option: "6. Computer technology". */
export function techFieldOption(field: { id: number; name: string }): { value: string; label: string } {
  return { value: String(field.id), label: `${field.id}. ${field.name}` };
}

/** The fields as select options, grouped under their sectors (5 for the 35 fields). */
export function techFieldGroups(fields: readonly TTechnologyField[]) {
  const sectors = [...new Set(fields.map((field) => field.sector))];
  return sectors.map((sector) => ({
    group: sector,
    items: fields.filter((field) => field.sector === sector).map(techFieldOption),
  }));
}
