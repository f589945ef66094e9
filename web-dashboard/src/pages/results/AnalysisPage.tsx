import { Alert, Anchor, Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { Histogram, QuestionChart, type HistogramBin } from './AnalysisCharts';
import { allOf, formatDateTime, formatNumber, useAssignments, useResults } from './queries';
import type { Assignment, Flag, ResultsTable, TestAnalysis } from './types';

const SELECTIONS = ['first', 'last', 'highest', 'all'] as const;
const SELECTION_LABELS: Record<(typeof SELECTIONS)[number], string> = {
  first: 'analysis.selectionFirst', last: 'analysis.selectionLast', highest: 'analysis.selectionHighest', all: 'analysis.selectionAll',
};
/** Why a question is flagged and what to do about it. */
const REASONS: Record<Flag, string> = {
  NEGATIVE_DISCRIMINATION: 'analysis.reasonNegative', VERY_HARD: 'analysis.reasonHard', VERY_EASY: 'analysis.reasonEasy',
};

/** Finished, fully graded totals in ten bins of ten percent (the last one holds 100 %). */
export function histogram(results: ResultsTable): HistogramBin[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i === 9 ? 100 : i * 10 + 9}`, count: 0 }));
  for (const row of results.rows) {
    if (row.total && !row.total.pendingGrading) {
      bins[Math.min(9, Math.floor(row.total.percent / 10))]!.count++;
    }
  }
  return bins;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function Analysis({ assignmentId, analysis, results }: { assignmentId: number; analysis: TestAnalysis; results: ResultsTable }) {
  const { t, i18n } = useTranslation();
  const n = (v: number | null | undefined, digits = 1) => formatNumber(v, i18n.language, digits);
  const test = analysis.test;
  const waiting = analysis.waitingForGrading > 0 && (
    <Alert color="yellow" role="status">
      {t('analysis.waiting', { count: analysis.waitingForGrading })}{' '}
      <Anchor component={Link} to={`/grading?assignment=${assignmentId}`}>{t('analysis.gradeThem')}</Anchor>
    </Alert>
  );
  if (test.attempts === 0) {
    return <>{waiting}<Empty title={t('analysis.emptyTitle')} hint={t('analysis.emptyHint')} /></>;
  }
  const questions = [...analysis.questions].sort((a, b) => a.position - b.position);
  const label = (position: number) => t('analysis.q', { number: position + 1 });
  const flaggedCount = questions.filter((q) => q.statistics.flags.length > 0).length;
  return (
    <Stack>
      {waiting}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
          <Figure label={t('analysis.attempts')} value={String(test.attempts)} />
          <Figure label={t('analysis.mean')} value={t('analysis.ofMax', { value: n(test.mean), max: n(test.maxTotal) })} />
          <Figure label={t('analysis.median')} value={n(test.median)} />
          <Figure label={t('analysis.spread')} value={n(test.standardDeviation)} />
          <Figure label={t('analysis.consistency')} value={test.internalConsistency == null ? '—' : `${n(test.internalConsistency)} %`} />
        </SimpleGrid>
      </Paper>
      {flaggedCount > 0
        ? <Alert color="red" title={t('analysis.flaggedTitle', { count: flaggedCount })}>{t('analysis.flaggedHint')}</Alert>
        : <Text c="dimmed">{t('analysis.noFlags')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <QuestionChart title={t('analysis.facilityChart')} hint={t('analysis.facilityHint')} unit="%" name={t('analysis.facility')} domain={[0, 100]}
          bars={questions.map((q) => ({ label: label(q.position), value: q.statistics.facility == null ? null : Math.round(q.statistics.facility * 1000) / 10, flagged: q.statistics.flags.length > 0 }))} />
        <QuestionChart title={t('analysis.discriminationChart')} hint={t('analysis.discriminationHint')} unit="%" name={t('analysis.discrimination')} domain={[-100, 100]}
          bars={questions.map((q) => ({ label: label(q.position), value: q.statistics.discriminationIndex == null ? null : Math.round(q.statistics.discriminationIndex * 10) / 10, flagged: q.statistics.flags.length > 0 }))} />
      </SimpleGrid>
      <Histogram title={t('analysis.histogram')} hint={t('analysis.histogramHint')} name={t('analysis.students')} bins={histogram(results)} />
      <Table.ScrollContainer minWidth={520}>
        <Table captionSide="top" withTableBorder>
          <Table.Caption>{t('analysis.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('analysis.question')}</Table.Th>
              <Table.Th scope="col">{t('analysis.facility')}</Table.Th>
              <Table.Th scope="col">{t('analysis.discrimination')}</Table.Th>
              <Table.Th scope="col">{t('analysis.answered')}</Table.Th>
              <Table.Th scope="col">{t('analysis.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questions.map((q) => {
              const flags = q.statistics.flags;
              return (
                <Table.Tr key={q.position} data-flagged={flags.length > 0 || undefined}
                  bg={flags.length > 0 ? 'var(--mantine-color-red-light)' : undefined}>
                  <Table.Th scope="row" fw={500}>{label(q.position)}{q.name ? ` · ${q.name}` : ''}</Table.Th>
                  <Table.Td>{q.statistics.facility == null ? '—' : `${n(q.statistics.facility * 100)} %`}</Table.Td>
                  <Table.Td>{q.statistics.discriminationIndex == null ? '—' : `${n(q.statistics.discriminationIndex)} %`}</Table.Td>
                  <Table.Td>{q.statistics.attempts}</Table.Td>
                  <Table.Td>
                    {flags.length === 0 ? <Text size="sm" c="dimmed">{t('analysis.ok')}</Text> : (
                      <Stack gap={4}>
                        <Badge color="red">{t('analysis.flagged')}</Badge>
                        {flags.map((f) => <Text key={f} size="sm">{t(REASONS[f])}</Text>)}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function AssignmentAnalysis({ assignmentId }: { assignmentId: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [selection, setSelection] = useState<(typeof SELECTIONS)[number]>('first');
  const assignment = useQuery({ queryKey: ['testing', 'assignment', assignmentId], queryFn: () => api.get<Assignment>(`/testing/assignments/${assignmentId}`) });
  const analysis = useQuery({
    queryKey: ['testing', 'statistics', assignmentId, selection],
    queryFn: () => api.get<TestAnalysis>(`/testing/assignments/${assignmentId}/statistics?attempts=${selection}`),
  });
  const results = useResults(assignmentId);
  return (
    <Stack>
      <PageTitle>{assignment.data ? t('analysis.titleOf', { title: assignment.data.testTitle }) : t('analysis.title')}</PageTitle>
      {assignment.data && <Text c="dimmed">{t('analysis.due', { date: formatDateTime(assignment.data.dueAt, i18n.language) })}</Text>}
      <Group gap="md" align="flex-end">
        <NativeSelect label={t('analysis.selection')} value={selection} maw={260}
          onChange={(e) => setSelection(e.currentTarget.value as (typeof SELECTIONS)[number])}
          data={SELECTIONS.map((s) => ({ value: s, label: t(SELECTION_LABELS[s]) }))} />
        <Anchor component={Link} to="/analysis" size="sm">{t('analysis.others')}</Anchor>
      </Group>
      <QueryView query={allOf<[TestAnalysis, ResultsTable]>([analysis, results])} loading={t('analysis.loading')} failed={t('analysis.loadFailed')}>
        {([data, table]) => <Analysis assignmentId={assignmentId} analysis={data} results={table} />}
      </QueryView>
    </Stack>
  );
}

function AssignmentList() {
  const { t, i18n } = useTranslation();
  const assignments = useAssignments();
  return (
    <Stack>
      <PageTitle>{t('analysis.title')}</PageTitle>
      <Text c="dimmed">{t('analysis.pick')}</Text>
      <QueryView query={assignments} loading={t('analysis.loadingList')} failed={t('analysis.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('analysis.noAssignmentsTitle')} hint={t('analysis.noAssignmentsHint')} /> : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {[...list].sort((a, b) => b.dueAt.localeCompare(a.dueAt)).map((a) => (
              <Paper withBorder p="sm" component="li" key={a.id}>
                <Anchor component={Link} to={`/analysis/${a.id}`} fw={600}>{a.testTitle}</Anchor>
                <Text size="sm" c="dimmed">{t('analysis.due', { date: formatDateTime(a.dueAt, i18n.language) })}</Text>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('analysis.title')}</PageTitle>
      <Empty title={t('analysis.notFoundTitle')} hint={t('analysis.notFoundHint')} />
    </Stack>
  );
}

export default function AnalysisPage() {
  const { assignmentId } = useParams();
  const id = Number(assignmentId);
  if (assignmentId === undefined) return <AssignmentList />;
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <AssignmentAnalysis key={id} assignmentId={id} />;
}
