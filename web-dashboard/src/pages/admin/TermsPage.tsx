import { Button, Group, Paper, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Term } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';

export default function TermsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const terms = useQuery({ queryKey: ['terms'], queryFn: () => api.get<Term[]>('/terms') });
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post<Term>('/terms', { name: name.trim(), startsOn, endsOn }),
    onSuccess: () => {
      setName(''); setStartsOn(''); setEndsOn(''); setSubmitted(false);
      void queryClient.invalidateQueries({ queryKey: ['terms'] });
    },
  });
  const errors = {
    name: !name.trim() ? 'terms.nameRequired' : name.trim().length > 100 ? 'terms.nameTooLong' : null,
    startsOn: startsOn ? null : 'terms.dateRequired',
    endsOn: !endsOn ? 'terms.dateRequired' : startsOn && endsOn <= startsOn ? 'terms.endAfterStart' : null,
  };
  const show = (key: keyof typeof errors) => (submitted && errors[key] ? t(errors[key]) : null);
  const date = (iso: string) => new Date(`${iso}T00:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'uk-UA');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).every((e) => e === null)) create.mutate();
  };
  return (
    <Stack>
      <PageTitle>{t('terms.title')}</PageTitle>
      <QueryView query={terms} loading={t('terms.loading')} failed={t('terms.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('terms.emptyTitle')} hint={t('terms.emptyHint')} /> : (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('terms.name')}</Table.Th>
                  <Table.Th scope="col">{t('terms.startsOn')}</Table.Th>
                  <Table.Th scope="col">{t('terms.endsOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((term) => (
                  <Table.Tr key={term.id}>
                    <Table.Th scope="row" fw={500}>{term.name}</Table.Th>
                    <Table.Td>{date(term.startsOn)}</Table.Td>
                    <Table.Td>{date(term.endsOn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('terms.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={show('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('terms.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={show('startsOn')} />
            <TextInput type="date" label={t('terms.endsOn')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={show('endsOn')} />
          </SimpleGrid>
          <ErrorNote error={create.error} title={t('terms.createFailed')} />
          <Group><Button type="submit" loading={create.isPending}>{t('terms.add')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
