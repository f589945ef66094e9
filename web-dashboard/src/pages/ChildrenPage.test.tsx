import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, Me } from '../api/types';
import { admin, type Call, fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import type { ChildReport, WeekReport } from './ChildReportView';
import { score } from './results/fixtures';

const parent: Me = { ...admin, id: 3, fullName: 'Світлана Бондаренко', roles: ['PARENT'] };
const child = (id: number, fullName: string): Account => ({ id, schoolId: 7, email: null, fullName, roles: ['STUDENT'], language: 'uk' });
const school = { id: 7, name: 'Ліцей', timezone: 'Europe/Kyiv', gradeScale: { thresholds: [] } };
const noReport = (id: number, name: string): ChildReport => ({ studentId: id, name, recentResults: [], upcoming: [], missed: [] });
const noTime: WeekReport = { totals: { totalMinutes: 0, subjects: [] } };

const olenasReport: ChildReport = {
  studentId: 31, name: 'Олена Бондаренко',
  recentResults: [
    { attemptId: 1, testTitle: 'Fractions', state: 'GRADED', submittedAt: '2026-11-20T10:00:00Z', score: score(9, 10, 11), reviewOpen: true },
    { attemptId: 2, testTitle: 'Essay on Shevchenko', state: 'SUBMITTED', submittedAt: '2026-11-21T10:00:00Z', score: null, reviewOpen: true },
    { attemptId: 3, testTitle: 'Final exam', state: 'GRADED', submittedAt: '2026-11-22T10:00:00Z', score: null, reviewOpen: false },
    { attemptId: 4, testTitle: 'Practice quiz', state: 'GRADED', submittedAt: '2026-11-19T10:00:00Z', score: null, reviewOpen: true },
  ],
  upcoming: [{ assignmentId: 5, testTitle: 'Decimals', dueAt: '2026-12-01T16:00:00Z' }],
  missed: [{ assignmentId: 6, testTitle: 'Geometry', dueAt: '2026-11-18T21:59:00Z' }],
};
const olenasWeek: WeekReport = {
  totals: { totalMinutes: 95, subjects: [{ subjectId: 1, subjectName: 'Maths', minutes: 80 }, { subjectId: null, subjectName: null, minutes: 15 }] },
};

function parentApi(extra: Record<string, (call: Call) => Response> = {}) {
  return fakeApi({
    'GET /api/auth/me': () => json(parent),
    'GET /api/schools/current': () => json(school),
    'GET /api/users/3/children': () => json([child(31, 'Олена Бондаренко'), child(32, 'Андрій Бондаренко')]),
    'GET /api/users/31/classes': () => json([{ id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2026/2027' }]),
    'GET /api/users/32/classes': () => json([]),
    'GET /api/testing/students/31/report': () => json(olenasReport),
    'GET /api/testing/students/32/report': () => json(noReport(32, 'Андрій Бондаренко')),
    'GET /api/worktime/reports/week': (call) => json(call.path.includes('accountId=31') ? olenasWeek : noTime),
    ...extra,
  });
}

describe('a parent’s children', () => {
  it('shows each child’s results as the review policy allows, deadlines in school time and the week’s study time', async () => {
    renderApp('/children', parentApi().fetch, 'en');

    const olena = await screen.findByRole('article', { name: 'Олена Бондаренко' });
    expect(await within(olena).findByText('7-А · 2026/2027')).toBeInTheDocument();
    const results = await within(olena).findByRole('region', { name: 'Recent results' });
    expect(within(results).getByText('Grade 11 of 12')).toBeInTheDocument();
    expect(within(results).getByText('9 of 10 points · 90%')).toBeInTheDocument();
    expect(within(results).getByText('Essay on Shevchenko').parentElement).toHaveTextContent('Awaits grading by the teacher');
    const hidden = within(results).getByText('Final exam').parentElement!;
    expect(hidden).toHaveTextContent('Submitted; the result is not open to parents yet');
    expect(hidden).not.toHaveTextContent('Grade');
    expect(within(results).getByText('Practice quiz').parentElement).toHaveTextContent('Checked; this test does not show its score');
    expect(within(results).getAllByText(/^Grade/)).toHaveLength(1);

    const upcoming = within(olena).getByRole('region', { name: 'Upcoming deadlines' });
    expect(upcoming).toHaveTextContent('Decimals — due 1 Dec 2026, 18:00');
    const missed = within(olena).getByRole('region', { name: 'Missed deadlines' });
    expect(missed).toHaveTextContent('Geometry — due 18 Nov 2026, 23:59');
    expect(within(olena).getByText('Times are in the school’s time zone (Europe/Kyiv).')).toBeInTheDocument();

    const time = within(olena).getByRole('region', { name: 'Study time this week' });
    expect(await within(time).findByText('Total: 1 h 35 min')).toBeInTheDocument();
    expect(within(time).getByRole('progressbar', { name: 'Maths: 1 h 20 min' })).toBeInTheDocument();
    expect(within(time).getByRole('progressbar', { name: 'No subject: 15 min' })).toBeInTheDocument();
  });

  it('says what to expect for a child with no results, deadlines or study time yet', async () => {
    renderApp('/children', parentApi().fetch, 'en');
    const andriy = await screen.findByRole('article', { name: 'Андрій Бондаренко' });
    expect(await within(andriy).findByText('Not enrolled in a class yet')).toBeInTheDocument();
    expect(await within(andriy).findByText(/No finished tests yet/)).toBeInTheDocument();
    expect(within(andriy).getByText('Nothing due right now.')).toBeInTheDocument();
    expect(within(andriy).queryByRole('region', { name: 'Missed deadlines' })).toBeNull();
    expect(await within(andriy).findByText(/No study time logged this week.*\/timer/)).toBeInTheDocument();
  });

  it('shows why a child’s report failed and offers to try again, the rest of the card still shown', async () => {
    const api = parentApi({ 'GET /api/testing/students/31/report': () => problem(404, 'student 31 is not your child') });
    renderApp('/children', api.fetch, 'en');
    const olena = await screen.findByRole('article', { name: 'Олена Бондаренко' });
    const alert = await within(olena).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load results and deadlines');
    expect(alert).toHaveTextContent('student 31 is not your child');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(await within(olena).findByText('Total: 1 h 35 min')).toBeInTheDocument();
  });

  it('tells a parent without linked children whom to ask', async () => {
    const api = fakeApi({ 'GET /api/auth/me': () => json(parent), 'GET /api/users/3/children': () => json([]) });
    renderApp('/children', api.fetch, 'en');
    expect(await screen.findByText('No children linked to your account yet')).toBeInTheDocument();
  });

  it('shows the server’s reason when the children cannot be loaded', async () => {
    const api = fakeApi({ 'GET /api/auth/me': () => json(parent), 'GET /api/users/3/children': () => problem(403, 'account 3 is not yours to see') });
    renderApp('/children', api.fetch, 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('account 3 is not yours to see');
  });
});
