import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Draft } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { pickLocalized } from '../../i18n/localized';
import { ComparativePrint } from './comparative-print';
import { DraftHistory } from './draft-history';
import { WhatIfPanel } from './what-if-panel';
import { NotesPanel } from '../notes/notes-panel';

const AUTOSAVE_MS = 1200;
const localKey = (id: string) => `workbench.unsaved.${id}`;

type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** The draft editor: autosave with a visible state, unsaved text kept locally until the database has it. */
export function DraftEditor({ draftId, onChanged }: { draftId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang: 'en' | 'es' = i18n.language === 'es' ? 'es' : 'en';
  const [draft, setDraft] = useState<Draft | null>(null);
  const [text, setText] = useState('');
  const [state, setState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<string>('');
  const [error, setError] = useState<ApiError | null>(null);
  const [recovered, setRecovered] = useState(false);
  const [tab, setTab] = useState<'print' | 'whatif' | 'history' | 'notes'>('print');
  const [element, setElement] = useState('');
  const [refresh, setRefresh] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<number | null>(null);
  const elements = useApi('listElements', {});
  const textRef = useRef(text);
  textRef.current = text;
  const versionRef = useRef(0);

  const load = useCallback(async () => {
    const r = await callApi('getDraft', { id: draftId });
    if (!r.ok) return setError(r.error);
    setDraft(r.value);
    versionRef.current = r.value.version;
    const local = localStorage.getItem(localKey(draftId));
    if (local !== null && local !== r.value.text) {
      setText(local);
      setState('unsaved');
      setRecovered(true);
    } else {
      setText(r.value.text);
      setState('saved');
      setRecovered(false);
    }
    setSavedAt(r.value.updatedAt);
  }, [draftId]);

  useEffect(() => {
    void load();
    return () => { if (timer.current) window.clearTimeout(timer.current); };
  }, [load]);

  const save = useCallback(async (kind: 'save' | 'autosave') => {
    if (timer.current) window.clearTimeout(timer.current);
    const body = textRef.current;
    setState('saving');
    const r = await callApi('saveDraft', { id: draftId, text: body, kind, baseVersion: versionRef.current });
    if (!r.ok) {
      setState('error');
      setError(r.error);
      return;
    }
    versionRef.current = r.value.version;
    setDraft(r.value);
    setSavedAt(r.value.updatedAt);
    setError(null);
    if (textRef.current === body) {
      localStorage.removeItem(localKey(draftId));
      setState('saved');
      setRecovered(false);
    } else setState('unsaved');
    setRefresh((n) => n + 1);
    onChanged();
  }, [draftId, onChanged]);

  const edit = (value: string) => {
    setText(value);
    setState('unsaved');
    localStorage.setItem(localKey(draftId), value);
    if (timer.current) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save('autosave'), AUTOSAVE_MS);
  };

  const insertModelClause = () => {
    const e = elements.state === 'ready' ? elements.value.find((x) => x.id === element) : undefined;
    if (!e || !area.current) return;
    const at = area.current.selectionStart ?? text.length;
    const clause = e.modelClause[lang];
    edit(`${text.slice(0, at)}${clause}${text.slice(at)}`);
  };

  if (!draft) return error ? <ErrorPanel error={error} /> : null;
  return (
    <section className="draft-editor" aria-labelledby="draft-heading" data-testid="draft-editor" data-draft={draft.id}>
      <h2 id="draft-heading">{draft.title}</h2>
      <p className="muted">{draft.jurisdiction} · {draft.amends ?? t('drafts.newProvision')} · {t('drafts.version', { n: draft.version })}</p>
      {recovered && <p role="status" className="query-problem" data-testid="recovered">{t('drafts.recovered')}</p>}
      <div className="toolbar">
        <label>{t('drafts.status')} <select value={draft.status} onChange={async (e) => { const r = await callApi('updateDraft', { id: draft.id, patch: { status: e.target.value as Draft['status'] } }); if (r.ok) setDraft(r.value); }}>
          <option value="draft">{t('drafts.statuses.draft')}</option><option value="review">{t('drafts.statuses.review')}</option><option value="final">{t('drafts.statuses.final')}</option>
        </select></label>
        <label>{t('drafts.insertClause')} <select value={element} onChange={(e) => setElement(e.target.value)} data-testid="insert-element"><option value="">—</option>{elements.state === 'ready' && elements.value.map((e) => <option key={e.id} value={e.id}>{pickLocalized(e.label, i18n.language).text}</option>)}</select></label>
        <button type="button" className="secondary" onClick={insertModelClause} disabled={!element} data-testid="insert-clause">{t('drafts.insert')}</button>
        <button type="button" onClick={() => void save('save')} data-testid="save-draft">{t('drafts.saveVersion')}</button>
        <span className={`save-state ${state}`} role="status" aria-live="polite" data-testid="save-state" data-state={state}>
          {t(`drafts.saveState.${state}`, { time: savedAt ? new Date(savedAt).toLocaleTimeString(i18n.language) : '' })}
        </span>
      </div>
      <textarea ref={area} className="draft-text" value={text} onChange={(e) => edit(e.target.value)} rows={14} aria-label={t('drafts.textLabel')} data-testid="draft-text" spellCheck />
      {error && <ErrorPanel error={error} />}
      <div role="tablist" className="tabs">
        {(['print', 'whatif', 'history', 'notes'] as const).map((x) => (
          <button key={x} role="tab" type="button" aria-selected={tab === x} onClick={() => setTab(x)} data-testid={`draft-tab-${x}`}>{t(`drafts.tabs.${x}`)}</button>
        ))}
      </div>
      {tab === 'print' && <ComparativePrint draft={draft} refresh={refresh} />}
      {tab === 'whatif' && <WhatIfPanel draft={draft} text={text} refresh={refresh} onChanged={(d) => setDraft(d)} />}
      {tab === 'history' && <DraftHistory draft={draft} refresh={refresh} onRestored={() => { localStorage.removeItem(localKey(draftId)); void load(); onChanged(); }} />}
      {tab === 'notes' && <NotesPanel targetKind="draft" targetId={draft.id} />}
    </section>
  );
}
