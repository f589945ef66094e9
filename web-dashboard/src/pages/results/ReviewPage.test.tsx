import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { fractions, score, teacher } from './fixtures';
import type { AttemptReview, SlotReview } from './types';

const slot = (over: Partial<SlotReview>): SlotReview => ({
  slot: 0, text: '', type: 'SINGLE_CHOICE', options: null, prompts: null, response: null, points: 0, maxPoints: 1, fraction: 0,
  rightAnswers: null, feedback: null, generalFeedback: null, comment: null, shownAt: null, answeredAt: null, fast: false, ...over,
});

const review: AttemptReview = {
  attemptId: 502, assignmentId: 1, studentId: 22, number: 1, state: 'SUBMITTED', startedAt: '2026-11-10T09:00:00Z',
  submittedAt: '2026-11-10T09:20:00Z', autoSubmitted: false, score: score(1, 3, 4, true),
  slots: [
    slot({ slot: 0, text: 'Скільки буде 1/2 + 1/4?', options: ['2/6', '3/4', '1/6'], response: { kind: 'choices', chosen: [1] }, points: 1, fraction: 1,
      rightAnswers: ['3/4'], feedback: 'Так: 2/4 + 1/4 = 3/4.' }),
    slot({ slot: 1, text: 'Поясніть, навіщо спільний знаменник.', type: 'ESSAY', response: { kind: 'text', text: 'Щоб додавати частини' },
      points: null, maxPoints: 2, fraction: null, fast: true }),
    slot({ slot: 2, text: 'Розташуйте від меншого до більшого.', type: 'ORDERING', options: ['1/2', '1/8', '1/4'],
      response: { kind: 'order', items: [1, 2, 0] }, points: 0, fraction: 0, comment: 'Перевір порядок' }),
  ],
};

describe('attempt review', () => {
  it('shows each question with the student’s answer, the mark, feedback and comments', async () => {
    renderApp('/review/502', fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/attempts/502/review': () => json(review),
      'GET /api/testing/assignments/1/results': () => json(fractions),
    }).fetch, 'en');

    expect(await screen.findByRole('heading', { name: 'Олена Бондаренко: attempt 1' })).toBeInTheDocument();
    const first = screen.getByRole('article', { name: 'Question 1' });
    expect(within(first).getByText('1 of 1')).toBeInTheDocument();
    expect(within(first).getAllByText('3/4')).toHaveLength(2); // the answer and the right answer
    expect(within(first).getByText('Так: 2/4 + 1/4 = 3/4.')).toBeInTheDocument();
    const essay = screen.getByRole('article', { name: 'Question 2' });
    expect(within(essay).getByText('awaits grading')).toBeInTheDocument();
    expect(within(essay).getByText('Answered implausibly fast: worth a look')).toBeInTheDocument();
    expect(within(essay).getByRole('link', { name: 'Grade this answer' })).toHaveAttribute('href', '/grading?attempt=502&slot=1');
    const order = screen.getByRole('article', { name: 'Question 3' });
    expect(within(order).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1/8', '1/4', '1/2']);
    expect(within(order).getByText('Перевір порядок')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('open answers still wait for grading');
  });

  it('says why an attempt cannot be shown', async () => {
    renderApp('/review/9', fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/attempts/9/review': () => problem(404, 'attempt 9 not found'),
    }).fetch, 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('attempt 9 not found');
  });
});
