import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TInviteUserRequest,
  TInviteUserResponse,
  TUpdateUserRequest,
  TUserListResponse,
  TUserResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { api } from '../../shared/api.ts';

export type UserFilter = { q?: string; role?: string; limit: number; offset: number };

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', 'list', filter],
    queryFn: ({ signal }) => api.get<TUserListResponse>('/api/users', filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInviteUserRequest) => api.post<TInviteUserResponse>('/api/users', input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['admin'] }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
      ]);
    },
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TUpdateUserRequest }) =>
      api.patch<TUserResponse>(`/api/users/${id}`, changes),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['admin'] }),
      ]);
    },
  });
}
