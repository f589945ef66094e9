import { screen, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { assignment, classPage, eighth, fractions, page, seventh, teacher } from './fixtures';

const students = [{ id: 21, fullName: 'Андрій Коваль' }, { id: 22, fullName: 'Олена Бондаренко' }, { id: 23, fullName: 'Марко Шевчук' }];

function api(overrides: Record<string, () => Response> = {}) {
  return fakeApi({
    'GET /api/auth/me': () => json(teacher),
    'GET /api/classes': () => classPage([seventh, eighth]),
    'GET /api/testing/assignments': () => page([assignment(1, 'Дроби'), assignment(2, 'Історія', 99)]),
    'GET /api/classes/11/students': () => json(students),
    'GET /api/classes/12/students': () => json([]),
    'GET /api/testing/assignments/1/results': () => json(fractions),
    ...overrides,
  });
}

describe('gradebook', () => {
  it('shows each student’s grade, points and percent per assignment, and what is still waiting', async () => {
    renderApp('/gradebook', api().fetch, 'en');

    const andriy = await screen.findByRole('row', { name: /Андрій Коваль/ });
    expect(within(andriy).getByText('12')).toBeInTheDocument();
    expect(within(andriy).getByText(/3 of 3 · 100 %/)).toBeInTheDocument();
    expect(within(andriy).getByRole('link', { name: 'Attempt: Андрій Коваль' })).toHaveAttribute('href', '/review/501');
    const olena = screen.getByRole('row', { name: /Олена Бондаренко/ });
    expect(within(olena).getByText('awaits grading')).toBeInTheDocument();
    expect(within(olena).getByText('late')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Марко Шевчук/ })).getByLabelText('not submitted yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Дроби' })).toHaveAttribute('href', '/analysis/1');
    expect(screen.getByRole('link', { name: 'Results of “Дроби” by question, XLSX' })).toHaveAttribute('href', '/api/testing/assignments/1/results.xlsx');
  });

  it('tells the teacher to give the class a test when it has none', async () => {
    const { user } = renderApp('/gradebook', api().fetch, 'en');
    await screen.findByRole('row', { name: /Андрій Коваль/ });

    await user.selectOptions(screen.getByLabelText('Class'), '8-Б · 2026/2027');

    expect(await screen.findByText('8-Б has no tests yet')).toBeInTheDocument();
    expect(screen.getByText(/Give the class a test \(\/assign in Telegram or the assignments page\)/)).toBeInTheDocument();
  });

  it('tells a teacher without classes whom to ask', async () => {
    renderApp('/gradebook', api({ 'GET /api/classes': () => classPage([]) }).fetch, 'en');
    expect(await screen.findByText('You do not teach a class yet')).toBeInTheDocument();
    expect(screen.getByText('Ask your school admin to make you the teacher of a class and subject.')).toBeInTheDocument();
  });

  it('says why the results failed and loads them again on retry', async () => {
    let fail = true;
    const { user } = renderApp('/gradebook', api({
      'GET /api/testing/assignments/1/results': () => (fail ? problem(403, 'not your assignment') : json(fractions)),
    }).fetch, 'en');

    expect(await screen.findByRole('alert')).toHaveTextContent('not your assignment');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('row', { name: /Андрій Коваль/ })).toBeInTheDocument();
  });

  it('downloads the class’s table as a real XLSX workbook', async () => {
    const files: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      files.push(blob);
      return 'blob:gradebook';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/gradebook', api().fetch, 'en');
    await screen.findByRole('row', { name: /Андрій Коваль/ });

    await user.click(screen.getByRole('button', { name: 'Download XLSX' }));

    expect(click).toHaveBeenCalledOnce();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('Gradebook_7-А.xlsx');
    const bytes = new Uint8Array(await files[0]!.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('Дроби: grade');
    expect(sheet).toContain('<t xml:space="preserve">Андрій Коваль</t></is></c><c r="B2"><v>3</v></c><c r="C2"><v>100</v></c><c r="D2"><v>12</v></c>');
  });
});
