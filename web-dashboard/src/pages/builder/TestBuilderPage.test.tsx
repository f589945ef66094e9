import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decimals, fractions, fractionsTest, halfQuestion, orderQuestion, page, teacher } from '../../test/bankFixtures';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { location, renderApp } from '../../test/renderApp';

function builderApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/auth/me': () => json(teacher),
    'GET /api/testing/categories': () => json([fractions, decimals]),
    'GET /api/testing/categories/21/questions': () => page([halfQuestion, orderQuestion]),
    'GET /api/testing/questions/301': () => json(halfQuestion),
    'GET /api/testing/questions/302': () => json(orderQuestion),
    ...extra,
  });
}

describe('test builder', () => {
  it('builds a test of a fixed question and random ones, with settings and review policy', async () => {
    const api = builderApi({
      'POST /api/testing/tests': () => json(fractionsTest, 201),
      'GET /api/testing/tests/41': () => json(fractionsTest),
    });
    const { user } = renderApp('/tests/new', api.fetch, 'en');

    await user.click(await screen.findByRole('button', { name: 'Create test' }));
    expect(screen.getByText('Enter the test’s title')).toBeInTheDocument();
    expect(screen.getByText('Add at least one question to the test')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Test title'), 'Дроби: контрольна');
    await user.selectOptions(screen.getByLabelText('From category'), 'Дроби');
    await user.selectOptions(await screen.findByLabelText('Question'), 'Половина');
    await user.click(screen.getByRole('button', { name: 'Add this question' }));
    await user.click(screen.getByRole('button', { name: 'Add random ones from the category' }));
    const slot2 = screen.getByRole('article', { name: 'Slot 2' });
    expect(within(slot2).getByText('2. Random questions from “Дроби”')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Slot 1' })).getByText(/Половина/)).toBeInTheDocument();
    await user.clear(within(slot2).getByLabelText('How many questions in slot 2'));
    await user.type(within(slot2).getByLabelText('How many questions in slot 2'), '200');
    await user.type(within(slot2).getByLabelText('Points per question of slot 2'), '2');
    await user.click(screen.getByRole('button', { name: 'Move slot 2 up' }));

    await user.type(screen.getByLabelText('Time limit, min'), '20');
    await user.clear(screen.getByLabelText('Attempts allowed'));
    await user.type(screen.getByLabelText('Attempts allowed'), '0');
    await user.selectOptions(screen.getByLabelText('Which attempt counts'), 'LAST');
    await user.click(screen.getByLabelText('Shuffle answer options'));
    expect(screen.getByText('Students may go back, skip and change answers until they submit.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Moving between questions'), 'SEQUENTIAL');
    expect(screen.getByText('Questions come one after another: no going back or skipping, each answer is final.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('When'), 'AFTER_CLOSE');
    await user.click(screen.getByLabelText('The right answers'));
    await user.click(screen.getByRole('button', { name: 'Create test' }));

    expect(screen.getByText('From 1 to 100 questions')).toBeInTheDocument();
    expect(screen.getByText('A whole number from 1 to 100')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/tests')).toHaveLength(0);

    // the fixed question is in the test already: the category has one more to pick at random
    await user.clear(screen.getByLabelText('How many questions in slot 1'));
    await user.type(screen.getByLabelText('How many questions in slot 1'), '2');
    expect(screen.getByText('More than the category has left for this slot: 1')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('How many questions in slot 1'));
    await user.type(screen.getByLabelText('How many questions in slot 1'), '1');
    expect(screen.getByText('Questions available: 1')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Attempts allowed'));
    await user.type(screen.getByLabelText('Attempts allowed'), '2');
    await user.click(screen.getByRole('button', { name: 'Create test' }));

    expect(await screen.findByText('Test created. Now you can assign it to a class.')).toBeInTheDocument();
    expect(location.current).toBe('/tests/41');
    expect(api.callsTo('POST', '/api/testing/tests')[0]?.body).toEqual({
      title: 'Дроби: контрольна',
      settings: { timeLimitMinutes: 20, attemptsAllowed: 2, gradingMethod: 'LAST', shuffleQuestions: false, shuffleOptions: true,
        navigation: 'SEQUENTIAL', passPercent: null, review: { when: 'AFTER_CLOSE', score: true, responses: true, rightAnswers: true, feedback: false } },
      slots: [{ questionId: null, categoryId: 21, count: 1, points: 2 }, { questionId: 301, categoryId: null, count: 1, points: null }],
    });
    expect(await screen.findByRole('link', { name: 'Assign to a class' })).toHaveAttribute('href', '/assignments?test=41');
  });

  it('opens a saved test and shows what the server refused', async () => {
    const api = builderApi({
      'GET /api/testing/tests/41': () => json(fractionsTest),
      'PUT /api/testing/tests/41': () => problem(409, 'the test is assigned and attempts started'),
    });
    const { user } = renderApp('/tests/41', api.fetch, 'en');
    expect(await screen.findByDisplayValue('Дроби: контрольна')).toBeInTheDocument();
    expect(await screen.findByText(/Половина/)).toBeInTheDocument();
    expect(screen.getByLabelText('Time limit, min')).toHaveValue('20');
    expect(screen.getByLabelText('Shuffle answer options')).toBeChecked();
    expect(screen.getByLabelText('Moving between questions')).toHaveValue('SEQUENTIAL');
    await user.click(screen.getByRole('button', { name: 'Save test' }));
    expect(await screen.findByText('the test is assigned and attempts started')).toBeInTheDocument();
  });

  it('lists tests, and sends a teacher with an empty bank to fill it first', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/tests': () => page([fractionsTest]),
      'GET /api/testing/categories': () => json([]),
    });
    const { user } = renderApp('/tests', api.fetch, 'en');
    const table = await screen.findByRole('table', { name: 'Tests' });
    expect(within(table).getByRole('link', { name: 'Дроби: контрольна' })).toHaveAttribute('href', '/tests/41');
    expect(within(table).getByText('20 min')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'New test' }));
    expect(await screen.findByText('Your question bank is empty')).toBeInTheDocument();
  });

  it('tells a teacher without tests how to start', async () => {
    const api = fakeApi({ 'GET /api/auth/me': () => json(teacher), 'GET /api/testing/tests': () => page([]) });
    renderApp('/tests', api.fetch, 'en');
    expect(await screen.findByText('You have no tests yet')).toBeInTheDocument();
  });
});
