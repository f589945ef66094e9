import { Anchor, Button, Group, Modal, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { classesKey, useAccountsWithRole } from '../../api/lists';
import type { SchoolClass, Student } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import ClassForm from './ClassForm';

function Enrolment({ schoolClass }: { schoolClass: SchoolClass }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const key = [...classesKey, schoolClass.id, 'students'];
  const students = useQuery({ queryKey: key, queryFn: () => api.get<Student[]>(`/classes/${schoolClass.id}/students`) });
  const everyone = useAccountsWithRole('STUDENT');
  const [chosen, setChosen] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const add = useMutation({
    mutationFn: (studentId: number) => api.post<void>(`/classes/${schoolClass.id}/students`, { studentId }),
    onSuccess: () => { setChosen(''); setSubmitted(false); refresh(); },
  });
  const remove = useMutation({
    mutationFn: (studentId: number) => api.delete<void>(`/classes/${schoolClass.id}/students/${studentId}`),
    onSuccess: refresh,
  });
  const enrolled = new Set((students.data ?? []).map((s) => s.id));
  const candidates = (everyone.data ?? []).filter((s) => !enrolled.has(s.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (chosen) add.mutate(Number(chosen));
  };

  return (
    <Stack>
      <Title order={2} size="h3">{t('enrolment.title')}</Title>
      <QueryView query={students} loading={t('enrolment.loading')} failed={t('enrolment.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('enrolment.emptyTitle')} hint={t('enrolment.emptyHint')} /> : (
          <Table.ScrollContainer minWidth={280}>
            <Table striped captionSide="top">
              <Table.Caption>{t('common.total', { count: list.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr><Table.Th scope="col">{t('enrolment.student')}</Table.Th><Table.Th scope="col">{t('common.actions')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={500}>{s.fullName}</Table.Th>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === s.id}
                        onClick={() => remove.mutate(s.id)} aria-label={t('enrolment.removeOf', { name: s.fullName })}>
                        {t('enrolment.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <ErrorNote error={remove.error} title={t('enrolment.removeFailed')} />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect label={t('enrolment.add')} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}
            disabled={everyone.isPending}
            description={everyone.isError ? t('enrolment.studentsFailed') : candidates.length === 0 && everyone.isSuccess ? t('enrolment.noCandidates') : undefined}
            error={submitted && !chosen ? t('enrolment.chooseStudent') : null}
            data={[{ value: '', label: t('enrolment.choose') }, ...candidates.map((s) => ({ value: String(s.id), label: s.fullName }))]} />
          <ErrorNote error={add.error} title={t('enrolment.addFailed')} />
          <Group><Button type="submit" loading={add.isPending}>{t('enrolment.enrol')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

export default function ClassPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = Number(useParams().id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const schoolClass = useQuery({ queryKey: [...classesKey, id], queryFn: () => api.get<SchoolClass>(`/classes/${id}`) });
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/classes/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...classesKey, id] });
      void queryClient.invalidateQueries({ queryKey: classesKey });
      void navigate('/classes');
    },
  });

  return (
    <Stack>
      <Anchor component={Link} to="/classes">{t('classForm.back')}</Anchor>
      <QueryView query={schoolClass} loading={t('classes.loading')} failed={t('classForm.loadFailed')}>
        {(c) => (
          <Stack>
            <Group justify="space-between" align="flex-end">
              <PageTitle>{t('classForm.title', { name: c.name })}</PageTitle>
              <Group>
                <Button variant="default" onClick={() => setEditing(true)}>{t('common.edit')}</Button>
                <Button color="red" variant="light" onClick={() => setConfirming(true)}>{t('common.delete')}</Button>
              </Group>
            </Group>
            <Text>{t('classes.grade')}: {c.grade} · {t('classes.academicYear')}: {c.academicYear}</Text>
            <Modal opened={editing} onClose={() => setEditing(false)} title={t('classForm.edit')}>
              <ClassForm schoolClass={c} onDone={(saved) => { queryClient.setQueryData([...classesKey, id], saved); setEditing(false); }} />
            </Modal>
            <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('classForm.deleteTitle', { name: c.name })}>
              <Stack>
                <Text>{t('classForm.deleteWarning')}</Text>
                <ErrorNote error={remove.error} title={t('classForm.deleteFailed')} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
                  <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>{t('common.delete')}</Button>
                </Group>
              </Stack>
            </Modal>
            <Enrolment schoolClass={c} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
