import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { assignmentsKey, type Assignment, type StudentOverride } from '../../api/bank';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import { formatTime, fromLocalInput } from './times';

interface Props {
  assignment: Assignment;
  /** Recipients' names by id (from the results table). */
  names: Map<number, string>;
}

const whole = (s: string, min: number, max: number) => /^\d+$/.test(s.trim()) && Number(s) >= min && Number(s) <= max;

/** Different terms for one student: more time, more attempts, a later due or close time; and the ones already given. */
export function OverridesPanel({ assignment, names }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const key = [...assignmentsKey, assignment.id, 'overrides'];
  const overrides = useQuery({ queryKey: key, queryFn: () => api.get<StudentOverride[]>(`/testing/assignments/${assignment.id}/overrides`) });
  const [student, setStudent] = useState('');
  const [timeLimit, setTimeLimit] = useState('');
  const [attempts, setAttempts] = useState('');
  const [due, setDue] = useState('');
  const [closes, setCloses] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const give = useMutation({
    mutationFn: () => api.post<StudentOverride[]>(`/testing/assignments/${assignment.id}/overrides`, {
      studentIds: [Number(student)],
      timeLimitMinutes: timeLimit.trim() ? Number(timeLimit) : null,
      attemptsAllowed: attempts.trim() ? Number(attempts) : null,
      dueAt: fromLocalInput(due),
      closesAt: fromLocalInput(closes),
    }),
    onSuccess: () => {
      setSubmitted(false);
      setStudent(''); setTimeLimit(''); setAttempts(''); setDue(''); setCloses('');
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (studentId: number) => api.delete(`/testing/assignments/${assignment.id}/overrides/${studentId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const dueAt = fromLocalInput(due);
  const closesAt = fromLocalInput(closes);
  const errors: Record<string, string | null> = {
    student: student ? null : 'assignments.errStudent',
    timeLimit: timeLimit.trim() && !whole(timeLimit, 1, 1440) ? 'builder.errTimeLimit' : null,
    attempts: attempts.trim() && !whole(attempts, 1, 100) ? 'builder.errAttempts' : null,
    due: dueAt && dueAt <= assignment.opensAt ? 'assignments.errDueBeforeOpen' : null,
    closes: closesAt && closesAt < (dueAt ?? assignment.dueAt) ? 'assignments.errCloseBeforeDue' : null,
    nothing: !timeLimit.trim() && !attempts.trim() && !dueAt && !closesAt ? 'assignments.errNothingChanged' : null,
  };
  const err = (k: string) => (submitted && errors[k] ? t(errors[k]!) : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).every((e) => e === null)) give.mutate();
  };
  const name = (id: number) => names.get(id) ?? `#${id}`;
  return (
    <Stack>
      <Title order={2} size="h4">{t('assignments.overrides')}</Title>
      <QueryView query={overrides} loading={t('assignments.loadingOverrides')} failed={t('assignments.overridesFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('assignments.noOverridesTitle')} hint={t('assignments.noOverridesHint')} /> : (
          <Table.ScrollContainer minWidth={520}>
            <Table aria-label={t('assignments.overrides')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assignments.student')}</Table.Th>
                  <Table.Th>{t('builder.timeLimit')}</Table.Th>
                  <Table.Th>{t('builder.attempts')}</Table.Th>
                  <Table.Th>{t('assignments.dueAt')}</Table.Th>
                  <Table.Th>{t('assignments.closesAt')}</Table.Th>
                  <Table.Th><VisuallyHidden>{t('bank.actions')}</VisuallyHidden></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((o) => (
                  <Table.Tr key={o.studentId}>
                    <Table.Th scope="row" fw={400}>{name(o.studentId)}</Table.Th>
                    <Table.Td>{o.timeLimitMinutes ?? '—'}</Table.Td>
                    <Table.Td>{o.attemptsAllowed ?? '—'}</Table.Td>
                    <Table.Td>{formatTime(o.dueAt, i18n.language)}</Table.Td>
                    <Table.Td>{formatTime(o.closesAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" aria-label={t('assignments.removeOverride', { name: name(o.studentId) })}
                        onClick={() => remove.mutate(o.studentId)}>{t('bank.remove')}</Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <ErrorNote error={remove.error} title={t('assignments.removeFailed')} />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('assignments.newOverride')}>
        <Stack gap="sm">
          <Text fw={600}>{t('assignments.newOverride')}</Text>
          <NativeSelect label={t('assignments.student')} value={student} error={err('student')} onChange={(e) => setStudent(e.currentTarget.value)}
            data={[{ value: '', label: t('assignments.chooseStudent') },
              ...assignment.studentIds.map((id) => ({ value: String(id), label: name(id) })).sort((a, b) => a.label.localeCompare(b.label))]} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('builder.timeLimit')} inputMode="numeric" value={timeLimit} error={err('timeLimit')} onChange={(e) => setTimeLimit(e.currentTarget.value)} />
            <TextInput label={t('builder.attempts')} inputMode="numeric" value={attempts} error={err('attempts')} onChange={(e) => setAttempts(e.currentTarget.value)} />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput type="datetime-local" label={t('assignments.dueAt')} value={due} error={err('due')} onChange={(e) => setDue(e.currentTarget.value)} />
            <TextInput type="datetime-local" label={t('assignments.closesAt')} value={closes} error={err('closes')} onChange={(e) => setCloses(e.currentTarget.value)} />
          </Group>
          {err('nothing') && <Text c="red" size="sm" role="alert">{err('nothing')}</Text>}
          <ErrorNote error={give.error} title={t('assignments.overrideFailed')} />
          <Group><Button type="submit" variant="light" loading={give.isPending}>{t('assignments.giveOverride')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
