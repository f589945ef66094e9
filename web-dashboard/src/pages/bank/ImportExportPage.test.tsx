import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fractions, halfQuestion, orderQuestion, teacher } from '../../test/bankFixtures';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { FakeXhr } from '../../test/fakeXhr';

function api() {
  return fakeApi({
    'GET /api/auth/me': () => json(teacher),
    'GET /api/testing/categories': () => json([fractions]),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

const gift = () => new File(['::Половина::Скільки буде 1/2 + 1/2? {=1 ~2/4}'], 'дроби.gift', { type: 'text/plain' });

describe('question import and export', () => {
  it('uploads a GIFT file with progress and lists what it imported', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { user } = renderApp('/question-import?category=21', api().fetch, 'en');
    await user.upload(await screen.findByLabelText('Question file'), gift());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/api/testing/categories/21/questions/import-file');
    expect(xhr.headers['X-XSRF-TOKEN']).toBe('csrf-token-1');
    expect(((xhr.body as FormData).get('file') as File).name).toBe('дроби.gift');

    xhr.progress(40, 100);
    const bar = await screen.findByRole('progressbar', { name: 'Upload progress' });
    await vi.waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'));
    expect(screen.getByText('Uploading… 40%')).toBeInTheDocument();

    xhr.answer(201, [halfQuestion, orderQuestion]);
    expect(await screen.findByText('Questions imported: 2')).toBeInTheDocument();
    expect(screen.getByText('Порядок дробів')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('link', { name: 'See them in the bank' })).toHaveAttribute('href', '/bank?category=21');
  });

  it('shows the problems line by line as the server reports them', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { user } = renderApp('/question-import?category=21', api().fetch, 'en');
    await user.upload(await screen.findByLabelText('Question file'), gift());
    await user.selectOptions(screen.getByLabelText('Format'), 'gift');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    expect(FakeXhr.last!.url).toBe('/api/testing/categories/21/questions/import-file?format=gift');

    FakeXhr.last!.answer(400, { title: 'Bad Request', status: 400,
      detail: 'the GIFT file was not imported: 2 problems\nline 3: a question needs an answer block {…}\nline 9: unknown answer mark "%abc%"' });
    const table = await screen.findByRole('table', { name: 'Problems in the file' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['3a question needs an answer block {…}', '9unknown answer mark "%abc%"']);
    expect(screen.getByText('the GIFT file was not imported: 2 problems')).toBeInTheDocument();
    expect(screen.getByText('Fix these lines in the file and upload it again. No question from this file was added.')).toBeInTheDocument();
  });

  it('asks for the problems in the page’s language and lists the lines the server names', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { user } = renderApp('/question-import?category=21', api().fetch, 'uk');
    await user.upload(await screen.findByLabelText('Файл з питаннями'), gift());
    await user.click(screen.getByRole('button', { name: 'Імпортувати' }));
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    expect(FakeXhr.last!.headers['Accept-Language']).toBe('uk');

    FakeXhr.last!.answer(400, { title: 'Bad Request', status: 400,
      detail: 'файл GIFT не імпортовано, проблем: 2\nрядок 3: відповіді, відкриті {, не закрито }\nрядок 5: числовій відповіді потрібне число, а тут «3,14»',
      problems: [{ line: 3, text: 'відповіді, відкриті {, не закрито }' }, { line: 5, text: 'числовій відповіді потрібне число, а тут «3,14»' }] });
    const table = await screen.findByRole('table', { name: 'Помилки у файлі' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['3відповіді, відкриті {, не закрито }', '5числовій відповіді потрібне число, а тут «3,14»']);
    expect(screen.getByText('файл GIFT не імпортовано, проблем: 2')).toBeInTheDocument();
  });

  it('asks for a category and a file it can read before uploading', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { user } = renderApp('/question-import', api().fetch, 'en');
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(screen.getAllByText('Choose a category')).toHaveLength(1);
    expect(screen.getByText('Choose a file')).toBeInTheDocument();

    // a file picker can be told to show every file: the page still names the ones it can read
    fireEvent.change(screen.getByLabelText('Question file'), { target: { files: [new File(['x'], 'questions.docx')] } });
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByText('Name the file .gift, .txt or .xml, or choose the format')).toBeInTheDocument();
    expect(FakeXhr.last).toBeUndefined();
  });

  it('offers a category as GIFT or Moodle XML to download', async () => {
    const { user } = renderApp('/question-import', api().fetch, 'en');
    const exporter = await screen.findByRole('region', { name: 'Export' });
    expect(within(exporter).getByText('Choose a category to download its questions.')).toBeInTheDocument();
    await user.selectOptions(within(exporter).getByLabelText('Category to export'), 'Дроби');
    expect(within(exporter).getByRole('link', { name: 'Download file' })).toHaveAttribute('href', '/api/testing/categories/21/export?format=gift');
    await user.click(within(exporter).getByRole('radio', { name: 'Moodle XML' }));
    expect(within(exporter).getByRole('link', { name: 'Download file' })).toHaveAttribute('href', '/api/testing/categories/21/export?format=moodle-xml');
  });

  it('sends a teacher without categories to the bank', async () => {
    const empty = fakeApi({ 'GET /api/auth/me': () => json(teacher), 'GET /api/testing/categories': () => json([]) });
    renderApp('/question-import', empty.fetch, 'en');
    expect(await screen.findByText('Questions are imported into a category: create one in the question bank first.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'To the question bank' })).toHaveAttribute('href', '/bank');
  });
});
