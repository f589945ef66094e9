import { Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useAccountsWithRole } from '../../api/lists';
import type { Account } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';

function Children({ parent }: { parent: Account }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const key = ['children', parent.id];
  const children = useQuery({ queryKey: key, queryFn: () => api.get<Account[]>(`/users/${parent.id}/children`) });
  const students = useAccountsWithRole('STUDENT');
  const [chosen, setChosen] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const link = useMutation({
    mutationFn: () => api.post<void>('/guardians', { parentId: parent.id, studentId: Number(chosen) }),
    onSuccess: () => { setChosen(''); setSubmitted(false); refresh(); },
  });
  const unlink = useMutation({
    mutationFn: (studentId: number) => api.delete<void>('/guardians', { parentId: parent.id, studentId }),
    onSuccess: refresh,
  });
  const linked = new Set((children.data ?? []).map((c) => c.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (chosen) link.mutate();
  };
  return (
    <Stack>
      <QueryView query={children} loading={t('guardians.loadingChildren')} failed={t('guardians.childrenFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('guardians.noChildrenTitle')} hint={t('guardians.noChildrenHint')} /> : (
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th scope="col">{t('guardians.child')}</Table.Th><Table.Th scope="col">{t('common.actions')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((child) => (
                <Table.Tr key={child.id}>
                  <Table.Th scope="row" fw={500}>{child.fullName}</Table.Th>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => unlink.mutate(child.id)}
                      aria-label={t('guardians.unlinkOf', { name: child.fullName })}>{t('guardians.unlink')}</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
      <ErrorNote error={unlink.error} title={t('guardians.unlinkFailed')} />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect label={t('guardians.addChild')} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}
            error={submitted && !chosen ? t('guardians.chooseChild') : null}
            data={[{ value: '', label: t('common.choose') },
              ...(students.data ?? []).filter((s) => !linked.has(s.id)).map((s) => ({ value: String(s.id), label: s.fullName }))]} />
          <ErrorNote error={link.error ?? students.error} title={t('guardians.linkFailed')} />
          <Group><Button type="submit" loading={link.isPending}>{t('guardians.link')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

export default function GuardiansPage() {
  const { t } = useTranslation();
  const parents = useAccountsWithRole('PARENT');
  const [parentId, setParentId] = useState('');
  return (
    <Stack>
      <PageTitle>{t('guardians.title')}</PageTitle>
      <Text c="dimmed">{t('guardians.intro')}</Text>
      <QueryView query={parents} loading={t('guardians.loading')} failed={t('guardians.loadFailed')}>
        {(list) => {
          if (list.length === 0) return <Empty title={t('guardians.emptyTitle')} hint={t('guardians.emptyHint')} />;
          const parent = list.find((p) => String(p.id) === parentId);
          return (
            <Stack>
              <NativeSelect label={t('guardians.parent')} value={parentId} onChange={(e) => setParentId(e.currentTarget.value)} maw={400}
                data={[{ value: '', label: t('common.choose') }, ...list.map((p) => ({ value: String(p.id), label: p.fullName }))]} />
              {parent && <Children key={parent.id} parent={parent} />}
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
}
