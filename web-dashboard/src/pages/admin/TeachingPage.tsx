import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useAccountsWithRole, useAllClasses, useSubjects } from '../../api/lists';
import type { Teaching } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';

const teachingKey = ['teaching'] as const;

export default function TeachingPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const teaching = useQuery({ queryKey: teachingKey, queryFn: () => api.get<Teaching[]>('/teaching') });
  const teachers = useAccountsWithRole('TEACHER');
  const classes = useAllClasses();
  const subjects = useSubjects();
  const [form, setForm] = useState({ teacherId: '', classId: '', subjectId: '' });
  const [submitted, setSubmitted] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: teachingKey });
  const assign = useMutation({
    mutationFn: () => api.post<Teaching>('/teaching', {
      teacherId: Number(form.teacherId), classId: Number(form.classId), subjectId: Number(form.subjectId),
    }),
    onSuccess: () => { setSubmitted(false); refresh(); },
  });
  const remove = useMutation({ mutationFn: (row: Teaching) => api.delete<void>('/teaching', row), onSuccess: refresh });

  const names = (list: { id: number; name?: string; fullName?: string }[] | undefined) =>
    new Map((list ?? []).map((x) => [x.id, x.fullName ?? x.name ?? '']));
  const label = (map: Map<number, string>, id: number) => map.get(id) ?? `#${id}`;
  const teacherNames = names(teachers.data);
  const classNames = names(classes.data);
  const subjectNames = names(subjects.data);
  const teacherName = (id: number) => label(teacherNames, id);
  const className = (id: number) => label(classNames, id);
  const subjectName = (id: number) => label(subjectNames, id);
  const pick = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
    error: submitted && !form[key] ? t('teaching.required') : null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (form.teacherId && form.classId && form.subjectId) assign.mutate();
  };

  return (
    <Stack>
      <PageTitle>{t('teaching.title')}</PageTitle>
      <QueryView query={teaching} loading={t('teaching.loading')} failed={t('teaching.loadFailed')}>
        {(rows) => rows.length === 0 ? <Empty title={t('teaching.emptyTitle')} hint={t('teaching.emptyHint')} /> : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('teaching.teacher')}</Table.Th>
                  <Table.Th scope="col">{t('teaching.class')}</Table.Th>
                  <Table.Th scope="col">{t('teaching.subject')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={`${row.teacherId}-${row.classId}-${row.subjectId}`}>
                    <Table.Td>{teacherName(row.teacherId)}</Table.Td>
                    <Table.Td>{className(row.classId)}</Table.Td>
                    <Table.Td>{subjectName(row.subjectId)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(row)}
                        aria-label={t('teaching.removeOf', { teacher: teacherName(row.teacherId), subject: subjectName(row.subjectId), class: className(row.classId) })}>
                        {t('teaching.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <ErrorNote error={remove.error} title={t('teaching.removeFailed')} />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('teaching.teacher')} {...pick('teacherId')}
              data={[{ value: '', label: t('common.choose') }, ...(teachers.data ?? []).map((a) => ({ value: String(a.id), label: a.fullName }))]} />
            <NativeSelect label={t('teaching.class')} {...pick('classId')}
              data={[{ value: '', label: t('common.choose') }, ...(classes.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))]} />
            <NativeSelect label={t('teaching.subject')} {...pick('subjectId')}
              data={[{ value: '', label: t('common.choose') }, ...(subjects.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))]} />
          </SimpleGrid>
          {(teachers.isError || classes.isError || subjects.isError) && <ErrorNote error={teachers.error ?? classes.error ?? subjects.error} title={t('common.choicesFailed')} />}
          <ErrorNote error={assign.error} title={t('teaching.assignFailed')} />
          <Group><Button type="submit" loading={assign.isPending}>{t('teaching.assign')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
