import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';
import { STATUS_GLYPH } from '../../components/status-badge';
import { formatDate } from '../../i18n/format';
import type { CoverageStatus } from '../../../../main/api/contract';

const SHOWN: CoverageStatus[] = ['full', 'partial', 'absent', 'not-assessed'];

export function CountryListPage() {
  const { t, i18n } = useTranslation();
  const list = useApi('listJurisdictions', {});
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('countries.title')}</h1>
      <p className="lede">{t('countries.intro')}</p>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <ErrorPanel error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' &&
        (list.value.length === 0 ? (
          <p>{t('countries.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('countries.count', { count: list.value.length })}</p>
            <table className="data-table" data-testid="country-list">
              <thead>
                <tr>
                  <th scope="col">{t('countries.columns.state')}</th>
                  <th scope="col">{t('countries.columns.region')}</th>
                  <th scope="col">{t('countries.columns.groups')}</th>
                  <th scope="col">{t('countries.columns.party')}</th>
                  <th scope="col" className="num">{t('countries.columns.instruments')}</th>
                  <th scope="col" className="num">{t('countries.columns.provisions')}</th>
                  <th scope="col">{t('countries.columns.coverage')}</th>
                </tr>
              </thead>
              <tbody>
                {list.value.map((j) => (
                  <tr key={j.code} data-country={j.code}>
                    <th scope="row">
                      <Link to={`/countries/${j.code}`}>
                        <LocalizedText text={j.name} />
                      </Link>{' '}
                      <span className="code">{j.code}</span>
                    </th>
                    <td>{t(`subregion.${j.subregion}`)}</td>
                    <td>{j.groups.map((g) => g.toUpperCase()).join(', ')}</td>
                    <td>{j.protocol.status === 'party' ? formatDate(j.protocol.date, i18n.language) : t('country.notParty')}</td>
                    <td className="num">{j.instrumentCount}</td>
                    <td className="num">{j.provisionCount}</td>
                    <td className="coverage-counts">
                      {SHOWN.map((s) => (
                        <span key={s} className={`count status-${s}`} title={t(`status.${s}`)}>
                          <span aria-hidden="true">{STATUS_GLYPH[s]}</span>
                          <span className="sr-only">{t(`status.${s}`)}: </span>
                          {j.statusCounts[s]}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ))}
    </section>
  );
}
