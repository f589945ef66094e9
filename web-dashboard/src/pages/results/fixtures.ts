// test data for the results pages' component tests
import type { Me, SchoolClass } from '../../api/types';
import { admin, json } from '../../test/fakeApi';
import type { Assignment, ResultsTable, Score } from './types';

export const teacher: Me = { ...admin, id: 5, fullName: 'Ольга Вчителька', email: 'teacher1@school.ua', roles: ['TEACHER'] };
export const seventh: SchoolClass = { id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2026/2027' };
export const eighth: SchoolClass = { id: 12, schoolId: 7, name: '8-Б', grade: 8, academicYear: '2026/2027' };

export const classPage = (items: SchoolClass[]) => json({ items, page: 0, size: 200, total: items.length });
export const page = <T>(items: T[]) => json({ items, page: 0, size: 200, total: items.length });

export function score(points: number, maxPoints: number, grade: number, pendingGrading = false): Score {
  return { points, maxPoints, percent: Math.round((points / maxPoints) * 1000) / 10, grade, passed: null, pendingGrading };
}

export function assignment(id: number, testTitle: string, classId = seventh.id): Assignment {
  return { id, testId: 100 + id, testTitle, ownerId: teacher.id, classId, opensAt: null, dueAt: `2026-11-${10 + id}T10:00:00Z`, closesAt: null, studentIds: [21, 22, 23] };
}

export const fractions: ResultsTable = {
  assignmentId: 1, testTitle: 'Дроби', gradingMethod: 'HIGHEST',
  columns: [{ position: 0, maxPoints: 1 }, { position: 1, maxPoints: 2 }],
  rows: [
    { studentId: 21, studentName: 'Андрій Коваль', attempts: 1, countedAttemptId: 501, points: [1, 2], total: score(3, 3, 12), late: false },
    { studentId: 22, studentName: 'Олена Бондаренко', attempts: 1, countedAttemptId: 502, points: [1, null], total: score(1, 3, 4, true), late: true },
    { studentId: 23, studentName: 'Марко Шевчук', attempts: 0, countedAttemptId: null, points: [null, null], total: null, late: false },
  ],
};
