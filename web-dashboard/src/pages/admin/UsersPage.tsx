import { Badge, Button, Group, Modal, NativeSelect, Pagination, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { usersKey } from '../../api/lists';
import { allRoles, type Account, type Page } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { CreateUserForm, EditUserForm } from './UserForms';

const PAGE_SIZE = 25;

export default function UsersPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [page, setPage] = useState(1);
  const [role, setRole] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const users = useQuery({
    queryKey: [...usersKey, 'page', role, page],
    queryFn: () => api.get<Page<Account>>(`/users?page=${page - 1}&size=${PAGE_SIZE}${role ? `&role=${role}` : ''}`),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <PageTitle>{t('users.title')}</PageTitle>
        <Button onClick={() => setCreating(true)}>{t('users.add')}</Button>
      </Group>
      <NativeSelect label={t('users.filter')} value={role} maw={260}
        onChange={(e) => { setRole(e.currentTarget.value); setPage(1); }}
        data={[{ value: '', label: t('users.allRoles') }, ...allRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))]} />
      <QueryView query={users} loading={t('users.loading')} failed={t('users.loadFailed')}>
        {(data) => data.total === 0 ? <Empty title={t('users.emptyTitle')} hint={t('users.emptyHint')} /> : (
          <>
            <Table.ScrollContainer minWidth={480}>
              <Table striped highlightOnHover captionSide="top">
                <Table.Caption>{t('common.total', { count: data.total })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.fullName')}</Table.Th>
                    <Table.Th scope="col">{t('users.email')}</Table.Th>
                    <Table.Th scope="col">{t('users.roles')}</Table.Th>
                    <Table.Th scope="col"><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((account) => (
                    <Table.Tr key={account.id}>
                      <Table.Th scope="row" fw={500}>{account.fullName}</Table.Th>
                      <Table.Td>{account.email ?? <Text span c="dimmed" size="sm">{t('users.noEmail')}</Text>}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>{account.roles.map((r) => <Badge key={r} variant="light">{t(`roles.${r}`)}</Badge>)}</Group>
                      </Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setEditing(account)}
                          aria-label={t('users.editOf', { name: account.fullName })}>{t('common.edit')}</Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.total > PAGE_SIZE && (
              <nav aria-label={t('users.pages')}>
                <Pagination value={page} onChange={setPage} total={Math.ceil(data.total / PAGE_SIZE)} />
              </nav>
            )}
          </>
        )}
      </QueryView>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('users.add')}>
        <CreateUserForm onDone={() => setCreating(false)} />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('users.editOf', { name: editing.fullName }) : ''}>
        {editing && <EditUserForm key={editing.id} account={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
