import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Category } from '../../api/bank';
import { decimals, fractions, halfQuestion, orderQuestion, page, teacher } from '../../test/bankFixtures';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

describe('question bank', () => {
  it('starts an empty bank with a first category', async () => {
    const categories: Category[] = [];
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/categories': () => json(categories),
      'POST /api/testing/categories': () => {
        categories.push(fractions);
        return json(fractions, 201);
      },
      'GET /api/testing/categories/21/questions': () => page([]),
    });
    const { user } = renderApp('/bank', api.fetch, 'en');

    expect(await screen.findByText('No categories in your bank yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create category' }));
    expect(screen.getByText('Enter the category’s name')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/categories')).toHaveLength(0);

    await user.type(screen.getByLabelText('Category name'), 'Дроби');
    await user.click(screen.getByRole('button', { name: 'Create category' }));
    expect(await screen.findByText('No questions in this category yet')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/categories')[0]?.body).toEqual({ name: 'Дроби', parentId: null });
    expect(screen.getByRole('link', { name: 'Add question' })).toHaveAttribute('href', '/bank/new?category=21');
    expect(screen.getByRole('link', { name: 'Import and export' })).toHaveAttribute('href', '/question-import?category=21');
  });

  it('lists, searches, previews and deletes questions of the chosen category', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    let questions = [halfQuestion, orderQuestion];
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/categories': () => json([fractions, decimals]),
      'GET /api/testing/categories/21/questions': () => page(questions),
      'DELETE /api/testing/questions/302': () => {
        questions = [halfQuestion];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/bank', api.fetch, 'en');

    expect(await screen.findByText('Pick a category')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Categories' });
    expect(within(nav).getByRole('button', { name: 'Дроби / Десяткові' })).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Дроби' }));

    const table = await screen.findByRole('table', { name: 'Questions of Дроби' });
    expect(within(table).getByRole('link', { name: 'Половина' })).toHaveAttribute('href', '/bank/questions/301');
    expect(within(table).getByText('Single choice')).toBeInTheDocument();
    expect(within(table).getByText('Ordering')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search'), 'дроб');
    expect(within(table).getByText('Порядок дробів')).toBeInTheDocument(); // by name
    expect(within(table).getByText('Половина')).toBeInTheDocument(); // by its tag «дроби»
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'упорядкуйте');
    expect(within(table).queryByText('Половина')).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'zzz');
    expect(screen.getByText('Nothing matches “zzz”. Try another word.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search'));

    await user.click(screen.getByRole('button', { name: 'Preview “Половина” as a student sees it' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: '2/4' })).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('Додайте чисельники'); // feedback is not shown before answering
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Delete “Порядок дробів”' }));
    expect(await screen.findByText('Половина')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByText('Порядок дробів')).not.toBeInTheDocument());
  });

  it('renames a category, and will not take an empty name', async () => {
    let name = 'Дроби';
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/categories': () => json([{ ...fractions, name }]),
      'GET /api/testing/categories/21/questions': () => page([halfQuestion]),
      'PUT /api/testing/categories/21': (call) => {
        name = (call.body as { name: string }).name;
        return json({ ...fractions, name });
      },
    });
    const { user } = renderApp('/bank?category=21', api.fetch, 'en');
    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const form = screen.getByRole('form', { name: 'Rename “Дроби”' });
    await user.clear(within(form).getByLabelText('New name'));
    expect(within(form).getByText('Enter the category’s name')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(api.callsTo('PUT', '/api/testing/categories/21')).toHaveLength(0);

    await user.type(within(form).getByLabelText('New name'), 'Звичайні дроби');
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('button', { name: 'Звичайні дроби' })).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/testing/categories/21')[0]?.body).toEqual({ name: 'Звичайні дроби' });
  });

  it('says what failed and retries', async () => {
    let fail = true;
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/categories': () => (fail ? problem(503, '') : json([fractions])),
    });
    const { user } = renderApp('/bank?category=21', api.fetch, 'en');
    expect(await screen.findByText('Could not load the categories')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Could not load the questions')).toBeInTheDocument(); // its questions' handler is missing: 404
  });
});
