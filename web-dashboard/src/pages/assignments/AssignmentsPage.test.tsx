import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudentOverride } from '../../api/bank';
import { assignment, fractionsTest, page, results, seventh, teacher } from '../../test/bankFixtures';
import { classPage, fakeApi, json, problem } from '../../test/fakeApi';
import { location, renderApp } from '../../test/renderApp';
import { PROGRESS_POLL_MS } from './AssignmentPage';

afterEach(() => {
  vi.useRealTimers();
});

describe('assignments', () => {
  it('assigns a test to a class with a due time and opens its progress', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/tests': () => page([fractionsTest]),
      'GET /api/classes': () => json(classPage([seventh])),
      'GET /api/testing/assignments': () => page([]),
      'POST /api/testing/assignments': () => json(assignment, 201),
      'GET /api/testing/assignments/51': () => json(assignment),
      'GET /api/testing/assignments/51/results': () => json(results(0)),
      'GET /api/testing/assignments/51/overrides': () => json([]),
    });
    const { user } = renderApp('/assignments?test=41', api.fetch, 'en');

    expect(await screen.findByText('No tests assigned yet')).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Assign a test' });
    expect(within(form).getByLabelText('Test')).toHaveValue('41');
    fireEvent.change(within(form).getByLabelText('Due'), { target: { value: '2020-01-01T10:00' } });
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(within(form).getByText('Choose a class')).toBeInTheDocument();
    expect(within(form).getByText('The due time must be in the future')).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('Class'), '7-А');
    fireEvent.change(within(form).getByLabelText('Due'), { target: { value: '2099-11-27T20:00' } });
    fireEvent.change(within(form).getByLabelText('Closes'), { target: { value: '2099-11-27T19:00' } });
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(within(form).getByText('Closing cannot come before the due time')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/assignments')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Closes'), { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Test assigned: students get a message in Telegram.')).toBeInTheDocument();
    expect(location.current).toBe('/assignments/51');
    expect(api.callsTo('POST', '/api/testing/assignments')[0]?.body).toEqual({
      testId: 41, classId: 11, opensAt: null, dueAt: new Date('2099-11-27T20:00').toISOString(), closesAt: null,
    });
    expect(await screen.findByText('0 of 3 submitted')).toBeInTheDocument();
  });

  it('says what to do without tests, and lists the assignments there are', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/tests': () => page([]),
      'GET /api/classes': () => json(classPage([seventh])),
      'GET /api/testing/assignments': () => page([assignment]),
    });
    renderApp('/assignments', api.fetch, 'en');
    expect(await screen.findByText('No tests to assign')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New test' })).toHaveAttribute('href', '/tests/new');
    const table = await screen.findByRole('table', { name: 'Assigned tests' });
    expect(within(table).getByRole('link', { name: 'Дроби: контрольна' })).toHaveAttribute('href', '/assignments/51');
    expect(within(table).getByText('Open')).toBeInTheDocument();
  });

  it('follows who submitted while the page is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let submitted = 1;
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/classes': () => json(classPage([seventh])),
      'GET /api/testing/assignments/51': () => json(assignment),
      'GET /api/testing/assignments/51/results': () => json(results(submitted)),
      'GET /api/testing/assignments/51/overrides': () => json([]),
    });
    renderApp('/assignments/51', api.fetch, 'en');

    expect(await screen.findByText('1 of 3 submitted')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Progress by student' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name) });
    expect(row('Андрій Коваль')).toHaveTextContent('Submitted');
    expect(row('Андрій Коваль')).toHaveTextContent('100%, grade 12');
    expect(row('Богдана Мельник')).toHaveTextContent('Started');
    expect(row('Василь Шевчук')).toHaveTextContent('Not started');
    expect(screen.getByRole('progressbar', { name: 'Share of students who submitted' })).toHaveAttribute('aria-valuenow', '33');

    submitted = 2;
    await act(async () => { await vi.advanceTimersByTimeAsync(PROGRESS_POLL_MS + 100); });
    expect(await screen.findByText('2 of 3 submitted')).toBeInTheDocument();
    expect(row('Богдана Мельник')).toHaveTextContent('Submitted');
  });

  it('gives a student an override and takes it back', async () => {
    let overrides: StudentOverride[] = [];
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/classes': () => json(classPage([seventh])),
      'GET /api/testing/assignments/51': () => json(assignment),
      'GET /api/testing/assignments/51/results': () => json(results(0)),
      'GET /api/testing/assignments/51/overrides': () => json(overrides),
      'POST /api/testing/assignments/51/overrides': () => {
        overrides = [{ assignmentId: 51, studentId: 62, timeLimitMinutes: 40, attemptsAllowed: 3, dueAt: null, closesAt: null }];
        return json(overrides);
      },
      'DELETE /api/testing/assignments/51/overrides/62': () => {
        overrides = [];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/assignments/51', api.fetch, 'en');

    expect(await screen.findByText('No overrides')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Override for a student' });
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(within(form).getByText('Choose a student')).toBeInTheDocument();
    expect(within(form).getByText('Change something: time, attempts, due or closing time')).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('Student'), 'Богдана Мельник');
    await user.type(within(form).getByLabelText('Time limit, min'), '40');
    await user.type(within(form).getByLabelText('Attempts allowed'), '101');
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(within(form).getByText('A whole number from 1 to 100')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/assignments/51/overrides')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Attempts allowed'));
    await user.type(within(form).getByLabelText('Attempts allowed'), '3');
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    const table = await screen.findByRole('table', { name: 'Overrides' });
    expect(within(table).getByRole('row', { name: /Богдана Мельник/ })).toHaveTextContent('403');
    expect(api.callsTo('POST', '/api/testing/assignments/51/overrides')[0]?.body)
      .toEqual({ studentIds: [62], timeLimitMinutes: 40, attemptsAllowed: 3, dueAt: null, closesAt: null });

    await user.click(within(table).getByRole('button', { name: 'Remove the override of Богдана Мельник' }));
    expect(await screen.findByText('No overrides')).toBeInTheDocument();
  });

  it('explains a failed load with a retry', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/classes': () => json(classPage([seventh])),
      'GET /api/testing/assignments/51': () => problem(403, 'only its teachers follow an assignment'),
    });
    renderApp('/assignments/51', api.fetch, 'en');
    expect(await screen.findByText('Could not load the assignment')).toBeInTheDocument();
    expect(screen.getByText('only its teachers follow an assignment')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
