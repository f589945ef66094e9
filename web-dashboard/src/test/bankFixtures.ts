import type { Assignment, Category, Question, ResultsTable, TestView } from '../api/bank';
import type { Me, SchoolClass } from '../api/types';
import { json } from './fakeApi';

export const teacher: Me = { id: 5, fullName: 'Ольга Вчителька', email: 'teacher1@school.ua', roles: ['TEACHER'], schoolId: 7, language: 'uk' };

export const fractions: Category = { id: 21, schoolId: 7, ownerId: 5, subjectId: null, parentId: null, name: 'Дроби' };
export const decimals: Category = { id: 22, schoolId: 7, ownerId: 5, subjectId: null, parentId: 21, name: 'Десяткові' };

export const halfQuestion: Question = {
  id: 301, categoryId: 21, ownerId: 5, version: 1, name: 'Половина', text: 'Скільки буде 1/2 + 1/2?',
  body: { type: 'SINGLE_CHOICE', options: [
    { text: '1', fraction: 1, feedback: null }, { text: '2/4', fraction: 0, feedback: 'Додайте чисельники' }] },
  generalFeedback: null, points: 1, tags: ['дроби'], hasImage: false,
};

export const orderQuestion: Question = {
  id: 302, categoryId: 21, ownerId: 5, version: 1, name: 'Порядок дробів', text: 'Упорядкуйте від меншого',
  body: { type: 'ORDERING', items: ['1/4', '1/3', '1/2'] }, generalFeedback: null, points: 2, tags: [], hasImage: false,
};

export const seventh: SchoolClass = { id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2026/2027' };

export const fractionsTest: TestView = {
  id: 41, schoolId: 7, ownerId: 5, title: 'Дроби: контрольна',
  settings: { timeLimitMinutes: 20, attemptsAllowed: 2, gradingMethod: 'HIGHEST', shuffleQuestions: false, shuffleOptions: true,
    navigation: 'SEQUENTIAL', passPercent: null, review: { when: 'AFTER_ATTEMPT', score: true, responses: true, rightAnswers: false, feedback: false } },
  slots: [{ questionId: 301, categoryId: null, count: 1, points: null }],
};

export const assignment: Assignment = {
  id: 51, testId: 41, testTitle: 'Дроби: контрольна', ownerId: 5, classId: 11,
  opensAt: '2026-11-20T08:00:00Z', dueAt: '2099-11-27T18:00:00Z', closesAt: '2099-11-27T18:00:00Z', studentIds: [61, 62, 63],
};

export function results(submitted: number): ResultsTable {
  const names = ['Андрій Коваль', 'Богдана Мельник', 'Василь Шевчук'];
  return {
    assignmentId: 51, testTitle: 'Дроби: контрольна', gradingMethod: 'HIGHEST', columns: [{ position: 1, maxPoints: 1 }],
    rows: names.map((studentName, i) => ({
      studentId: 61 + i, studentName, attempts: i < submitted ? 1 : i === submitted ? 1 : 0, countedAttemptId: i < submitted ? 900 + i : null,
      points: [i < submitted ? 1 : null], total: i < submitted ? { points: 1, maxPoints: 1, percent: 100, grade: 12 } : null, late: false,
    })),
  };
}

export const page = <T>(items: T[]) => json({ items, page: 0, size: 200, total: items.length });
