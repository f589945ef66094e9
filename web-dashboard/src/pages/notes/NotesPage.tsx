import { Anchor, Badge, Button, Card, Checkbox, Group, Modal, NativeSelect, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useConfig } from '../../api/ApiContext';
import { useSubjects } from '../../api/lists';
import type { Page, SchoolClass, Subject } from '../../api/types';
import { useAccount } from '../../auth/RequireAuth';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorNote, QueryView } from '../../components/QueryView';
import { NoteForm } from './NoteForm';
import { notesKey, useClassesWithStudents, type Note, type Pupil } from './types';

const PAGE_SIZE = 20;

function NoteCard({ note, mine, subjects, classes, students, onEdit, onDelete }: {
  note: Note; mine: boolean; subjects: Subject[]; classes: SchoolClass[]; students: Pupil[]; onEdit: () => void; onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const student = students.find((s) => s.id === note.studentId)?.fullName;
  const schoolClass = classes.find((c) => c.id === note.classId)?.name;
  const subject = subjects.find((s) => s.id === note.subjectId)?.name;
  const when = new Date(note.updatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'uk-UA', { dateStyle: 'medium', timeStyle: 'short' });
  const first = note.text.split('\n')[0]?.slice(0, 60) ?? '';
  return (
    <Card withBorder component="article" aria-label={t('notes.noteLabel', { start: first })}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color={note.audience === 'PRIVATE' ? 'gray' : 'blue'}>
            {note.audience === 'CLASS' ? t('notes.sharedWith', { name: schoolClass ?? '?' })
              : note.audience === 'PARENTS' ? t('notes.parentsOf', { name: student ?? '?' }) : t('notes.audiencePrivate')}
          </Badge>
          {note.audience === 'PRIVATE' && student && <Badge variant="outline">{t('notes.about', { name: student })}</Badge>}
          {subject && <Badge variant="outline" color="teal">{subject}</Badge>}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{note.text}</Text>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">{when}{mine ? '' : ` · ${t('notes.sharedWithMe')}`}</Text>
          {mine && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={onEdit} aria-label={t('notes.editOf', { start: first })}>{t('common.edit')}</Button>
              <Button size="xs" variant="subtle" color="red" onClick={onDelete} aria-label={t('notes.deleteOf', { start: first })}>{t('common.delete')}</Button>
            </Group>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export default function NotesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { apiBase } = useConfig();
  const me = useAccount();
  const queryClient = useQueryClient();
  const people = useClassesWithStudents();
  const subjects = useSubjects();
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [studentId, setStudentId] = useState('');
  const [mine, setMine] = useState(false);
  const [editing, setEditing] = useState<Note | null>(null);
  const [deleting, setDeleting] = useState<Note | null>(null);
  const filter = new URLSearchParams();
  if (studentId) filter.set('studentId', studentId);
  if (mine) filter.set('mine', 'true');
  const notes = useQuery({
    queryKey: [...notesKey, search, filter.toString(), page],
    queryFn: () => search
      ? api.get<Page<Note>>(`/notes/search?q=${encodeURIComponent(search)}&page=${page - 1}&size=${PAGE_SIZE}`)
      : api.get<Page<Note>>(`/notes?${filter.toString()}${filter.size ? '&' : ''}page=${page - 1}&size=${PAGE_SIZE}`),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (id: number) => api.delete<void>(`/notes/${id}`),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: notesKey });
    },
  });
  const choices = { subjects: subjects.data ?? [], classes: people.classes, students: people.students };
  const runSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
    setPage(1);
  };
  const filtered = Boolean(search || studentId || mine);

  return (
    <Stack>
      <PageTitle>{t('notes.title')}</PageTitle>
      <Text c="dimmed">{t('notes.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="new-note">
        <Title order={2} size="h4" mb="sm" id="new-note">{t('notes.new')}</Title>
        <NoteForm choices={choices} onDone={() => setPage(1)} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="find-notes">
        <Title order={2} size="h4" mb="sm" id="find-notes">{t('notes.find')}</Title>
        <Stack gap="sm">
          <form onSubmit={runSearch} role="search">
            <Group align="flex-end" gap="xs">
              <TextInput label={t('notes.search')} description={t('notes.searchHint')} value={typed} style={{ flex: 1, minWidth: 200 }}
                onChange={(e) => setTyped(e.currentTarget.value)} />
              <Button type="submit" variant="light">{t('notes.searchButton')}</Button>
              {search && <Button variant="subtle" onClick={() => { setTyped(''); setSearch(''); }}>{t('notes.clearSearch')}</Button>}
            </Group>
          </form>
          {!search && (
            <Group align="flex-end">
              <NativeSelect label={t('notes.aboutStudent')} value={studentId} maw={320} onChange={(e) => { setStudentId(e.currentTarget.value); setPage(1); }}
                data={[{ value: '', label: t('notes.anyone') }, ...people.students.map((s) => ({ value: String(s.id), label: s.fullName }))]} />
              <Checkbox label={t('notes.mineOnly')} checked={mine} onChange={(e) => { setMine(e.currentTarget.checked); setPage(1); }} mb={8} />
              <Anchor href={`${apiBase}/notes/export${filter.size ? `?${filter.toString()}` : ''}`} download mb={8}>{t('notes.export')}</Anchor>
            </Group>
          )}
        </Stack>
      </Paper>
      <ErrorNote error={people.error ?? subjects.error} title={t('common.choicesFailed')} />
      <ErrorNote error={remove.error} title={t('notes.deleteFailed')} />
      <QueryView query={notes} loading={t('notes.loading')} failed={t('notes.loadFailed')}>
        {(data) => data.total === 0
          ? <Empty title={filtered ? t('notes.noMatchTitle') : t('notes.emptyTitle')} hint={filtered ? t('notes.noMatchHint') : t('notes.emptyHint')} />
          : (
            <Stack>
              <Text size="sm" c="dimmed">{t('common.total', { count: data.total })}</Text>
              {data.items.map((note) => (
                <NoteCard key={note.id} note={note} mine={note.authorId === me.id} subjects={choices.subjects} classes={people.classes}
                  students={people.students} onEdit={() => setEditing(note)} onDelete={() => setDeleting(note)} />
              ))}
              {data.total > PAGE_SIZE && (
                <nav aria-label={t('notes.pages')}>
                  <Pagination value={page} onChange={setPage} total={Math.ceil(data.total / PAGE_SIZE)} />
                </nav>
              )}
            </Stack>
          )}
      </QueryView>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('notes.editTitle')} size="lg">
        {editing && <NoteForm key={editing.id} note={editing} choices={choices} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('notes.deleteTitle')}>
        <Stack>
          <Text>{t('notes.deleteWarning')}</Text>
          <Group>
            <Button color="red" loading={remove.isPending} onClick={() => deleting && remove.mutate(deleting.id)}>{t('common.delete')}</Button>
            <Button variant="default" onClick={() => setDeleting(null)}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
