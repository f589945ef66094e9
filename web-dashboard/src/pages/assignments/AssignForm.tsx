import { Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { assignmentsKey, type Assignment, type TestView } from '../../api/bank';
import type { SchoolClass } from '../../api/types';
import { ErrorNote } from '../../components/QueryView';
import { fromLocalInput, toLocalInput } from './times';

interface Props {
  tests: TestView[];
  classes: SchoolClass[];
  initialTest: string;
}

/** Gives a test to a class: when it opens (now, unless said), when it is due and when it closes (at due, unless said). */
export function AssignForm({ tests, classes, initialTest }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [test, setTest] = useState(initialTest);
  const [schoolClass, setSchoolClass] = useState('');
  const [opens, setOpens] = useState('');
  const [due, setDue] = useState(() => toLocalInput(new Date(Date.now() + 7 * 86_400_000)));
  const [closes, setCloses] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post<Assignment>('/testing/assignments', {
      testId: Number(test), classId: Number(schoolClass), opensAt: fromLocalInput(opens), dueAt: fromLocalInput(due), closesAt: fromLocalInput(closes),
    }),
    onSuccess: (assignment) => {
      void queryClient.invalidateQueries({ queryKey: assignmentsKey });
      void navigate(`/assignments/${assignment.id}`, { state: { created: true } });
    },
  });
  const dueAt = fromLocalInput(due);
  const opensAt = fromLocalInput(opens);
  const closesAt = fromLocalInput(closes);
  const errors: Record<string, string | null> = {
    test: test ? null : 'assignments.errTest',
    schoolClass: schoolClass ? null : 'assignments.errClass',
    due: !dueAt ? 'assignments.errDue' : dueAt <= new Date().toISOString() ? 'assignments.errDuePast'
      : opensAt && opensAt >= dueAt ? 'assignments.errDueBeforeOpen' : null,
    opens: opens.trim() && !opensAt ? 'assignments.errTime' : null,
    closes: closes.trim() && !closesAt ? 'assignments.errTime' : closesAt && dueAt && closesAt < dueAt ? 'assignments.errCloseBeforeDue' : null,
  };
  const err = (key: string) => (submitted && errors[key] ? t(errors[key]!) : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).every((e) => e === null)) create.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('assignments.newTitle')}>
      <Stack>
        <Title order={2} size="h4">{t('assignments.newTitle')}</Title>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect label={t('assignments.test')} value={test} error={err('test')} onChange={(e) => setTest(e.currentTarget.value)}
            data={[{ value: '', label: t('assignments.chooseTest') }, ...tests.map((x) => ({ value: String(x.id), label: x.title }))]} />
          <NativeSelect label={t('assignments.class')} value={schoolClass} error={err('schoolClass')} onChange={(e) => setSchoolClass(e.currentTarget.value)}
            data={[{ value: '', label: t('assignments.chooseClass') }, ...classes.map((c) => ({ value: String(c.id), label: c.name }))]} />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="datetime-local" label={t('assignments.opensAt')} description={t('assignments.opensHint')} value={opens}
            error={err('opens')} onChange={(e) => setOpens(e.currentTarget.value)} />
          <TextInput type="datetime-local" label={t('assignments.dueAt')} value={due} error={err('due')} onChange={(e) => setDue(e.currentTarget.value)} />
          <TextInput type="datetime-local" label={t('assignments.closesAt')} description={t('assignments.closesHint')} value={closes}
            error={err('closes')} onChange={(e) => setCloses(e.currentTarget.value)} />
        </Group>
        <ErrorNote error={create.error} title={t('assignments.createFailed')} />
        <Group><Button type="submit" loading={create.isPending}>{t('assignments.assign')}</Button></Group>
      </Stack>
    </Paper>
  );
}
