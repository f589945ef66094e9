import { useQuery } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import type { ApiClient } from './client';
import type { Account, Page, Role, SchoolClass, Subject } from './types';

/** Every item of a paged list, 200 at a time: for pickers, which need the whole school. */
export async function fetchAll<T>(api: ApiClient, path: string): Promise<T[]> {
  const items: T[] = [];
  const separator = path.includes('?') ? '&' : '?';
  for (let page = 0; ; page++) {
    const answer = await api.get<Page<T>>(`${path}${separator}page=${page}&size=200`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) {
      return items;
    }
  }
}

export const classesKey = ['classes'] as const;
export const usersKey = ['users'] as const;

export function useAllClasses() {
  const api = useApi();
  return useQuery({ queryKey: [...classesKey, 'all'], queryFn: () => fetchAll<SchoolClass>(api, '/classes') });
}

export function useAccountsWithRole(role: Role) {
  const api = useApi();
  return useQuery({ queryKey: [...usersKey, 'all', role], queryFn: () => fetchAll<Account>(api, `/users?role=${role}`) });
}

export function useSubjects() {
  const api = useApi();
  return useQuery({ queryKey: ['subjects'], queryFn: () => api.get<Subject[]>('/subjects') });
}
