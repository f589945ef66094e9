import type { TFunction } from 'i18next';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useAllClasses } from '../../api/lists';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { StackedBars, type StackedRow } from './AnalysisCharts';
import { ClassPicker, useChosenClass } from './ClassPicker';

/** GET /api/worktime/reports/classes/{id} */
export interface ClassReport {
  classId: number;
  from: string;
  to: string;
  students: { studentId: number; fullName: string; totalMinutes: number; subjects: { subjectId: number | null; subjectName: string | null; minutes: number }[] }[];
}

const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Monday of the week holding today, moved by whole weeks. */
export function weekOf(offset: number, today = new Date()): { from: string; to: string } {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7) + offset * 7);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { from: iso(monday), to: iso(sunday) };
}

function hours(minutes: number, t: TFunction): string {
  return t('studyTime.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

function Report({ report }: { report: ClassReport }) {
  const { t } = useTranslation();
  if (report.students.length === 0) return <Empty title={t('studyTime.noStudentsTitle')} hint={t('studyTime.noStudentsHint')} />;
  if (report.students.every((s) => s.totalMinutes === 0)) return <Empty title={t('studyTime.emptyTitle')} hint={t('studyTime.emptyHint')} />;
  const names = new Map<string, string>();
  for (const s of report.students) {
    for (const subject of s.subjects) {
      const key = `s${subject.subjectId ?? 'none'}`;
      names.set(key, subject.subjectName ?? t('studyTime.noSubject'));
    }
  }
  const series = [...names].map(([key, name]) => ({ key, name }));
  const rows: StackedRow[] = report.students.map((s) => ({
    name: s.fullName,
    ...Object.fromEntries(s.subjects.map((subject) => [`s${subject.subjectId ?? 'none'}`, subject.minutes])),
  }));
  const total = report.students.reduce((sum, s) => sum + s.totalMinutes, 0);
  return (
    <Stack>
      <Text>{t('studyTime.classTotal', { time: hours(total, t), average: hours(Math.round(total / report.students.length), t) })}</Text>
      <StackedBars title={t('studyTime.chart')} hint={t('studyTime.chartHint')} rows={rows} series={series} unit={t('studyTime.min')} />
      <Table.ScrollContainer minWidth={360}>
        <Table striped captionSide="top">
          <Table.Caption>{t('studyTime.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('studyTime.student')}</Table.Th>
              <Table.Th scope="col">{t('studyTime.total')}</Table.Th>
              <Table.Th scope="col">{t('studyTime.bySubject')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.students.map((s) => (
              <Table.Tr key={s.studentId}>
                <Table.Th scope="row" fw={500}>{s.fullName}</Table.Th>
                <Table.Td>{hours(s.totalMinutes, t)}</Table.Td>
                <Table.Td>{s.subjects.length === 0 ? '—' : s.subjects.map((subject) =>
                  `${subject.subjectName ?? t('studyTime.noSubject')}: ${hours(subject.minutes, t)}`).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function ClassTime({ classId }: { classId: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const week = weekOf(offset);
  const report = useQuery({
    queryKey: ['worktime', 'class', classId, week.from],
    queryFn: () => api.get<ClassReport>(`/worktime/reports/classes/${classId}?from=${week.from}&to=${week.to}`),
  });
  const show = (date: string) => new Date(`${date}T12:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'uk-UA', { day: 'numeric', month: 'short' });
  return (
    <Stack>
      <Group gap="xs" role="group" aria-label={t('studyTime.week')}>
        <Button variant="default" size="xs" onClick={() => setOffset((o) => o - 1)}>{t('studyTime.previous')}</Button>
        <Text fw={500} aria-live="polite">{offset === 0 ? t('studyTime.thisWeek') : ''} {show(week.from)} – {show(week.to)}</Text>
        <Button variant="default" size="xs" onClick={() => setOffset((o) => o + 1)} disabled={offset >= 0}>{t('studyTime.next')}</Button>
      </Group>
      <QueryView query={report} loading={t('studyTime.loading')} failed={t('studyTime.loadFailed')}>
        {(data) => <Report report={data} />}
      </QueryView>
    </Stack>
  );
}

export default function StudyTimePage() {
  const { t } = useTranslation();
  const classes = useAllClasses();
  const [classId, choose] = useChosenClass(classes.data);
  return (
    <Stack>
      <PageTitle>{t('studyTime.title')}</PageTitle>
      <QueryView query={classes} loading={t('studyTime.loadingClasses')} failed={t('studyTime.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('gradebook.noClassesTitle')} hint={t('gradebook.noClassesHint')} /> : (
          <>
            <ClassPicker classes={list} value={classId} onChange={choose} />
            {classId !== null && <ClassTime key={classId} classId={classId} />}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
