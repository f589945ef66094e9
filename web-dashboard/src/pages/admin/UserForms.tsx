import { Button, Checkbox, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { usersKey } from '../../api/lists';
import { allRoles, type Account, type Role } from '../../api/types';
import { ErrorNote } from '../../components/QueryView';
import { emailError, nameError, passwordError } from './validation';

function RoleBoxes({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error: string | null }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('users.roles')} value={value} onChange={(v) => onChange(v as Role[])} error={error}>
      <Group mt="xs">
        {allRoles.map((role) => <Checkbox key={role} value={role} label={t(`roles.${role}`)} />)}
      </Group>
    </Checkbox.Group>
  );
}

const languageData = (t: (key: string) => string) => [
  { value: 'uk', label: t('users.languageUk') },
  { value: 'en', label: t('users.languageEn') },
];

/** A new account: name, email, a first password (optional: invites and Telegram need none), roles, language. */
export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [language, setLanguage] = useState('uk');
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post<Account>('/users', {
      fullName: fullName.trim(), email: email.trim() || null, password: password || null, roles, language,
    }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: usersKey });
      onDone();
    },
  });
  const errors = {
    fullName: nameError(fullName),
    email: emailError(email),
    password: passwordError(password, false),
    roles: roles.length === 0 ? 'validation.rolesRequired' : null,
  };
  const show = (key: keyof typeof errors) => (submitted && errors[key] ? t(errors[key]) : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).every((e) => e === null)) create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('users.fullName')} required value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} error={show('fullName')} />
        <TextInput label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={show('email')} />
        <PasswordInput label={t('users.password')} description={t('users.passwordHint')} value={password}
          onChange={(e) => setPassword(e.currentTarget.value)} error={show('password')} autoComplete="new-password" />
        <RoleBoxes value={roles} onChange={setRoles} error={show('roles')} />
        <NativeSelect label={t('users.language')} value={language} onChange={(e) => setLanguage(e.currentTarget.value)} data={languageData(t)} />
        <ErrorNote error={create.error} title={t('users.createFailed')} />
        <Group justify="flex-end"><Button type="submit" loading={create.isPending}>{t('users.create')}</Button></Group>
      </Stack>
    </form>
  );
}

/** Changes to an existing account, three separate calls: details, roles, a new password. */
export function EditUserForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [fullName, setFullName] = useState(account.fullName);
  const [email, setEmail] = useState(account.email ?? '');
  const [language, setLanguage] = useState(account.language);
  const [roles, setRoles] = useState<Role[]>(account.roles);
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: usersKey });
  const details = useMutation({
    mutationFn: () => api.patch<Account>(`/users/${account.id}`, { fullName: fullName.trim(), email: email.trim() || undefined, language }),
    onSuccess: refresh,
  });
  const saveRoles = useMutation({ mutationFn: () => api.put<Account>(`/users/${account.id}/roles`, { roles }), onSuccess: refresh });
  const savePassword = useMutation({
    mutationFn: () => api.put<void>(`/users/${account.id}/password`, { password }),
    onSuccess: () => setPassword(''),
  });
  const errors = { fullName: nameError(fullName), email: emailError(email), roles: roles.length ? null : 'validation.rolesRequired' };
  const show = (key: keyof typeof errors) => (submitted && errors[key] ? t(errors[key]) : null);
  const pwError = password ? passwordError(password, true) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some((e) => e !== null)) return;
    try {
      await details.mutateAsync();
      if ([...roles].sort().join() !== [...account.roles].sort().join()) await saveRoles.mutateAsync();
      onDone();
    } catch {
      // shown below the form
    }
  };
  return (
    <Stack>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput label={t('users.fullName')} required value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} error={show('fullName')} />
          <TextInput label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={show('email')} />
          <NativeSelect label={t('users.language')} value={language} onChange={(e) => setLanguage(e.currentTarget.value)} data={languageData(t)} />
          <RoleBoxes value={roles} onChange={setRoles} error={show('roles')} />
          <ErrorNote error={details.error ?? saveRoles.error} title={t('users.saveFailed')} />
          <Group justify="flex-end"><Button type="submit" loading={details.isPending || saveRoles.isPending}>{t('common.save')}</Button></Group>
        </Stack>
      </form>
      <form onSubmit={(e) => { e.preventDefault(); if (password && !pwError) savePassword.mutate(); }} noValidate>
        <Stack>
          <PasswordInput label={t('users.newPassword')} value={password} onChange={(e) => setPassword(e.currentTarget.value)}
            error={pwError ? t(pwError) : null} autoComplete="new-password" />
          <ErrorNote error={savePassword.error} title={t('users.passwordFailed')} />
          {savePassword.isSuccess && <div role="status">{t('users.passwordSaved')}</div>}
          <Group justify="flex-end"><Button type="submit" variant="default" disabled={!password} loading={savePassword.isPending}>{t('users.setPassword')}</Button></Group>
        </Stack>
      </form>
    </Stack>
  );
}
