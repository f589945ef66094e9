import { Button, Group, List, Paper, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useSubjects } from '../../api/lists';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';

export default function SubjectsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const subjects = useSubjects();
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post('/subjects', { name: name.trim() }),
    onSuccess: () => {
      setName('');
      setSubmitted(false);
      void queryClient.invalidateQueries({ queryKey: ['subjects'] });
    },
  });
  const error = !name.trim() ? 'subjects.nameRequired' : name.trim().length > 100 ? 'subjects.nameTooLong' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!error) create.mutate();
  };
  return (
    <Stack>
      <PageTitle>{t('subjects.title')}</PageTitle>
      <QueryView query={subjects} loading={t('subjects.loading')} failed={t('subjects.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('subjects.emptyTitle')} hint={t('subjects.emptyHint')} /> : (
          <List aria-label={t('subjects.title')}>{list.map((s) => <List.Item key={s.id}>{s.name}</List.Item>)}</List>
        )}
      </QueryView>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('subjects.name')} value={name} onChange={(e) => setName(e.currentTarget.value)}
            error={submitted && error ? t(error) : null} />
          <ErrorNote error={create.error} title={t('subjects.createFailed')} />
          <Group><Button type="submit" loading={create.isPending}>{t('subjects.add')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
