import { ActionIcon, Checkbox, Group, Image, NativeSelect, Paper, Radio, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../api/ApiContext';
import type { Question, QuestionBody } from '../../api/bank';

interface Props {
  text: string;
  body: QuestionBody;
  points: string | number;
  /** The stored question whose picture to show, when it has one. */
  image?: Pick<Question, 'id' | 'version'> | null;
}

/** Answers as a student sees them: not in the author's order (that would give ordering and matching away). */
function scrambled(items: string[]): string[] {
  const sorted = [...items].sort((a, b) => a.localeCompare(b));
  return sorted.join('\u0000') === items.join('\u0000') && sorted.length > 1 ? [...sorted.slice(1), sorted[0]!] : sorted;
}

function OrderingPreview({ items }: { items: string[] }) {
  const { t } = useTranslation();
  const [shown, setOrder] = useState(() => scrambled(items));
  const move = (i: number, by: number) => {
    const next = [...shown];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setOrder(next);
  };
  return (
    <Stack gap={4}>
      {shown.map((item, i) => (
        <Group key={`${item}-${i}`} wrap="nowrap" justify="space-between">
          <Text>{i + 1}. {item || '…'}</Text>
          <ActionIcon.Group>
            <ActionIcon variant="default" disabled={i === 0} aria-label={t('bank.previewUp', { item })} onClick={() => move(i, -1)}>↑</ActionIcon>
            <ActionIcon variant="default" disabled={i === shown.length - 1} aria-label={t('bank.previewDown', { item })} onClick={() => move(i, 1)}>↓</ActionIcon>
          </ActionIcon.Group>
        </Group>
      ))}
    </Stack>
  );
}

function Answer({ body }: { body: QuestionBody }) {
  const { t } = useTranslation();
  switch (body.type) {
    case 'SINGLE_CHOICE':
      return (
        <Radio.Group label={t('bank.previewPickOne')}>
          <Stack gap="xs" mt="xs">{body.options.map((o, i) => <Radio key={i} value={String(i)} label={o.text || '…'} />)}</Stack>
        </Radio.Group>
      );
    case 'MULTIPLE_CHOICE':
      return (
        <Checkbox.Group label={t('bank.previewPickMany')}>
          <Stack gap="xs" mt="xs">{body.options.map((o, i) => <Checkbox key={i} value={String(i)} label={o.text || '…'} />)}</Stack>
        </Checkbox.Group>
      );
    case 'TRUE_FALSE':
      return (
        <Radio.Group label={t('bank.previewPickOne')}>
          <Group mt="xs"><Radio value="true" label={t('bank.true')} /><Radio value="false" label={t('bank.false')} /></Group>
        </Radio.Group>
      );
    case 'SHORT_ANSWER':
      return <TextInput label={t('bank.previewYourAnswer')} />;
    case 'NUMERIC':
      return <TextInput label={t('bank.previewYourNumber')} inputMode="decimal" />;
    case 'MATCHING': {
      const answers = scrambled([...body.pairs.map((p) => p.answer), ...body.distractors]);
      return (
        <Table>
          <Table.Tbody>
            {body.pairs.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{p.prompt || '…'}</Table.Td>
                <Table.Td>
                  <NativeSelect aria-label={t('bank.previewMatchFor', { prompt: p.prompt })}
                    data={[{ value: '', label: t('bank.previewChoose') }, ...answers.map((a, j) => ({ value: String(j), label: a || '…' }))]} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    }
    case 'ORDERING':
      return <OrderingPreview key={body.items.join('\u0000')} items={body.items} />;
    case 'ESSAY':
      return <Textarea label={t('bank.previewYourAnswer')} rows={4} />;
  }
}

/** The question as a student sees it in a test: its text, how many points, and the answer controls, no right answers. */
export function QuestionPreview({ text, body, points, image }: Props) {
  const { t } = useTranslation();
  const { apiBase } = useConfig();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('bank.previewTitle')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">{t('bank.previewTitle')}</Title>
          <Text size="sm" c="dimmed">{t('bank.previewPoints', { points })}</Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text.trim() || t('bank.previewNoText')}</Text>
        {image && <Image src={`${apiBase}/testing/questions/${image.id}/image?v=${image.version}`} alt={t('bank.imageAlt')} maw="100%" radius="sm" />}
        <Answer body={body} />
      </Stack>
    </Paper>
  );
}
