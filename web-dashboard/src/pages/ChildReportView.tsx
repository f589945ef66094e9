import { Badge, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { School } from '../api/types';
import { QueryView } from '../components/QueryView';
import { formatNumber } from './results/queries';
import type { Score } from './results/types';

/** GET /api/testing/students/{id}/report: a result's score is null while the review policy withholds it. */
export interface ChildReport {
  studentId: number;
  name: string;
  recentResults: { attemptId: number; testTitle: string; state: 'IN_PROGRESS' | 'SUBMITTED' | 'GRADED'; submittedAt: string | null; score: Score | null; reviewOpen: boolean }[];
  upcoming: Deadline[];
  missed: Deadline[];
}
interface Deadline { assignmentId: number; testTitle: string; dueAt: string }

/** GET /api/worktime/reports/week?accountId= (only what this page reads). */
export interface WeekReport {
  totals: { totalMinutes: number; subjects: { subjectId: number | null; subjectName: string | null; minutes: number }[] };
}

function locale(language: string) {
  return language === 'en' ? 'en-GB' : 'uk-UA';
}

/** A due time in the school's time zone, so a parent abroad sees what the teacher set. */
function formatDue(iso: string, language: string, timeZone: string | undefined) {
  return new Date(iso).toLocaleString(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

function ResultLine({ result }: { result: ChildReport['recentResults'][number] }) {
  const { t, i18n } = useTranslation();
  const s = result.score;
  let verdict;
  if (s) {
    verdict = (
      <Group gap="xs">
        <Badge variant="light" size="lg">{t('children.grade', { grade: s.grade })}</Badge>
        <Text size="sm">{t('children.points', { points: formatNumber(s.points, i18n.language), max: formatNumber(s.maxPoints, i18n.language), percent: formatNumber(s.percent, i18n.language, 0) })}</Text>
        {s.pendingGrading && <Badge color="yellow" variant="light">{t('children.awaitsGrading')}</Badge>}
      </Group>
    );
  } else if (result.state === 'SUBMITTED' && result.reviewOpen) {
    verdict = <Badge color="yellow" variant="light">{t('children.awaitsGrading')}</Badge>;
  } else if (result.reviewOpen) {
    verdict = <Text size="sm" c="dimmed">{t('children.scoreNotShown')}</Text>;
  } else {
    verdict = <Text size="sm" c="dimmed">{t('children.hidden')}</Text>;
  }
  return (
    <li>
      <Stack gap={2}>
        <Text size="sm" fw={500}>{result.testTitle}</Text>
        {verdict}
      </Stack>
    </li>
  );
}

function DeadlineList({ items, heading, empty, tz, color }: { items: Deadline[]; heading: string; empty: string; tz?: string; color?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-label={heading}>
      <Title order={3} size="h6">{heading}</Title>
      {items.length === 0 ? <Text size="sm" c="dimmed">{empty}</Text> : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((d) => (
            <li key={d.assignmentId}>
              <Text size="sm" c={color}>{d.testTitle} — {t('children.due', { date: formatDue(d.dueAt, i18n.language, tz) })}</Text>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

function hours(minutes: number, t: TFunction) {
  const h = Math.floor(minutes / 60);
  return h > 0 ? t('children.hoursMinutes', { h, m: minutes % 60 }) : t('children.minutes', { m: minutes });
}

function StudyTime({ childId }: { childId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const week = useQuery({ queryKey: ['worktime', 'week', childId], queryFn: () => api.get<WeekReport>(`/worktime/reports/week?accountId=${childId}`) });
  const heading = t('children.studyTime');
  return (
    <section aria-label={heading}>
      <Title order={3} size="h6">{heading}</Title>
      <QueryView query={week} loading={t('children.loadingStudy')} failed={t('children.studyFailed')}>
        {(report) => report.totals.totalMinutes === 0 ? <Text size="sm" c="dimmed">{t('children.noStudy')}</Text> : (
          <Stack gap={6}>
            <Text size="sm" fw={500}>{t('children.weekTotal', { time: hours(report.totals.totalMinutes, t) })}</Text>
            {report.totals.subjects.map((s) => {
              const name = s.subjectName ?? t('children.noSubject');
              return (
                <div key={s.subjectId ?? 'none'}>
                  <Group justify="space-between" gap="xs"><Text size="xs">{name}</Text><Text size="xs">{hours(s.minutes, t)}</Text></Group>
                  <Progress value={(100 * s.minutes) / report.totals.totalMinutes} aria-label={`${name}: ${hours(s.minutes, t)}`} size="sm" />
                </div>
              );
            })}
          </Stack>
        )}
      </QueryView>
    </section>
  );
}

/** One child's recent results (as the review policy lets a parent see them), deadlines and this week's study time. */
export function ChildReportView({ childId }: { childId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useQuery({ queryKey: ['children', 'report', childId], queryFn: () => api.get<ChildReport>(`/testing/students/${childId}/report`) });
  const school = useQuery({ queryKey: ['school'], queryFn: () => api.get<School>('/schools/current') });
  const tz = school.data?.timezone;
  return (
    <Stack gap="sm">
      <QueryView query={report} loading={t('children.loadingReport')} failed={t('children.reportFailed')}>
        {(r) => (
          <Stack gap="sm">
            <section aria-label={t('children.results')}>
              <Title order={3} size="h6">{t('children.results')}</Title>
              {r.recentResults.length === 0 ? <Text size="sm" c="dimmed">{t('children.noResults')}</Text> : (
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                  {r.recentResults.map((res) => <ResultLine key={res.attemptId} result={res} />)}
                </Stack>
              )}
            </section>
            <DeadlineList items={r.upcoming} heading={t('children.upcoming')} empty={t('children.noUpcoming')} tz={tz} />
            {r.missed.length > 0 && <DeadlineList items={r.missed} heading={t('children.missed')} empty="" tz={tz} color="red" />}
            {tz && <Text size="xs" c="dimmed">{t('children.timeZone', { tz })}</Text>}
          </Stack>
        )}
      </QueryView>
      <StudyTime childId={childId} />
    </Stack>
  );
}
