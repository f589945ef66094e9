import { ActionIcon, Button, Fieldset, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryOptions, categoryPath, useCategoryQuestions, useQuestion, type Category } from '../../api/bank';
import type { SlotDraft } from './testDraft';

interface Props {
  slots: SlotDraft[];
  categories: Category[];
  errors: Record<string, string>;
  /** Questions each random slot can still pick, by slot index. */
  left: Map<number, number>;
  onChange: (slots: SlotDraft[]) => void;
}

function QuestionName({ id }: { id: number }) {
  const { t } = useTranslation();
  const question = useQuestion(id);
  return <>{question.data?.name ?? (question.isError ? t('builder.questionGone', { id }) : '…')}</>;
}

function AddSlot({ categories, onAdd }: { categories: Category[]; onAdd: (added: SlotDraft[]) => void }) {
  const { t } = useTranslation();
  const [category, setCategory] = useState('');
  const [question, setQuestion] = useState('');
  const questions = useCategoryQuestions(category ? Number(category) : null);
  const options = categoryOptions(categories);
  return (
    <Fieldset legend={t('builder.addSlots')} p="sm">
      <Stack gap="sm">
        <NativeSelect label={t('builder.fromCategory')} value={category} onChange={(e) => { setCategory(e.currentTarget.value); setQuestion(''); }}
          data={[{ value: '', label: t('bank.chooseCategory') }, ...options]} />
        {category && (
          <>
            <NativeSelect label={t('builder.question')} value={question} onChange={(e) => setQuestion(e.currentTarget.value)}
              disabled={!questions.data}
              data={[{ value: '', label: questions.isPending ? t('builder.loadingQuestions') : questions.data?.length === 0 ? t('builder.categoryEmpty') : t('builder.chooseQuestion') },
                ...(questions.data ?? []).map((q) => ({ value: String(q.id), label: q.name }))]} />
            {questions.isError && <Text c="red" size="sm" role="alert">{t('bank.questionsFailed')}</Text>}
            <Group wrap="wrap">
              <Button variant="light" disabled={!question} onClick={() => { onAdd([{ questionId: Number(question), categoryId: null, count: '1', points: '' }]); setQuestion(''); }}>
                {t('builder.addQuestion')}
              </Button>
              <Button variant="light" disabled={!questions.data?.length}
                onClick={() => onAdd([{ questionId: null, categoryId: Number(category), count: String(Math.min(questions.data?.length ?? 1, 5)), points: '' }])}>
                {t('builder.addRandom')}
              </Button>
              <Button variant="subtle" disabled={!questions.data?.length}
                onClick={() => onAdd((questions.data ?? []).map((q) => ({ questionId: q.id, categoryId: null, count: '1', points: '' })))}>
                {t('builder.addAll', { count: questions.data?.length ?? 0 })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The test's slots in order: fixed questions and random picks from a category, each with optional points. */
export function SlotList({ slots, categories, errors, left, onChange }: Props) {
  const { t } = useTranslation();
  const move = (i: number, by: number) => {
    const next = [...slots];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  const update = (i: number, change: Partial<SlotDraft>) => onChange(slots.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <Stack gap="sm">
      {slots.length === 0 && <Text size="sm">{t('builder.noSlots')}</Text>}
      {slots.map((slot, i) => {
        const n = i + 1;
        return (
          <Paper key={i} withBorder p="sm" component="article" aria-label={t('builder.slotN', { n })}>
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={4} style={{ flex: '1 1 14rem' }}>
                <Text fw={500}>
                  {n}. {slot.questionId !== null ? <QuestionName id={slot.questionId} />
                    : t('builder.randomFrom', { category: categoryPath(categories, slot.categoryId) })}
                </Text>
                <Group wrap="wrap" align="flex-start">
                  {slot.categoryId !== null && (
                    <TextInput label={t('builder.count', { n })} inputMode="numeric" w={150} value={slot.count}
                      description={left.has(i) ? t('builder.left', { count: left.get(i) }) : undefined}
                      error={errors[`count.${i}`] ? t(errors[`count.${i}`]!, { count: left.get(i) }) : null} onChange={(e) => update(i, { count: e.currentTarget.value })} />
                  )}
                  <TextInput label={t('builder.slotPoints', { n })} description={t('builder.slotPointsHint')} inputMode="decimal" w={180}
                    value={slot.points} error={errors[`points.${i}`] ? t(errors[`points.${i}`]!) : null}
                    onChange={(e) => update(i, { points: e.currentTarget.value })} />
                </Group>
              </Stack>
              <ActionIcon.Group>
                <ActionIcon variant="default" size="lg" disabled={i === 0} aria-label={t('builder.moveUp', { n })} onClick={() => move(i, -1)}>↑</ActionIcon>
                <ActionIcon variant="default" size="lg" disabled={i === slots.length - 1} aria-label={t('builder.moveDown', { n })} onClick={() => move(i, 1)}>↓</ActionIcon>
                <ActionIcon variant="default" size="lg" aria-label={t('builder.removeSlot', { n })} onClick={() => onChange(slots.filter((_, j) => j !== i))}>×</ActionIcon>
              </ActionIcon.Group>
            </Group>
          </Paper>
        );
      })}
      {errors.slots && <Text c="red" size="sm" role="alert">{t(errors.slots)}</Text>}
      <AddSlot categories={categories} onAdd={(added) => onChange([...slots, ...added])} />
    </Stack>
  );
}
