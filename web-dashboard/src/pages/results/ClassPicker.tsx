import { NativeSelect } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SchoolClass } from '../../api/types';

/** The class a page shows, kept in ?class= so a link or a reload keeps it; the first class until one is chosen. */
export function useChosenClass(classes: SchoolClass[] | undefined): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('class'));
  const chosen = classes?.find((c) => c.id === asked)?.id ?? classes?.[0]?.id ?? null;
  const choose = (id: number) => setParams((p) => {
    p.set('class', String(id));
    return p;
  }, { replace: true });
  useEffect(() => {
    if (chosen !== null && chosen !== asked) choose(chosen);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chosen, asked]);
  return [chosen, choose];
}

export function ClassPicker({ classes, value, onChange }: { classes: SchoolClass[]; value: number | null; onChange: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect label={t('gradebook.class')} value={value === null ? '' : String(value)} maw={280}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      data={classes.map((c) => ({ value: String(c.id), label: `${c.name} · ${c.academicYear}` }))} />
  );
}
