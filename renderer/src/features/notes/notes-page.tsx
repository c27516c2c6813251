import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../main/api/contract';
import { callApi } from '../../api/client';

/** Every note, searchable by words and tags. */
export function NotesList() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [result, setResult] = useState<{ notes: Note[]; tags: string[] }>({ notes: [], tags: [] });
  useEffect(() => {
    void callApi('searchNotes', { text: text || undefined, tag: tag || undefined }).then((r) => r.ok && setResult(r.value));
  }, [text, tag]);
  return (
    <section aria-labelledby="notes-title" className="notes-list">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <div className="toolbar">
        <label>{t('search.button')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="notes-search" /></label>
        <label>{t('notes.tag')} <select value={tag} onChange={(e) => setTag(e.target.value)}><option value="">—</option>{result.tags.map((x) => <option key={x} value={x}>#{x}</option>)}</select></label>
      </div>
      <ul className="note-list" data-testid="notes-results">
        {result.notes.map((n) => (
          <li key={n.id}>
            <p>{n.body}</p>
            <p className="muted">{t(`notes.targets.${n.targetKind}`)}: {n.targetId} · {n.tags.map((x) => `#${x}`).join(' ')} · {new Date(n.updatedAt).toLocaleDateString(i18n.language)}</p>
          </li>
        ))}
        {result.notes.length === 0 && <li className="muted">{t('notes.none')}</li>}
      </ul>
    </section>
  );
}
