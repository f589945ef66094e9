import { Alert, Anchor, Badge, Blockquote, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import { formatNumber, useResults } from './queries';
import type { PendingAnswer, Score } from './types';

export const MAX_COMMENT = 5000;

/** What is wrong with the points typed, as a message key, or null: a number from 0 to the question's max. */
export function pointsError(value: string, max: number): string | null {
  const text = value.trim().replace(',', '.');
  if (text === '') return 'grading.pointsRequired';
  if (!/^\d+(\.\d+)?$/.test(text)) return 'grading.pointsNumber';
  return Number(text) > max ? 'grading.pointsMax' : null;
}

function GradeForm({ answer, onGraded, onSkip, more }: { answer: PendingAnswer; onGraded: (score: Score) => void; onSkip: () => void; more: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [points, setPoints] = useState('');
  const [comment, setComment] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: () => api.put<Score>(`/testing/attempts/${answer.attemptId}/grades/${answer.slot}`,
      { points: Number(points.trim().replace(',', '.')), comment: comment.trim() || null }),
    onSuccess: onGraded,
  });
  const pointsProblem = pointsError(points, answer.maxPoints);
  const commentProblem = comment.length > MAX_COMMENT ? 'grading.commentTooLong' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!pointsProblem && !commentProblem) save.mutate();
  };
  const max = formatNumber(answer.maxPoints, i18n.language);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
      <TextInput label={t('grading.points', { max })} value={points} inputMode="decimal" required maw={200} data-autofocus
        onChange={(e) => setPoints(e.currentTarget.value)}
        error={submitted && pointsProblem ? t(pointsProblem, { max }) : null} />
      <Textarea label={t('grading.comment')} description={t('grading.commentHint')} value={comment} rows={4}
        onChange={(e) => setComment(e.currentTarget.value)} error={commentProblem ? t(commentProblem, { max: MAX_COMMENT }) : null} />
      <ErrorNote error={save.error} title={t('grading.saveFailed')} />
      <Group>
        <Button type="submit" loading={save.isPending}>{more ? t('grading.saveNext') : t('grading.save')}</Button>
        {more && <Button variant="default" onClick={onSkip}>{t('grading.skip')}</Button>}
      </Group>
      </Stack>
    </form>
  );
}

function Current({ answer, position, total, onGraded, onSkip }: { answer: PendingAnswer; position: number; total: number; onGraded: (score: Score) => void; onSkip: () => void }) {
  const { t } = useTranslation();
  const results = useResults(answer.assignmentId);
  const student = results.data?.rows.find((r) => r.studentId === answer.studentId)?.studentName;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('grading.current')}>
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('grading.position', { position: position + 1, total })}</Text>
          {results.data && <Badge variant="light">{results.data.testTitle}</Badge>}
        </Group>
        <Title order={2} size="h4">{student ? t('grading.answerOf', { name: student, number: answer.slot + 1 }) : t('grading.answerNumber', { number: answer.slot + 1 })}</Title>
        <Text fw={500} style={{ whiteSpace: 'pre-wrap' }}>{answer.questionText}</Text>
        {answer.graderInfo && <Text size="sm" c="dimmed"><b>{t('grading.graderInfo')}</b> {answer.graderInfo}</Text>}
        <div>
          <Text size="sm" fw={600}>{t('grading.response')}</Text>
          {answer.response?.trim()
            ? <Blockquote p="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{answer.response}</Blockquote>
            : <Text size="sm" c="dimmed">{t('grading.noResponse')}</Text>}
        </div>
        <Anchor component={Link} to={`/review/${answer.attemptId}`} size="sm">{t('grading.wholeAttempt')}</Anchor>
        <GradeForm key={`${answer.attemptId}:${answer.slot}`} answer={answer} onGraded={onGraded} onSkip={onSkip} more={total > 1} />
      </Stack>
    </Paper>
  );
}

export default function GradingPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const assignment = params.get('assignment');
  const [skipped, setSkipped] = useState(0);
  const [last, setLast] = useState<Score | null>(null);
  const queue = useQuery({
    queryKey: ['testing', 'grading-queue', assignment],
    queryFn: () => api.get<PendingAnswer[]>(`/testing/grading-queue${assignment ? `?assignmentId=${assignment}` : ''}`),
  });
  const asked = { attempt: Number(params.get('attempt')), slot: Number(params.get('slot')) };
  return (
    <Stack>
      <PageTitle>{t('grading.title')}</PageTitle>
      <Text c="dimmed">{t('grading.intro')}</Text>
      {last && (
        <Alert color="green" role="status">
          {t('grading.saved', { percent: formatNumber(last.percent, i18n.language, 1), grade: last.pendingGrading ? '—' : last.grade })}
        </Alert>
      )}
      <QueryView query={queue} loading={t('grading.loading')} failed={t('grading.loadFailed')}>
        {(items) => {
          if (items.length === 0) return <Empty title={t('grading.emptyTitle')} hint={t('grading.emptyHint')} />;
          const wanted = items.findIndex((a) => a.attemptId === asked.attempt && a.slot === asked.slot);
          const index = ((wanted >= 0 ? wanted : 0) + skipped) % items.length;
          const answer = items[index]!;
          return (
            <Current answer={answer} position={index} total={items.length} onSkip={() => setSkipped((s) => s + 1)}
              onGraded={(score) => {
                setLast(score);
                void queryClient.invalidateQueries({ queryKey: ['testing'] });
              }} />
          );
        }}
      </QueryView>
    </Stack>
  );
}
