import { useQuery } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import { fetchAll } from './lists';

/** The testing API's shapes (rest-api ua.zalik.rest.testing) the question bank, builder and assignment pages use. */

export type QuestionType =
  | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE' | 'SHORT_ANSWER' | 'NUMERIC' | 'MATCHING' | 'ORDERING' | 'ESSAY';

export const questionTypes: QuestionType[] =
  ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'MATCHING', 'ORDERING', 'ESSAY'];

/** A choice or accepted answer; fraction is Moodle's: 1 full credit, 0.5 half, negative takes credit away. */
export interface Choice {
  text: string;
  fraction: number;
  feedback: string | null;
}

export interface NumericAnswer {
  value: number | string;
  tolerance: number | string | null;
  fraction: number;
  feedback: string | null;
}

export interface Pair {
  prompt: string;
  answer: string;
}

export type QuestionBody =
  | { type: 'SINGLE_CHOICE'; options: Choice[] }
  | { type: 'MULTIPLE_CHOICE'; options: Choice[] }
  | { type: 'TRUE_FALSE'; answer: boolean; feedbackTrue: string | null; feedbackFalse: string | null }
  | { type: 'SHORT_ANSWER'; answers: Choice[]; caseSensitive: boolean }
  | { type: 'NUMERIC'; answers: NumericAnswer[] }
  | { type: 'MATCHING'; pairs: Pair[]; distractors: string[] }
  | { type: 'ORDERING'; items: string[] }
  | { type: 'ESSAY'; graderInfo: string | null };

export interface Category {
  id: number;
  schoolId: number;
  ownerId: number;
  subjectId: number | null;
  parentId: number | null;
  name: string;
}

export interface Question {
  id: number;
  categoryId: number;
  ownerId: number;
  version: number;
  name: string;
  text: string;
  body: QuestionBody;
  generalFeedback: string | null;
  points: number;
  tags: string[];
  hasImage: boolean;
}

/** What POST/PUT of a question takes. */
export interface QuestionForm {
  name: string | null;
  text: string;
  body: QuestionBody;
  generalFeedback: string | null;
  points: number;
  tags: string[];
  categoryId?: number;
}

export type GradingMethod = 'HIGHEST' | 'AVERAGE' | 'FIRST' | 'LAST';
export type ReviewWhen = 'AFTER_ATTEMPT' | 'AFTER_CLOSE' | 'NEVER';

export interface ReviewPolicy {
  when: ReviewWhen;
  score: boolean;
  responses: boolean;
  rightAnswers: boolean;
  feedback: boolean;
}

export interface TestSettings {
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  passPercent: number | null;
  review: ReviewPolicy;
  /** FREE: any order, answers may change; SEQUENTIAL: question by question, each answered once. */
  navigation: Navigation;
}

export type Navigation = 'FREE' | 'SEQUENTIAL';

/** A fixed question, or count random questions of a category; points per question override the questions' own. */
export interface Slot {
  questionId: number | null;
  categoryId: number | null;
  count: number;
  points: number | null;
}

export interface TestView {
  id: number;
  schoolId: number;
  ownerId: number;
  title: string;
  settings: TestSettings;
  slots: Slot[];
}

export interface Assignment {
  id: number;
  testId: number;
  testTitle: string;
  ownerId: number;
  classId: number | null;
  opensAt: string;
  dueAt: string;
  closesAt: string;
  studentIds: number[];
}

export interface StudentOverride {
  assignmentId: number;
  studentId: number;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
  dueAt: string | null;
  closesAt: string | null;
}

export interface Score {
  points: number;
  maxPoints: number;
  percent: number;
  grade: number;
}

/** GET /api/testing/assignments/{id}/results: one row per recipient; total is null until an attempt is finished. */
export interface ResultsTable {
  assignmentId: number;
  testTitle: string;
  gradingMethod: GradingMethod;
  columns: { position: number; maxPoints: number }[];
  rows: {
    studentId: number;
    studentName: string;
    attempts: number;
    countedAttemptId: number | null;
    points: (number | null)[];
    total: Score | null;
    late: boolean;
  }[];
}

export const categoriesKey = ['testing', 'categories'] as const;
export const questionsKey = ['testing', 'questions'] as const;
export const testsKey = ['testing', 'tests'] as const;
export const assignmentsKey = ['testing', 'assignments'] as const;

export function useCategories() {
  const api = useApi();
  return useQuery({ queryKey: categoriesKey, queryFn: () => api.get<Category[]>('/testing/categories') });
}

export function useCategoryQuestions(categoryId: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...questionsKey, 'category', categoryId],
    queryFn: () => fetchAll<Question>(api, `/testing/categories/${categoryId}/questions`),
    enabled: categoryId !== null,
  });
}

export function useQuestion(id: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...questionsKey, id],
    queryFn: () => api.get<Question>(`/testing/questions/${id}`),
    enabled: id !== null,
  });
}

export function useTests() {
  const api = useApi();
  return useQuery({ queryKey: [...testsKey, 'all'], queryFn: () => fetchAll<TestView>(api, '/testing/tests') });
}

/** A category's name with its parents', "Maths / Fractions", so nested ones read unambiguously in a picker. */
export function categoryPath(categories: Category[], id: number | null): string {
  const names: string[] = [];
  const byId = new Map(categories.map((c) => [c.id, c]));
  for (let c = id === null ? undefined : byId.get(id); c && names.length < 10; c = c.parentId === null ? undefined : byId.get(c.parentId)) {
    names.unshift(c.name);
  }
  return names.join(' / ');
}

/** Categories in tree order (a parent before its children), each with its path: for pickers. */
export function categoryOptions(categories: Category[]): { value: string; label: string }[] {
  return categories
    .map((c) => ({ value: String(c.id), label: categoryPath(categories, c.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
