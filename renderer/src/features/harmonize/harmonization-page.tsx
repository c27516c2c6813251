import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Agreement, Pillar } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';
import { StatusBadge } from '../../components/status-badge';
import { ExportMenu } from '../../components/export-menu';

const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];

/** For a group of states: how far they agree on each element, and who the outliers are. */
export function HarmonizationPage() {
  const { t, i18n } = useTranslation();
  const [group, setGroup] = useState('sica');
  const [show, setShow] = useState<'all' | Agreement>('all');
  const groupings = useApi('listGroupings', {});
  const elements = useApi('listElements', {});
  const h = useApi('getHarmonization', { group });
  const labelOf = new Map(elements.state === 'ready' ? elements.value.map((e) => [e.id, e]) : []);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('harmonize.title')}</h1>
      <p className="lede">{t('harmonize.intro')}</p>
      <div className="toolbar">
        <label>
          {t('matrix.grouping')}{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="harmonize-group">
            {groupings.state === 'ready' &&
              groupings.value.map((g) => (
                <option key={g.id} value={g.id}>
                  {(g.name as Record<string, string>)[i18n.language] ?? g.name.en} ({g.members.length})
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('harmonize.show')}{' '}
          <select value={show} onChange={(e) => setShow(e.target.value as 'all' | Agreement)}>
            {(['all', 'split', 'all-full', 'all-covered', 'all-absent', 'unknown'] as const).map((a) => (
              <option key={a} value={a}>{t(`harmonize.agreement.${a}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {h.state === 'loading' && <Loading />}
      {h.state === 'error' && <ErrorPanel error={h.error} onRetry={h.reload} />}
      {h.state === 'ready' && (
        <>
          <ExportMenu kind="group" id={group} />
          <p className="muted">{t('harmonize.members', { members: h.value.members.join(', ') || '—' })}</p>
          {PILLARS.map((p) => {
            const rows = h.value.elements.filter((e) => labelOf.get(e.element)?.pillar === p && (show === 'all' || e.agreement === show));
            if (rows.length === 0) return null;
            return (
              <table key={p} className="data-table" data-pillar={p}>
                <caption>{t(`pillar.${p}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('nav.elements')}</th>
                    <th scope="col">{t('harmonize.agreementCol')}</th>
                    <th scope="col">{t('harmonize.outliers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.element} data-element={r.element} data-agreement={r.agreement}>
                      <th scope="row">
                        <Link to={`/elements/${r.element}`}>
                          <LocalizedText text={labelOf.get(r.element)?.label} />
                        </Link>
                      </th>
                      <td>
                        {t(`harmonize.agreement.${r.agreement}`)} <span className="muted">({r.counts.full}/{r.counts.partial}/{r.counts.absent}/{r.counts['not-assessed']})</span>
                      </td>
                      <td>
                        {r.outliers.map((o) => (
                          <span key={o.code} className="outlier">
                            {o.code} <StatusBadge status={o.status} />{' '}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </>
      )}
    </section>
  );
}
