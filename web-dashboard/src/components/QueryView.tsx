import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  loading: string;
  failed: string;
  children: (data: T) => ReactNode;
}

/** Loading, error with a retry, or the data: the three states every page shows the same way. */
export function QueryView<T>({ query, loading, failed, children }: QueryViewProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Group role="status">
        <Loader size="sm" />
        <Text>{loading}</Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={failed} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(t, query.error)}</Text>
          <Button size="xs" variant="light" color="red" loading={query.isFetching} onClick={() => void query.refetch()}>
            {t('errors.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}

/** What an empty list means and what to do next. */
export function Empty({ title, hint }: { title: string; hint: string }) {
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">{title}</Title>
      <Text mt="xs">{hint}</Text>
    </Paper>
  );
}

/** A failed change: the server's detail when it has one. */
export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  return (
    <Alert color="red" role="alert" title={title}>
      {describeError(t, error)}
    </Alert>
  );
}
