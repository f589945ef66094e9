import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { School } from '../../api/types';
import { admin, fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const school: School = { id: 7, name: 'Ліцей №1', timezone: 'Europe/Kyiv', gradeScale: { thresholds: [0, 20, 34, 44, 52, 60, 68, 74, 80, 86, 91, 96] } };

describe('school settings', () => {
  it('says inline which threshold breaks the scale and sends nothing', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/schools/current': () => json(school),
    });
    const { user } = renderApp('/school', api.fetch, 'en');

    const grade5 = await screen.findByLabelText('Grade 5 from');
    await user.clear(grade5);
    await user.type(grade5, '30');

    expect(screen.getByText('Must be higher than for the grade before')).toBeInTheDocument();
    expect(grade5).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.callsTo('PATCH', '/api/schools/current')).toHaveLength(0);
  });

  it('saves name, zone and scale and shows the server’s reason when it refuses', async () => {
    let refuse = true;
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/schools/current': () => json(school),
      'PATCH /api/schools/current': (call) => (refuse ? problem(400, 'unknown time zone Mars/Base') : json({ ...school, ...(call.body as object) })),
    });
    const { user } = renderApp('/school', api.fetch, 'en');

    const name = await screen.findByLabelText(/School name/);
    await user.clear(name);
    await user.type(name, 'Гімназія №2');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Warsaw');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('unknown time zone Mars/Base');
    refuse = false;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/schools/current').at(-1)?.body).toEqual({
      name: 'Гімназія №2', timezone: 'Europe/Warsaw', gradeThresholds: school.gradeScale.thresholds,
    });
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Invites' })).toBeInTheDocument();
  });
});
