import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, SchoolClass } from '../../api/types';
import { admin, classPage, fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { parseStudents } from './csvImport';

const classes: SchoolClass[] = [
  { id: 11, schoolId: 7, name: '7-А', grade: 7, academicYear: '2026/2027' },
  { id: 12, schoolId: 7, name: '8-Б', grade: 8, academicYear: '2026/2027' },
];
const taken: Account = { id: 5, schoolId: 7, email: 'taken@school.ua', fullName: 'Хтось', roles: ['TEACHER'], language: 'uk' };

describe('CSV import', () => {
  it('finds unknown classes, bad and taken emails, duplicates and short rows', () => {
    const rows = parseStudents([
      'fullName,email,class',
      'Олена Коваль,olena@school.ua,7-А',
      'Петро Іваненко,,8-б',
      'Ірина Мороз,iryna@,7-А',
      'Марко Ткач,marko@school.ua,9-В',
      'Дана Лис,olena@school.ua,8-Б',
      'Олена Коваль,,7-А',
      'Тарас Бойко,taken@school.ua,7-А',
      '"Бойко, Ганна",,8-Б',
      'Самотній',
    ].join('\n'), classes, [taken]);

    expect(rows.map((r) => [r.line, r.errors.map((e) => e.key)])).toEqual([
      [2, []],
      [3, []],
      [4, ['import.errorEmail']],
      [5, ['import.errorUnknownClass']],
      [6, ['import.errorDuplicateEmail']],
      [7, ['import.errorDuplicateStudent']],
      [8, ['import.errorEmailTaken']],
      [9, []],
      [10, ['import.errorColumns', 'import.errorNoClass']],
    ]);
    expect(rows[1]?.classId).toBe(12);
    expect(rows[7]?.fullName).toBe('Бойко, Ганна');
  });

  it('previews the rows with their errors, then creates and enrols the valid ones one by one', async () => {
    let nextId = 100;
    const school: Account[] = [];
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => json(classPage(classes)),
      'GET /api/users': () => json({ items: school, page: 0, size: 200, total: school.length }),
      'POST /api/users': (call) => {
        const body = call.body as Account;
        if (body.fullName === 'Петро Іваненко') return problem(409, 'an account with email petro@school.ua already exists');
        const account = { ...body, id: nextId++, schoolId: 7 };
        school.push(account); // the next GET /api/users knows the new student, as the server would
        return json(account, 201);
      },
      'POST /api/classes/11/students': () => new Response(null, { status: 204 }),
      'POST /api/classes/12/students': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/import', api.fetch, 'en');

    const input = await screen.findByLabelText('CSV lines');
    await user.click(input);
    await user.paste('Олена Коваль,olena@school.ua,7-А\nМарко Ткач,marko@,9-В\nПетро Іваненко,petro@school.ua,8-Б\nАнна Лис,,8-Б');

    const preview = await screen.findByRole('table', { name: 'Preview of the lines' });
    expect(screen.getByText('Ready to import: 3, with errors: 1')).toBeInTheDocument();
    const bad = within(preview).getByText('Марко Ткач').closest('tr')!;
    expect(bad).toHaveTextContent('“marko@” does not look like an email');
    expect(bad).toHaveTextContent('The school has no class “9-В”');
    expect(bad).toHaveTextContent('Skipped');

    await user.click(screen.getByRole('button', { name: 'Import lines: 3' }));

    expect(await screen.findByText('Created 2, failed 1 of 3')).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('GET', '/api/users').length).toBeGreaterThan(1));
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(within(preview).getByText('Петро Іваненко').closest('tr')).toHaveTextContent('an account with email petro@school.ua already exists');
    expect(api.callsTo('POST', '/api/users').map((c) => c.body)).toEqual([
      { fullName: 'Олена Коваль', email: 'olena@school.ua', roles: ['STUDENT'], language: 'uk' },
      { fullName: 'Петро Іваненко', email: 'petro@school.ua', roles: ['STUDENT'], language: 'uk' },
      { fullName: 'Анна Лис', email: null, roles: ['STUDENT'], language: 'uk' },
    ]);
    expect(api.callsTo('POST', '/api/classes/11/students')[0]?.body).toEqual({ studentId: 100 });
    expect(api.callsTo('POST', '/api/classes/12/students')[0]?.body).toEqual({ studentId: 101 });
  });
});
