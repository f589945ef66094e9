import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, Me } from '../api/types';
import { admin, fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const parent: Me = { ...admin, id: 3, fullName: 'Світлана Бондаренко', roles: ['PARENT'] };
const child = (id: number, fullName: string): Account => ({ id, schoolId: 7, email: null, fullName, roles: ['STUDENT'], language: 'uk' });

describe('a parent’s children', () => {
  it('shows each child with their classes and says what is still to come', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(parent),
      'GET /api/users/3/children': () => json([child(31, 'Олена Бондаренко'), child(32, 'Андрій Бондаренко')]),
      'GET /api/users/31/classes': () => json([{ id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2026/2027' }]),
      'GET /api/users/32/classes': () => json([]),
    });
    renderApp('/children', api.fetch, 'en');

    const olena = await screen.findByRole('article', { name: 'Олена Бондаренко' });
    expect(await within(olena).findByText('7-А · 2026/2027')).toBeInTheDocument();
    const andriy = screen.getByRole('article', { name: 'Андрій Бондаренко' });
    expect(await within(andriy).findByText('Not enrolled in a class yet')).toBeInTheDocument();
    expect(screen.getByText('Grades, deadlines and study time')).toBeInTheDocument();
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
