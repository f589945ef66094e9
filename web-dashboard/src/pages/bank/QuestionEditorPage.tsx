import { Alert, Anchor, Button, Grid, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { categoryOptions, questionsKey, questionTypes, useCategories, useQuestion, type Category, type Question } from '../../api/bank';
import { PageTitle } from '../../components/PageTitle';
import { ErrorNote, QueryView } from '../../components/QueryView';
import { BodyEditor } from './BodyEditor';
import { QuestionImage } from './QuestionImage';
import { QuestionPreview } from './QuestionPreview';
import { draftOf, emptyBody, newDraft, toForm, validate, type Draft } from './questionDraft';

function Editor({ question, categories, categoryId }: { question: Question | null; categories: Category[]; categoryId: number | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => (question ? draftOf(question) : newDraft()));
  const [category, setCategory] = useState(String(question?.categoryId ?? categoryId ?? ''));
  const [submitted, setSubmitted] = useState(false);
  const errors = validate(draft);
  if (!category) errors.category = 'bank.errCategory';
  const shown = submitted ? errors : {};
  const save = useMutation({
    mutationFn: () => {
      const form = toForm(draft);
      return question
        ? api.put<Question>(`/testing/questions/${question.id}`, { ...form, categoryId: Number(category) })
        : api.post<Question>(`/testing/categories/${category}/questions`, form);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: questionsKey });
      void navigate(`/bank?category=${saved.categoryId}`, { state: { saved: saved.name } });
    },
  });
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) save.mutate();
  };
  const err = (key: string) => (shown[key] ? t(shown[key]) : null);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('bank.editorForm')}>
          <Stack>
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect label={t('bank.type')} value={draft.body.type}
                onChange={(e) => set({ body: emptyBody(e.currentTarget.value as Draft['body']['type'], draft.body) })}
                data={questionTypes.map((type) => ({ value: type, label: t(`bank.type_${type}`) }))} />
              <NativeSelect label={t('bank.category')} value={category} error={err('category')}
                onChange={(e) => setCategory(e.currentTarget.value)}
                data={[{ value: '', label: t('bank.chooseCategory') }, ...categoryOptions(categories)]} />
            </Group>
            <Textarea label={t('bank.text')} rows={3} value={draft.text} error={err('text')}
              onChange={(e) => set({ text: e.currentTarget.value })} />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput label={t('bank.name')} description={t('bank.nameHint')} value={draft.name} error={err('name')}
                onChange={(e) => set({ name: e.currentTarget.value })} />
              <TextInput label={t('bank.points')} inputMode="decimal" value={draft.points} error={err('points')}
                onChange={(e) => set({ points: e.currentTarget.value })} />
            </Group>
            {question ? <QuestionImage question={question} /> : <Text size="sm" c="dimmed">{t('bank.imageAfterSave')}</Text>}
            <BodyEditor body={draft.body} errors={shown} onChange={(body) => set({ body })} />
            <Textarea label={t('bank.generalFeedback')} rows={2} value={draft.generalFeedback}
              onChange={(e) => set({ generalFeedback: e.currentTarget.value })} />
            <TextInput label={t('bank.tags')} description={t('bank.tagsHint')} value={draft.tags}
              onChange={(e) => set({ tags: e.currentTarget.value })} />
            {submitted && Object.keys(errors).length > 0 && <Text c="red" size="sm" role="alert">{t('bank.fixErrors')}</Text>}
            <ErrorNote error={save.error} title={t('bank.saveFailed')} />
            {question && question.version > 1 && <Text size="sm" c="dimmed">{t('bank.versionNote', { version: question.version })}</Text>}
            <Group>
              <Button type="submit" loading={save.isPending}>{t(question ? 'bank.saveChanges' : 'bank.create')}</Button>
              <Button component={Link} to={category ? `/bank?category=${category}` : '/bank'} variant="default">{t('bank.cancel')}</Button>
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <QuestionPreview text={draft.text} body={draft.body} points={draft.points} image={question?.hasImage ? question : null} />
      </Grid.Col>
    </Grid>
  );
}

/** /bank/new?category=… and /bank/questions/:id: the question editor with a live student-eye preview. */
export default function QuestionEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const questionId = id ? Number(id) : null;
  const categoryParam = params.get('category');
  const categories = useCategories();
  const question = useQuestion(questionId);
  return (
    <Stack>
      <PageTitle>{t(questionId ? 'bank.editTitle' : 'bank.newTitle')}</PageTitle>
      <QueryView query={categories} loading={t('bank.loadingCategories')} failed={t('bank.categoriesFailed')}>
        {(list) => list.length === 0 ? (
          <Alert color="yellow" title={t('bank.noCategoriesTitle')}>
            {t('bank.noCategoriesForQuestion')} <Anchor component={Link} to="/bank">{t('bank.toBank')}</Anchor>
          </Alert>
        ) : questionId === null ? (
          <Editor question={null} categories={list} categoryId={categoryParam ? Number(categoryParam) : null} />
        ) : (
          <QueryView query={question} loading={t('bank.loadingQuestion')} failed={t('bank.questionFailed')}>
            {(q) => <Editor key={q.id} question={q} categories={list} categoryId={q.categoryId} />}
          </QueryView>
        )}
      </QueryView>
    </Stack>
  );
}
