import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZTrlResponse } from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

// The reference endpoints need a session: these hooks are for the signed-in pages only.

export type TTrl = z.infer<typeof ZTrlResponse>;

export function useTrlLevels() {
  return useQuery({
    queryKey: ['reference', 'trl'],
    queryFn: ({ signal }) => api.get<TTrl[]>('/api/reference/trl', undefined, signal),
    staleTime: Infinity,
  });
}
