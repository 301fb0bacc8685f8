import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZTrlResponse } from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';
import { techFieldOption, useTechnologyFields } from '../reference/useTechnologyFields.ts';

// The reference endpoints need a session: these hooks are for the signed-in pages only.

export type TTrl = z.infer<typeof ZTrlResponse>;

export function useTrlLevels() {
  return useQuery({
    queryKey: ['reference', 'trl'],
    queryFn: ({ signal }) => api.get<TTrl[]>('/api/reference/trl', undefined, signal),
    staleTime: Infinity,
  });
}

/** "6. Computer technology" for a WIPO field number. */
export function useTechFieldLabel(): (id: number) => string {
  const { data } = useTechnologyFields();
  return (id) => {
    const field = data?.find((candidate) => candidate.id === id);
    return field ? techFieldOption(field).label : String(id);
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
