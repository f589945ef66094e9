import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { useAllClasses } from '../../api/lists';
import type { SchoolClass, Student } from '../../api/types';

export type Audience = 'PRIVATE' | 'PARENTS' | 'CLASS';

/** GET /api/notes */
export interface Note {
  id: number;
  authorId: number;
  text: string;
  tags: string[];
  subjectId: number | null;
  audience: Audience;
  studentId: number | null;
  classId: number | null;
  questionId: number | null;
  createdAt: string;
  updatedAt: string;
}

export const notesKey = ['notes'] as const;
export const MAX_NOTE = 10_000;

export interface Pupil extends Student {
  classId: number;
}

/** The teacher's classes and every student in them, for pickers and for naming who a note is about. */
export function useClassesWithStudents(): { classes: SchoolClass[]; students: Pupil[]; isPending: boolean; error: Error | null } {
  const api = useApi();
  const classes = useAllClasses();
  const rosters = useQueries({
    queries: (classes.data ?? []).map((c) => ({
      queryKey: ['classes', c.id, 'students'],
      queryFn: () => api.get<Student[]>(`/classes/${c.id}/students`),
    })),
  });
  const students = rosters.flatMap((r, i) => (r.data ?? []).map((s) => ({ ...s, classId: classes.data![i]!.id })));
  return {
    classes: classes.data ?? [],
    students,
    isPending: classes.isPending || rosters.some((r) => r.isPending),
    error: classes.error ?? rosters.find((r) => r.error)?.error ?? null,
  };
}
