import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, classPage, fakeApi, json, problem } from '../test/fakeApi';
import { location, renderApp } from '../test/renderApp';

describe('login page', () => {
  it('asks for both fields before calling the API', async () => {
    const api = fakeApi({});
    const { user } = renderApp('/login', api.fetch);

    await user.click(await screen.findByRole('button', { name: 'Увійти' }));

    expect(screen.getByText('Введіть електронну пошту')).toBeInTheDocument();
    expect(screen.getByText('Введіть пароль')).toBeInTheDocument();
    expect(screen.getByLabelText(/Електронна пошта/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Електронна пошта/)).toHaveFocus();
    expect(api.callsTo('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('says when the email is not an email, and the message goes once it is fixed', async () => {
    const api = fakeApi({});
    const { user } = renderApp('/login', api.fetch);

    await user.type(await screen.findByLabelText(/Електронна пошта/), 'teacher.school.ua');
    await user.type(screen.getByLabelText(/Пароль/), 'secret');
    await user.click(screen.getByRole('button', { name: 'Увійти' }));
    expect(screen.getByText('Це не схоже на адресу електронної пошти')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Електронна пошта/), '@x');
    expect(screen.queryByText('Це не схоже на адресу електронної пошти')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('says "wrong email or password" on 401 and stays on the page', async () => {
    const api = fakeApi({ 'POST /api/auth/login': () => problem(401, 'wrong email or password') });
    const { user } = renderApp('/login', api.fetch);

    await user.type(await screen.findByLabelText(/Електронна пошта/), 'admin@school.ua');
    await user.type(screen.getByLabelText(/Пароль/), 'not-it');
    await user.click(screen.getByRole('button', { name: 'Увійти' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Неправильна пошта або пароль');
    expect(location.current).toBe('/login');
  });

  it('asks to wait on 429, with the seconds from Retry-After', async () => {
    const api = fakeApi({
      'POST /api/auth/login': () => problem(429, 'too many failed logins; try again in 42 s', { 'Retry-After': '42' }),
    });
    const { user } = renderApp('/login', api.fetch, 'en');

    await user.type(await screen.findByLabelText(/Email/), 'admin@school.ua');
    await user.type(screen.getByLabelText(/Password/), 'guess');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many login attempts, wait and try again.');
    expect(alert).toHaveTextContent('Next try in 42 s.');
  });

  it('shows the API problem detail for other refusals', async () => {
    const api = fakeApi({ 'POST /api/auth/login': () => problem(400, 'email: size must be between 0 and 254') });
    const { user } = renderApp('/login', api.fetch);

    await user.type(await screen.findByLabelText(/Електронна пошта/), 'a@b');
    await user.type(screen.getByLabelText(/Пароль/), 'x');
    await user.click(screen.getByRole('button', { name: 'Увійти' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('email: size must be between 0 and 254');
  });

  it('logs in with the CSRF token echoed and lands on the classes', async () => {
    let loggedIn = false;
    const api = fakeApi({
      'GET /api/auth/me': () => (loggedIn ? json(admin) : problem(401, 'log in first')),
      'POST /api/auth/login': () => {
        loggedIn = true;
        return json(admin);
      },
      'GET /api/classes': () => json(classPage([])),
    }, 'token-from-server');
    const { user } = renderApp('/login', api.fetch);

    await user.type(await screen.findByLabelText(/Електронна пошта/), '  admin@school.ua ');
    await user.type(screen.getByLabelText(/Пароль/), 'admin-password');
    await user.click(screen.getByRole('button', { name: 'Увійти' }));

    expect(await screen.findByRole('heading', { name: 'Класи' })).toBeInTheDocument();
    expect(screen.getByText(admin.fullName)).toBeInTheDocument();
    await waitFor(() => expect(location.current).toBe('/classes'));
    const [login] = api.callsTo('POST', '/api/auth/login');
    expect(login?.body).toEqual({ email: 'admin@school.ua', password: 'admin-password' });
    expect(login?.headers['X-XSRF-TOKEN']).toBe('token-from-server');
    expect(login?.credentials).toBe('same-origin');
  });
});
