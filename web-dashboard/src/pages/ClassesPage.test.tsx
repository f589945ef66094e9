import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { admin, classPage, fakeApi, json, problem } from '../test/fakeApi';
import { location, renderApp } from '../test/renderApp';

const teacher: Me = { ...admin, id: 2, fullName: 'Іван Вчитель', roles: ['TEACHER'] };

describe('classes page', () => {
  it('lists the classes with name, grade and academic year', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => json(classPage([
        { id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2025/2026' },
        { id: 12, schoolId: 7, name: '8-Б', grade: 8, academicYear: '2025/2026' },
      ])),
    });
    renderApp('/classes', api.fetch);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Клас', 'Рік навчання', 'Навчальний рік']);
    expect(within(rows[1]!).getAllByRole('rowheader')[0]).toHaveTextContent('7-А');
    expect(rows[2]).toHaveTextContent('8-Б82025/2026');
    expect(table).toHaveTextContent('Усього: 2');
  });

  it('tells an admin with no classes how to add them', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => json(classPage([])),
    });
    renderApp('/classes', api.fetch);

    expect(await screen.findByText('Тут поки немає жодного класу')).toBeInTheDocument();
    expect(screen.getByText(/Додайте перший клас/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells a teacher with no classes to ask the admin', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/classes': () => json(classPage([])),
    });
    renderApp('/classes', api.fetch);

    expect(await screen.findByText(/Попросіть адміністратора школи додати вас/)).toBeInTheDocument();
  });

  it('shows the error and loads again on retry', async () => {
    let failing = true;
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => (failing
        ? problem(403, 'only staff may list classes')
        : json(classPage([{ id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2025/2026' }]))),
    });
    const { user } = renderApp('/classes', api.fetch);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не вдалося завантажити класи');
    expect(alert).toHaveTextContent('only staff may list classes');

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Спробувати знову' }));
    expect(await screen.findByRole('rowheader', { name: '7-А' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the server is unreachable when fetch fails', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    renderApp('/classes', api.fetch);

    expect(await screen.findByRole('alert')).toHaveTextContent('Немає зв’язку із сервером');
  });

  it('sends a visitor who is not logged in to the login page', async () => {
    const api = fakeApi({});
    renderApp('/classes', api.fetch);

    expect(await screen.findByRole('heading', { name: 'Вхід до Zalik' })).toBeInTheDocument();
    expect(location.current).toBe('/login');
    expect(api.callsTo('GET', '/api/classes')).toHaveLength(0);
  });

  it('sends the user to login when the session ends while listing', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => problem(401, 'log in first: POST /api/auth/login'),
    });
    renderApp('/classes', api.fetch);

    expect(await screen.findByRole('heading', { name: 'Вхід до Zalik' })).toBeInTheDocument();
    expect(location.current).toBe('/login');
  });

  it('redirects an unknown address to the classes', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => json(classPage([])),
    });
    renderApp('/no/such/page', api.fetch);

    expect(await screen.findByRole('heading', { name: 'Класи' })).toBeInTheDocument();
    expect(location.current).toBe('/classes');
  });
});
