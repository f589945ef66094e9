import { Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import type { Account, SchoolClass } from '../api/types';
import { useAccount } from '../auth/RequireAuth';
import { PageTitle } from '../components/PageTitle';
import { Empty, QueryView } from '../components/QueryView';
import { ChildReportView } from './ChildReportView';

function ChildCard({ child }: { child: Account }) {
  const { t } = useTranslation();
  const api = useApi();
  const classes = useQuery({ queryKey: ['users', child.id, 'classes'], queryFn: () => api.get<SchoolClass[]>(`/users/${child.id}/classes`) });
  return (
    <Card withBorder component="article" aria-label={child.fullName}>
      <Stack gap="xs">
        <Title order={2} size="h4">{child.fullName}</Title>
        <Text size="sm" fw={500}>{t('children.classes')}</Text>
        {classes.isPending && <Loader size="xs" aria-label={t('children.loading')} />}
        {classes.isError && <Text size="sm" c="red" role="alert">{t('children.classesFailed')}: {describeError(t, classes.error)}</Text>}
        {classes.data && (classes.data.length === 0
          ? <Text size="sm" c="dimmed">{t('children.noClass')}</Text>
          : <Group gap="xs">{classes.data.map((c) => <Badge key={c.id} variant="light" size="lg">{c.name} · {c.academicYear}</Badge>)}</Group>)}
        <ChildReportView childId={child.id} />
      </Stack>
    </Card>
  );
}

/** A parent's children: their classes, recent results (per the review policy), deadlines and this week's study time. */
export default function ChildrenPage() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useAccount();
  const children = useQuery({ queryKey: ['children', me.id], queryFn: () => api.get<Account[]>(`/users/${me.id}/children`) });
  return (
    <Stack>
      <PageTitle>{t('children.title')}</PageTitle>
      <QueryView query={children} loading={t('children.loading')} failed={t('children.loadFailed')}>
        {(list) => list.length === 0 ? <Empty title={t('children.emptyTitle')} hint={t('children.emptyHint')} /> : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>{list.map((child) => <ChildCard key={child.id} child={child} />)}</SimpleGrid>
        )}
      </QueryView>
    </Stack>
  );
}
