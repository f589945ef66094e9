import { Alert, Anchor, Button, Group, Loader, Modal, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import type { Me, Page, SchoolClass } from '../api/types';
import { useAccount } from '../auth/RequireAuth';

const PAGE_SIZE = 50;
// only admins create classes: everyone else's first page does not carry the form
const ClassForm = lazy(() => import('./admin/ClassForm'));

/** What an empty list means, and what to do about it, depends on who looks. */
function emptyHint(me: Me): string {
  if (me.roles.includes('ADMIN')) return 'classes.emptyAdmin';
  if (me.roles.includes('TEACHER')) return 'classes.emptyTeacher';
  if (me.roles.includes('PARENT')) return 'classes.emptyParent';
  return 'classes.emptyStudent';
}

export default function ClassesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('classes.title')} · ${t('app.name')}`);
  const api = useApi();
  const me = useAccount();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const isAdmin = me.roles.includes('ADMIN');
  const classes = useQuery({
    queryKey: ['classes', page, PAGE_SIZE],
    queryFn: () => api.get<Page<SchoolClass>>(`/classes?page=${page - 1}&size=${PAGE_SIZE}`),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">{t('classes.title')}</Title>
        {isAdmin && <Button onClick={() => setCreating(true)}>{t('classForm.add')}</Button>}
      </Group>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('classForm.add')}>
        <Suspense fallback={<Loader size="sm" />}>
          <ClassForm onDone={(saved) => { setCreating(false); void navigate(`/classes/${saved.id}`); }} />
        </Suspense>
      </Modal>
      {classes.isPending && (
        <Group role="status">
          <Loader size="sm" />
          <Text>{t('classes.loading')}</Text>
        </Group>
      )}
      {classes.isError && (
        <Alert color="red" title={t('classes.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{describeError(t, classes.error)}</Text>
            <Button size="xs" variant="light" color="red" loading={classes.isFetching} onClick={() => void classes.refetch()}>
              {t('errors.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {classes.data && classes.data.total === 0 && (
        <Paper withBorder p="lg">
          <Title order={2} size="h4">{t('classes.emptyTitle')}</Title>
          <Text mt="xs">{t(emptyHint(me))}</Text>
        </Paper>
      )}
      {classes.data && classes.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={320}>
            <Table striped highlightOnHover captionSide="top">
              <Table.Caption>{t('classes.caption')} · {t('classes.total', { count: classes.data.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('classes.name')}</Table.Th>
                  <Table.Th scope="col">{t('classes.grade')}</Table.Th>
                  <Table.Th scope="col">{t('classes.academicYear')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {classes.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row" fw={500}>
                      {isAdmin ? <Anchor component={Link} to={`/classes/${c.id}`}>{c.name}</Anchor> : c.name}
                    </Table.Th>
                    <Table.Td>{c.grade}</Table.Td>
                    <Table.Td>{c.academicYear}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {classes.data.total > PAGE_SIZE && (
            <nav aria-label={t('classes.pages')}>
              <Pagination value={page} onChange={setPage} total={Math.ceil(classes.data.total / PAGE_SIZE)} />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}
