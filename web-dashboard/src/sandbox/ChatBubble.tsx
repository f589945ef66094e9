import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TelegramHtml } from './telegramHtml';
import type { ChatEntry } from './types';

interface BubbleProps {
  entry: ChatEntry;
  busy: boolean;
  onPress: (messageId: number, callbackData: string) => void;
  onAnswer: (messageId: number, option: number) => void;
}

export function ChatBubble({ entry, busy, onPress, onAnswer }: BubbleProps) {
  const { t } = useTranslation();
  const mine = entry.from === 'user';
  const poll = entry.poll;
  return (
    <Stack gap={4} align={mine ? 'flex-end' : 'flex-start'} component="li" aria-label={mine ? t('sandbox.you') : t('sandbox.bot')}>
      <Paper p="xs" px="sm" radius="lg" maw="85%" bg={mine ? 'blue.1' : 'gray.0'} withBorder={!mine}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {entry.fileName && <Text size="sm" fw={500}>{t('sandbox.attach')}: {entry.fileName}</Text>}
        {poll ? (
          <Stack gap={6}>
            <Text fw={600}>{poll.question}</Text>
            <Text size="xs" c="dimmed">{poll.quiz ? t('sandbox.quiz') : t('sandbox.poll')}{poll.closed ? ` · ${t('sandbox.pollClosed')}` : ''}</Text>
            {poll.options.map((option, i) => (
              <Button key={i} variant={poll.chosen.includes(i) ? 'filled' : 'light'} size="xs" justify="flex-start"
                disabled={busy || poll.closed || poll.chosen.length > 0} onClick={() => onAnswer(entry.messageId, i)}>
                {option}
              </Button>
            ))}
          </Stack>
        ) : mine || !entry.html ? (
          entry.text && <Text component="div" size="sm">{entry.text}</Text>
        ) : (
          <Box fz="sm" className="tg-html"><TelegramHtml html={entry.html} /></Box>
        )}
        {entry.edits > 0 && <Text size="xs" c="dimmed" ta="right">{t('sandbox.edited')}</Text>}
      </Paper>
      {entry.buttons.length > 0 && (
        <Stack gap={4} maw="85%" w="100%">
          {entry.buttons.map((row, r) => (
            <Group key={r} gap={4} grow wrap="nowrap">
              {row.map((button, b) => button.url ? (
                <Button key={b} component="a" href={button.url} target="_blank" rel="noreferrer" size="xs" variant="default">{button.text} ↗</Button>
              ) : (
                <Button key={b} size="xs" variant="default" disabled={busy || !button.callbackData}
                  onClick={() => button.callbackData && onPress(entry.messageId, button.callbackData)}>{button.text}</Button>
              ))}
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
