import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TNotificationListResponse } from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';

const NOTIFICATIONS_KEY = ['notifications'] as const;
const POLL_MS = 60_000;

/** The unread count, polled every minute. */
export function useUnreadNotifications() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: ({ signal }) =>
      api.get<TNotificationListResponse>('/api/notifications', { unread: 'true', limit: 1 }, signal),
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
}

/** The latest notifications, read or not, fetched while the list is open. */
export function useLatestNotifications(isOpen: boolean, limit = 10) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'latest', limit],
    queryFn: ({ signal }) => api.get<TNotificationListResponse>('/api/notifications', { limit }, signal),
    enabled: isOpen,
    staleTime: 0,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<undefined>(`/api/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
