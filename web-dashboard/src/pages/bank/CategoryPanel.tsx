import { Button, Group, NativeSelect, NavLink, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { categoriesKey, categoryOptions, type Category } from '../../api/bank';
import { ErrorNote } from '../../components/QueryView';

interface Props {
  categories: Category[];
  selected: number | null;
  onSelect: (id: number) => void;
}

/** The bank's categories as a list to pick from, and a form for a new one (inside another when chosen). */
export function CategoryPanel({ categories, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [parent, setParent] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post<Category>('/testing/categories', { name: name.trim(), parentId: parent ? Number(parent) : null }),
    onSuccess: (category) => {
      setName('');
      setSubmitted(false);
      void queryClient.invalidateQueries({ queryKey: categoriesKey });
      onSelect(category.id);
    },
  });
  const error = !name.trim() ? 'bank.errCategoryName' : name.trim().length > 200 ? 'bank.errNameTooLong' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!error) create.mutate();
  };
  const options = categoryOptions(categories);
  return (
    <Stack>
      <Paper withBorder p="xs" component="nav" aria-label={t('bank.categories')}>
        <Title order={2} size="h5" px="xs" pb="xs">{t('bank.categories')}</Title>
        {options.length === 0 && <Text size="sm" px="xs">{t('bank.noCategoriesHint')}</Text>}
        {options.map((o) => (
          <NavLink key={o.value} component="button" type="button" label={o.label} active={Number(o.value) === selected}
            aria-current={Number(o.value) === selected ? 'true' : undefined} onClick={() => onSelect(Number(o.value))} />
        ))}
      </Paper>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('bank.newCategory')}>
        <Stack gap="sm">
          <TextInput label={t('bank.categoryName')} value={name} onChange={(e) => setName(e.currentTarget.value)}
            error={submitted && error ? t(error) : null} />
          {options.length > 0 && (
            <NativeSelect label={t('bank.parentCategory')} value={parent} onChange={(e) => setParent(e.currentTarget.value)}
              data={[{ value: '', label: t('bank.topLevel') }, ...options]} />
          )}
          <ErrorNote error={create.error} title={t('bank.categoryFailed')} />
          <Group><Button type="submit" variant="light" loading={create.isPending}>{t('bank.addCategory')}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
