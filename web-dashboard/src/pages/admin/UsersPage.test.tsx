import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, Page } from '../../api/types';
import { admin, fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const olena: Account = { id: 21, schoolId: 7, email: 'olena@school.ua', fullName: 'Олена Бондаренко', roles: ['STUDENT'], language: 'uk' };
const page = (items: Account[]): Page<Account> => ({ items, page: 0, size: 25, total: items.length });

describe('users', () => {
  it('lists accounts with their roles', async () => {
    const api = fakeApi({ 'GET /api/auth/me': () => json(admin), 'GET /api/users': () => json(page([olena])) });
    renderApp('/users', api.fetch, 'en');

    const row = (await screen.findByRole('rowheader', { name: olena.fullName })).closest('tr')!;
    expect(row).toHaveTextContent('olena@school.ua');
    expect(within(row).getByText('Student')).toBeInTheDocument();
  });

  it('checks the new account’s fields inline, then shows the server’s detail', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/users': () => json(page([])),
      'POST /api/users': () => problem(409, 'an account with email olena@school.ua already exists'),
    });
    const { user } = renderApp('/users', api.fetch, 'en');

    expect(await screen.findByText('Nobody found')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Email'), 'not-an-email');
    await user.type(within(dialog).getByLabelText(/^Password/), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(within(dialog).getByText('Enter the full name')).toBeInTheDocument();
    expect(within(dialog).getByText('This does not look like an email address')).toBeInTheDocument();
    expect(within(dialog).getByText('A password has 8 to 200 characters')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one role')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/users')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Full name/), olena.fullName);
    await user.clear(within(dialog).getByLabelText('Email'));
    await user.type(within(dialog).getByLabelText('Email'), 'olena@school.ua');
    await user.clear(within(dialog).getByLabelText(/^Password/));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Student' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Parent' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('an account with email olena@school.ua already exists');
    expect(api.callsTo('POST', '/api/users')[0]?.body).toEqual({
      fullName: olena.fullName, email: 'olena@school.ua', password: null, roles: ['STUDENT', 'PARENT'], language: 'uk',
    });
  });

  it('changes roles and sets a password of an existing account', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/users': () => json(page([olena])),
      'PATCH /api/users/21': () => json(olena),
      'PUT /api/users/21/roles': (call) => json({ ...olena, ...(call.body as object) }),
      'PUT /api/users/21/password': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/users', api.fetch, 'en');

    await user.click(await screen.findByRole('button', { name: `Edit: ${olena.fullName}` }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('New password'), 'new-secret-1');
    await user.click(within(dialog).getByRole('button', { name: 'Set password' }));
    expect(await within(dialog).findByText('Password changed')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/users/21/password')[0]?.body).toEqual({ password: 'new-secret-1' });

    await user.click(within(dialog).getByRole('checkbox', { name: 'Teacher' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('rowheader', { name: olena.fullName });
    expect(api.callsTo('PUT', '/api/users/21/roles')[0]?.body).toEqual({ roles: ['STUDENT', 'TEACHER'] });
  });
});
