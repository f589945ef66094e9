import type { GradingMethod, Navigation, ReviewPolicy, Slot, TestView } from '../../api/bank';

/** The builder's form: numbers as typed until saved. */
export interface TestDraft {
  title: string;
  timeLimit: string;
  attempts: string;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  navigation: Navigation;
  passPercent: string;
  review: ReviewPolicy;
  slots: SlotDraft[];
}

export interface SlotDraft {
  questionId: number | null;
  categoryId: number | null;
  count: string;
  points: string;
}

export function newTestDraft(): TestDraft {
  return {
    title: '', timeLimit: '', attempts: '1', gradingMethod: 'HIGHEST', shuffleQuestions: false, shuffleOptions: false,
    navigation: 'FREE', passPercent: '', review: { when: 'AFTER_ATTEMPT', score: true, responses: true, rightAnswers: false, feedback: false }, slots: [],
  };
}

export function testDraftOf(test: TestView): TestDraft {
  const s = test.settings;
  return {
    title: test.title,
    timeLimit: s.timeLimitMinutes === null ? '' : String(s.timeLimitMinutes),
    attempts: String(s.attemptsAllowed),
    gradingMethod: s.gradingMethod,
    shuffleQuestions: s.shuffleQuestions,
    shuffleOptions: s.shuffleOptions,
    navigation: s.navigation ?? 'FREE',
    passPercent: s.passPercent === null ? '' : String(s.passPercent),
    review: s.review,
    slots: test.slots.map((slot) => ({ questionId: slot.questionId, categoryId: slot.categoryId, count: String(slot.count),
      points: slot.points === null ? '' : String(slot.points) })),
  };
}

const blank = (s: string) => s.trim() === '';
const num = (s: string) => Number(s.trim().replace(',', '.'));
const whole = (s: string, min: number, max: number) => /^\d+$/.test(s.trim()) && num(s) >= min && num(s) <= max;

/**
 * Questions each random slot can still pick, as a test start picks them: the category's questions less the test's fixed
 * ones and less what earlier random slots of that category took. {@code pools} holds the question ids of the categories
 * loaded so far; a slot whose category is not loaded yet is left out.
 */
export function available(draft: TestDraft, pools: Map<number, number[]>): Map<number, number> {
  const fixed = new Set(draft.slots.flatMap((s) => (s.questionId === null ? [] : [s.questionId])));
  const taken = new Map<number, number>();
  const left = new Map<number, number>();
  draft.slots.forEach((slot, i) => {
    const pool = slot.categoryId === null ? undefined : pools.get(slot.categoryId);
    if (slot.categoryId === null || pool === undefined) return;
    const free = pool.filter((id) => !fixed.has(id)).length - (taken.get(slot.categoryId) ?? 0);
    left.set(i, Math.max(free, 0));
    taken.set(slot.categoryId, (taken.get(slot.categoryId) ?? 0) + (Number(slot.count) || 0));
  });
  return left;
}

/** Field → builder.* message key; {@code left}: what each random slot can still pick (see available). */
export function validateTest(draft: TestDraft, left: Map<number, number> = new Map()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (blank(draft.title)) errors.title = 'builder.errTitle';
  else if (draft.title.trim().length > 200) errors.title = 'builder.errTitleLong';
  if (!blank(draft.timeLimit) && !whole(draft.timeLimit, 1, 1440)) errors.timeLimit = 'builder.errTimeLimit';
  if (!whole(draft.attempts, 1, 100)) errors.attempts = 'builder.errAttempts';
  if (!blank(draft.passPercent) && !(Number.isFinite(num(draft.passPercent)) && num(draft.passPercent) >= 0 && num(draft.passPercent) <= 100)) {
    errors.passPercent = 'builder.errPass';
  }
  if (draft.slots.length === 0) errors.slots = 'builder.errNoSlots';
  draft.slots.forEach((slot, i) => {
    if (slot.categoryId !== null && !whole(slot.count, 1, 100)) errors[`count.${i}`] = 'builder.errCount';
    else if (slot.categoryId !== null && left.has(i) && num(slot.count) > left.get(i)!) errors[`count.${i}`] = 'builder.errNotEnough';
    if (!blank(slot.points) && !(Number.isFinite(num(slot.points)) && num(slot.points) > 0)) errors[`points.${i}`] = 'builder.errPoints';
  });
  return errors;
}

export function toTestForm(draft: TestDraft) {
  return {
    title: draft.title.trim(),
    settings: {
      timeLimitMinutes: blank(draft.timeLimit) ? null : num(draft.timeLimit),
      attemptsAllowed: num(draft.attempts),
      gradingMethod: draft.gradingMethod,
      shuffleQuestions: draft.shuffleQuestions,
      shuffleOptions: draft.shuffleOptions,
      navigation: draft.navigation,
      passPercent: blank(draft.passPercent) ? null : num(draft.passPercent),
      review: draft.review,
    },
    slots: draft.slots.map((slot): Slot => ({
      questionId: slot.questionId,
      categoryId: slot.categoryId,
      count: slot.categoryId === null ? 1 : num(slot.count),
      points: blank(slot.points) ? null : num(slot.points),
    })),
  };
}
