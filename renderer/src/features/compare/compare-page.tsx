import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { TextRef } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { NWayCompare } from './n-way-compare';
import { TwoWayCompare } from './two-way-compare';
import { NotesToggle } from '../notes/notes-toggle';

/** Compare view: two texts side by side, or one element across states; saved comparisons beneath. */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const leftKey = params.get('left');
  const rightKey = params.get('right');
  const [tab, setTab] = useState<'two' | 'many'>(params.get('element') ? 'many' : 'two');
  const [loaded, setLoaded] = useState<{ left: TextRef | null; right: TextRef | null; n: number }>({
    left: leftKey ? { kind: 'provision', key: leftKey.split('@')[0], at: leftKey.split('@')[1], lang } : null,
    right: rightKey ? { kind: 'provision', key: rightKey.split('@')[0], at: rightKey.split('@')[1], lang } : null,
    n: 0,
  });
  const saved = useApi('listSavedComparisons', {});
  return (
    <section aria-labelledby="page-title" className="compare-page">
      <h1 id="page-title">{t('compare.title')}</h1>
      <div role="tablist" className="tabs">
        <button role="tab" type="button" aria-selected={tab === 'two'} onClick={() => setTab('two')} data-testid="tab-two">{t('compare.twoTexts')}</button>
        <button role="tab" type="button" aria-selected={tab === 'many'} onClick={() => setTab('many')} data-testid="tab-many">{t('compare.acrossStates')}</button>
      </div>
      {tab === 'two' ? <TwoWayCompare key={loaded.n} initialLeft={loaded.left} initialRight={loaded.right} onSaved={saved.reload} /> : <NWayCompare initialElement={params.get('element') ?? ''} />}
      <section aria-labelledby="saved-title" className="saved-comparisons">
        <h2 id="saved-title">{t('compare.savedTitle')}</h2>
        {saved.state === 'ready' && saved.value.length === 0 && <p className="muted">{t('compare.noneSaved')}</p>}
        <ul data-testid="saved-list">
          {saved.state === 'ready' &&
            saved.value.map((s) => (
              <li key={s.id} data-saved={s.id}>
                <button type="button" className="link" onClick={() => { setTab('two'); setLoaded({ left: s.left, right: s.right, n: loaded.n + 1 }); }}>{s.title}</button>{' '}
                <span className="muted">{s.updatedAt.slice(0, 10)}</span>{' '}
                <button type="button" className="secondary" onClick={async () => { await callApi('deleteSavedComparison', { id: s.id }); saved.reload(); }}>{t('compare.delete')}</button>
                <NotesToggle targetKind="comparison" targetId={s.id} />
              </li>
            ))}
        </ul>
      </section>
    </section>
  );
}
