import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useAccountsWithRole, useAllClasses } from '../../api/lists';
import { allRoles, type Invite, type Role } from '../../api/types';
import { ErrorNote } from '../../components/QueryView';

export const invitesKey = ['invites'] as const;

const whole = (value: string | number, min: number, max: number) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max;

/** A new invite: a student's names a class, a parent's a child; validity 1-365 days, 1-1000 uses. */
export function InviteForm({ onCreated }: { onCreated: (invite: Invite) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const classes = useAllClasses();
  const students = useAccountsWithRole('STUDENT');
  const [role, setRole] = useState<Role>('STUDENT');
  const [classId, setClassId] = useState('');
  const [childId, setChildId] = useState('');
  const [validDays, setValidDays] = useState<string | number>(14);
  const [maxUses, setMaxUses] = useState<string | number>(30);
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation({
    mutationFn: () => api.post<Invite>('/invites', {
      role,
      classId: role === 'STUDENT' ? Number(classId) : null,
      childId: role === 'PARENT' ? Number(childId) : null,
      validDays: Number(validDays),
      maxUses: Number(maxUses),
    }),
    onSuccess: (invite) => {
      setSubmitted(false);
      void queryClient.invalidateQueries({ queryKey: invitesKey });
      onCreated(invite);
    },
  });
  const errors = {
    classId: role === 'STUDENT' && !classId ? 'invites.classRequired' : null,
    childId: role === 'PARENT' && !childId ? 'invites.childRequired' : null,
    validDays: whole(validDays, 1, 365) ? null : 'invites.validDaysRange',
    maxUses: whole(maxUses, 1, 1000) ? null : 'invites.maxUsesRange',
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('invites.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={allRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          {role === 'STUDENT' && (
            <NativeSelect label={t('invites.class')} value={classId} onChange={(e) => setClassId(e.currentTarget.value)} error={show('classId')}
              data={[{ value: '', label: t('common.choose') }, ...(classes.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))]} />
          )}
          {role === 'PARENT' && (
            <NativeSelect label={t('invites.child')} value={childId} onChange={(e) => setChildId(e.currentTarget.value)} error={show('childId')}
              data={[{ value: '', label: t('common.choose') }, ...(students.data ?? []).map((s) => ({ value: String(s.id), label: s.fullName }))]} />
          )}
          <NumberInput clampBehavior="none" label={t('invites.validDays')} min={1} max={365} allowDecimal={false} value={validDays} onChange={setValidDays} error={show('validDays')} />
          <NumberInput clampBehavior="none" label={t('invites.maxUses')} min={1} max={1000} allowDecimal={false} value={maxUses} onChange={setMaxUses} error={show('maxUses')} />
        </SimpleGrid>
        <ErrorNote error={create.error} title={t('invites.createFailed')} />
        <Group><Button type="submit" loading={create.isPending}>{t('invites.create')}</Button></Group>
      </Stack>
    </form>
  );
}
