import { Alert, Badge, Button, Grid, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { categoriesKey, categoryPath, questionsKey, useCategories, useCategoryQuestions, type Category, type Question } from '../../api/bank';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import { CategoryPanel } from './CategoryPanel';
import { QuestionPreview } from './QuestionPreview';
import { RenameCategory } from './RenameCategory';

function matches(question: Question, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  return needle === '' || [question.name, question.text, ...question.tags].some((s) => s.toLocaleLowerCase().includes(needle));
}

function Questions({ category, categories }: { category: Category; categories: Category[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const questions = useCategoryQuestions(category.id);
  const [search, setSearch] = useState('');
  const [preview, setPreview] = useState<Question | null>(null);
  const remove = useMutation({
    mutationFn: (id: number) => api.delete(`/testing/questions/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionsKey }),
  });
  const removeCategory = useMutation({
    mutationFn: () => api.delete(`/testing/categories/${category.id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: categoriesKey }),
  });
  const path = categoryPath(categories, category.id);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs" align="flex-start">
          <Text fw={600}>{path}</Text>
          <RenameCategory key={category.name} category={category} />
        </Group>
        <Group gap="xs">
          <Button component={Link} to={`/bank/new?category=${category.id}`}>{t('bank.addQuestion')}</Button>
          <Button component={Link} to={`/question-import?category=${category.id}`} variant="light">{t('bank.importExport')}</Button>
        </Group>
      </Group>
      <QueryView query={questions} loading={t('bank.loadingQuestions')} failed={t('bank.questionsFailed')}>
        {(list) => list.length === 0 ? (
          <Stack>
            <Empty title={t('bank.emptyTitle')} hint={t('bank.emptyHint')} />
            <Group>
              <Button variant="subtle" color="red" loading={removeCategory.isPending} onClick={() => removeCategory.mutate()}>
                {t('bank.deleteCategory', { name: category.name })}
              </Button>
            </Group>
            <ErrorNote error={removeCategory.error} title={t('bank.deleteCategoryFailed')} />
          </Stack>
        ) : (
          <Stack>
            <TextInput type="search" label={t('bank.search')} description={t('bank.searchHint')} value={search}
              onChange={(e) => setSearch(e.currentTarget.value)} />
            <ErrorNote error={remove.error} title={t('bank.deleteFailed')} />
            {(() => {
              const found = list.filter((q) => matches(q, search));
              if (found.length === 0) return <Text role="status">{t('bank.nothingFound', { search })}</Text>;
              return (
                <Table.ScrollContainer minWidth={520}>
                  <Table striped aria-label={t('bank.questionsOf', { name: path })}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('bank.name')}</Table.Th>
                        <Table.Th>{t('bank.type')}</Table.Th>
                        <Table.Th>{t('bank.points')}</Table.Th>
                        <Table.Th>{t('bank.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {found.map((q) => (
                        <Table.Tr key={q.id}>
                          <Table.Th scope="row" fw={400}>
                            <Link to={`/bank/questions/${q.id}`}>{q.name}</Link>
                            {q.tags.length > 0 && <Group gap={4} mt={4}>{q.tags.map((tag) => <Badge key={tag} size="xs" variant="light">{tag}</Badge>)}</Group>}
                          </Table.Th>
                          <Table.Td>{t(`bank.type_${q.body.type}`)}</Table.Td>
                          <Table.Td>{q.points}</Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button size="xs" variant="light" aria-label={t('bank.previewOf', { name: q.name })} onClick={() => setPreview(q)}>
                                {t('bank.preview')}
                              </Button>
                              <Button size="xs" variant="subtle" color="red" aria-label={t('bank.deleteOf', { name: q.name })}
                                onClick={() => { if (window.confirm(t('bank.confirmDelete', { name: q.name }))) remove.mutate(q.id); }}>
                                {t('bank.delete')}
                              </Button>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              );
            })()}
          </Stack>
        )}
      </QueryView>
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title={preview?.name} size="lg" fullScreen={false}>
        {preview && <QuestionPreview text={preview.text} body={preview.body} points={preview.points} image={preview.hasImage ? preview : null} />}
      </Modal>
    </Stack>
  );
}

/** /bank: the teacher's question bank, by category; ?category= keeps the chosen one in the address. */
export default function BankPage() {
  const { t } = useTranslation();
  const categories = useCategories();
  const [params, setParams] = useSearchParams();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const chosen = Number(params.get('category')) || null;
  return (
    <Stack>
      <PageTitle>{t('bank.title')}</PageTitle>
      {saved && <Alert color="green" role="status">{t('bank.saved', { name: saved })}</Alert>}
      <QueryView query={categories} loading={t('bank.loadingCategories')} failed={t('bank.categoriesFailed')}>
        {(list) => {
          const current = list.find((c) => c.id === chosen) ?? null;
          return (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 4 }}>
                <CategoryPanel categories={list} selected={current?.id ?? null} onSelect={(id) => setParams({ category: String(id) })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }}>
                {list.length === 0 ? <Empty title={t('bank.noCategoriesTitle')} hint={t('bank.noCategoriesHint')} />
                  : current === null ? <Empty title={t('bank.pickCategoryTitle')} hint={t('bank.pickCategoryHint')} />
                    : <Questions key={current.id} category={current} categories={list} />}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryView>
    </Stack>
  );
}
