import { Alert, Anchor, Badge, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';
import { formatDateTime, formatNumber, useResults } from './queries';
import type { AnswerResponse, AttemptReview, QuestionType, SlotReview } from './types';

/** What the student answered, in words: the options they picked, their text, their matches or their order. */
function answerText(slot: SlotReview, response: AnswerResponse, yes: string, no: string): string[] {
  const option = (i: number) => slot.options?.[i] ?? `#${i + 1}`;
  switch (response.kind) {
    case 'choices': return response.chosen.map(option);
    case 'true_false': return [response.value ? yes : no];
    case 'text': return [response.text];
    case 'matches': return response.answerForPrompt.map((a, i) => `${slot.prompts?.[i] ?? `#${i + 1}`} → ${a < 0 ? '—' : option(a)}`);
    case 'order': return response.items.map(option);
  }
}

const TYPES: Record<QuestionType, string> = {
  SINGLE_CHOICE: 'review.typeSingle', MULTIPLE_CHOICE: 'review.typeMultiple', TRUE_FALSE: 'review.typeTrueFalse',
  SHORT_ANSWER: 'review.typeShort', NUMERIC: 'review.typeNumeric', MATCHING: 'review.typeMatching', ORDERING: 'review.typeOrdering',
  ESSAY: 'review.typeEssay',
};

function markColor(slot: SlotReview): string {
  if (slot.points === null) return 'yellow';
  if (slot.fraction === null) return 'gray';
  return slot.fraction >= 0.999 ? 'green' : slot.fraction > 0 ? 'orange' : 'red';
}

function SlotCard({ slot, attemptId }: { slot: SlotReview; attemptId: number }) {
  const { t, i18n } = useTranslation();
  const answer = slot.response ? answerText(slot, slot.response, t('review.true'), t('review.false')) : [];
  const waiting = slot.type === 'ESSAY' && slot.points === null;
  return (
    <Card withBorder component="article" aria-label={t('review.question', { number: slot.slot + 1 })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h5">{t('review.question', { number: slot.slot + 1 })} · {t(TYPES[slot.type])}</Title>
          <Badge color={markColor(slot)} variant="light" style={{ flexShrink: 0 }}>
            {waiting ? t('review.waiting') : t('review.mark', { points: formatNumber(slot.points, i18n.language), max: formatNumber(slot.maxPoints, i18n.language) })}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{slot.text}</Text>
        <div>
          <Text size="sm" fw={600}>{t('review.answer')}</Text>
          {answer.length === 0
            ? <Text size="sm" c="dimmed">{t('review.noAnswer')}</Text>
            : answer.length === 1
              ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{answer[0]}</Text>
              : <List size="sm" type={slot.response?.kind === 'order' ? 'ordered' : 'unordered'}>{answer.map((a, i) => <List.Item key={i}>{a}</List.Item>)}</List>}
        </div>
        {slot.rightAnswers && slot.rightAnswers.length > 0 && (
          <div>
            <Text size="sm" fw={600}>{t('review.rightAnswers')}</Text>
            <Text size="sm">{slot.type === 'TRUE_FALSE'
              ? slot.rightAnswers.map((a) => (a === 'true' ? t('review.true') : a === 'false' ? t('review.false') : a)).join('; ')
              : slot.rightAnswers.join('; ')}</Text>
          </div>
        )}
        {slot.feedback && <Text size="sm"><b>{t('review.feedback')}</b> {slot.feedback}</Text>}
        {slot.generalFeedback && <Text size="sm"><b>{t('review.generalFeedback')}</b> {slot.generalFeedback}</Text>}
        {slot.comment && <Text size="sm"><b>{t('review.comment')}</b> {slot.comment}</Text>}
        {slot.fast && <Badge color="orange" variant="outline">{t('review.fast')}</Badge>}
        {waiting && (
          <Anchor component={Link} to={`/grading?attempt=${attemptId}&slot=${slot.slot}`} size="sm">{t('review.gradeNow')}</Anchor>
        )}
      </Stack>
    </Card>
  );
}

function Review({ review }: { review: AttemptReview }) {
  const { t, i18n } = useTranslation();
  const results = useResults(review.assignmentId);
  const row = results.data?.rows.find((r) => r.studentId === review.studentId);
  const score = review.score;
  return (
    <Stack>
      <PageTitle>{row ? t('review.titleOf', { name: row.studentName, number: review.number }) : t('review.title', { number: review.number })}</PageTitle>
      {results.data && <Text c="dimmed">{results.data.testTitle}</Text>}
      <Anchor component={Link} to="/gradebook" size="sm">{t('review.back')}</Anchor>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <div><Text size="xs" c="dimmed">{t('review.points')}</Text>
            <Text fw={600}>{score ? t('review.mark', { points: formatNumber(score.points, i18n.language), max: formatNumber(score.maxPoints, i18n.language) }) : '—'}</Text></div>
          <div><Text size="xs" c="dimmed">{t('review.percent')}</Text><Text fw={600}>{score ? `${formatNumber(score.percent, i18n.language, 1)} %` : '—'}</Text></div>
          <div><Text size="xs" c="dimmed">{t('review.grade')}</Text><Text fw={600}>{score && !score.pendingGrading ? score.grade : '—'}</Text></div>
          <div><Text size="xs" c="dimmed">{t('review.submitted')}</Text><Text fw={600}>{formatDateTime(review.submittedAt, i18n.language) || '—'}</Text></div>
        </SimpleGrid>
        {review.autoSubmitted && <Text size="sm" c="dimmed" mt="xs">{t('review.autoSubmitted')}</Text>}
      </Paper>
      {score?.pendingGrading && <Alert color="yellow" role="status">{t('review.pendingHint')}</Alert>}
      {review.slots.length === 0
        ? <Empty title={t('review.emptyTitle')} hint={t('review.emptyHint')} />
        : review.slots.map((slot) => <SlotCard key={slot.slot} slot={slot} attemptId={review.attemptId} />)}
    </Stack>
  );
}

export default function ReviewPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { attemptId } = useParams();
  const review = useQuery({
    queryKey: ['testing', 'review', attemptId],
    queryFn: () => api.get<AttemptReview>(`/testing/attempts/${attemptId}/review`),
  });
  return (
    <QueryView query={review} loading={t('review.loading')} failed={t('review.loadFailed')}>
      {(data) => <Review review={data} />}
    </QueryView>
  );
}
