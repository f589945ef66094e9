import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { classesKey } from '../../api/lists';
import type { SchoolClass } from '../../api/types';
import { ErrorNote } from '../../components/QueryView';

function currentAcademicYear(now = new Date()): string {
  const start = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}/${start + 1}`;
}

/** Create (no class given) or edit a class: name, grade 1-12, academic year like 2026/2027. */
export default function ClassForm({ schoolClass, onDone }: { schoolClass?: SchoolClass; onDone: (saved: SchoolClass) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState(schoolClass?.name ?? '');
  const [grade, setGrade] = useState<string | number>(schoolClass?.grade ?? '');
  const [year, setYear] = useState(schoolClass?.academicYear ?? currentAcademicYear());
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), grade: Number(grade), academicYear: year.trim() };
      return schoolClass ? api.put<SchoolClass>(`/classes/${schoolClass.id}`, body) : api.post<SchoolClass>('/classes', body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: classesKey });
      onDone(saved);
    },
  });
  const errors = {
    name: !name.trim() ? 'classForm.nameRequired' : name.trim().length > 50 ? 'classForm.nameTooLong' : null,
    grade: !Number.isInteger(Number(grade)) || grade === '' || Number(grade) < 1 || Number(grade) > 12 ? 'classForm.gradeRange' : null,
    year: /^\d{4}\/\d{4}$/.test(year.trim()) ? null : 'classForm.yearFormat',
  };
  const show = (key: keyof typeof errors) => (submitted && errors[key] ? t(errors[key]) : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).every((e) => e === null)) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('classes.name')} placeholder="7-А" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={show('name')} />
        <NumberInput clampBehavior="none" label={t('classes.grade')} required min={1} max={12} allowDecimal={false} value={grade} onChange={setGrade} error={show('grade')} />
        <TextInput label={t('classes.academicYear')} placeholder="2026/2027" required value={year} onChange={(e) => setYear(e.currentTarget.value)} error={show('year')} />
        <ErrorNote error={save.error} title={t('classForm.saveFailed')} />
        <Group justify="flex-end"><Button type="submit" loading={save.isPending}>{schoolClass ? t('common.save') : t('classForm.create')}</Button></Group>
      </Stack>
    </form>
  );
}
