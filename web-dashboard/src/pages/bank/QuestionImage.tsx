import { Button, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useConfig } from '../../api/ApiContext';
import { questionsKey, type Question } from '../../api/bank';
import { putFile } from '../../api/upload';
import { ErrorNote } from '../../components/QueryView';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 1024 * 1024;

/** The question's picture: PNG, JPEG or WebP up to 1 MB, set or taken away at once (the rest of the form is saved apart). */
export function QuestionImage({ question }: { question: Question }) {
  const { t } = useTranslation();
  const api = useApi();
  const { apiBase } = useConfig();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const done = () => void queryClient.invalidateQueries({ queryKey: questionsKey });
  const upload = useMutation({
    mutationFn: (file: File) => putFile<Question>(api, apiBase, `/testing/questions/${question.id}/image`, file, setProgress),
    onSuccess: done,
  });
  const remove = useMutation({ mutationFn: () => api.delete<Question>(`/testing/questions/${question.id}/image`), onSuccess: done });
  const choose = (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    if (!TYPES.includes(file.type)) setProblem('bank.errImageType');
    else if (file.size > MAX_BYTES) setProblem('bank.errImageSize');
    else {
      setProgress(0);
      upload.mutate(file);
    }
  };
  return (
    <Stack gap={4}>
      <Text component="label" htmlFor={inputId} size="sm" fw={500}>{t('bank.image')}</Text>
      {question.hasImage && (
        <Image src={`${apiBase}/testing/questions/${question.id}/image?v=${question.version}-${upload.submittedAt}`} alt={t('bank.imageAlt')}
          maw={320} radius="sm" />
      )}
      <input id={inputId} type="file" accept={TYPES.join(',')} aria-describedby={`${inputId}-hint`}
        onChange={(e) => choose(e.currentTarget.files?.[0])} />
      <Text id={`${inputId}-hint`} size="xs" c="dimmed">{t('bank.imageHint')}</Text>
      {upload.isPending && <Progress value={progress} aria-label={t('bank.imageProgress')} />}
      {problem && <Text c="red" size="sm" role="alert">{t(problem)}</Text>}
      <ErrorNote error={upload.error ?? remove.error} title={t('bank.imageFailed')} />
      {question.hasImage && (
        <Group><Button size="xs" variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>{t('bank.removeImage')}</Button></Group>
      )}
    </Stack>
  );
}
