import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { classPage, seventh, teacher } from './fixtures';
import { weekOf, type ClassReport } from './StudyTimePage';

const report = (minutes: number[]): ClassReport => ({
  classId: 11, from: '2026-11-23', to: '2026-11-29',
  students: [
    { studentId: 21, fullName: 'Андрій Коваль', totalMinutes: minutes[0]!, subjects: minutes[0] ? [{ subjectId: 1, subjectName: 'Математика', minutes: 60 }, { subjectId: null, subjectName: null, minutes: minutes[0] - 60 }] : [] },
    { studentId: 22, fullName: 'Олена Бондаренко', totalMinutes: minutes[1]!, subjects: minutes[1] ? [{ subjectId: 1, subjectName: 'Математика', minutes: minutes[1] }] : [] },
  ],
});

describe('class study time', () => {
  it('shows each student’s week by subject and moves between weeks', async () => {
    const fake = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/classes': () => classPage([seventh]),
      'GET /api/worktime/reports/classes/11': (call) => json(call.path.includes(`from=${weekOf(0).from}`) ? report([95, 30]) : report([0, 0])),
    });
    const { user } = renderApp('/study-time', fake.fetch, 'en');

    const andriy = await screen.findByRole('row', { name: /Андрій Коваль/ });
    expect(within(andriy).getByText('1 h 35 min')).toBeInTheDocument();
    expect(within(andriy).getByText('Математика: 1 h 0 min, No subject: 0 h 35 min')).toBeInTheDocument();
    expect(screen.getByText('Total: 2 h 5 min, per student on average: 1 h 3 min.')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Minutes of study by subject' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(await screen.findByText('No study time recorded this week')).toBeInTheDocument();
    expect(screen.getByText(/Students record time with Zalik’s timer in Telegram/)).toBeInTheDocument();
    expect(fake.calls.map((c) => c.path)).toContain(`/api/worktime/reports/classes/11?from=${weekOf(-1).from}&to=${weekOf(-1).to}`);
  });

  it('takes the week from Monday to Sunday', () => {
    expect(weekOf(0, new Date(2026, 10, 25))).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf(0, new Date(2026, 10, 29))).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf(-1, new Date(2026, 10, 23))).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });
});
