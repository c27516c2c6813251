import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CoverageStatus } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';
import { StatusBadge } from '../../components/status-badge';
import { ExportMenu } from '../../components/export-menu';
import { AttributeSummary } from '../countries/provision-card';
import { NotesPanel } from '../notes/notes-panel';

const ORDER: CoverageStatus[] = ['full', 'partial', 'absent', 'not-applicable', 'not-assessed'];

/** One element, every state side by side: status, provisions, digests, attributes, and a summary line. */
export function ElementAcrossPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const across = useApi('getElementAcross', { element: id });
  const elements = useApi('listElements', {});
  if (across.state === 'loading' || elements.state === 'loading') return <Loading />;
  if (across.state === 'error') return <ErrorPanel error={across.error} onRetry={across.reload} />;
  if (elements.state === 'error') return <ErrorPanel error={elements.error} />;
  const a = across.value;
  const elementMap = new Map(elements.value.map((e) => [e.id, e]));
  const total = a.rows.length;
  const parts = ORDER.filter((s) => a.counts[s] > 0).map((s) => t('across.count', { count: a.counts[s], status: t(`status.${s}`).toLowerCase() }));
  return (
    <article aria-labelledby="page-title" data-testid="element-across" data-element={a.element.id}>
      <p>
        <Link to="/elements">← {t('elements.title')}</Link>
      </p>
      <h1 id="page-title">
        <LocalizedText text={a.element.label} />
      </h1>
      <p className="element-meta">
        {a.element.id} · {t(`level.${a.element.level}`)} · {a.element.source}
      </p>
      <LocalizedText text={a.element.description} as="p" className="lede" />
      <p className="summary-line" data-testid="across-summary">
        {t('across.summary', { parts: parts.join(', '), total })}
      </p>
      <ExportMenu kind="element" id={a.element.id} />
      <table className="data-table across-table">
        <thead>
          <tr>
            <th scope="col">{t('countries.columns.state')}</th>
            <th scope="col">{t('countries.columns.coverage')}</th>
            <th scope="col">{t('country.provisions')}</th>
          </tr>
        </thead>
        <tbody>
          {a.rows.map((r) => (
            <tr key={r.jurisdiction.code} data-country={r.jurisdiction.code} data-status={r.coverage.status}>
              <th scope="row">
                <Link to={`/countries/${r.jurisdiction.code}`}>
                  <LocalizedText text={r.jurisdiction.name} />
                </Link>
              </th>
              <td>
                <StatusBadge status={r.coverage.status} />
                <LocalizedText text={r.coverage.rationale} as="p" className="rationale" />
                {r.coverage.shortcoming && (
                  <p className="shortcoming">
                    <strong>{t('country.shortcoming')}:</strong> <LocalizedText text={r.coverage.shortcoming} />
                  </p>
                )}
              </td>
              <td>
                {r.provisions.map((p) => (
                  <div key={p.key} className="cited-provision">
                    <strong className="provision-label">{p.label}</strong> <LocalizedText text={p.heading} />
                    <LocalizedText text={p.digest} as="p" className="digest" />
                    <AttributeSummary attributes={p.attributes} elements={elementMap} />
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('notes.title')}</h2>
      <NotesPanel targetKind="element" targetId={a.element.id} />
    </article>
  );
}
