import { Alert, Anchor, Button, Grid, Group, List, NativeSelect, Paper, Progress, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi, useConfig } from '../../api/ApiContext';
import { ApiError } from '../../api/client';
import { describeError } from '../../api/errors';
import { categoriesKey, categoryOptions, questionsKey, useCategories, type Category, type Question } from '../../api/bank';
import { importProblems, uploadFile } from '../../api/upload';
import { PageTitle } from '../../components/PageTitle';
import { Empty, QueryView } from '../../components/QueryView';

const MAX_BYTES = 1024 * 1024;
const formats = [
  { value: '', label: 'importer.formatAuto' },
  { value: 'gift', label: 'importer.formatGift' },
  { value: 'aiken', label: 'importer.formatAiken' },
  { value: 'moodle-xml', label: 'importer.formatXml' },
] as const;

function ImportResult({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 400 && error.detail) {
    const { summary, lines } = importProblems(error);
    return (
      <Alert color="red" role="alert" title={t('importer.failedTitle')}>
        <Stack gap="xs">
          <Text size="sm">{summary}</Text>
          {lines.length > 0 && (
            <Table aria-label={t('importer.problems')}>
              <Table.Thead><Table.Tr><Table.Th>{t('importer.line')}</Table.Th><Table.Th>{t('importer.problem')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {lines.map((l, i) => (
                  <Table.Tr key={i}><Table.Td>{l.line}</Table.Td><Table.Td>{l.problem}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="sm">{t('importer.fixAndRetry')}</Text>
        </Stack>
      </Alert>
    );
  }
  return <Alert color="red" role="alert" title={t('importer.failedTitle')}>{describeError(t, error)}</Alert>;
}

function Importer({ categories, initial }: { categories: Category[]; initial: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { apiBase } = useConfig();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [category, setCategory] = useState(initial);
  const [format, setFormat] = useState<string>('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const upload = useMutation({
    mutationFn: () => uploadFile<Question[]>(api, apiBase,
      `/testing/categories/${category}/questions/import-file${format ? `?format=${format}` : ''}`, file!, setProgress, i18n.language),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: questionsKey });
      void queryClient.invalidateQueries({ queryKey: categoriesKey });
    },
  });
  const errors = {
    category: category ? null : t('importer.errCategory'),
    file: !file ? t('importer.errFile') : file.size > MAX_BYTES ? t('importer.errTooBig')
      : !format && !/\.(gift|txt|xml)$/i.test(file.name) ? t('importer.errExtension') : null,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!errors.category && !errors.file) {
      setProgress(0);
      upload.mutate();
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('importer.importTitle')}>
      <Stack>
        <Title order={2} size="h4">{t('importer.importTitle')}</Title>
        <Text size="sm">{t('importer.importHint')}</Text>
        <NativeSelect label={t('importer.category')} value={category} error={submitted ? errors.category : null}
          onChange={(e) => setCategory(e.currentTarget.value)}
          data={[{ value: '', label: t('bank.chooseCategory') }, ...categoryOptions(categories)]} />
        <NativeSelect label={t('importer.format')} value={format} onChange={(e) => setFormat(e.currentTarget.value)}
          data={formats.map((f) => ({ value: f.value, label: t(f.label) }))} />
        <Stack gap={4}>
          <Text component="label" htmlFor={fileId} size="sm" fw={500}>{t('importer.file')}</Text>
          <input id={fileId} type="file" accept=".gift,.txt,.xml,text/plain,application/xml,text/xml"
            aria-describedby={`${fileId}-hint`} aria-invalid={submitted && errors.file ? true : undefined}
            onChange={(e) => { setFile(e.currentTarget.files?.[0] ?? null); upload.reset(); setProgress(0); }} />
          <Text id={`${fileId}-hint`} size="xs" c="dimmed">{t('importer.fileHint')}</Text>
          {submitted && errors.file && <Text c="red" size="sm" role="alert">{errors.file}</Text>}
        </Stack>
        {(upload.isPending || upload.isSuccess || progress > 0) && (
          <Progress value={progress} aria-label={t('importer.progress')} size="lg" animated={upload.isPending} />
        )}
        {upload.isPending && <Text size="sm" role="status">{progress < 100 ? t('importer.uploading', { progress }) : t('importer.reading')}</Text>}
        {upload.isError && <ImportResult error={upload.error} />}
        {upload.isSuccess && (
          <Alert color="green" role="status" title={t('importer.done', { count: upload.data.length })}>
            <List size="sm">{upload.data.slice(0, 50).map((q) => <List.Item key={q.id}>{q.name}</List.Item>)}</List>
            <Anchor component={Link} to={`/bank?category=${category}`} mt="xs" display="inline-block">{t('importer.toBank')}</Anchor>
          </Alert>
        )}
        <Group><Button type="submit" loading={upload.isPending}>{t('importer.upload')}</Button></Group>
      </Stack>
    </Paper>
  );
}

function Exporter({ categories, initial }: { categories: Category[]; initial: string }) {
  const { t } = useTranslation();
  const { apiBase } = useConfig();
  const [category, setCategory] = useState(initial);
  const [format, setFormat] = useState('gift');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('importer.exportTitle')}>
      <Stack>
        <Title order={2} size="h4">{t('importer.exportTitle')}</Title>
        <Text size="sm">{t('importer.exportHint')}</Text>
        <NativeSelect label={t('importer.exportCategory')} value={category} onChange={(e) => setCategory(e.currentTarget.value)}
          data={[{ value: '', label: t('bank.chooseCategory') }, ...categoryOptions(categories)]} />
        <Radio.Group label={t('importer.exportFormat')} value={format} onChange={setFormat}>
          <Group mt="xs">
            <Radio value="gift" label={t('importer.formatGift')} />
            <Radio value="moodle-xml" label={t('importer.formatXml')} />
          </Group>
        </Radio.Group>
        <Group>
          {category ? (
            <Button component="a" href={`${apiBase}/testing/categories/${category}/export?format=${format}`} download variant="light">
              {t('importer.download')}
            </Button>
          ) : <Text size="sm" c="dimmed">{t('importer.exportPick')}</Text>}
        </Group>
      </Stack>
    </Paper>
  );
}

/** /bank/import: a GIFT, Aiken or Moodle XML file into a category, and a category out as GIFT or Moodle XML. */
export default function ImportExportPage() {
  const { t } = useTranslation();
  const categories = useCategories();
  const [params] = useSearchParams();
  const initial = params.get('category') ?? '';
  return (
    <Stack>
      <PageTitle>{t('importer.title')}</PageTitle>
      <QueryView query={categories} loading={t('bank.loadingCategories')} failed={t('bank.categoriesFailed')}>
        {(list) => list.length === 0 ? (
          <Stack>
            <Empty title={t('bank.noCategoriesTitle')} hint={t('importer.noCategoriesHint')} />
            <Group><Button component={Link} to="/bank">{t('bank.toBank')}</Button></Group>
          </Stack>
        ) : (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}><Importer categories={list} initial={initial} /></Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}><Exporter categories={list} initial={initial} /></Grid.Col>
          </Grid>
        )}
      </QueryView>
    </Stack>
  );
}
