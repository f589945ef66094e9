import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, Me, SchoolClass, Student } from '../../api/types';
import { admin, classPage, fakeApi, json, problem } from '../../test/fakeApi';
import { location, renderApp } from '../../test/renderApp';

const created: SchoolClass = { id: 15, schoolId: 7, name: '5-В', grade: 5, academicYear: '2026/2027' };
const student = (id: number, fullName: string): Account => ({ id, schoolId: 7, email: null, fullName, roles: ['STUDENT'], language: 'uk' });

describe('classes for an admin', () => {
  it('creates a class after checking its fields, then enrols and removes students', async () => {
    const enrolled: Student[] = [{ id: 31, fullName: 'Олена Бондаренко' }];
    const api = fakeApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/classes': () => json(classPage([])),
      'POST /api/classes': () => json(created, 201),
      'GET /api/classes/15': () => json(created),
      'GET /api/classes/15/students': () => json(enrolled),
      'GET /api/users': () => json({ items: [student(31, 'Олена Бондаренко'), student(32, 'Андрій Шевчук')], page: 0, size: 200, total: 2 }),
      'POST /api/classes/15/students': (call) => {
        enrolled.push({ id: (call.body as { studentId: number }).studentId, fullName: 'Андрій Шевчук' });
        return new Response(null, { status: 204 });
      },
      'DELETE /api/classes/15/students/31': () => problem(404, 'student 31 is not in class 15'),
    });
    const { user } = renderApp('/classes', api.fetch, 'en');

    await user.click(await screen.findByRole('button', { name: 'Add class' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Create class' }));
    expect(within(dialog).getByText('Enter the class name, e.g. 7-A')).toBeInTheDocument();
    expect(within(dialog).getByText('The grade is a whole number from 1 to 12')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/classes')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Class/), '5-В');
    await user.type(within(dialog).getByLabelText(/^Grade/), '5');
    await user.clear(within(dialog).getByLabelText(/^Academic year/));
    await user.type(within(dialog).getByLabelText(/^Academic year/), '2026/2027');
    await user.click(within(dialog).getByRole('button', { name: 'Create class' }));

    expect(await screen.findByRole('heading', { name: 'Class 5-В' })).toBeInTheDocument();
    expect(location.current).toBe('/classes/15');
    expect(api.callsTo('POST', '/api/classes')[0]?.body).toEqual({ name: '5-В', grade: 5, academicYear: '2026/2027' });

    const picker = await screen.findByLabelText('Enrol a student');
    expect(within(picker).queryByRole('option', { name: 'Олена Бондаренко' })).toBeNull();
    await user.selectOptions(picker, 'Андрій Шевчук');
    await user.click(screen.getByRole('button', { name: 'Enrol' }));
    expect(await screen.findByRole('rowheader', { name: 'Андрій Шевчук' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/classes/15/students')[0]?.body).toEqual({ studentId: 32 });

    await user.click(screen.getByRole('button', { name: 'Remove Олена Бондаренко' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('student 31 is not in class 15');
  });

  it('shows a parent only the pages of their role', async () => {
    const parent: Me = { ...admin, id: 3, fullName: 'Світлана Бондаренко', roles: ['PARENT'] };
    const api = fakeApi({ 'GET /api/auth/me': () => json(parent), 'GET /api/classes': () => json(classPage([])) });
    renderApp('/invites', api.fetch, 'en');

    expect(await screen.findByText('This page is not for your role')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Classes', 'My children']);
    expect(api.callsTo('GET', '/api/invites')).toHaveLength(0);
  });
});
