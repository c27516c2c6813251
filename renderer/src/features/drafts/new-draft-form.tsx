import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Draft } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { pickLocalized } from '../../i18n/localized';

type From = 'blank' | 'model' | 'official' | 'digest';

export function NewDraftForm({ onCreated }: { onCreated: (d: Draft) => void }) {
  const { t, i18n } = useTranslation();
  const lang: 'en' | 'es' = i18n.language === 'es' ? 'es' : 'en';
  const [title, setTitle] = useState('');
  const [country, setCountry] = useState('');
  const [amends, setAmends] = useState('');
  const [from, setFrom] = useState<From>('blank');
  const [element, setElement] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const states = useApi('listJurisdictions', {});
  const jurisdiction = useApi('getJurisdiction', { code: country || 'ARG' });
  const elements = useApi('listElements', {});
  const create = async () => {
    setError(null);
    const startFrom =
      from === 'model' ? { kind: 'model' as const, element, lang } : from === 'official' ? { kind: 'official' as const, key: amends } : from === 'digest' ? { kind: 'digest' as const, key: amends, lang } : { kind: 'blank' as const };
    const r = await callApi('createDraft', { title, jurisdiction: country, amends: amends || null, startFrom });
    if (r.ok) {
      onCreated(r.value);
      setTitle('');
    } else setError(r.error);
  };
  return (
    <form className="new-draft" onSubmit={(e) => { e.preventDefault(); void create(); }} data-testid="new-draft">
      <h2>{t('drafts.new')}</h2>
      <label>{t('compare.titleLabel')} <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required data-testid="draft-title" /></label>
      <label>{t('countries.columns.state')} <select value={country} onChange={(e) => { setCountry(e.target.value); setAmends(''); }} required data-testid="draft-country"><option value="">—</option>{states.state === 'ready' && states.value.map((j) => <option key={j.code} value={j.code}>{pickLocalized(j.name, i18n.language).text}</option>)}</select></label>
      <label>{t('drafts.amends')} <select value={amends} onChange={(e) => setAmends(e.target.value)} disabled={!country} data-testid="draft-amends"><option value="">{t('drafts.newProvision')}</option>{country && jurisdiction.state === 'ready' && jurisdiction.value.provisions.map((p) => <option key={p.key} value={p.key}>{p.label} — {pickLocalized(p.heading, i18n.language).text}</option>)}</select></label>
      <label>{t('drafts.startFrom')} <select value={from} onChange={(e) => setFrom(e.target.value as From)} data-testid="draft-from">
        <option value="blank">{t('drafts.from.blank')}</option>
        <option value="model">{t('drafts.from.model')}</option>
        <option value="official" disabled={!amends}>{t('drafts.from.official')}</option>
        <option value="digest" disabled={!amends}>{t('drafts.from.digest')}</option>
      </select></label>
      {from === 'model' && <label>{t('nav.elements')} <select value={element} onChange={(e) => setElement(e.target.value)} required data-testid="draft-element"><option value="">—</option>{elements.state === 'ready' && elements.value.map((e) => <option key={e.id} value={e.id}>{pickLocalized(e.label, i18n.language).text}</option>)}</select></label>}
      <button type="submit" data-testid="create-draft" disabled={!title.trim() || !country}>{t('drafts.create')}</button>
      {error && <ErrorPanel error={error} />}
    </form>
  );
}
