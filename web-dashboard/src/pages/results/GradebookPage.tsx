import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi, useConfig } from '../../api/ApiContext';
import { useAllClasses } from '../../api/lists';
import type { SchoolClass, Student } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { ClassPicker, useChosenClass } from './ClassPicker';
import { allOf, formatDateTime, formatNumber, resultsKey, useAssignments, useClassStudents } from './queries';
import { download, fileName, toCsv, toXlsx, XLSX_TYPE, type Sheet } from './sheet';
import type { Assignment, ResultsRow, ResultsTable } from './types';

interface Gradebook {
  assignments: Assignment[];
  students: Student[];
  /** per assignment id, per student id */
  cells: Map<number, Map<number, ResultsRow>>;
}

function buildGradebook(assignments: Assignment[], roster: Student[], tables: ResultsTable[]): Gradebook {
  const students = [...roster];
  const cells = new Map<number, Map<number, ResultsRow>>();
  for (const table of tables) {
    const rows = new Map<number, ResultsRow>();
    for (const row of table.rows) {
      rows.set(row.studentId, row);
      if (!students.some((s) => s.id === row.studentId)) students.push({ id: row.studentId, fullName: row.studentName });
    }
    cells.set(table.assignmentId, rows);
  }
  students.sort((a, b) => a.fullName.localeCompare(b.fullName, 'uk'));
  return { assignments, students, cells };
}

/** The class × assignments table as a file: points, percent and grade per assignment. */
function gradebookSheet(t: TFunction, className: string, book: Gradebook): Sheet {
  const header = [t('gradebook.student')];
  for (const a of book.assignments) {
    header.push(`${a.testTitle}: ${t('gradebook.points')}`, `${a.testTitle}: ${t('gradebook.percent')}`, `${a.testTitle}: ${t('gradebook.grade')}`);
  }
  const rows = book.students.map((student) => [student.fullName, ...book.assignments.flatMap((a) => {
    const total = book.cells.get(a.id)?.get(student.id)?.total;
    if (!total) return [null, null, null];
    return [total.points, total.percent, total.pendingGrading ? null : total.grade];
  })]);
  return { name: `${t('gradebook.title')} ${className}`, header, rows };
}

function Cell({ row }: { row: ResultsRow | undefined }) {
  const { t, i18n } = useTranslation();
  const total = row?.total;
  if (!row || !total) {
    return <Text c="dimmed" aria-label={t('gradebook.noAttempt')}>—</Text>;
  }
  const body = (
    <Stack gap={0}>
      {total.pendingGrading
        ? <Badge color="yellow" variant="light">{t('gradebook.pending')}</Badge>
        : <Text fw={700} size="lg">{total.grade}</Text>}
      <Text size="xs" c="dimmed">
        {t('gradebook.pointsOf', { points: formatNumber(total.points, i18n.language), max: formatNumber(total.maxPoints, i18n.language) })}
        {' · '}{formatNumber(total.percent, i18n.language, 1)} %
      </Text>
      {row.late && <Badge size="xs" color="orange" variant="outline">{t('gradebook.late')}</Badge>}
    </Stack>
  );
  return row.countedAttemptId === null ? body : (
    <Anchor component={Link} to={`/review/${row.countedAttemptId}`} underline="never" c="inherit"
      aria-label={t('gradebook.openAttempt', { name: row.studentName })}>{body}</Anchor>
  );
}

function GradebookTable({ book, className }: { book: Gradebook; className: string }) {
  const { t, i18n } = useTranslation();
  const { apiBase } = useConfig();
  const sheet = () => gradebookSheet(t, className, book);
  return (
    <Stack>
      <Group gap="xs">
        <Button variant="light" onClick={() => download(toCsv(sheet()), 'text/csv;charset=utf-8', fileName(sheet().name, 'csv'))}>
          {t('gradebook.exportCsv')}
        </Button>
        <Button variant="light" onClick={() => download(toXlsx(sheet()) as BlobPart, XLSX_TYPE, fileName(sheet().name, 'xlsx'))}>
          {t('gradebook.exportXlsx')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={360}>
        <Table striped withColumnBorders captionSide="top" stickyHeader>
          <Table.Caption>{t('gradebook.caption', { name: className })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('gradebook.student')}</Table.Th>
              {book.assignments.map((a) => (
                <Table.Th scope="col" key={a.id} miw={150}>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/analysis/${a.id}`} size="sm" fw={600}>{a.testTitle}</Anchor>
                    <Text size="xs" c="dimmed" fw={400}>{t('gradebook.due', { date: formatDateTime(a.dueAt, i18n.language) })}</Text>
                    <Group gap={6}>
                      <Anchor size="xs" fw={400} href={`${apiBase}/testing/assignments/${a.id}/results.csv`} download
                        aria-label={t('gradebook.questionsCsv', { title: a.testTitle })}>CSV</Anchor>
                      <Anchor size="xs" fw={400} href={`${apiBase}/testing/assignments/${a.id}/results.xlsx`} download
                        aria-label={t('gradebook.questionsXlsx', { title: a.testTitle })}>XLSX</Anchor>
                    </Group>
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {book.students.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Th scope="row" fw={500}>{s.fullName}</Table.Th>
                {book.assignments.map((a) => <Table.Td key={a.id}><Cell row={book.cells.get(a.id)?.get(s.id)} /></Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">{t('gradebook.legend')}</Text>
    </Stack>
  );
}

function ClassGradebook({ classId, className, assignments }: { classId: number; className: string; assignments: Assignment[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const mine = assignments.filter((a) => a.classId === classId).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const roster = useClassStudents(classId);
  const tables = useQueries({
    queries: mine.map((a) => ({ queryKey: resultsKey(a.id), queryFn: () => api.get<ResultsTable>(`/testing/assignments/${a.id}/results`) })),
    combine: (results) => ({
      data: results.every((r) => r.isSuccess) ? results.map((r) => r.data as ResultsTable) : undefined,
      error: results.find((r) => r.isError)?.error ?? null,
      isPending: results.some((r) => r.isPending),
      isFetching: results.some((r) => r.isFetching),
      refetch: () => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch())),
    }),
  });
  if (mine.length === 0) {
    return <Empty title={t('gradebook.noAssignmentsTitle', { name: className })} hint={t('gradebook.noAssignmentsHint')} />;
  }
  const combined = allOf<[Student[], ResultsTable[]]>([roster, { ...tables, data: tables.data, isError: tables.error !== null }]);
  return (
    <QueryView query={combined} loading={t('gradebook.loading')} failed={t('gradebook.loadFailed')}>
      {([students, loaded]) => <GradebookTable className={className} book={buildGradebook(mine, students, loaded)} />}
    </QueryView>
  );
}

export default function GradebookPage() {
  const { t } = useTranslation();
  const classes = useAllClasses();
  const assignments = useAssignments();
  const [classId, choose] = useChosenClass(classes.data);
  const both = allOf<[SchoolClass[], Assignment[]]>([classes, assignments]);
  return (
    <Stack>
      <PageTitle>{t('gradebook.title')}</PageTitle>
      <QueryView query={both} loading={t('gradebook.loadingClasses')} failed={t('gradebook.loadFailed')}>
        {([list, all]) => list.length === 0
          ? <Empty title={t('gradebook.noClassesTitle')} hint={t('gradebook.noClassesHint')} />
          : (
            <>
              <ClassPicker classes={list} value={classId} onChange={choose} />
              {classId !== null && (
                <ClassGradebook key={classId} classId={classId} assignments={all}
                  className={list.find((c) => c.id === classId)?.name ?? ''} />
              )}
            </>
          )}
      </QueryView>
    </Stack>
  );
}
