import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { fractions, score, teacher } from './fixtures';
import type { PendingAnswer } from './types';

const pending = (attemptId: number, studentId: number, response: string): PendingAnswer => ({
  attemptId, assignmentId: 1, studentId, slot: 1, questionId: 9, version: 1, questionText: 'Поясніть, навіщо спільний знаменник.',
  graderInfo: 'Однакові частини можна додавати.', response, maxPoints: 2,
});

describe('manual grading', () => {
  it('checks the points before sending, then saves and shows the next answer', async () => {
    let queue = [pending(501, 21, 'Щоб частини були однакові'), pending(502, 22, 'Не знаю')];
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/grading-queue': () => json(queue),
      'GET /api/testing/assignments/1/results': () => json(fractions),
      'PUT /api/testing/attempts/501/grades/1': () => {
        queue = queue.slice(1);
        return json(score(3, 3, 12));
      },
    });
    const { user } = renderApp('/grading', api.fetch, 'en');

    const current = await screen.findByRole('region', { name: 'Answer to grade' });
    expect(await within(current).findByRole('heading', { name: 'Андрій Коваль, question 2' })).toBeInTheDocument();
    expect(within(current).getByText('Щоб частини були однакові')).toBeInTheDocument();
    expect(within(current).getByText('Answer 1 of 2')).toBeInTheDocument();

    await user.click(within(current).getByRole('button', { name: 'Save and next' }));
    const points = within(current).getByLabelText(/Points \(0 to 2\)/);
    expect(within(current).getByText('Give the points')).toBeInTheDocument();
    expect(points).toHaveAttribute('aria-invalid', 'true');
    await user.type(points, '3');
    await user.click(within(current).getByRole('button', { name: 'Save and next' }));
    expect(within(current).getByText('At most 2')).toBeInTheDocument();
    await user.clear(points);
    await user.type(points, 'two');
    await user.click(within(current).getByRole('button', { name: 'Save and next' }));
    expect(within(current).getByText('A number from 0, such as 1.5')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/testing/attempts/501/grades/1')).toHaveLength(0);

    await user.clear(points);
    await user.type(points, '1,5');
    await user.type(within(current).getByLabelText(/Comment for the student/), 'Добре, але коротко');
    await user.click(within(current).getByRole('button', { name: 'Save and next' }));

    expect(await screen.findByText('Grade saved: the attempt has 100 %, grade 12.')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/testing/attempts/501/grades/1')[0]?.body).toEqual({ points: 1.5, comment: 'Добре, але коротко' });
    expect(await screen.findByRole('heading', { name: 'Олена Бондаренко, question 2' })).toBeInTheDocument();
    expect(screen.getByText('Answer 1 of 1')).toBeInTheDocument();
    expect(screen.getByLabelText(/Points \(0 to 2\)/)).toHaveValue('');
  });

  it('shows the server’s reason when it refuses a grade', async () => {
    const { user } = renderApp('/grading', fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/grading-queue': () => json([pending(501, 21, 'Так')]),
      'GET /api/testing/assignments/1/results': () => json(fractions),
      'PUT /api/testing/attempts/501/grades/1': () => problem(409, 'the attempt is no longer waiting for a grade'),
    }).fetch, 'en');
    await user.type(await screen.findByLabelText(/Points/), '1');
    await user.click(screen.getByRole('button', { name: 'Save the grade' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the attempt is no longer waiting for a grade');
  });

  it('says where answers come from when none waits', async () => {
    renderApp('/grading', fakeApi({ 'GET /api/auth/me': () => json(teacher), 'GET /api/testing/grading-queue': () => json([]) }).fetch, 'en');
    expect(await screen.findByText('Nothing waits for grading')).toBeInTheDocument();
    expect(screen.getByText(/as soon as students submit tests with essay questions/)).toBeInTheDocument();
  });
});
