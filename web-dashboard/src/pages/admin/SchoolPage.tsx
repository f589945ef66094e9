import { Alert, Button, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { School } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { ErrorNote, QueryView } from '../../components/QueryView';
import { thresholdErrors } from './gradeScale';

const schoolKey = ['school'] as const;

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

function SchoolForm({ school }: { school: School }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState(school.name);
  const [timezone, setTimezone] = useState(school.timezone);
  const [thresholds, setThresholds] = useState(school.gradeScale.thresholds.map(String));
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: () => api.patch<School>('/schools/current',
      { name: name.trim(), timezone, gradeThresholds: thresholds.map(Number) }),
    onSuccess: (saved) => queryClient.setQueryData(schoolKey, saved),
  });
  const errors = thresholdErrors(thresholds);
  const nameError = name.trim() === '' ? t('school.nameRequired') : name.length > 200 ? t('school.nameTooLong') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!nameError && errors.every((e) => e === null)) {
      save.mutate();
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('school.name')} value={name} required onChange={(e) => setName(e.currentTarget.value)}
          error={submitted || name !== school.name ? nameError : null} />
        <NativeSelect label={t('school.timezone')} value={timezone} onChange={(e) => setTimezone(e.currentTarget.value)}
          data={timeZones(school.timezone)} />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={2} size="h4" component="legend">{t('school.scale')}</Title>
          <Text size="sm" c="dimmed" mb="xs">{t('school.scaleHint')}</Text>
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, md: 6 }}>
            {thresholds.map((value, i) => (
              <TextInput key={i} label={t('school.gradeFrom', { grade: i + 1 })} value={value} inputMode="numeric"
                rightSection="%" onChange={(e) => {
                  const next = [...thresholds];
                  next[i] = e.currentTarget.value;
                  setThresholds(next);
                }}
                error={errors[i] ? t(errors[i]) : null} />
            ))}
          </SimpleGrid>
        </fieldset>
        <ErrorNote error={save.error} title={t('school.saveFailed')} />
        {save.isSuccess && !save.isPending && <Alert color="green" role="status">{t('school.saved')}</Alert>}
        <div><Button type="submit" loading={save.isPending}>{t('common.save')}</Button></div>
      </Stack>
    </Paper>
  );
}

export default function SchoolPage() {
  const { t } = useTranslation();
  const api = useApi();
  const school = useQuery({ queryKey: schoolKey, queryFn: () => api.get<School>('/schools/current') });
  return (
    <Stack>
      <PageTitle>{t('school.title')}</PageTitle>
      <QueryView query={school} loading={t('school.loading')} failed={t('school.loadFailed')}>
        {(data) => <SchoolForm key={data.id} school={data} />}
      </QueryView>
    </Stack>
  );
}
