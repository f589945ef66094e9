import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { fetchAll } from '../../api/lists';
import type { Student } from '../../api/types';
import type { Assignment, ResultsTable } from './types';

export const assignmentsKey = ['testing', 'assignments'] as const;

/** Every assignment the teacher may see (own and their classes'). */
export function useAssignments() {
  const api = useApi();
  return useQuery({ queryKey: [...assignmentsKey, 'all'], queryFn: () => fetchAll<Assignment>(api, '/testing/assignments') });
}

export const resultsKey = (assignmentId: number) => ['testing', 'results', assignmentId] as const;

export function useResults(assignmentId: number | null | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: resultsKey(assignmentId ?? 0),
    queryFn: () => api.get<ResultsTable>(`/testing/assignments/${assignmentId}/results`),
    enabled: assignmentId != null,
  });
}

export function useClassStudents(classId: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['classes', classId, 'students'],
    queryFn: () => api.get<Student[]>(`/classes/${classId}/students`),
    enabled: classId != null,
  });
}

/** A date and time in the reader's language. */
export function formatDateTime(iso: string | null, language: string): string {
  return iso ? new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'uk-UA', { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** A number the way the reader writes it: at most two decimals, a comma in Ukrainian. */
export function formatNumber(value: number | null | undefined, language: string, digits = 2): string {
  return value == null ? '—' : value.toLocaleString(language === 'en' ? 'en-GB' : 'uk-UA', { maximumFractionDigits: digits });
}

interface Loading<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/** Several queries as one for QueryView: pending while any is, failed when any fails, retry refetches the failed ones. */
export function allOf<T extends unknown[]>(parts: { [K in keyof T]: Loading<T[K]> }): UseQueryResult<T> {
  const list = parts as unknown as Loading<unknown>[];
  const failed = list.find((q) => q.isError);
  const pending = list.some((q) => q.isPending);
  return {
    data: pending || failed ? undefined : list.map((q) => q.data),
    isPending: pending && !failed,
    isError: Boolean(failed),
    isSuccess: !pending && !failed,
    error: failed?.error ?? null,
    isFetching: list.some((q) => q.isFetching),
    refetch: () => Promise.all(list.filter((q) => q.isError || !q.isPending).map((q) => q.refetch())),
  } as unknown as UseQueryResult<T>;
}
