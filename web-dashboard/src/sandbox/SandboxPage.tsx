import { Alert, Button, Chip, FileButton, Group, NativeSelect, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { useAccount } from '../auth/RequireAuth';
import { PageTitle } from '../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../components/QueryView';
import { ChatBubble } from './ChatBubble';
import type { Chat, Identity } from './types';
import { useSandboxInfo } from './useSandbox';

const MAX_FILE_BYTES = 700 * 1024;
const QUICK = ['/start', '/help', '/me', '/lang'];

function toBase64(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

function ChatWindow({ identity }: { identity: Identity }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const base = `/sandbox/chats/${identity.accountId}`;
  const key = ['sandbox', 'chat', identity.accountId];
  const chat = useQuery({ queryKey: key, queryFn: () => api.get<Chat>(base), refetchInterval: 1000 });
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const end = useRef<HTMLDivElement>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => api.post<void>(`${base}/${path}`, body),
    onSuccess: refresh,
  });
  const link = useMutation({
    mutationFn: () => api.post<Identity>(`${base}/link`),
    onSuccess: () => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: ['sandbox', 'identities'] });
    },
  });
  const count = chat.data?.messages.length ?? 0;
  useEffect(() => {
    // braces, not an arrow's value: Chromium's scrollIntoView returns a promise, which React would call as a cleanup
    end.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  const send = (value: string) => {
    const message = value.trim();
    if (message) act.mutate({ path: 'messages', body: { text: message } }, { onSuccess: () => setText('') });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(text);
  };
  const attach = async (file: File | null) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('sandbox.fileTooBig'));
      return;
    }
    act.mutate({ path: 'documents', body: { fileName: file.name, mimeType: file.type, contentBase64: await toBase64(file), caption: text.trim() || null } },
      { onSuccess: () => setText('') });
  };
  const linked = chat.data?.identity.linked ?? identity.linked;

  return (
    <Stack>
      {!linked && (
        <Alert color="yellow" title={t('sandbox.notLinkedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('sandbox.notLinked', { name: identity.fullName })}</Text>
            <Button size="xs" onClick={() => link.mutate()} loading={link.isPending}>{t('sandbox.link', { name: identity.fullName })}</Button>
          </Stack>
        </Alert>
      )}
      <ErrorNote error={link.error} title={t('sandbox.linkFailed')} />
      <Paper withBorder radius="md" p={0}>
        <ScrollArea h="min(60vh, 560px)" type="auto" p="sm">
          <QueryView query={chat} loading={t('sandbox.loading')} failed={t('sandbox.loadFailed')}>
            {(data) => data.messages.length === 0 ? <Empty title={t('sandbox.emptyTitle')} hint={t('sandbox.emptyHint')} /> : (
              <Stack gap="sm" component="ol" aria-label={t('sandbox.messages')} aria-live="polite" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {data.messages.map((entry) => (
                  <ChatBubble key={entry.key} entry={entry} busy={act.isPending}
                    onPress={(messageId, callbackData) => act.mutate({ path: 'presses', body: { messageId, callbackData } })}
                    onAnswer={(messageId, option) => act.mutate({ path: 'poll-answers', body: { messageId, optionIds: [option] } })} />
                ))}
              </Stack>
            )}
          </QueryView>
          <div ref={end} />
        </ScrollArea>
      </Paper>
      {chat.data?.notice && <Text size="sm" c="dimmed" role="status">{t('sandbox.notice', { text: chat.data.notice })}</Text>}
      <ErrorNote error={act.error} title={t('sandbox.sendFailed')} />
      {fileError && <Alert color="red" role="alert">{fileError}</Alert>}
      <Group gap="xs" aria-label={t('sandbox.quick')} role="group">
        {QUICK.map((command) => <Chip key={command} checked={false} onChange={() => send(command)} size="xs">{command}</Chip>)}
      </Group>
      <form onSubmit={submit}>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <FileButton onChange={(file) => void attach(file)}>
            {(props) => <Button variant="default" {...props}>{t('sandbox.attach')}</Button>}
          </FileButton>
          <TextInput style={{ flex: 1 }} label={t('sandbox.message')} value={text} onChange={(e) => setText(e.currentTarget.value)}
            placeholder={t('sandbox.placeholder')} maxLength={4096} autoComplete="off" />
          <Button type="submit" loading={act.isPending} disabled={!text.trim()}>{t('sandbox.send')}</Button>
        </Group>
      </form>
    </Stack>
  );
}

export default function SandboxPage() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useAccount();
  const info = useSandboxInfo();
  const identities = useQuery({
    queryKey: ['sandbox', 'identities'],
    queryFn: () => api.get<Identity[]>('/sandbox/identities'),
    enabled: info.isSuccess,
  });
  const [chosen, setChosen] = useState(String(me.id));

  if (info.isError && info.error instanceof ApiError && info.error.status === 404) {
    return (
      <Stack>
        <PageTitle>{t('sandbox.title')}</PageTitle>
        <Empty title={t('sandbox.offTitle')} hint={t('sandbox.off')} />
      </Stack>
    );
  }
  return (
    <Stack maw={720}>
      <PageTitle>{t('sandbox.title')}</PageTitle>
      <Text c="dimmed">{t('sandbox.intro', { bot: info.data?.botUsername ?? '' })}</Text>
      {!info.isSuccess && (
        <QueryView query={info} loading={t('sandbox.loading')} failed={t('sandbox.loadFailed')}>{() => null}</QueryView>
      )}
      {info.isSuccess && <QueryView query={identities} loading={t('sandbox.loading')} failed={t('sandbox.loadFailed')}>
        {(list) => {
          const identity = list.find((i) => String(i.accountId) === chosen) ?? list[0];
          if (!identity) return null;
          return (
            <Stack>
              {list.length > 1 && (
                <NativeSelect label={t('sandbox.chatAs')} value={String(identity.accountId)} onChange={(e) => setChosen(e.currentTarget.value)} maw={420}
                  data={list.map((i) => ({ value: String(i.accountId), label: `${i.fullName} · ${i.roles.map((r) => t(`roles.${r}`)).join(', ')}${i.linked ? ' ✓' : ''}` }))} />
              )}
              <ChatWindow key={identity.accountId} identity={identity} />
            </Stack>
          );
        }}
      </QueryView>}
    </Stack>
  );
}
