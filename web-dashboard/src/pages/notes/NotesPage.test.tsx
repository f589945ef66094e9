import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { classPage, page, seventh, teacher } from '../results/fixtures';
import type { Note } from './types';

const note = (id: number, text: string, over: Partial<Note> = {}): Note => ({
  id, authorId: teacher.id, text, tags: [], subjectId: null, audience: 'PRIVATE', studentId: null, classId: null, questionId: null,
  createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-11-20T10:00:00Z', ...over,
});

function api(notes: Note[]) {
  let nextId = 100;
  return fakeApi({
    'GET /api/auth/me': () => json(teacher),
    'GET /api/classes': () => classPage([seventh]),
    'GET /api/classes/11/students': () => json([{ id: 21, fullName: 'Андрій Коваль' }, { id: 22, fullName: 'Олена Бондаренко' }]),
    'GET /api/subjects': () => json([{ id: 1, schoolId: 7, name: 'Математика' }]),
    'GET /api/notes': (call) => {
      const student = new URLSearchParams(call.path.split('?')[1]).get('studentId');
      return page(notes.filter((n) => !student || n.studentId === Number(student)));
    },
    'GET /api/notes/search': (call) => {
      const q = new URLSearchParams(call.path.split('?')[1]).get('q') ?? '';
      return page(notes.filter((n) => n.text.includes(q)));
    },
    'POST /api/notes': (call) => {
      const created = note(nextId++, (call.body as Note).text, call.body as Partial<Note>);
      notes.unshift(created);
      return json(created, 201);
    },
    'PUT /api/notes/1': (call) => {
      Object.assign(notes.find((n) => n.id === 1)!, call.body as object);
      return json(notes.find((n) => n.id === 1));
    },
    'DELETE /api/notes/2': () => {
      notes.splice(notes.findIndex((n) => n.id === 2), 1);
      return new Response(null, { status: 204 });
    },
  });
}

describe('teacher notes', () => {
  it('asks for the student before sharing a note with parents, then saves it', async () => {
    const fake = api([]);
    const { user } = renderApp('/notes', fake.fetch, 'en');
    expect(await screen.findByText('No notes yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByText('Write the note’s text')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Text/), 'Андрій молодець #похвала');
    await user.click(screen.getByLabelText('The student’s parents'));
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByText('Choose the student whose parents read the note')).toBeInTheDocument();
    expect(fake.callsTo('POST', '/api/notes')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Student'), 'Андрій Коваль');
    await user.selectOptions(screen.getByLabelText('Subject'), 'Математика');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const card = await screen.findByRole('article', { name: 'Note: Андрій молодець #похвала' });
    expect(within(card).getByText('Parents read it: Андрій Коваль')).toBeInTheDocument();
    expect(within(card).getByText('Математика')).toBeInTheDocument();
    expect(fake.callsTo('POST', '/api/notes')[0]?.body).toEqual({
      text: 'Андрій молодець #похвала', subjectId: 1, audience: 'PARENTS', studentId: 21, classId: null,
    });
  });

  it('shares a note with a class', async () => {
    const fake = api([]);
    const { user } = renderApp('/notes', fake.fetch, 'en');
    await user.type(await screen.findByLabelText(/^Text/), 'Контрольна в п’ятницю');
    await user.click(screen.getByLabelText('The whole class'));
    await user.selectOptions(screen.getByLabelText('Class'), '7-А');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText('For class 7-А')).toBeInTheDocument();
    expect(fake.callsTo('POST', '/api/notes')[0]?.body).toMatchObject({ audience: 'CLASS', classId: 11, studentId: null });
  });

  it('edits, deletes, searches and filters notes about a student, and exports what is listed', async () => {
    const fake = api([note(1, 'Перевірити зошити'), note(2, 'Стара нотатка'), note(3, 'Олена пропустила урок', { studentId: 22 }),
      note(4, 'Від колеги', { authorId: 99, audience: 'CLASS', classId: 11 })]);
    const { user } = renderApp('/notes', fake.fetch, 'en');

    await user.click(await screen.findByRole('button', { name: 'Edit note: Перевірити зошити' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit note' });
    await user.clear(within(dialog).getByLabelText(/^Text/));
    await user.type(within(dialog).getByLabelText(/^Text/), 'Перевірити зошити до середи');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('article', { name: 'Note: Перевірити зошити до середи' })).toBeInTheDocument();
    expect(fake.callsTo('PUT', '/api/notes/1')[0]?.body).toEqual({ text: 'Перевірити зошити до середи', subjectId: null });

    await user.click(screen.getByRole('button', { name: 'Delete note: Стара нотатка' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete the note?' })).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Total: 3');
    expect(screen.queryByRole('article', { name: 'Note: Стара нотатка' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit note: Від колеги' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('About student'), 'Олена Бондаренко');
    expect(await screen.findByText('Total: 1')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Note: Олена пропустила урок' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export to Markdown' })).toHaveAttribute('href', '/api/notes/export?studentId=22');

    await user.type(screen.getByRole('textbox', { name: /^Search/ }), 'зошити');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('article', { name: 'Note: Перевірити зошити до середи' })).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /^Search/ }));
    await user.type(screen.getByRole('textbox', { name: /^Search/ }), 'нічого такого');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Nothing found')).toBeInTheDocument();
  });
});
