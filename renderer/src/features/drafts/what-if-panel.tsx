import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, SuggestionWithRanges, WhatIf } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { StatusBadge } from '../../components/status-badge';
import { pickLocalized } from '../../i18n/localized';

function Highlighted({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const [s, l] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    out.push(text.slice(at, s), <mark key={s}>{text.slice(s, s + l)}</mark>);
    at = s + l;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

/** Which elements the draft would cover (the user accepts or rejects each), and the coverage "as if law". */
export function WhatIfPanel({ draft, text, refresh, onChanged }: { draft: Draft; text: string; refresh: number; onChanged: (d: Draft) => void }) {
  const { t, i18n } = useTranslation();
  const [suggestions, setSuggestions] = useState<SuggestionWithRanges[]>([]);
  const [focus, setFocus] = useState<string | null>(null);
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  // Shown at once; the database confirms a moment later.
  const [accepted, setAccepted] = useState<string[]>(draft.acceptedElements);
  useEffect(() => setAccepted(draft.acceptedElements), [draft.acceptedElements]);
  const elements = useApi('listElements', {});
  const label = (id: string) => (elements.state === 'ready' ? pickLocalized(elements.value.find((e) => e.id === id)?.label, i18n.language).text || id : id);
  useEffect(() => {
    void callApi('suggestForDraft', { id: draft.id }).then((r) => r.ok && setSuggestions(r.value));
  }, [draft.id, refresh]);
  useEffect(() => {
    void callApi('whatIfCoverage', { id: draft.id }).then((r) => r.ok && setWhatIf(r.value));
  }, [draft.id, draft.acceptedElements.join(',')]);
  const toggle = async (element: string, accept: boolean) => {
    const next = accept ? [...new Set([...accepted, element])] : accepted.filter((e) => e !== element);
    setAccepted(next);
    const r = await callApi('updateDraft', { id: draft.id, patch: { acceptedElements: next } });
    if (r.ok) onChanged(r.value);
  };
  const shown = suggestions.find((s) => s.element === focus);
  return (
    <section className="what-if" data-testid="what-if">
      <p className="muted">{t('drafts.whatIfIntro')}</p>
      <ul className="suggestion-list">
        {suggestions.map((s) => (
          <li key={s.element} data-testid="draft-suggestion" data-element={s.element}>
            <label>
              <input type="checkbox" checked={accepted.includes(s.element)} onChange={(e) => void toggle(s.element, e.target.checked)} /> {label(s.element)}
            </label>{' '}
            <span className="muted">({Math.round(s.confidence * 100)}%)</span>{' '}
            <button type="button" className="link" onClick={() => setFocus(focus === s.element ? null : s.element)}>{t('drafts.showWords')}</button>
          </li>
        ))}
        {suggestions.length === 0 && <li className="muted">{t('drafts.noSuggestions')}</li>}
      </ul>
      {shown && <p className="digest draft-evidence" data-testid="evidence"><Highlighted text={text} ranges={shown.ranges} /></p>}
      {whatIf && (
        <div className="what-if-result" data-testid="what-if-result">
          <p data-testid="score-change">{t('drafts.scoreChange', { before: whatIf.before.percent ?? '—', after: whatIf.after.percent ?? '—' })}</p>
          <h3>{t('drafts.closes', { count: whatIf.closed.length })}</h3>
          <ul data-testid="gaps-closed">{whatIf.closed.map((c) => <li key={c.element} data-element={c.element}>{label(c.element)} <StatusBadge status={c.from} /> → <StatusBadge status="full" /></li>)}</ul>
          <details>
            <summary>{t('drafts.remaining', { count: whatIf.remaining.length })}</summary>
            <ul>{whatIf.remaining.map((g) => <li key={g.element}>{label(g.element)} <StatusBadge status={g.status} /></li>)}</ul>
          </details>
        </div>
      )}
    </section>
  );
}
