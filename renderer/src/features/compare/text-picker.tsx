import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRef } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { pickLocalized } from '../../i18n/localized';

type Kind = TextRef['kind'];

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Chooses one side of a comparison: a provision (any version), a model clause, or pasted text. */
export function TextPicker({ side, value, onChange }: { side: 'left' | 'right'; value: TextRef | null; onChange: (ref: TextRef | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const [kind, setKind] = useState<Kind>(value?.kind ?? 'provision');
  const initialKey = value?.kind === 'provision' || value?.kind === 'official' ? value.key : '';
  const [country, setCountry] = useState(initialKey.slice(0, 3));
  const [key, setKey] = useState(initialKey);
  const [at, setAt] = useState(value?.kind === 'provision' ? (value.at ?? '') : '');
  const [element, setElement] = useState(value?.kind === 'model' ? value.element : '');
  const [text, setText] = useState(value?.kind === 'text' ? value.text : '');
  const [draftId, setDraftId] = useState(value?.kind === 'draft' ? value.id : '');
  const drafts = useApi('listDrafts', {});
  const states = useApi('listJurisdictions', {});
  const elements = useApi('listElements', {});
  const jurisdiction = useApi('getJurisdiction', { code: country || 'ARG' });

  useEffect(() => {
    if (kind === 'provision') onChange(key ? { kind, key, at: at || undefined, lang } : null);
    else if (kind === 'official') onChange(key ? { kind, key } : null);
    else if (kind === 'model') onChange(element ? { kind, element, lang } : null);
    else if (kind === 'draft') onChange(draftId ? { kind, id: draftId } : null);
    else onChange(text.trim() ? { kind: 'text', text } : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, key, at, element, text, lang, draftId]);

  const provision = jurisdiction.state === 'ready' ? jurisdiction.value.provisions.find((p) => p.key === key) : undefined;
  // Each earlier version is chosen by a day it was in force; a date from a link selects its version.
  const dayOf = (v: { from: string | null; to: string | null }) => v.from ?? dayBefore(v.to as string);
  const selected = provision && at ? provision.versions.find((v) => !v.current && (v.from === null || v.from <= at) && v.to !== null && at < v.to) : undefined;
  return (
    <fieldset className="text-picker" data-testid={`picker-${side}`}>
      <legend>{t(`compare.${side}`)}</legend>
      <label>
        {t('compare.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid={`${side}-kind`}>
          <option value="provision">{t('compare.kinds.provision')}</option>
          <option value="official">{t('compare.kinds.official')}</option>
          <option value="model">{t('compare.kinds.model')}</option>
          <option value="draft">{t('compare.kinds.draft')}</option>
          <option value="text">{t('compare.kinds.text')}</option>
        </select>
      </label>
      {(kind === 'provision' || kind === 'official') && (
        <>
          <label>
            {t('countries.columns.state')}{' '}
            <select value={country} onChange={(e) => { setCountry(e.target.value); setKey(''); setAt(''); }} data-testid={`${side}-country`}>
              <option value="">—</option>
              {states.state === 'ready' && states.value.map((j) => <option key={j.code} value={j.code}>{pickLocalized(j.name, i18n.language).text}</option>)}
            </select>
          </label>
          <label>
            {t('compare.provision')}{' '}
            <select value={key} onChange={(e) => { setKey(e.target.value); setAt(''); }} data-testid={`${side}-provision`} disabled={!country}>
              <option value="">—</option>
              {country && jurisdiction.state === 'ready' && jurisdiction.value.provisions.map((p) => <option key={p.key} value={p.key}>{p.label} — {pickLocalized(p.heading, i18n.language).text}</option>)}
            </select>
          </label>
          {kind === 'provision' && provision && provision.versions.length > 1 && (
            <label>
              {t('compare.version')}{' '}
              <select value={selected ? dayOf(selected) : ''} onChange={(e) => setAt(e.target.value)} data-testid={`${side}-version`}>
                <option value="">{t('compare.current')}</option>
                {provision.versions.filter((v) => !v.current).map((v) => (
                  <option key={v.seq} value={dayOf(v)}>{t('compare.versionRange', { from: v.from ?? '…', to: v.to })}</option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      {kind === 'model' && (
        <label>
          {t('nav.elements')}{' '}
          <select value={element} onChange={(e) => setElement(e.target.value)} data-testid={`${side}-element`}>
            <option value="">—</option>
            {elements.state === 'ready' && elements.value.map((e) => <option key={e.id} value={e.id}>{pickLocalized(e.label, i18n.language).text}</option>)}
          </select>
        </label>
      )}
      {kind === 'draft' && (
        <label>
          {t('nav.drafts')}{' '}
          <select value={draftId} onChange={(e) => setDraftId(e.target.value)} data-testid={`${side}-draft`}>
            <option value="">—</option>
            {drafts.state === 'ready' && drafts.value.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          </select>
        </label>
      )}
      {kind === 'text' && <textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} aria-label={t('compare.pasteHere')} placeholder={t('compare.pasteHere')} data-testid={`${side}-text`} />}
    </fieldset>
  );
}
