import type { Choice, Question, QuestionBody, QuestionForm, QuestionType } from '../../api/bank';

/** What the editor holds: the form's fields as typed (numbers as text until saved). */
export interface Draft {
  name: string;
  text: string;
  points: string;
  tags: string;
  generalFeedback: string;
  body: QuestionBody;
}

const choice = (text: string, fraction: number): Choice => ({ text, fraction, feedback: null });

/** A fresh body of a type; choices carry over between single and multiple choice, so switching loses nothing. */
export function emptyBody(type: QuestionType, from?: QuestionBody): QuestionBody {
  const options = from && (from.type === 'SINGLE_CHOICE' || from.type === 'MULTIPLE_CHOICE') ? from.options : undefined;
  switch (type) {
    case 'SINGLE_CHOICE':
      return { type, options: options ?? [choice('', 1), choice('', 0)] };
    case 'MULTIPLE_CHOICE':
      return { type, options: options ?? [choice('', 0.5), choice('', 0.5), choice('', 0)] };
    case 'TRUE_FALSE':
      return { type, answer: true, feedbackTrue: null, feedbackFalse: null };
    case 'SHORT_ANSWER':
      return { type, answers: [choice('', 1)], caseSensitive: false };
    case 'NUMERIC':
      return { type, answers: [{ value: '', tolerance: '', fraction: 1, feedback: null }] };
    case 'MATCHING':
      return { type, pairs: [{ prompt: '', answer: '' }, { prompt: '', answer: '' }], distractors: [] };
    case 'ORDERING':
      return { type, items: ['', ''] };
    case 'ESSAY':
      return { type, graderInfo: null };
  }
}

export function newDraft(): Draft {
  return { name: '', text: '', points: '1', tags: '', generalFeedback: '', body: emptyBody('SINGLE_CHOICE') };
}

export function draftOf(question: Question): Draft {
  return {
    name: question.name,
    text: question.text,
    points: String(question.points),
    tags: question.tags.join(', '),
    generalFeedback: question.generalFeedback ?? '',
    body: question.body,
  };
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';
const isNumber = (s: unknown) => String(s ?? '').trim() !== '' && Number.isFinite(Number(String(s).replace(',', '.')));
const num = (s: unknown) => Number(String(s).replace(',', '.'));

/** Field path → bank.* message key, for every problem the server would refuse (and a few it would let through). */
export function validate(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (blank(draft.text)) errors.text = 'bank.errTextRequired';
  if (draft.name.trim().length > 200) errors.name = 'bank.errNameTooLong';
  if (!isNumber(draft.points) || num(draft.points) <= 0) errors.points = 'bank.errPoints';
  const body = draft.body;
  switch (body.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      body.options.forEach((o, i) => { if (blank(o.text)) errors[`option.${i}`] = 'bank.errOptionText'; });
      if (body.options.length < 2) errors.options = 'bank.errTwoOptions';
      else if (body.type === 'SINGLE_CHOICE' && !body.options.some((o) => o.fraction >= 1)) errors.options = 'bank.errOneRight';
      else if (body.type === 'MULTIPLE_CHOICE' && !body.options.some((o) => o.fraction > 0)) errors.options = 'bank.errSomeRight';
      break;
    case 'SHORT_ANSWER':
      body.answers.forEach((a, i) => { if (blank(a.text)) errors[`answer.${i}`] = 'bank.errAnswerText'; });
      if (body.answers.length < 1) errors.answers = 'bank.errOneAnswer';
      else if (!body.answers.some((a) => a.fraction > 0)) errors.answers = 'bank.errAnswerCredit';
      break;
    case 'NUMERIC':
      body.answers.forEach((a, i) => {
        if (!isNumber(a.value)) errors[`value.${i}`] = 'bank.errNumber';
        if (!blank(String(a.tolerance ?? '')) && (!isNumber(a.tolerance) || num(a.tolerance) < 0)) errors[`tolerance.${i}`] = 'bank.errTolerance';
      });
      if (body.answers.length < 1) errors.answers = 'bank.errOneAnswer';
      else if (!body.answers.some((a) => a.fraction > 0)) errors.answers = 'bank.errAnswerCredit';
      break;
    case 'MATCHING':
      body.pairs.forEach((p, i) => {
        if (blank(p.prompt)) errors[`prompt.${i}`] = 'bank.errPrompt';
        if (blank(p.answer)) errors[`match.${i}`] = 'bank.errMatch';
      });
      body.distractors.forEach((d, i) => { if (blank(d)) errors[`distractor.${i}`] = 'bank.errDistractor'; });
      if (body.pairs.length < 2) errors.pairs = 'bank.errTwoPairs';
      break;
    case 'ORDERING':
      body.items.forEach((item, i) => { if (blank(item)) errors[`item.${i}`] = 'bank.errItem'; });
      if (body.items.length < 2) errors.items = 'bank.errTwoItems';
      break;
    case 'TRUE_FALSE':
    case 'ESSAY':
      break;
  }
  return errors;
}

const orNull = (s: string | null | undefined) => (blank(s) ? null : s!.trim());

/** The draft as the API takes it (call only when validate found nothing). */
export function toForm(draft: Draft): QuestionForm {
  const body = draft.body;
  const clean: QuestionBody = body.type === 'NUMERIC'
    ? { type: 'NUMERIC', answers: body.answers.map((a) => ({
        value: num(a.value), tolerance: blank(String(a.tolerance ?? '')) ? 0 : num(a.tolerance), fraction: a.fraction, feedback: orNull(a.feedback),
      })) }
    : body;
  return {
    name: orNull(draft.name),
    text: draft.text.trim(),
    body: clean,
    generalFeedback: orNull(draft.generalFeedback),
    points: num(draft.points),
    tags: draft.tags.split(',').map((t) => t.trim()).filter((t) => t !== ''),
  };
}

/** Grade fractions offered for an option or answer, as Moodle offers them. */
export const fractions = [1, 0.9, 0.8, 0.75, 0.7, 0.6666667, 0.5, 0.4, 0.3333333, 0.25, 0.2, 0.1, 0, -0.1, -0.25, -0.3333333, -0.5, -1];

export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}
