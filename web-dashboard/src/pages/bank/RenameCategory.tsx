import { Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { categoriesKey, type Category } from '../../api/bank';
import { ErrorNote } from '../../components/QueryView';

/** A button that turns into a one-field form for the category's new name. */
export function RenameCategory({ category }: { category: Category }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: (newName: string) => api.put<Category>(`/testing/categories/${category.id}`, { name: newName }),
    onSuccess: () => {
      setName(null);
      void queryClient.invalidateQueries({ queryKey: categoriesKey });
    },
  });
  if (name === null) {
    return <Button variant="subtle" size="xs" onClick={() => setName(category.name)}>{t('bank.rename')}</Button>;
  }
  const error = !name.trim() ? 'bank.errCategoryName' : name.trim().length > 200 ? 'bank.errNameTooLong' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!error) rename.mutate(name.trim());
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('bank.renameTitle', { name: category.name })}>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput size="xs" label={t('bank.newName')} value={name} autoFocus error={error ? t(error) : null}
          onChange={(e) => setName(e.currentTarget.value)} />
        <Button size="xs" mt={22} type="submit" loading={rename.isPending}>{t('bank.renameSave')}</Button>
        <Button size="xs" mt={22} variant="default" onClick={() => { setName(null); rename.reset(); }}>{t('bank.cancel')}</Button>
      </Group>
      <ErrorNote error={rename.error} title={t('bank.renameFailed')} />
    </form>
  );
}
