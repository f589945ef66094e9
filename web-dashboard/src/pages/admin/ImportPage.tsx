import { Alert, Badge, Button, FileButton, Group, Paper, Progress, Stack, Table, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { describeError } from '../../api/errors';
import { classesKey, fetchAll, useAllClasses, usersKey } from '../../api/lists';
import type { Account } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/QueryView';
import { parseStudents, type ImportRow } from './csvImport';

type Outcome = { ok: true } | { ok: false; message: string };

const EXAMPLE = 'fullName,email,class\nОлена Коваль,olena.koval@example.com,7-А\nПетро Іваненко,,8-Б';

export default function ImportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const classes = useAllClasses();
  const accounts = useQuery({ queryKey: [...usersKey, 'all', 'any'], queryFn: () => fetchAll<Account>(api, '/users') });
  const [text, setText] = useState('');
  const [outcomes, setOutcomes] = useState<Map<number, Outcome>>(new Map());
  const [running, setRunning] = useState(false);
  // the rows as checked when the import started: afterwards the new accounts would read as duplicates of themselves
  const [imported, setImported] = useState<ImportRow[] | null>(null);
  const checked = useMemo(() => (text.trim() && classes.data && accounts.data ? parseStudents(text, classes.data, accounts.data) : []),
    [text, classes.data, accounts.data]);
  const rows = imported ?? checked;
  const valid = rows.filter((r) => r.errors.length === 0);
  const done = [...outcomes.values()];

  const load = (file: File | null) => {
    if (file) void file.text().then((content) => { setText(content); setOutcomes(new Map()); setImported(null); });
  };
  const run = async () => {
    setRunning(true);
    setImported(rows);
    const results = new Map<number, Outcome>();
    setOutcomes(new Map(results));
    for (const row of valid) {
      try {
        const account = await api.post<Account>('/users', { fullName: row.fullName, email: row.email || null, roles: ['STUDENT'], language: 'uk' });
        await api.post<void>(`/classes/${row.classId}/students`, { studentId: account.id });
        results.set(row.line, { ok: true });
      } catch (error) {
        results.set(row.line, { ok: false, message: describeError(t, error) });
      }
      setOutcomes(new Map(results));
    }
    setRunning(false);
    void queryClient.invalidateQueries({ queryKey: usersKey });
    void queryClient.invalidateQueries({ queryKey: classesKey });
  };
  const status = (row: ImportRow) => {
    const outcome = outcomes.get(row.line);
    if (row.errors.length) return <Badge color="red">{t('import.skipped')}</Badge>;
    if (!outcome) return <Badge color="gray">{running ? t('import.waiting') : t('import.ready')}</Badge>;
    return outcome.ok ? <Badge color="green">{t('import.created')}</Badge> : <Text size="sm" c="red">{outcome.message}</Text>;
  };

  return (
    <Stack>
      <PageTitle>{t('import.title')}</PageTitle>
      <Text>{t('import.intro')}</Text>
      <QueryView query={classes} loading={t('import.loading')} failed={t('import.loadFailed')}>
        {(list) => list.length === 0 ? <Alert color="yellow">{t('import.noClasses')}</Alert> : (
          <Paper withBorder p="md">
            <Stack>
              <Textarea label={t('import.csv')} description={t('import.csvHint')} placeholder={EXAMPLE} rows={6}
                value={text} onChange={(e) => { setText(e.currentTarget.value); setOutcomes(new Map()); setImported(null); }} styles={{ input: { fontFamily: 'monospace' } }} />
              <Group>
                <FileButton onChange={load} accept=".csv,text/csv,text/plain">
                  {(props) => <Button variant="default" {...props}>{t('import.chooseFile')}</Button>}
                </FileButton>
              </Group>
              {accounts.isError && <Alert color="red" role="alert">{describeError(t, accounts.error)}</Alert>}
            </Stack>
          </Paper>
        )}
      </QueryView>
      {rows.length > 0 && (
        <Stack>
          <Text role="status">{t('import.summary', { valid: valid.length, invalid: rows.length - valid.length })}</Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped captionSide="top" aria-label={t('import.preview')}>
              <Table.Caption>{t('import.preview')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('import.line')}</Table.Th>
                  <Table.Th scope="col">{t('users.fullName')}</Table.Th>
                  <Table.Th scope="col">{t('users.email')}</Table.Th>
                  <Table.Th scope="col">{t('classes.name')}</Table.Th>
                  <Table.Th scope="col">{t('import.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>{row.fullName}</Table.Td>
                    <Table.Td>{row.email}</Table.Td>
                    <Table.Td>{row.className}</Table.Td>
                    <Table.Td>
                      {status(row)}
                      {row.errors.map((e) => <Text key={e.key} size="sm" c="red">{t(e.key, e.args)}</Text>)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {(running || done.length > 0) && (
            <Stack gap={4}>
              <Progress value={valid.length ? (done.length / valid.length) * 100 : 0} aria-label={t('import.progress')} animated={running} />
              <Text size="sm" role="status">
                {t('import.result', { created: done.filter((o) => o.ok).length, failed: done.filter((o) => !o.ok).length, total: valid.length })}
              </Text>
            </Stack>
          )}
          <Group>
            <Button onClick={() => void run()} loading={running} disabled={valid.length === 0 || done.length > 0}>
              {t('import.run', { count: valid.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
