import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, NWayComparison } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { StatusBadge } from '../../components/status-badge';
import { pickLocalized } from '../../i18n/localized';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** Marks the words every compared state shares: the common core. */
function CommonCore({ text, common }: { text: string; common: Set<string> }) {
  const parts: ReactNode[] = [];
  text.split(/([\p{L}\p{N}]+)/u).forEach((piece, i) => parts.push(common.has(fold(piece)) ? <mark key={i} className="common">{piece}</mark> : piece));
  return <>{parts}</>;
}

/** One element across up to 35 states, in columns (rows on narrow windows), against the model clause. */
export function NWayCompare({ initialElement }: { initialElement: string }) {
  const { t, i18n } = useTranslation();
  const [element, setElement] = useState(initialElement);
  const [codes, setCodes] = useState<string[]>([]);
  const [result, setResult] = useState<NWayComparison | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const elements = useApi('listElements', {});
  const states = useApi('listJurisdictions', {});
  const run = async () => {
    setError(null);
    const r = await callApi('compareAcross', { element, codes: codes.length ? codes : undefined, lang: i18n.language === 'es' ? 'es' : 'en' });
    if (r.ok) setResult(r.value);
    else setError(r.error);
  };
  const common = new Set(result?.commonWords ?? []);
  const elementMap = new Map(elements.state === 'ready' ? elements.value.map((e) => [e.id, e]) : []);
  return (
    <div className="n-way">
      <div className="toolbar">
        <label>
          {t('nav.elements')}{' '}
          <select value={element} onChange={(e) => setElement(e.target.value)} data-testid="nway-element">
            <option value="">—</option>
            {elements.state === 'ready' && elements.value.map((e) => <option key={e.id} value={e.id}>{pickLocalized(e.label, i18n.language).text}</option>)}
          </select>
        </label>
        <details className="selection">
          <summary>{codes.length ? t('matrix.selected', { count: codes.length }) : t('compare.allStatesUpTo')}</summary>
          <div className="selection-list">
            {states.state === 'ready' && states.value.map((j) => (
              <label key={j.code}><input type="checkbox" value={j.code} checked={codes.includes(j.code)} onChange={(e) => setCodes(e.target.checked ? [...codes, j.code] : codes.filter((c) => c !== j.code))} /> {pickLocalized(j.name, i18n.language).text}</label>
            ))}
          </div>
        </details>
        <button type="button" onClick={() => void run()} disabled={!element} data-testid="run-nway">{t('compare.run')}</button>
      </div>
      {error && <ErrorPanel error={error} />}
      {result && (
        <div data-testid="nway-result">
          <p className="muted">{t('compare.commonCore', { count: result.commonWords.length })}{result.commonElements.length > 0 && ` · ${t('compare.commonElements')}: ${result.commonElements.map((id) => pickLocalized(elementMap.get(id)?.label, i18n.language).text || id).join(', ')}`}</p>
          <div className="nway-columns">
            <article className="nway-column model" data-testid="nway-model">
              <h3>{t('elements.model')}</h3>
              <p className="digest">{result.modelClause}</p>
            </article>
            {result.columns.map((c) => (
              <article key={c.jurisdiction} className="nway-column" data-testid="nway-column" data-country={c.jurisdiction}>
                <h3>{c.jurisdiction} <StatusBadge status={c.status} /></h3>
                <p className="muted">{t('compare.againstModel', { additions: c.additions, omissions: c.omissions })}</p>
                <p className="digest">{c.text ? <CommonCore text={c.text} common={common} /> : <em>{t('compare.noProvision')}</em>}</p>
                {c.ownElements.length > 0 && <div className="chip-row">{c.ownElements.map((id) => <span key={id} className="chip chip-right">+ {pickLocalized(elementMap.get(id)?.label, i18n.language).text || id}</span>)}</div>}
              </article>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
