import { ActionIcon, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Choice, NumericAnswer, Pair, QuestionBody } from '../../api/bank';
import { fractions, percent } from './questionDraft';

interface Props {
  body: QuestionBody;
  onChange: (body: QuestionBody) => void;
  /** Shown errors (field path → message key); empty until the author tries to save. */
  errors: Record<string, string>;
}

function replace<T>(items: T[], index: number, item: T): T[] {
  return items.map((old, i) => (i === index ? item : old));
}

function without<T>(items: T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function FractionSelect({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  const values = fractions.includes(value) ? fractions : [...fractions, value].sort((a, b) => b - a);
  return (
    <NativeSelect label={label} value={String(value)} w={110} onChange={(e) => onChange(Number(e.currentTarget.value))}
      data={values.map((f) => ({ value: String(f), label: percent(f) }))} />
  );
}

function ListError({ error }: { error: string | undefined }) {
  const { t } = useTranslation();
  return error ? <Text c="red" size="sm" role="alert">{t(error)}</Text> : null;
}

/** Options of a single- or multiple-choice question, or accepted answers of a short-answer one. */
function Choices({ items, kind, errors, onChange }: {
  items: Choice[]; kind: 'option' | 'answer'; errors: Record<string, string>; onChange: (items: Choice[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {items.map((item, i) => {
        const n = i + 1;
        return (
          <Fieldset key={i} legend={t(kind === 'option' ? 'bank.optionN' : 'bank.answerN', { n })} p="sm">
            <Group align="flex-start" wrap="wrap">
              <TextInput style={{ flex: '1 1 14rem' }} label={t(kind === 'option' ? 'bank.optionText' : 'bank.answerText', { n })}
                value={item.text} error={errors[`${kind}.${i}`] ? t(errors[`${kind}.${i}`]!) : null}
                onChange={(e) => onChange(replace(items, i, { ...item, text: e.currentTarget.value }))} />
              <FractionSelect label={t('bank.credit', { n })} value={item.fraction}
                onChange={(fraction) => onChange(replace(items, i, { ...item, fraction }))} />
            </Group>
            <Group align="flex-end" mt="xs">
              <TextInput style={{ flex: 1 }} label={t('bank.feedbackN', { n })} value={item.feedback ?? ''}
                onChange={(e) => onChange(replace(items, i, { ...item, feedback: e.currentTarget.value || null }))} />
              <Button variant="subtle" color="red" onClick={() => onChange(without(items, i))}
                aria-label={t(kind === 'option' ? 'bank.removeOption' : 'bank.removeAnswer', { n })}>
                {t('bank.remove')}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => onChange([...items, { text: '', fraction: 0, feedback: null }])}>
          {t(kind === 'option' ? 'bank.addOption' : 'bank.addAnswer')}
        </Button>
      </Group>
    </Stack>
  );
}

function NumericAnswers({ items, errors, onChange }: { items: NumericAnswer[]; errors: Record<string, string>; onChange: (items: NumericAnswer[]) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {items.map((item, i) => {
        const n = i + 1;
        return (
          <Fieldset key={i} legend={t('bank.answerN', { n })} p="sm">
            <Group align="flex-start" wrap="wrap">
              <TextInput label={t('bank.value', { n })} inputMode="decimal" value={String(item.value ?? '')} w={140}
                error={errors[`value.${i}`] ? t(errors[`value.${i}`]!) : null}
                onChange={(e) => onChange(replace(items, i, { ...item, value: e.currentTarget.value }))} />
              <TextInput label={t('bank.tolerance', { n })} inputMode="decimal" value={String(item.tolerance ?? '')} w={140}
                error={errors[`tolerance.${i}`] ? t(errors[`tolerance.${i}`]!) : null}
                onChange={(e) => onChange(replace(items, i, { ...item, tolerance: e.currentTarget.value }))} />
              <FractionSelect label={t('bank.credit', { n })} value={item.fraction}
                onChange={(fraction) => onChange(replace(items, i, { ...item, fraction }))} />
            </Group>
            <Group align="flex-end" mt="xs">
              <TextInput style={{ flex: 1 }} label={t('bank.feedbackN', { n })} value={item.feedback ?? ''}
                onChange={(e) => onChange(replace(items, i, { ...item, feedback: e.currentTarget.value || null }))} />
              <Button variant="subtle" color="red" aria-label={t('bank.removeAnswer', { n })} onClick={() => onChange(without(items, i))}>
                {t('bank.remove')}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => onChange([...items, { value: '', tolerance: '', fraction: 0, feedback: null }])}>
          {t('bank.addAnswer')}
        </Button>
      </Group>
    </Stack>
  );
}

function Pairs({ pairs, distractors, errors, onChange }: {
  pairs: Pair[]; distractors: string[]; errors: Record<string, string>; onChange: (pairs: Pair[], distractors: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {pairs.map((pair, i) => {
        const n = i + 1;
        return (
          <Group key={i} align="flex-start" wrap="wrap">
            <TextInput style={{ flex: '1 1 10rem' }} label={t('bank.prompt', { n })} value={pair.prompt}
              error={errors[`prompt.${i}`] ? t(errors[`prompt.${i}`]!) : null}
              onChange={(e) => onChange(replace(pairs, i, { ...pair, prompt: e.currentTarget.value }), distractors)} />
            <TextInput style={{ flex: '1 1 10rem' }} label={t('bank.match', { n })} value={pair.answer}
              error={errors[`match.${i}`] ? t(errors[`match.${i}`]!) : null}
              onChange={(e) => onChange(replace(pairs, i, { ...pair, answer: e.currentTarget.value }), distractors)} />
            <Button mt={24} variant="subtle" color="red" aria-label={t('bank.removePair', { n })}
              onClick={() => onChange(without(pairs, i), distractors)}>{t('bank.remove')}</Button>
          </Group>
        );
      })}
      <Group><Button variant="light" onClick={() => onChange([...pairs, { prompt: '', answer: '' }], distractors)}>{t('bank.addPair')}</Button></Group>
      {distractors.map((d, i) => (
        <Group key={i} align="flex-start">
          <TextInput style={{ flex: 1 }} label={t('bank.distractor', { n: i + 1 })} value={d}
            error={errors[`distractor.${i}`] ? t(errors[`distractor.${i}`]!) : null}
            onChange={(e) => onChange(pairs, replace(distractors, i, e.currentTarget.value))} />
          <Button mt={24} variant="subtle" color="red" aria-label={t('bank.removeDistractor', { n: i + 1 })}
            onClick={() => onChange(pairs, without(distractors, i))}>{t('bank.remove')}</Button>
        </Group>
      ))}
      <Group><Button variant="light" onClick={() => onChange(pairs, [...distractors, ''])}>{t('bank.addDistractor')}</Button></Group>
    </Stack>
  );
}

function OrderItems({ items, errors, onChange }: { items: string[]; errors: Record<string, string>; onChange: (items: string[]) => void }) {
  const { t } = useTranslation();
  const move = (i: number, by: number) => {
    const next = [...items];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('bank.orderingHint')}</Text>
      {items.map((item, i) => {
        const n = i + 1;
        return (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput style={{ flex: 1 }} label={t('bank.item', { n })} value={item}
              error={errors[`item.${i}`] ? t(errors[`item.${i}`]!) : null}
              onChange={(e) => onChange(replace(items, i, e.currentTarget.value))} />
            <ActionIcon.Group mt={24}>
              <ActionIcon variant="default" size="lg" disabled={i === 0} aria-label={t('bank.moveUp', { n })} onClick={() => move(i, -1)}>↑</ActionIcon>
              <ActionIcon variant="default" size="lg" disabled={i === items.length - 1} aria-label={t('bank.moveDown', { n })} onClick={() => move(i, 1)}>↓</ActionIcon>
              <ActionIcon variant="default" size="lg" color="red" aria-label={t('bank.removeItem', { n })} onClick={() => onChange(without(items, i))}>×</ActionIcon>
            </ActionIcon.Group>
          </Group>
        );
      })}
      <Group><Button variant="light" onClick={() => onChange([...items, ''])}>{t('bank.addItem')}</Button></Group>
    </Stack>
  );
}

/** The part of the editor that depends on the question's type. */
export function BodyEditor({ body, onChange, errors }: Props) {
  const { t } = useTranslation();
  switch (body.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{t(body.type === 'SINGLE_CHOICE' ? 'bank.singleHint' : 'bank.multipleHint')}</Text>
          <Choices items={body.options} kind="option" errors={errors} onChange={(options) => onChange({ ...body, options })} />
          <ListError error={errors.options} />
        </Stack>
      );
    case 'TRUE_FALSE':
      return (
        <Stack gap="sm">
          <Radio.Group label={t('bank.rightAnswer')} value={body.answer ? 'true' : 'false'}
            onChange={(v) => onChange({ ...body, answer: v === 'true' })}>
            <Group mt="xs">
              <Radio value="true" label={t('bank.true')} />
              <Radio value="false" label={t('bank.false')} />
            </Group>
          </Radio.Group>
          <TextInput label={t('bank.feedbackTrue')} value={body.feedbackTrue ?? ''}
            onChange={(e) => onChange({ ...body, feedbackTrue: e.currentTarget.value || null })} />
          <TextInput label={t('bank.feedbackFalse')} value={body.feedbackFalse ?? ''}
            onChange={(e) => onChange({ ...body, feedbackFalse: e.currentTarget.value || null })} />
        </Stack>
      );
    case 'SHORT_ANSWER':
      return (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{t('bank.shortHint')}</Text>
          <Checkbox label={t('bank.caseSensitive')} checked={body.caseSensitive}
            onChange={(e) => onChange({ ...body, caseSensitive: e.currentTarget.checked })} />
          <Choices items={body.answers} kind="answer" errors={errors} onChange={(answers) => onChange({ ...body, answers })} />
          <ListError error={errors.answers} />
        </Stack>
      );
    case 'NUMERIC':
      return (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{t('bank.numericHint')}</Text>
          <NumericAnswers items={body.answers} errors={errors} onChange={(answers) => onChange({ ...body, answers })} />
          <ListError error={errors.answers} />
        </Stack>
      );
    case 'MATCHING':
      return (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{t('bank.matchingHint')}</Text>
          <Pairs pairs={body.pairs} distractors={body.distractors} errors={errors}
            onChange={(pairs, distractors) => onChange({ ...body, pairs, distractors })} />
          <ListError error={errors.pairs} />
        </Stack>
      );
    case 'ORDERING':
      return (
        <Stack gap="xs">
          <OrderItems items={body.items} errors={errors} onChange={(items) => onChange({ ...body, items })} />
          <ListError error={errors.items} />
        </Stack>
      );
    case 'ESSAY':
      return (
        <Textarea label={t('bank.graderInfo')} description={t('bank.graderInfoHint')} rows={2}
          value={body.graderInfo ?? ''} onChange={(e) => onChange({ ...body, graderInfo: e.currentTarget.value || null })} />
      );
  }
}
