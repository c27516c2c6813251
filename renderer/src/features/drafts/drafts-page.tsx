import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { NotesList } from '../notes/notes-page';
import { BundlePanel } from './bundle-panel';
import { DraftEditor } from './draft-editor';
import { NewDraftForm } from './new-draft-form';

/** The drafting workspace: drafts, notes and position bundles. */
export function DraftsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selected = params.get('id');
  const drafts = useApi('listDrafts', {});
  const [, setTick] = useState(0);
  return (
    <section aria-labelledby="page-title" className="drafts-page">
      <h1 id="page-title">{t('drafts.title')}</h1>
      <div className="drafts-layout">
        <aside className="drafts-side">
          <ul className="draft-list" data-testid="draft-list">
            {drafts.state === 'ready' && drafts.value.map((d) => (
              <li key={d.id} className={d.id === selected ? 'current' : ''}>
                <button type="button" className="link" onClick={() => setParams({ id: d.id })} data-testid="open-draft">{d.title}</button>
                <span className="muted"> {d.jurisdiction} · {t(`drafts.statuses.${d.status}`)}</span>
              </li>
            ))}
            {drafts.state === 'ready' && drafts.value.length === 0 && <li className="muted">{t('drafts.none')}</li>}
          </ul>
          <NewDraftForm onCreated={(d) => { drafts.reload(); setParams({ id: d.id }); }} />
        </aside>
        <div className="drafts-main">
          {selected ? <DraftEditor key={selected} draftId={selected} onChanged={() => { drafts.reload(); setTick((n) => n + 1); }} /> : <p className="muted">{t('drafts.pick')}</p>}
        </div>
      </div>
      {drafts.state === 'ready' && <BundlePanel drafts={drafts.value} onImported={drafts.reload} />}
      <NotesList />
    </section>
  );
}
