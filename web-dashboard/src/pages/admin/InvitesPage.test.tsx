import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Invite, SchoolClass } from '../../api/types';
import { admin, classPage, fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const seventh: SchoolClass = { id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2026/2027' };
const invite: Invite = {
  id: 3, code: 'AbC123xyz', schoolId: 7, role: 'STUDENT', classId: 11, childId: null,
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), maxUses: 30, uses: 0, revoked: false,
  deepLink: 'https://t.me/ZalikBot?start=AbC123xyz',
};

describe('invites', () => {
  it('asks for a class, creates the invite and shows its deep link with a QR code', async () => {
    const invites: Invite[] = [];
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => json(classPage([seventh])),
      'GET /api/users': () => json({ items: [], page: 0, size: 200, total: 0 }),
      'GET /api/invites': () => json({ items: invites, page: 0, size: 12, total: invites.length }),
      'POST /api/invites': () => {
        invites.push(invite);
        return json(invite, 201);
      },
      'DELETE /api/invites/3': () => {
        invites[0] = { ...invite, revoked: true };
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/invites', api.fetch, 'en');

    expect(await screen.findByText('No invites yet')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Valid for, days'));
    await user.type(screen.getByLabelText('Valid for, days'), '400');
    await user.click(screen.getByRole('button', { name: 'Create invite' }));
    expect(screen.getByText('Choose the class the students join')).toBeInTheDocument();
    expect(screen.getByText('From 1 to 365 days')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/invites')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Class'), '7-А');
    await user.clear(screen.getByLabelText('Valid for, days'));
    await user.type(screen.getByLabelText('Valid for, days'), '7');
    await user.click(screen.getByRole('button', { name: 'Create invite' }));

    const card = await screen.findByRole('article', { name: 'Invite AbC123xyz' });
    expect(within(card).getByRole('link', { name: invite.deepLink })).toHaveAttribute('href', invite.deepLink);
    expect(within(card).getByRole('img', { name: 'QR code of invite AbC123xyz' }).tagName).toBe('svg');
    expect(within(card).getByText('Student · 7-А')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/invites')[0]?.body).toEqual({ role: 'STUDENT', classId: 11, childId: null, validDays: 7, maxUses: 30 });

    await user.click(within(card).getByRole('button', { name: 'Revoke invite AbC123xyz' }));
    const revoked = await screen.findByText('Revoked');
    expect(revoked.closest('article')?.querySelector('svg')).toBeNull();
  });
});
