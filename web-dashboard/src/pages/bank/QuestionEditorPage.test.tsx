import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionType } from '../../api/bank';
import { fractions, halfQuestion, teacher } from '../../test/bankFixtures';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { FakeXhr } from '../../test/fakeXhr';
import { location, renderApp } from '../../test/renderApp';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

function bankApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/auth/me': () => json(teacher),
    'GET /api/testing/categories': () => json([fractions]),
    'GET /api/testing/categories/21/questions': () => json({ items: [], page: 0, size: 200, total: 0 }),
    'POST /api/testing/categories/21/questions': (call) => {
      const form = call.body as { name: string | null; text: string };
      return json({ ...halfQuestion, ...form, id: 999, name: form.name ?? form.text }, 201);
    },
    ...extra,
  });
}

/** Types by pasting: what a person types, without a keystroke-by-keystroke render on a slow machine. */
async function fill(user: UserEvent, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function open(type: QuestionType) {
  const api = bankApi();
  const view = renderApp('/bank/new?category=21', api.fetch, 'en');
  await view.user.selectOptions(await screen.findByLabelText('Type'), type);
  await fill(view.user, 'Question text', 'What is it?');
  return { ...view, api };
}

type Fill = (user: UserEvent) => Promise<void>;

/** Each type: what the author fills in, and the body the API receives. */
const cases: [QuestionType, Fill, unknown][] = [
  ['SINGLE_CHOICE', async (user) => {
    await fill(user, 'Text of option 1', 'Kyiv');
    await fill(user, 'Text of option 2', 'Lviv');
    await fill(user, 'Feedback on 2', 'Not the capital');
  }, { type: 'SINGLE_CHOICE', options: [{ text: 'Kyiv', fraction: 1, feedback: null }, { text: 'Lviv', fraction: 0, feedback: 'Not the capital' }] }],
  ['MULTIPLE_CHOICE', async (user) => {
    await fill(user, 'Text of option 1', '2');
    await fill(user, 'Text of option 2', '3');
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    await fill(user, 'Text of option 3', '4');
    await user.selectOptions(screen.getByLabelText('Credit for 1'), '0.5');
    await user.selectOptions(screen.getByLabelText('Credit for 2'), '0.5');
    await user.selectOptions(screen.getByLabelText('Credit for 3'), '-1');
  }, { type: 'MULTIPLE_CHOICE', options: [{ text: '2', fraction: 0.5, feedback: null }, { text: '3', fraction: 0.5, feedback: null }, { text: '4', fraction: -1, feedback: null }] }],
  ['TRUE_FALSE', async (user) => {
    await user.click(within(screen.getByRole('form', { name: 'Question editor' })).getByRole('radio', { name: 'False' }));
    await fill(user, 'Feedback when the student picks “True”', 'No, it is false');
  }, { type: 'TRUE_FALSE', answer: false, feedbackTrue: 'No, it is false', feedbackFalse: null }],
  ['SHORT_ANSWER', async (user) => {
    await fill(user, 'Accepted answer 1', 'Kyiv');
    await user.click(screen.getByRole('button', { name: 'Add answer' }));
    await fill(user, 'Accepted answer 2', 'Kiev');
    await user.selectOptions(screen.getByLabelText('Credit for 2'), '0.5');
    await user.click(screen.getByLabelText('Capital and small letters matter'));
  }, { type: 'SHORT_ANSWER', caseSensitive: true, answers: [{ text: 'Kyiv', fraction: 1, feedback: null }, { text: 'Kiev', fraction: 0.5, feedback: null }] }],
  ['NUMERIC', async (user) => {
    await fill(user, 'Value 1', '3,14');
    await fill(user, 'Tolerance 1', '0.01');
  }, { type: 'NUMERIC', answers: [{ value: 3.14, tolerance: 0.01, fraction: 1, feedback: null }] }],
  ['MATCHING', async (user) => {
    await fill(user, 'Prompt 1', 'Ukraine');
    await fill(user, 'Answer to prompt 1', 'Kyiv');
    await fill(user, 'Prompt 2', 'Poland');
    await fill(user, 'Answer to prompt 2', 'Warsaw');
    await user.click(screen.getByRole('button', { name: 'Add extra answer' }));
    await fill(user, 'Extra answer 1', 'Vienna');
  }, { type: 'MATCHING', pairs: [{ prompt: 'Ukraine', answer: 'Kyiv' }, { prompt: 'Poland', answer: 'Warsaw' }], distractors: ['Vienna'] }],
  ['ORDERING', async (user) => {
    await fill(user, 'Item 1', 'second');
    await fill(user, 'Item 2', 'first');
    await user.click(screen.getByRole('button', { name: 'Move item 2 up' }));
  }, { type: 'ORDERING', items: ['first', 'second'] }],
  ['ESSAY', async (user) => {
    await fill(user, 'Notes for grading', 'Look for three arguments');
  }, { type: 'ESSAY', graderInfo: 'Look for three arguments' }],
];

describe('question editor', () => {
  it.each(cases)('writes a %s question and sends its body', async (_type, author, body) => {
    const { user, api } = await open(_type);
    await author(user);
    await user.click(screen.getByRole('button', { name: 'Create question' }));

    expect(await screen.findByText('Question “What is it?” saved')).toBeInTheDocument();
    expect(location.current).toBe('/bank');
    expect(api.callsTo('POST', '/api/testing/categories/21/questions')[0]?.body)
      .toEqual({ name: null, text: 'What is it?', body, generalFeedback: null, points: 1, tags: [] });
  });

  it('marks every missing part of a choice question and sends nothing', async () => {
    const api = bankApi();
    const { user } = renderApp('/bank/new?category=21', api.fetch, 'en');
    await user.clear(await screen.findByLabelText('Points'));
    await fill(user, 'Points', '0');
    await user.selectOptions(screen.getByLabelText('Credit for 1'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Create question' }));

    expect(screen.getByText('Write the question’s text')).toBeInTheDocument();
    expect(screen.getByText('Points are a number above 0')).toBeInTheDocument();
    expect(screen.getAllByText('Write the option’s text or remove it')).toHaveLength(2);
    expect(screen.getByText('One option must be worth 100%')).toBeInTheDocument();
    expect(screen.getByText('Fix the marked fields and save again.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove option 2' }));
    expect(screen.getByText('At least two options are needed')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/categories/21/questions')).toHaveLength(0);
  });

  it('checks numbers, pairs and items of the other types', async () => {
    const { user, api } = await open('NUMERIC');
    await fill(user, 'Value 1', 'abc');
    await fill(user, 'Tolerance 1', '-1');
    await user.click(screen.getByRole('button', { name: 'Create question' }));
    expect(screen.getByText('Enter a number, such as 3.14')).toBeInTheDocument();
    expect(screen.getByText('A tolerance is a number, 0 or more')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Type'), 'MATCHING');
    await fill(user, 'Prompt 1', 'Ukraine');
    expect(screen.getAllByText('Write the prompt’s answer')).toHaveLength(2);
    expect(screen.getByText('Write the prompt or remove the pair')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Type'), 'ORDERING');
    await user.click(screen.getByRole('button', { name: 'Remove item 2' }));
    expect(screen.getByText('At least two items are needed')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/testing/categories/21/questions')).toHaveLength(0);
  });

  it('shows the question as a student sees it, without the right answers', async () => {
    const { user } = await open('SINGLE_CHOICE');
    await fill(user, 'Text of option 1', 'Kyiv');
    await fill(user, 'Text of option 2', 'Lviv');
    const preview = screen.getByRole('region', { name: 'What a student sees' });
    expect(within(preview).getByText('What is it?')).toBeInTheDocument();
    expect(within(preview).getByRole('radio', { name: 'Kyiv' })).not.toBeChecked();
    expect(within(preview).getByRole('radio', { name: 'Lviv' })).toBeInTheDocument();
    expect(preview).not.toHaveTextContent('100%');

    await user.selectOptions(screen.getByLabelText('Type'), 'ORDERING');
    await fill(user, 'Item 1', 'a first');
    await fill(user, 'Item 2', 'b second');
    // never in the right order, so the preview does not give the answer away
    expect(within(preview).getAllByText(/^\d\. /).map((e) => e.textContent)).toEqual(['1. b second', '2. a first']);
  });

  it('edits a question in place and shows what the server refused', async () => {
    const api = bankApi({
      'GET /api/testing/questions/301': () => json(halfQuestion),
      'PUT /api/testing/questions/301': () => problem(400, 'a single-choice question needs one option worth 100%'),
    });
    const { user } = renderApp('/bank/questions/301', api.fetch, 'en');
    expect(await screen.findByDisplayValue('Скільки буде 1/2 + 1/2?')).toBeInTheDocument();
    expect(screen.getByLabelText('Text of option 2')).toHaveValue('2/4');
    await user.clear(screen.getByLabelText('Points'));
    await fill(user, 'Points', '2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('a single-choice question needs one option worth 100%')).toBeInTheDocument();
    const sent = api.callsTo('PUT', '/api/testing/questions/301')[0]?.body as { points: number; categoryId: number; tags: string[] };
    expect(sent).toMatchObject({ points: 2, categoryId: 21, tags: ['дроби'] });
  });

  it('gives a saved question a picture the student sees', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    let question = halfQuestion;
    const api = bankApi({ 'GET /api/testing/questions/301': () => json(question) });
    renderApp('/bank/questions/301', api.fetch, 'en');
    const input = await screen.findByLabelText('Picture');
    fireEvent.change(input, { target: { files: [new File(['GIF89a'], 'scan.gif', { type: 'image/gif' })] } });
    expect(screen.getByText('A PNG, JPEG or WebP picture is needed')).toBeInTheDocument();
    expect(FakeXhr.last).toBeUndefined();

    fireEvent.change(input, { target: { files: [new File([new Uint8Array([137, 80, 78, 71])], 'pie.png', { type: 'image/png' })] } });
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    expect(FakeXhr.last!.method).toBe('PUT');
    expect(FakeXhr.last!.url).toBe('/api/testing/questions/301/image');
    expect(FakeXhr.last!.headers['Content-Type']).toBe('image/png');
    question = { ...halfQuestion, hasImage: true };
    FakeXhr.last!.answer(200, question);

    const preview = screen.getByRole('region', { name: 'What a student sees' });
    expect(await within(preview).findByRole('img', { name: 'The question’s picture' })).toHaveAttribute('src', '/api/testing/questions/301/image?v=1');
    expect(screen.getByRole('button', { name: 'Remove picture' })).toBeInTheDocument();
  });

  it('sends a teacher without categories to the bank first', async () => {
    const api = fakeApi({ 'GET /api/auth/me': () => json(teacher), 'GET /api/testing/categories': () => json([]) });
    renderApp('/bank/new', api.fetch, 'en');
    expect(await screen.findByText('Questions live in categories: create a category in the bank first.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'To the question bank' })).toHaveAttribute('href', '/bank');
  });
});
