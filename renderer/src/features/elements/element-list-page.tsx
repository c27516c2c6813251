import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Pillar } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';

const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];

export function ElementListPage() {
  const { t } = useTranslation();
  const elements = useApi('listElements', {});
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('elements.title')}</h1>
      <p className="lede">{t('elements.intro')}</p>
      {elements.state === 'loading' && <Loading />}
      {elements.state === 'error' && <ErrorPanel error={elements.error} onRetry={elements.reload} />}
      {elements.state === 'ready' &&
        PILLARS.map((p) => (
          <section key={p} aria-labelledby={`pillar-${p}`}>
            <h2 id={`pillar-${p}`}>{t(`pillar.${p}`)}</h2>
            {elements.value
              .filter((e) => e.pillar === p)
              .map((e) => (
                <details key={e.id} className="element-entry" data-element={e.id}>
                  <summary>
                    <LocalizedText text={e.label} /> <span className="element-meta">{e.id} · {t(`level.${e.level}`)} · {e.source}</span>
                  </summary>
                  <LocalizedText text={e.description} as="p" />
                  <h3>{t('elements.full')}</h3>
                  <LocalizedText text={e.full} as="p" />
                  <h3>{t('elements.partial')}</h3>
                  <LocalizedText text={e.partial} as="p" />
                  <h3>{t('elements.model')}</h3>
                  <LocalizedText text={e.modelClause} as="p" className="model-clause" />
                  <p>
                    <Link to={`/elements/${e.id}`} data-testid="element-across-link">{t('elements.across')}</Link>
                  </p>
                </details>
              ))}
          </section>
        ))}
    </section>
  );
}
