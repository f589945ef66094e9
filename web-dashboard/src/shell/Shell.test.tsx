import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, classPage, fakeApi, json, problem } from '../test/fakeApi';
import { location, renderApp } from '../test/renderApp';

function loggedInAdmin() {
  let loggedIn = true;
  const api = fakeApi({
    'GET /api/auth/me': () => (loggedIn ? json(admin) : problem(401, 'log in first')),
    'GET /api/classes': () => json(classPage([])),
    'POST /api/auth/logout': () => {
      loggedIn = false;
      return new Response(null, { status: 204 });
    },
  });
  return api;
}

describe('app shell', () => {
  it('shows the account name and switches the language of the whole page', async () => {
    const { user } = renderApp('/classes', loggedInAdmin().fetch);

    expect(await screen.findByRole('heading', { name: 'Класи' })).toBeInTheDocument();
    expect(screen.getByText(admin.fullName)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Вийти' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'ENG' }));

    expect(await screen.findByRole('heading', { name: 'Classes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByText('No classes here yet')).toBeInTheDocument();
    expect(screen.queryByText('Тут поки немає жодного класу')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('zalik.language')).toBe('en');
  });

  it('logs out with the CSRF token and returns to the login page', async () => {
    const api = loggedInAdmin();
    const { user } = renderApp('/classes', api.fetch);

    await user.click(await screen.findByRole('button', { name: 'Вийти' }));

    expect(await screen.findByRole('heading', { name: 'Вхід до Zalik' })).toBeInTheDocument();
    expect(location.current).toBe('/login');
    const [logout] = api.callsTo('POST', '/api/auth/logout');
    expect(logout?.headers['X-XSRF-TOKEN']).toBe('csrf-token-1');
    expect(screen.queryByText(admin.fullName)).not.toBeInTheDocument();
  });
});
