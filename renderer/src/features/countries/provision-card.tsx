import { useTranslation } from 'react-i18next';
import type { Attributes, ElementView, ProvisionView } from '../../../../main/api/contract';
import { LocalizedText } from '../../components/localized-text';
import { SourceLine } from '../../components/source-line';
import { formatDate } from '../../i18n/format';
import { OfficialText } from './official-text';
import { NotesToggle } from '../notes/notes-toggle';

function ElementChips({ ids, elements, label }: { ids: string[]; elements: Map<string, ElementView>; label: string }) {
  if (ids.length === 0) return null;
  return (
    <div className="chip-row">
      <span className="chip-label">{label}</span>
      {ids.map((id) => (
        <span key={id} className="chip" data-element={id} title={id}>
          {elements.get(id) ? <LocalizedText text={elements.get(id)?.label} /> : id}
        </span>
      ))}
    </div>
  );
}

export function AttributeSummary({ attributes: a, elements }: { attributes: Attributes; elements: Map<string, ElementView> }) {
  const { t } = useTranslation();
  const yesNo = (b: boolean) => t(b ? 'provision.yes' : 'provision.no');
  return (
    <div className="attributes">
      <ElementChips ids={a.acts} elements={elements} label={t('provision.acts')} />
      <ElementChips ids={a.means} elements={elements} label={t('provision.means')} />
      <ElementChips ids={a.purposes} elements={elements} label={t('provision.purposes')} />
      <ElementChips ids={a.elements} elements={elements} label={t('provision.other')} />
      {a.meansRequired && (
        <p className="fact" data-testid="means-required">
          {t('provision.meansRequired')}: {t('provision.adults')} {yesNo(a.meansRequired.adults)}, {t('provision.children')} {yesNo(a.meansRequired.children)}
        </p>
      )}
      {a.penalty && (
        <p className="fact" data-testid="penalty">
          {t('provision.penalty')}:{' '}
          {a.penalty.life ? `${a.penalty.minYears ?? '?'}+ · ${t('provision.life')}` : t('provision.years', { min: a.penalty.minYears ?? '?', max: a.penalty.maxYears ?? '?' })}
          {a.penalty.fine ? ` · ${a.penalty.fine}` : ''}
        </p>
      )}
      {a.aggravating.length > 0 && (
        <div className="fact">
          {t('provision.aggravating')}:
          <ul>
            {a.aggravating.map((g, i) => (
              <li key={i}>
                <LocalizedText text={g.circumstance} />
                {g.increase ? ` (${g.increase})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function ProvisionCard({ provision: p, elements, hasOfficial = false }: { provision: ProvisionView; elements: Map<string, ElementView>; hasOfficial?: boolean }) {
  const { t, i18n } = useTranslation();
  const earlier = p.versions.filter((v) => !v.current);
  return (
    <article className="provision-card" id={`provision-${p.key}`} data-provision={p.key}>
      <h3>
        <span className="provision-label">{p.label}</span> <LocalizedText text={p.heading} />
      </h3>
      <p className="provision-key">
        {p.key}
        {p.inForce.from ? ` · ${t('provision.inForceFrom', { date: formatDate(p.inForce.from, i18n.language) })}` : ''}
      </p>
      <LocalizedText text={p.digest} as="p" className="digest" />
      {hasOfficial && <OfficialText provisionKey={p.key} />}
      <AttributeSummary attributes={p.attributes} elements={elements} />
      {earlier.length > 0 && (
        <details className="versions">
          <summary>
            {t('provision.versions')} ({earlier.length})
          </summary>
          {earlier.map((v) => (
            <div key={v.seq} className="version">
              <p className="muted">
                {t('provision.versionRange', { from: formatDate(v.from, i18n.language) || '…', to: formatDate(v.to, i18n.language) })}
                {v.amendedBy ? ` · ${t('provision.amendedBy', { instrument: v.amendedBy })}` : ''}
              </p>
              <LocalizedText text={v.digest} as="p" className="digest" />
              <AttributeSummary attributes={v.attributes} elements={elements} />
            </div>
          ))}
        </details>
      )}
      <NotesToggle targetKind="provision" targetId={p.key} />
      <p className="source">
        {t('provision.source')}: <SourceLine source={p.source} />
      </p>
    </article>
  );
}
