import { useTranslation } from 'react-i18next';
import type { CoverageView, ElementView, Pillar } from '../../../../main/api/contract';
import { LocalizedText } from '../../components/localized-text';
import { StatusBadge } from '../../components/status-badge';
import { formatDate } from '../../i18n/format';

const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];

/** Every element's status for one state, grouped by pillar, each backed by its citations and rationale. */
export function CoverageTable({ coverage, elements }: { coverage: CoverageView[]; elements: ElementView[] }) {
  const { t, i18n } = useTranslation();
  const byElement = new Map(coverage.map((c) => [c.element, c]));
  return (
    <>
      {PILLARS.map((pillar) => {
        const rows = elements.filter((e) => e.pillar === pillar && byElement.has(e.id));
        if (rows.length === 0) return null;
        return (
          <table key={pillar} className="data-table coverage-table" data-pillar={pillar}>
            <caption>{t(`pillar.${pillar}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('nav.elements')}</th>
                <th scope="col">{t('countries.columns.coverage')}</th>
                <th scope="col">{t('country.cites')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const c = byElement.get(e.id) as CoverageView;
                return (
                  <tr key={e.id} data-element={e.id} data-status={c.status}>
                    <th scope="row">
                      <LocalizedText text={e.label} />
                      <span className="element-meta">
                        {e.id} · {t(`level.${e.level}`)}
                      </span>
                    </th>
                    <td>
                      <StatusBadge status={c.status} />
                      <LocalizedText text={c.rationale} as="p" className="rationale" />
                      {c.shortcoming && (
                        <p className="shortcoming">
                          <strong>{t('country.shortcoming')}:</strong> <LocalizedText text={c.shortcoming} />
                        </p>
                      )}
                      {c.history.map((h, i) => (
                        <p key={i} className="coverage-change muted">
                          {t('country.changed', { date: formatDate(h.until, i18n.language), instrument: h.amendedBy, status: t(`status.${h.status}`) })}
                        </p>
                      ))}
                    </td>
                    <td className="cites">
                      {c.provisions.map((k) => (
                        <a key={k} href={`#provision-${k}`} onClick={(ev) => { ev.preventDefault(); document.getElementById(`provision-${k}`)?.scrollIntoView(); }}>
                          {k}
                        </a>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
