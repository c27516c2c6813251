import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Note, NoteTarget } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { ErrorPanel } from '../../components/error-panel';

/** Notes attached to one thing (a provision, an element, a state, a comparison, a draft), with tags. */
export function NotesPanel({ targetKind, targetId }: { targetKind: NoteTarget; targetId: string }) {
  const { t, i18n } = useTranslation();
  const [notes, setNotes] = useState<Note[]>([]);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const load = async () => {
    const r = await callApi('searchNotes', { targetKind, targetId });
    if (r.ok) setNotes(r.value.notes);
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetKind, targetId]);
  const add = async () => {
    const r = await callApi('addNote', { targetKind, targetId, body, tags: tags.split(',').map((x) => x.trim()).filter(Boolean) });
    if (r.ok) {
      setBody('');
      setTags('');
      setError(null);
      void load();
    } else setError(r.error);
  };
  return (
    <section className="notes-panel" aria-label={t('notes.title')} data-testid={`notes-${targetKind}`}>
      <ul className="note-list">
        {notes.map((n) => (
          <li key={n.id} data-testid="note">
            <p>{n.body}</p>
            <p className="muted">{n.tags.map((x) => <span key={x} className="chip">#{x}</span>)} {new Date(n.updatedAt).toLocaleString(i18n.language)}{' '}
              <button type="button" className="link" onClick={async () => { await callApi('deleteNote', { id: n.id }); void load(); }}>{t('compare.delete')}</button>
            </p>
          </li>
        ))}
      </ul>
      <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} aria-label={t('notes.body')} placeholder={t('notes.body')} data-testid="note-body" />
      <label>{t('notes.tags')} <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="sica, position" data-testid="note-tags" /></label>{' '}
      <button type="button" onClick={() => void add()} disabled={!body.trim()} data-testid="add-note">{t('notes.add')}</button>
      {error && <ErrorPanel error={error} />}
    </section>
  );
}
