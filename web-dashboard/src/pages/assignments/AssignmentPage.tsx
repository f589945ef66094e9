import { Alert, Anchor, Grid, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { assignmentsKey, type Assignment, type ResultsTable } from '../../api/bank';
import { useAllClasses } from '../../api/lists';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { OverridesPanel } from './OverridesPanel';
import { formatTime } from './times';

/** How often the progress table asks again while the page is open. */
export const PROGRESS_POLL_MS = 15_000;

function LiveProgress({ assignment }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const results = useQuery({
    queryKey: [...assignmentsKey, assignment.id, 'results'],
    queryFn: () => api.get<ResultsTable>(`/testing/assignments/${assignment.id}/results`),
    refetchInterval: PROGRESS_POLL_MS,
  });
  return (
    <QueryView query={results} loading={t('assignments.loadingProgress')} failed={t('assignments.progressFailed')}>
      {(table) => {
        const submitted = table.rows.filter((r) => r.total !== null).length;
        const percent = table.rows.length === 0 ? 0 : Math.round((submitted / table.rows.length) * 100);
        const names = new Map(table.rows.map((r) => [r.studentId, r.studentName]));
        return (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack>
                <Paper withBorder p="md">
                  <Group justify="space-between">
                    <Text fw={600}>{t('assignments.submittedOf', { submitted, total: table.rows.length })}</Text>
                    <Text size="xs" c="dimmed" aria-live="polite">
                      {t('assignments.updatedAt', { time: new Date(results.dataUpdatedAt).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'uk-UA') })}
                    </Text>
                  </Group>
                  <Progress mt="sm" value={percent} size="lg" aria-label={t('assignments.progressLabel')} />
                </Paper>
                {table.rows.length === 0 ? <Empty title={t('assignments.noStudentsTitle')} hint={t('assignments.noStudentsHint')} /> : (
                  <Table.ScrollContainer minWidth={340}>
                    <Table striped aria-label={t('assignments.progressTable')}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('assignments.student')}</Table.Th>
                          <Table.Th>{t('assignments.state')}</Table.Th>
                          <Table.Th>{t('assignments.attempts')}</Table.Th>
                          <Table.Th>{t('assignments.result')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {[...table.rows].sort((a, b) => a.studentName.localeCompare(b.studentName)).map((row) => (
                          <Table.Tr key={row.studentId}>
                            <Table.Th scope="row" fw={400}>{row.studentName}</Table.Th>
                            <Table.Td>
                              <Text size="sm" fw={500} c={row.total ? 'green.8' : row.attempts > 0 ? 'blue.8' : 'dimmed'}>
                                {t(row.total ? 'assignments.stateSubmitted' : row.attempts > 0 ? 'assignments.stateStarted' : 'assignments.stateNotStarted')}
                              </Text>
                              {row.late && <Text size="xs" c="orange.9">{t('assignments.late')}</Text>}
                            </Table.Td>
                            <Table.Td>{row.attempts}</Table.Td>
                            <Table.Td>{row.total ? t('assignments.score', { percent: Math.round(row.total.percent), grade: row.total.grade }) : '—'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <OverridesPanel assignment={assignment} names={names} />
            </Grid.Col>
          </Grid>
        );
      }}
    </QueryView>
  );
}

/** /assignments/:id: who has submitted (polled while open), and per-student overrides. */
export default function AssignmentPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = Number(useParams().id);
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const classes = useAllClasses();
  const assignment = useQuery({ queryKey: [...assignmentsKey, id], queryFn: () => api.get<Assignment>(`/testing/assignments/${id}`) });
  return (
    <Stack>
      <PageTitle>{assignment.data ? t('assignments.oneTitle', { title: assignment.data.testTitle }) : t('assignments.title')}</PageTitle>
      {created && <Alert color="green" role="status">{t('assignments.created')}</Alert>}
      <QueryView query={assignment} loading={t('assignments.loadingOne')} failed={t('assignments.oneFailed')}>
        {(a) => (
          <Stack>
            <Group gap="lg" wrap="wrap">
              <Text>{t('assignments.class')}: {classes.data?.find((c) => c.id === a.classId)?.name ?? '—'}</Text>
              <Text>{t('assignments.opensAt')}: {formatTime(a.opensAt, i18n.language)}</Text>
              <Text>{t('assignments.dueAt')}: {formatTime(a.dueAt, i18n.language)}</Text>
              <Text>{t('assignments.closesAt')}: {formatTime(a.closesAt, i18n.language)}</Text>
              <Anchor component={Link} to={`/tests/${a.testId}`}>{t('assignments.openTest')}</Anchor>
            </Group>
            <LiveProgress assignment={a} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
