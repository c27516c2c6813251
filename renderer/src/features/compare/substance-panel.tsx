import { useTranslation } from 'react-i18next';
import type { ChipDiff, ElementView, SubstanceDiff } from '../../../../main/api/contract';
import { StatusBadge } from '../../components/status-badge';
import { pickLocalized } from '../../i18n/localized';

function Chips({ diff, label, elements }: { diff: ChipDiff; label: string; elements: Map<string, ElementView> }) {
  const { t, i18n } = useTranslation();
  if (!diff.both.length && !diff.onlyLeft.length && !diff.onlyRight.length) return null;
  const name = (id: string) => (elements.get(id) ? pickLocalized(elements.get(id)?.label, i18n.language).text : id);
  return (
    <div className="chip-row substance-row">
      <span className="chip-label">{label}</span>
      {diff.both.map((id) => <span key={id} className="chip chip-both" data-chip={id} data-side="both" title={t('compare.inBoth')}>{name(id)}</span>)}
      {diff.onlyLeft.map((id) => <span key={id} className="chip chip-left" data-chip={id} data-side="left" title={t('compare.onlyLeft')}>− {name(id)}</span>)}
      {diff.onlyRight.map((id) => <span key={id} className="chip chip-right" data-chip={id} data-side="right" title={t('compare.onlyRight')}>+ {name(id)}</span>)}
    </div>
  );
}

/** The structured attributes aligned: chips in both / only left / only right, penalties, ages, statuses. */
export function SubstancePanel({ s, elements }: { s: SubstanceDiff; elements: Map<string, ElementView> }) {
  const { t, i18n } = useTranslation();
  const pen = (p: SubstanceDiff['penalty']['left']) => (p ? (p.life ? `${p.minYears ?? '?'}+ · ${t('provision.life')}` : t('provision.years', { min: p.minYears ?? '?', max: p.maxYears ?? '?' })) : '—');
  const yesNo = (b: boolean | undefined) => (b === undefined ? '—' : t(b ? 'provision.yes' : 'provision.no'));
  return (
    <section className="substance-panel" aria-labelledby="substance-title" data-testid="substance-panel">
      <h2 id="substance-title">{t('compare.substance')}</h2>
      <p className="legend-line muted">{t('compare.chipLegend')}</p>
      <Chips diff={s.acts} label={t('provision.acts')} elements={elements} />
      <Chips diff={s.means} label={t('provision.means')} elements={elements} />
      <Chips diff={s.purposes} label={t('provision.purposes')} elements={elements} />
      <Chips diff={s.aggravating} label={t('provision.aggravating')} elements={elements} />
      <Chips diff={s.other} label={t('provision.other')} elements={elements} />
      <table className="data-table compact">
        <thead><tr><th scope="col"></th><th scope="col">{t('compare.left')}</th><th scope="col">{t('compare.right')}</th></tr></thead>
        <tbody>
          <tr data-testid="penalty-row" className={s.penalty.same ? '' : 'differs'}><th scope="row">{t('provision.penalty')}</th><td>{pen(s.penalty.left)}</td><td>{pen(s.penalty.right)}</td></tr>
          <tr data-testid="means-row" className={s.meansRequired.same ? '' : 'differs'}><th scope="row">{t('provision.meansRequired')} ({t('provision.adults')})</th><td>{yesNo(s.meansRequired.left?.adults)}</td><td>{yesNo(s.meansRequired.right?.adults)}</td></tr>
          <tr><th scope="row">{t('compare.ages')}</th><td>{s.ages.left.join(', ') || '—'}</td><td>{s.ages.right.join(', ') || '—'}</td></tr>
        </tbody>
      </table>
      {s.coverage.some((c) => c.left || c.right) && (
        <details>
          <summary>{t('compare.coverageOfElements')}</summary>
          <table className="data-table compact">
            <tbody>
              {s.coverage.map((c) => (
                <tr key={c.element}>
                  <th scope="row">{pickLocalized(elements.get(c.element)?.label, i18n.language).text || c.element}</th>
                  <td>{c.left ? <StatusBadge status={c.left} /> : '—'}</td>
                  <td>{c.right ? <StatusBadge status={c.right} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
