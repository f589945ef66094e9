import { Alert, Button, Checkbox, Fieldset, Grid, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { fetchAll } from '../../api/lists';
import { useApi } from '../../api/ApiContext';
import { questionsKey, testsKey, useCategories, type Category, type Question, type GradingMethod, type Navigation, type ReviewWhen, type TestView } from '../../api/bank';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import { SlotList } from './SlotList';
import { available, newTestDraft, testDraftOf, toTestForm, validateTest, type TestDraft } from './testDraft';

const methods: GradingMethod[] = ['HIGHEST', 'AVERAGE', 'FIRST', 'LAST'];
const whens: ReviewWhen[] = ['AFTER_ATTEMPT', 'AFTER_CLOSE', 'NEVER'];
const navigations: Navigation[] = ['FREE', 'SEQUENTIAL'];

function Builder({ test, categories }: { test: TestView | null; categories: Category[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TestDraft>(() => (test ? testDraftOf(test) : newTestDraft()));
  const [submitted, setSubmitted] = useState(false);
  const randomCategories = [...new Set(draft.slots.flatMap((s) => (s.categoryId === null ? [] : [s.categoryId])))];
  const pools = useQueries({
    queries: randomCategories.map((id) => ({
      queryKey: [...questionsKey, 'category', id],
      queryFn: () => fetchAll<Question>(api, `/testing/categories/${id}/questions`),
    })),
  });
  const loaded = new Map<number, number[]>();
  randomCategories.forEach((id, i) => { const data = pools[i]?.data; if (data) loaded.set(id, data.map((q) => q.id)); });
  const left = available(draft, loaded);
  const errors = validateTest(draft, left);
  const shown = submitted ? errors : {};
  const err = (key: string) => (shown[key] ? t(shown[key]) : null);
  const save = useMutation({
    mutationFn: () => (test ? api.put<TestView>(`/testing/tests/${test.id}`, toTestForm(draft)) : api.post<TestView>('/testing/tests', toTestForm(draft))),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: testsKey });
      setSubmitted(false);
      if (!test) void navigate(`/tests/${saved.id}`, { replace: true, state: { saved: true } });
    },
  });
  const set = (change: Partial<TestDraft>) => { setDraft((d) => ({ ...d, ...change })); save.reset(); };
  const review = (change: Partial<TestDraft['review']>) => set({ review: { ...draft.review, ...change } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('builder.form')}>
      <Stack>
        <TextInput label={t('builder.testTitle')} value={draft.title} error={err('title')} onChange={(e) => set({ title: e.currentTarget.value })} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="md" component="section" aria-label={t('builder.slots')}>
              <Text fw={600} mb="sm">{t('builder.slots')}</Text>
              <SlotList slots={draft.slots} categories={categories} errors={shown} left={left} onChange={(slots) => set({ slots })} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <Fieldset legend={t('builder.settings')}>
                <Stack gap="sm">
                  <TextInput label={t('builder.timeLimit')} description={t('builder.timeLimitHint')} inputMode="numeric" value={draft.timeLimit}
                    error={err('timeLimit')} onChange={(e) => set({ timeLimit: e.currentTarget.value })} />
                  <TextInput label={t('builder.attempts')} inputMode="numeric" value={draft.attempts} error={err('attempts')}
                    onChange={(e) => set({ attempts: e.currentTarget.value })} />
                  <NativeSelect label={t('builder.gradingMethod')} value={draft.gradingMethod}
                    onChange={(e) => set({ gradingMethod: e.currentTarget.value as GradingMethod })}
                    data={methods.map((m) => ({ value: m, label: t(`builder.method_${m}`) }))} />
                  <TextInput label={t('builder.passPercent')} description={t('builder.passPercentHint')} inputMode="decimal" value={draft.passPercent}
                    error={err('passPercent')} onChange={(e) => set({ passPercent: e.currentTarget.value })} />
                  <NativeSelect label={t('builder.navigation')} description={t(`builder.navigationHint_${draft.navigation}`)}
                    value={draft.navigation} onChange={(e) => set({ navigation: e.currentTarget.value as Navigation })}
                    data={navigations.map((n) => ({ value: n, label: t(`builder.navigation_${n}`) }))} />
                  <Checkbox label={t('builder.shuffleQuestions')} checked={draft.shuffleQuestions} onChange={(e) => set({ shuffleQuestions: e.currentTarget.checked })} />
                  <Checkbox label={t('builder.shuffleOptions')} checked={draft.shuffleOptions} onChange={(e) => set({ shuffleOptions: e.currentTarget.checked })} />
                </Stack>
              </Fieldset>
              <Fieldset legend={t('builder.review')}>
                <Stack gap="sm">
                  <NativeSelect label={t('builder.reviewWhen')} value={draft.review.when}
                    onChange={(e) => review({ when: e.currentTarget.value as ReviewWhen })}
                    data={whens.map((w) => ({ value: w, label: t(`builder.when_${w}`) }))} />
                  {draft.review.when !== 'NEVER' && (
                    <>
                      <Checkbox label={t('builder.reviewScore')} checked={draft.review.score} onChange={(e) => review({ score: e.currentTarget.checked })} />
                      <Checkbox label={t('builder.reviewResponses')} checked={draft.review.responses} onChange={(e) => review({ responses: e.currentTarget.checked })} />
                      <Checkbox label={t('builder.reviewRight')} checked={draft.review.rightAnswers} onChange={(e) => review({ rightAnswers: e.currentTarget.checked })} />
                      <Checkbox label={t('builder.reviewFeedback')} checked={draft.review.feedback} onChange={(e) => review({ feedback: e.currentTarget.checked })} />
                    </>
                  )}
                </Stack>
              </Fieldset>
            </Stack>
          </Grid.Col>
        </Grid>
        {submitted && Object.keys(errors).length > 0 && <Text c="red" size="sm" role="alert">{t('builder.fixErrors')}</Text>}
        <ErrorNote error={save.error} title={t('builder.saveFailed')} />
        {save.isSuccess && <Alert color="green" role="status">{t('builder.saved')}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>{t(test ? 'builder.save' : 'builder.create')}</Button>
          {test && <Button component={Link} to={`/assignments?test=${test.id}`} variant="light">{t('builder.assign')}</Button>}
          <Button component={Link} to="/tests" variant="default">{t('builder.back')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /tests/new and /tests/:id: slots, settings and review policy of a test. */
export default function TestBuilderPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { id } = useParams();
  const justCreated = (useLocation().state as { saved?: boolean } | null)?.saved;
  const testId = id ? Number(id) : null;
  const categories = useCategories();
  const test = useQuery({ queryKey: [...testsKey, testId], queryFn: () => api.get<TestView>(`/testing/tests/${testId}`), enabled: testId !== null });
  return (
    <Stack>
      <PageTitle>{t(testId ? 'builder.editTitle' : 'builder.newTitle')}</PageTitle>
      {justCreated && <Alert color="green" role="status">{t('builder.created')}</Alert>}
      <QueryView query={categories} loading={t('bank.loadingCategories')} failed={t('bank.categoriesFailed')}>
        {(list) => list.length === 0 ? (
          <Stack>
            <Empty title={t('builder.noBankTitle')} hint={t('builder.noBankHint')} />
            <Group><Button component={Link} to="/bank">{t('bank.toBank')}</Button></Group>
          </Stack>
        ) : testId === null ? <Builder test={null} categories={list} /> : (
          <QueryView query={test} loading={t('builder.loadingTest')} failed={t('builder.testFailed')}>
            {(view) => <Builder key={view.id} test={view} categories={list} />}
          </QueryView>
        )}
      </QueryView>
    </Stack>
  );
}
