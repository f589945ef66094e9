import { Button, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTests } from '../../api/bank';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';

/** /tests: the teacher's tests, to open in the builder or assign. */
export default function TestsPage() {
  const { t } = useTranslation();
  const tests = useTests();
  return (
    <Stack>
      <PageTitle>{t('builder.listTitle')}</PageTitle>
      <Group><Button component={Link} to="/tests/new">{t('builder.newTest')}</Button></Group>
      <QueryView query={tests} loading={t('builder.loading')} failed={t('builder.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('builder.emptyTitle')} hint={t('builder.emptyHint')} /> : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped aria-label={t('builder.listTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('builder.testTitle')}</Table.Th>
                  <Table.Th>{t('builder.slotsCount')}</Table.Th>
                  <Table.Th>{t('builder.timeLimit')}</Table.Th>
                  <Table.Th>{t('builder.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((test) => (
                  <Table.Tr key={test.id}>
                    <Table.Th scope="row" fw={400}><Link to={`/tests/${test.id}`}>{test.title}</Link></Table.Th>
                    <Table.Td>{test.slots.reduce((sum, s) => sum + s.count, 0)}</Table.Td>
                    <Table.Td>{test.settings.timeLimitMinutes === null ? t('builder.noLimit') : t('builder.minutes', { count: test.settings.timeLimitMinutes })}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" component={Link} to={`/assignments?test=${test.id}`}
                        aria-label={t('builder.assignOf', { title: test.title })}>{t('builder.assign')}</Button>
                    </Table.Td>
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
