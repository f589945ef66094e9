import { Button, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { SchoolClass, Subject } from '../../api/types';
import { ErrorNote } from '../../components/QueryView';
import { MAX_NOTE, notesKey, type Audience, type Note, type Pupil } from './types';

export function textError(text: string): string | null {
  if (text.trim() === '') return 'notes.textRequired';
  return text.length > MAX_NOTE ? 'notes.textTooLong' : null;
}

interface Choices {
  subjects: Subject[];
  classes: SchoolClass[];
  students: Pupil[];
}

/** A new note (text, subject, who reads it), or an existing one's text and subject (its audience stays). */
export function NoteForm({ note, choices, onDone }: { note?: Note; choices: Choices; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [text, setText] = useState(note?.text ?? '');
  const [subjectId, setSubjectId] = useState(note?.subjectId ? String(note.subjectId) : '');
  const [audience, setAudience] = useState<Audience>('PRIVATE');
  const [studentId, setStudentId] = useState('');
  const [classId, setClassId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const subject = subjectId ? Number(subjectId) : null;
      return note
        ? api.put<Note>(`/notes/${note.id}`, { text, subjectId: subject })
        : api.post<Note>('/notes', {
          text, subjectId: subject, audience,
          studentId: audience !== 'CLASS' && studentId ? Number(studentId) : null,
          classId: audience === 'CLASS' ? Number(classId) : null,
        });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: notesKey });
      if (!note) {
        setText('');
        setSubmitted(false);
      }
      onDone();
    },
  });
  const errors = {
    text: textError(text),
    student: !note && audience === 'PARENTS' && !studentId ? 'notes.studentRequired' : null,
    class: !note && audience === 'CLASS' && !classId ? 'notes.classRequired' : null,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!errors.text && !errors.student && !errors.class) save.mutate();
  };
  const shown = (key: string | null) => (submitted && key ? t(key, { max: MAX_NOTE }) : null);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea label={t('notes.text')} description={t('notes.textHint')} value={text} required rows={5}
          onChange={(e) => setText(e.currentTarget.value)} error={shown(errors.text) ?? (text.length > MAX_NOTE ? t('notes.textTooLong', { max: MAX_NOTE }) : null)} />
        <NativeSelect label={t('notes.subject')} value={subjectId} onChange={(e) => setSubjectId(e.currentTarget.value)}
          data={[{ value: '', label: t('notes.noSubject') }, ...choices.subjects.map((s) => ({ value: String(s.id), label: s.name }))]} />
        {!note && (
          <>
            <Radio.Group label={t('notes.audience')} value={audience} onChange={(v) => setAudience(v as Audience)}>
              <Group mt={4}>
                <Radio value="PRIVATE" label={t('notes.audiencePrivate')} />
                <Radio value="PARENTS" label={t('notes.audienceParents')} />
                <Radio value="CLASS" label={t('notes.audienceClass')} />
              </Group>
            </Radio.Group>
            {audience !== 'CLASS' && (
              <NativeSelect label={audience === 'PARENTS' ? t('notes.student') : t('notes.studentOptional')} value={studentId}
                onChange={(e) => setStudentId(e.currentTarget.value)} error={shown(errors.student)}
                data={[{ value: '', label: t('common.choose') }, ...choices.classes.map((c) => ({
                  group: c.name,
                  items: choices.students.filter((s) => s.classId === c.id).map((s) => ({ value: String(s.id), label: s.fullName })),
                })).filter((g) => g.items.length > 0)]} />
            )}
            {audience === 'CLASS' && (
              <NativeSelect label={t('notes.class')} value={classId} onChange={(e) => setClassId(e.currentTarget.value)} error={shown(errors.class)}
                data={[{ value: '', label: t('common.choose') }, ...choices.classes.map((c) => ({ value: String(c.id), label: c.name }))]} />
            )}
          </>
        )}
        <ErrorNote error={save.error} title={t('notes.saveFailed')} />
        <Group>
          <Button type="submit" loading={save.isPending}>{note ? t('common.save') : t('notes.create')}</Button>
          {note && <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
