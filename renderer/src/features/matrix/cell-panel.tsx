import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';
import { StatusBadge } from '../../components/status-badge';

/** What a matrix cell stands on: the status, its rationale and shortcoming, and the provisions cited. */
export function CellPanel({ code, element, onClose }: { code: string; element: string; onClose: () => void }) {
  const { t } = useTranslation();
  const cell = useApi('getCoverageCell', { code, element });
  return (
    <aside className="cell-panel" aria-label={t('matrix.cellPanel')} data-testid="cell-panel">
      <button type="button" className="close" onClick={onClose}>
        {t('matrix.close')}
      </button>
      {cell.state === 'loading' && <Loading />}
      {cell.state === 'error' && <ErrorPanel error={cell.error} />}
      {cell.state === 'ready' && (
        <>
          <h2>
            <LocalizedText text={cell.value.jurisdiction.name} /> · <LocalizedText text={cell.value.element.label} />
          </h2>
          <p className="element-meta">{cell.value.element.id} · {t(`level.${cell.value.element.level}`)} · {cell.value.element.source}</p>
          <StatusBadge status={cell.value.coverage.status} />
          <LocalizedText text={cell.value.coverage.rationale} as="p" className="rationale" />
          {cell.value.coverage.shortcoming && (
            <p className="shortcoming">
              <strong>{t('country.shortcoming')}:</strong> <LocalizedText text={cell.value.coverage.shortcoming} />
            </p>
          )}
          {cell.value.provisions.map((p) => (
            <div key={p.key} className="cited-provision" data-provision={p.key}>
              <h3>
                <span className="provision-label">{p.label}</span> <LocalizedText text={p.heading} />
              </h3>
              <LocalizedText text={p.digest} as="p" className="digest" />
              <p className="source">{p.source.url}</p>
            </div>
          ))}
          <p>
            <Link to={`/countries/${code}`}>{t('matrix.openCountry')}</Link>
          </p>
        </>
      )}
    </aside>
  );
}
