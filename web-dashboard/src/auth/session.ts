import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import type { Me } from '../api/types';

export const meKey = ['me'] as const;

/** Who is logged in: the account, or null when GET /auth/me says 401. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.get<Me>('/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          return null;
        }
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export interface Credentials {
  email: string;
  password: string;
}

export function useLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<Me>('/auth/login', credentials),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}

/** What the Telegram Login Widget hands its onauth callback; the server checks its hash. */
export type TelegramAuthData = Record<string, string | number>;

export function useTelegramLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (data: TelegramAuthData) => api.post<Me>('/auth/telegram', data),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}

export function useLogout() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      // whatever the server said, nothing of this account stays in the page
      queryClient.removeQueries();
      queryClient.setQueryData(meKey, null);
    },
  });
}
