import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { histogram } from './AnalysisPage';
import { assignment, fractions, page, teacher } from './fixtures';
import type { Flag, TestAnalysis } from './types';

const item = (position: number, name: string, facility: number, discrimination: number | null, flags: Flag[]) => ({
  position, name, statistics: { slot: position, attempts: 12, maxMark: 1, facility, standardDeviation: 0.3, discriminationIndex: discrimination,
    discriminativeEfficiency: null, effectiveWeight: null, flags },
});

const analysis: TestAnalysis = {
  assignmentId: 1, testId: 101, attempts: 'FIRST', waitingForGrading: 2,
  test: { attempts: 12, maxTotal: 3, mean: 1.8, median: 2, standardDeviation: 0.7, internalConsistency: 64.2 },
  questions: [
    item(0, 'Сума дробів', 0.62, 48.5, []),
    item(1, 'Спільний знаменник', 0.4, -21.3, ['NEGATIVE_DISCRIMINATION']),
    item(2, 'Дріб 3/3', 1, null, ['VERY_EASY']),
  ],
};

function api(statistics: TestAnalysis = analysis) {
  return fakeApi({
    'GET /api/auth/me': () => json(teacher),
    'GET /api/testing/assignments/1': () => json(assignment(1, 'Дроби')),
    'GET /api/testing/assignments/1/statistics': () => json(statistics),
    'GET /api/testing/assignments/1/results': () => json(fractions),
    'GET /api/testing/assignments': () => page([assignment(1, 'Дроби')]),
  });
}

describe('item analysis', () => {
  it('highlights flagged questions with the reason and leaves the others plain', async () => {
    renderApp('/analysis/1', api().fetch, 'en');

    expect(await screen.findByRole('heading', { name: 'Item analysis: Дроби' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Figures of every question' });
    const negative = within(table).getByRole('row', { name: /Q2 · Спільний знаменник/ });
    expect(negative).toHaveAttribute('data-flagged', 'true');
    expect(within(negative).getByText('Review')).toBeInTheDocument();
    expect(within(negative).getByText(/Stronger students did worse than weaker ones/)).toBeInTheDocument();
    expect(within(negative).getByText('-21.3 %')).toBeInTheDocument();
    const easy = within(table).getByRole('row', { name: /Q3 · Дріб 3\/3/ });
    expect(within(easy).getByText(/Almost everyone got it right/)).toBeInTheDocument();
    const plain = within(table).getByRole('row', { name: /Q1 · Сума дробів/ });
    expect(plain).not.toHaveAttribute('data-flagged');
    expect(within(plain).getByText('Fine')).toBeInTheDocument();
    expect(within(plain).getByText('62 %')).toBeInTheDocument();
    expect(screen.getByText('Questions worth a second look: 2')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Attempts waiting for open answers to be graded: 2.');
    expect(screen.getByRole('link', { name: 'Grade them' })).toHaveAttribute('href', '/grading?assignment=1');

    for (const chart of ['Facility', 'Discrimination', 'Score distribution']) {
      expect(screen.getByRole('figure', { name: chart })).toBeInTheDocument();
    }
  });

  it('asks the statistics for the attempts chosen', async () => {
    const fake = api();
    const { user } = renderApp('/analysis/1', fake.fetch, 'en');
    await screen.findByRole('table', { name: 'Figures of every question' });
    await user.selectOptions(screen.getByLabelText('Attempts to count'), 'The best attempt');
    await screen.findByRole('table', { name: 'Figures of every question' });
    expect(fake.calls.map((c) => c.path)).toContain('/api/testing/assignments/1/statistics?attempts=highest');
  });

  it('says when the analysis will appear while no attempt is graded', async () => {
    renderApp('/analysis/1', api({ ...analysis, waitingForGrading: 0, test: { ...analysis.test, attempts: 0 }, questions: [] }).fetch, 'en');
    expect(await screen.findByText('No graded attempts yet')).toBeInTheDocument();
    expect(screen.getByText(/once students submit the test and you have graded the open answers/)).toBeInTheDocument();
  });

  it('lists the assignments to analyse', async () => {
    renderApp('/analysis', api().fetch, 'en');
    expect(await screen.findByRole('link', { name: 'Дроби' })).toHaveAttribute('href', '/analysis/1');
  });

  it('bins graded totals by ten percent, leaving out those waiting for grading', () => {
    const bins = histogram(fractions);
    expect(bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(bins[9]!.label).toBe('90–100');
  });
});
