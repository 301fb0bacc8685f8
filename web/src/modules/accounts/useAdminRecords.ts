import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TOutboxMessageResponse,
  ZAuditEntryResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';

export type TAuditEntry = z.infer<typeof ZAuditEntryResponse>;

export function useOutbox(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: ({ signal }) => api.get<TOutboxMessageResponse[]>('/api/admin/outbox', page, signal),
    placeholderData: keepPreviousData,
  });
}

/** Newest first; `before` is the id of the last entry of the previous page (keyset paging). */
export function useAuditLog(filter: { before?: number; limit: number; targetType?: string }) {
  return useQuery({
    queryKey: ['admin', 'audit', filter],
    queryFn: ({ signal }) => api.get<TAuditEntry[]>('/api/admin/audit', filter, signal),
    placeholderData: keepPreviousData,
  });
}
