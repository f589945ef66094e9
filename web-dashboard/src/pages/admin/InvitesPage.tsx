import { Anchor, Badge, Button, Card, CopyButton, Group, Pagination, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useAccountsWithRole, useAllClasses } from '../../api/lists';
import type { Invite, Page } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import { InviteForm, invitesKey } from './InviteForm';

const PAGE_SIZE = 12;

function InviteCard({ invite, target, onRevoke, revoking }: { invite: Invite; target: string; onRevoke: () => void; revoking: boolean }) {
  const { t, i18n } = useTranslation();
  const expires = new Date(invite.expiresAt);
  const usable = !invite.revoked && invite.uses < invite.maxUses && expires.getTime() > Date.now();
  const title = `${t(`roles.${invite.role}`)}${target ? ` · ${target}` : ''}`;
  return (
    <Card withBorder component="article" aria-label={t('invites.cardLabel', { code: invite.code })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">{title}</Title>
          <Badge color={usable ? 'green' : 'gray'}>{invite.revoked ? t('invites.revoked') : usable ? t('invites.active') : t('invites.used')}</Badge>
        </Group>
        {usable && (
          <Group justify="center">
            <QRCodeSVG value={invite.deepLink} size={160} marginSize={2} title={t('invites.qrOf', { code: invite.code })} role="img" />
          </Group>
        )}
        <Anchor href={invite.deepLink} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>{invite.deepLink}</Anchor>
        <Text size="sm" c="dimmed">
          {t('invites.usage', { uses: invite.uses, max: invite.maxUses })} · {t('invites.expires', { date: expires.toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'uk-UA') })}
        </Text>
        <Group gap="xs">
          <CopyButton value={invite.deepLink}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? t('invites.copied') : t('invites.copy')}
              </Button>
            )}
          </CopyButton>
          {!invite.revoked && (
            <Button size="xs" variant="subtle" color="red" loading={revoking} onClick={onRevoke}
              aria-label={t('invites.revokeOf', { code: invite.code })}>{t('invites.revoke')}</Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export default function InvitesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [created, setCreated] = useState<Invite | null>(null);
  const classes = useAllClasses();
  const students = useAccountsWithRole('STUDENT');
  const invites = useQuery({
    queryKey: [...invitesKey, page],
    queryFn: () => api.get<Page<Invite>>(`/invites?page=${page - 1}&size=${PAGE_SIZE}`),
    placeholderData: keepPreviousData,
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api.delete<void>(`/invites/${id}`),
    onSuccess: (_, id) => {
      if (created?.id === id) setCreated(null);
      void queryClient.invalidateQueries({ queryKey: invitesKey });
    },
  });
  const target = (invite: Invite) => {
    if (invite.classId !== null) return classes.data?.find((c) => c.id === invite.classId)?.name ?? '';
    if (invite.childId !== null) return students.data?.find((s) => s.id === invite.childId)?.fullName ?? '';
    return '';
  };
  const card = (invite: Invite) => (
    <InviteCard key={invite.id} invite={invite} target={target(invite)} revoking={revoke.isPending && revoke.variables === invite.id}
      onRevoke={() => revoke.mutate(invite.id)} />
  );

  return (
    <Stack>
      <PageTitle>{t('invites.title')}</PageTitle>
      <Text c="dimmed">{t('invites.intro')}</Text>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">{t('invites.new')}</Title>
        <InviteForm onCreated={setCreated} />
      </Paper>
      {created && (
        <Stack gap="xs" role="status">
          <Text fw={500}>{t('invites.createdHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{card(created)}</SimpleGrid>
        </Stack>
      )}
      <ErrorNote error={revoke.error} title={t('invites.revokeFailed')} />
      <Title order={2} size="h4">{t('invites.list')}</Title>
      <QueryView query={invites} loading={t('invites.loading')} failed={t('invites.loadFailed')}>
        {(data) => data.total === 0 ? <Empty title={t('invites.emptyTitle')} hint={t('invites.emptyHint')} /> : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{data.items.filter((i) => i.id !== created?.id).map(card)}</SimpleGrid>
            {data.total > PAGE_SIZE && (
              <nav aria-label={t('invites.pages')}>
                <Pagination value={page} onChange={setPage} total={Math.ceil(data.total / PAGE_SIZE)} />
              </nav>
            )}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
