import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ApiError, Pillar, SearchResponse } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { LocalizedText } from '../../components/localized-text';
import { HighlightedText } from './highlighted-text';

const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];
const TYPES = ['code', 'statute', 'decree', 'regulation', 'constitution'] as const;
type Lang = 'all' | 'en' | 'es' | 'pt' | 'fr';

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [lang, setLang] = useState<Lang>('all');
  const [country, setCountry] = useState('');
  const [group, setGroup] = useState('');
  const [element, setElement] = useState('');
  const [pillar, setPillar] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState<'in-force' | 'historical' | 'any'>('in-force');
  const [source, setSource] = useState<'' | 'corpus' | 'official' | 'draft'>('');
  const [result, setResult] = useState<SearchResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const states = useApi('listJurisdictions', {});
  const groupings = useApi('listGroupings', {});
  const elements = useApi('listElements', {});
  const elementMap = new Map(elements.state === 'ready' ? elements.value.map((e) => [e.id, e]) : []);
  const stateMap = new Map(states.state === 'ready' ? states.value.map((j) => [j.code, j]) : []);

  useEffect(() => setText(q), [q]);
  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    if (!q.trim()) {
      setResult(null);
      setError(null);
      return;
    }
    let live = true;
    void callApi('search', {
      q,
      lang,
      countries: country ? [country] : undefined,
      groups: group ? [group] : undefined,
      elements: element ? [element] : undefined,
      pillars: pillar ? [pillar as Pillar] : undefined,
      instrumentTypes: type ? [type as (typeof TYPES)[number]] : undefined,
      status,
      sources: source ? [source] : undefined,
    }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setResult(r.value);
        setError(null);
      } else {
        setResult(null);
        setError(r.error);
      }
    });
    return () => {
      live = false;
    };
  }, [q, lang, country, group, element, pillar, type, status, source]);

  return (
    <section aria-labelledby="page-title" className="search-page">
      <h1 id="page-title">{t('search.title')}</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <label className="sr-only" htmlFor="search-input">{t('search.label')}</label>
        <input id="search-input" ref={input} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search.placeholder')} data-testid="search-input" maxLength={500} />
        <button type="submit">{t('search.button')}</button>
      </form>
      <p className="muted search-help">{t('search.help')}</p>
      <div className="toolbar" role="group" aria-label={t('matrix.filters')}>
        <label>{t('search.language')} <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="search-lang">{(['all', 'en', 'es', 'pt', 'fr'] as const).map((l) => <option key={l} value={l}>{l === 'all' ? t('search.allLanguages') : t(`language.${l}`)}</option>)}</select></label>
        <label>{t('countries.columns.state')} <select value={country} onChange={(e) => setCountry(e.target.value)}><option value="">{t('matrix.allStates')}</option>{states.state === 'ready' && states.value.map((j) => <option key={j.code} value={j.code}>{(j.name as Record<string, string>)[i18n.language] ?? j.name.en}</option>)}</select></label>
        <label>{t('matrix.grouping')} <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="search-group"><option value="">—</option>{groupings.state === 'ready' && groupings.value.map((g) => <option key={g.id} value={g.id}>{(g.name as Record<string, string>)[i18n.language] ?? g.name.en}</option>)}</select></label>
        <label>{t('nav.elements')} <select value={element} onChange={(e) => setElement(e.target.value)}><option value="">—</option>{elements.state === 'ready' && elements.value.map((el) => <option key={el.id} value={el.id}>{(el.label as Record<string, string>)[i18n.language] ?? el.label.en}</option>)}</select></label>
        <label>{t('search.pillar')} <select value={pillar} onChange={(e) => setPillar(e.target.value)}><option value="">—</option>{PILLARS.map((p) => <option key={p} value={p}>{t(`pillar.${p}`)}</option>)}</select></label>
        <label>{t('search.instrumentType')} <select value={type} onChange={(e) => setType(e.target.value)}><option value="">—</option>{TYPES.map((x) => <option key={x} value={x}>{t(`search.type.${x}`)}</option>)}</select></label>
        <label>{t('search.status')} <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)} data-testid="search-status"><option value="in-force">{t('instrument.status.in-force')}</option><option value="historical">{t('search.historical')}</option><option value="any">{t('search.any')}</option></select></label>
        <label>{t('search.source')} <select value={source} onChange={(e) => setSource(e.target.value as typeof source)} data-testid="search-source"><option value="">{t('search.anySource')}</option><option value="corpus">{t('search.sources.corpus')}</option><option value="official">{t('search.sources.official')}</option><option value="draft">{t('search.sources.draft')}</option></select></label>
      </div>
      {error && (
        <div role="alert" className="query-problem" data-testid="search-problem">
          {error.message}
        </div>
      )}
      {error && error.code !== 'INVALID_ARGUMENT' && <ErrorPanel error={error} />}
      {result && (
        <div data-testid="search-results">
          <p className="muted" aria-live="polite">{t('search.count', { count: result.total, ms: result.elapsedMs })}</p>
          {result.elements.map((m) => (
            <div key={m.element} className="element-hit" data-testid="element-hit" data-element={m.element}>
              <strong><LocalizedText text={elementMap.get(m.element)?.label} /></strong> <span className="element-meta">{m.element}</span>
              <p>{t('search.elementCoverage', { full: m.counts.full, partial: m.counts.partial, absent: m.counts.absent, unknown: m.counts['not-assessed'] })} · <Link to={`/elements/${m.element}`}>{t('elements.across')}</Link></p>
            </div>
          ))}
          {result.groups.map((g) => (
            <section key={g.jurisdiction} className="result-group" data-country={g.jurisdiction}>
              <h2><LocalizedText text={stateMap.get(g.jurisdiction)?.name} /> <span className="code">{g.jurisdiction}</span></h2>
              {g.instruments.map((ins) => (
                <div key={ins.instrument} className="result-instrument">
                  <h3 className="muted">{ins.instrument}</h3>
                  {ins.hits.map((h) => (
                    <article key={h.ref} className="search-hit" data-testid="search-hit" data-provision={h.key} data-status={h.status}>
                      <h4>
                        <Link to={h.source === 'draft' ? `/drafts?id=${h.ref.replace(/^draft:/, '')}` : `/countries/${h.jurisdiction}#provision-${h.key}`} data-testid="hit-link">{h.label}</Link> {h.heading}
                        {h.status === 'historical' && <span className="chip">{t('search.historicalUntil', { date: h.validTo })}</span>}
                        <span className="chip" data-testid="hit-source">{t(`search.sources.${h.source}`)}</span>
                      </h4>
                      <p className="digest"><HighlightedText text={h.snippet.text} ranges={h.snippet.highlights} /></p>
                      <div className="chip-row">
                        {h.elements.slice(0, 8).map((id) => <span key={id} className="chip">{(elementMap.get(id)?.label as Record<string, string> | undefined)?.[i18n.language] ?? id}</span>)}
                        <Link to={`/compare?left=${encodeURIComponent(h.key)}`} className="compare-link">{t('search.compare')}</Link>
                      </div>
                    </article>
                  ))}
                </div>
              ))}
            </section>
          ))}
          {result.total === 0 && <p>{t('search.none')}</p>}
        </div>
      )}
    </section>
  );
}
