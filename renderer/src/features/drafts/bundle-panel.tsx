import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, BundlePlanEntry, Draft, Note, SavedComparison } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { ErrorPanel } from '../../components/error-panel';
import { saveFile } from '../../components/export-menu';

/** Position bundles: one file of drafts, notes and comparisons to hand to another delegation, and back. */
export function BundlePanel({ drafts, onImported }: { drafts: Draft[]; onImported: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notes, setNotes] = useState<Note[]>([]);
  const [comparisons, setComparisons] = useState<SavedComparison[]>([]);
  const [plan, setPlan] = useState<{ previewId: string; title: string; plan: BundlePlanEntry[] } | null>(null);
  const [result, setResult] = useState<string>('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void callApi('searchNotes', {}).then((r) => r.ok && setNotes(r.value.notes));
    void callApi('listSavedComparisons', {}).then((r) => r.ok && setComparisons(r.value));
  }, [drafts.length]);
  const toggle = (id: string) => setChosen((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const exportIt = async () => {
    const r = await callApi('exportBundle', { title: title || t('drafts.bundleDefault'), draftIds: drafts.filter((d) => chosen.has(d.id)).map((d) => d.id), noteIds: notes.filter((n) => chosen.has(n.id)).map((n) => n.id), comparisonIds: comparisons.filter((c) => chosen.has(c.id)).map((c) => c.id) });
    if (r.ok) saveFile(r.value); else setError(r.error);
  };
  const open = async (file: File) => {
    setError(null);
    setResult('');
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const r = await callApi('previewBundle', { fileName: file.name, base64: btoa(bin) });
    if (r.ok) setPlan(r.value); else { setPlan(null); setError(r.error); }
  };
  return (
    <section className="bundle-panel" aria-labelledby="bundle-title" data-testid="bundle-panel">
      <h2 id="bundle-title">{t('drafts.bundles')}</h2>
      <div className="bundle-columns">
        <div>
          <h3>{t('drafts.exportBundle')}</h3>
          <label>{t('compare.titleLabel')} <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="bundle-title" /></label>
          <fieldset><legend>{t('nav.drafts')}</legend>{drafts.map((d) => <label key={d.id}><input type="checkbox" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} data-testid="bundle-draft" /> {d.title}</label>)}</fieldset>
          <fieldset><legend>{t('notes.title')}</legend>{notes.map((n) => <label key={n.id}><input type="checkbox" checked={chosen.has(n.id)} onChange={() => toggle(n.id)} data-testid="bundle-note" /> {n.body.slice(0, 60)}</label>)}</fieldset>
          <fieldset><legend>{t('compare.savedTitle')}</legend>{comparisons.map((c) => <label key={c.id}><input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} /> {c.title}</label>)}</fieldset>
          <button type="button" onClick={() => void exportIt()} disabled={chosen.size === 0} data-testid="export-bundle">{t('drafts.exportBundle')}</button>{' '}
          <button type="button" className="secondary" data-testid="export-everything" onClick={async () => { const r = await callApi('exportEverything', {}); if (r.ok) saveFile(r.value); else setError(r.error); }}>{t('drafts.exportEverything')}</button>
        </div>
        <div>
          <h3>{t('drafts.importBundle')}</h3>
          <label className="file-button">{t('import.choose')}<input type="file" accept=".palermo-bundle,.json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void open(f); e.target.value = ''; }} data-testid="bundle-file" /></label>
          {plan && (
            <div data-testid="bundle-plan">
              <p>{t('drafts.bundleFrom', { title: plan.title })}</p>
              <ul>{plan.plan.map((p) => <li key={`${p.kind}-${p.id}`} data-action={p.action}>{t(`drafts.planKinds.${p.kind}`)}: {p.title} — {t(`drafts.planActions.${p.action}`)}</li>)}</ul>
              <button type="button" data-testid="confirm-bundle" onClick={async () => {
                const r = await callApi('importBundle', { previewId: plan.previewId });
                if (r.ok) { setResult(t('drafts.bundleImported', r.value)); setPlan(null); onImported(); } else setError(r.error);
              }}>{t('drafts.importConfirm')}</button>
            </div>
          )}
          {result && <p role="status" data-testid="bundle-result">{result}</p>}
          {error && <div role="alert" className="query-problem" data-testid="bundle-error">{error.message}</div>}
          {error && error.code === 'INTERNAL' && <ErrorPanel error={error} />}
        </div>
      </div>
    </section>
  );
}
