import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedImport, ProvisionView } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { pickLocalized } from '../../i18n/localized';

export interface Decision {
  index: number;
  provisionKey: string | null;
  acceptedElements: string[];
  skip?: boolean;
}

/** The segmented articles, for the user to confirm alignment and accept suggestions before saving. */
export function ImportPreview({ preview, provisions, onConfirm, onCancel }: { preview: PreparedImport; provisions: ProvisionView[]; onConfirm: (d: Decision[]) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const elements = useApi('listElements', {});
  const labelOf = (id: string) => (elements.state === 'ready' ? pickLocalized(elements.value.find((e) => e.id === id)?.label, i18n.language).text || id : id);
  const [decisions, setDecisions] = useState<Decision[]>(preview.articles.map((a) => ({ index: a.index, provisionKey: a.proposedProvision, acceptedElements: [] })));
  const set = (index: number, patch: Partial<Decision>) => setDecisions((ds) => ds.map((d) => (d.index === index ? { ...d, ...patch } : d)));
  return (
    <section aria-labelledby="preview-title" className="import-preview" data-testid="import-preview">
      <h2 id="preview-title">{t('import.previewTitle', { name: preview.name, count: preview.articles.length })}</h2>
      {preview.warnings.map((w, i) => <p key={i} className="query-problem">{w}</p>)}
      <ol className="import-articles">
        {preview.articles.map((a) => {
          const d = decisions.find((x) => x.index === a.index) as Decision;
          return (
            <li key={a.index} data-testid="import-article" data-number={a.number} className={d.skip ? 'skipped' : ''}>
              <h3>{a.label}{a.heading ? ` — ${a.heading}` : ''}</h3>
              {a.amends && <p className="chip" data-testid="amends">{t('import.amends', { instrument: a.amends.instrument, article: a.amends.article })}</p>}
              <details>
                <summary>{t('import.text', { words: a.text.split(/\s+/).length })}</summary>
                <p className="digest official-text">{a.text}</p>
              </details>
              <label>
                {t('import.alignTo')}{' '}
                <select value={d.provisionKey ?? ''} onChange={(e) => set(a.index, { provisionKey: e.target.value || null })} data-testid="align-select">
                  <option value="">{t('import.notAligned')}</option>
                  {provisions.map((p) => <option key={p.key} value={p.key}>{p.label} — {pickLocalized(p.heading, i18n.language).text} ({p.key})</option>)}
                </select>
              </label>{' '}
              <label><input type="checkbox" checked={Boolean(d.skip)} onChange={(e) => set(a.index, { skip: e.target.checked })} /> {t('import.skip')}</label>
              {a.suggestions.length > 0 && (
                <fieldset className="suggestions">
                  <legend>{t('import.suggestions')}</legend>
                  {a.suggestions.map((s) => (
                    <label key={s.element} className="suggestion" data-testid="suggestion" data-element={s.element}>
                      <input type="checkbox" checked={d.acceptedElements.includes(s.element)} onChange={(e) => set(a.index, { acceptedElements: e.target.checked ? [...d.acceptedElements, s.element] : d.acceptedElements.filter((x) => x !== s.element) })} />{' '}
                      {labelOf(s.element)} <span className="muted">({Math.round(s.confidence * 100)}%)</span>{' '}
                      {s.evidence.map((ev) => <mark key={ev}>{ev}</mark>)}
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          );
        })}
      </ol>
      <div className="toolbar">
        <button type="button" onClick={() => onConfirm(decisions)} data-testid="confirm-import">{t('import.confirm')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('compare.cancel')}</button>
      </div>
    </section>
  );
}
