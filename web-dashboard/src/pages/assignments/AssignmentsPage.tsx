import { Button, Group, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { assignmentsKey, useTests, type Assignment } from '../../api/bank';
import { fetchAll, useAllClasses } from '../../api/lists';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { AssignForm } from './AssignForm';
import { formatTime } from './times';

/** /assignments: the tests given to classes, newest first, and the form to give one. */
export default function AssignmentsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const tests = useTests();
  const classes = useAllClasses();
  const assignments = useQuery({ queryKey: [...assignmentsKey, 'all'], queryFn: () => fetchAll<Assignment>(api, '/testing/assignments') });
  const className = (id: number | null) => classes.data?.find((c) => c.id === id)?.name ?? (id === null ? t('assignments.someStudents') : '…');
  const now = new Date().toISOString();
  return (
    <Stack>
      <PageTitle>{t('assignments.title')}</PageTitle>
      <QueryView query={tests} loading={t('builder.loading')} failed={t('builder.loadFailed')}>
        {(testList) => testList.length === 0 ? (
          <Stack>
            <Empty title={t('assignments.noTestsTitle')} hint={t('assignments.noTestsHint')} />
            <Group><Button component={Link} to="/tests/new">{t('builder.newTest')}</Button></Group>
          </Stack>
        ) : (
          <QueryView query={classes} loading={t('assignments.loadingClasses')} failed={t('assignments.classesFailed')}>
            {(classList) => classList.length === 0
              ? <Empty title={t('assignments.noClassesTitle')} hint={t('assignments.noClassesHint')} />
              : <AssignForm tests={testList} classes={classList} initialTest={params.get('test') ?? ''} />}
          </QueryView>
        )}
      </QueryView>
      <QueryView query={assignments} loading={t('assignments.loading')} failed={t('assignments.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('assignments.emptyTitle')} hint={t('assignments.emptyHint')} /> : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('assignments.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assignments.test')}</Table.Th>
                  <Table.Th>{t('assignments.class')}</Table.Th>
                  <Table.Th>{t('assignments.dueAt')}</Table.Th>
                  <Table.Th>{t('assignments.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list].sort((a, b) => b.dueAt.localeCompare(a.dueAt)).map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row" fw={400}><Link to={`/assignments/${a.id}`}>{a.testTitle}</Link></Table.Th>
                    <Table.Td>{className(a.classId)}</Table.Td>
                    <Table.Td>{formatTime(a.dueAt, i18n.language)}</Table.Td>
                    <Table.Td>{t(a.opensAt > now ? 'assignments.upcoming' : a.closesAt <= now ? 'assignments.closed' : 'assignments.open')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
    </Stack>
  );
}
