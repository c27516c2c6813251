import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';
import { SourceLine } from '../../components/source-line';
import { formatDate } from '../../i18n/format';
import { CountryProfile } from './country-profile';
import { CoverageTable } from './coverage-table';
import { InstrumentList } from './instrument-list';
import { ProvisionCard } from './provision-card';
import { NotesPanel } from '../notes/notes-panel';

export function CountryPage() {
  const { t, i18n } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const country = useApi('getJurisdiction', { code });
  const elements = useApi('listElements', {});
  const official = useApi('listOfficialTextKeys', { country: code });
  const { hash } = useLocation();
  const ready = country.state === 'ready' && elements.state === 'ready';
  // A link to one provision (from search or the matrix) scrolls to it once the page has its data.
  useEffect(() => {
    if (ready && hash.startsWith('#provision-')) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);
  const elementMap = useMemo(() => new Map(elements.state === 'ready' ? elements.value.map((e) => [e.id, e]) : []), [elements]);

  if (country.state === 'loading' || elements.state === 'loading') return <Loading />;
  if (country.state === 'error') return <ErrorPanel error={country.error} onRetry={country.reload} />;
  if (elements.state === 'error') return <ErrorPanel error={elements.error} onRetry={elements.reload} />;
  const c = country.value;
  return (
    <article aria-labelledby="page-title" data-testid="country-page" data-country={c.code}>
      <p>
        <Link to="/countries">← {t('country.back')}</Link>
      </p>
      <h1 id="page-title">
        <LocalizedText text={c.name} /> <span className="code">{c.code}</span>
      </h1>
      <p className="meta">
        {t(`subregion.${c.subregion}`)}
        {c.groups.length > 0 && ` · ${c.groups.map((g) => g.toUpperCase()).join(', ')}`}
        {' · '}
        {c.protocol.status === 'party' ? t('country.party', { date: formatDate(c.protocol.date, i18n.language), action: c.protocol.action }) : t('country.notParty')}
        {' · '}
        {t('country.officialLanguages')}: {c.officialLanguages.join(', ')}
      </p>
      <details className="source protocol-source">
        <summary>{t('country.protocolSource')}</summary>
        <p>
          <SourceLine source={c.protocolSource} />
        </p>
        {c.protocolSource.note && <p lang="en">{c.protocolSource.note}</p>}
      </details>
      <LocalizedText text={c.summary} as="p" className="lede" />
      <nav className="page-toc" aria-label={t('country.coverage')}>
        <a href="#profile" onClick={(e) => { e.preventDefault(); document.getElementById('profile')?.scrollIntoView(); }}>{t('profile.title')}</a>
        <a href="#coverage" onClick={(e) => { e.preventDefault(); document.getElementById('coverage')?.scrollIntoView(); }}>{t('country.coverage')}</a>
        <a href="#instruments" onClick={(e) => { e.preventDefault(); document.getElementById('instruments')?.scrollIntoView(); }}>{t('country.instruments')} ({c.instruments.length})</a>
        <a href="#provisions" onClick={(e) => { e.preventDefault(); document.getElementById('provisions')?.scrollIntoView(); }}>{t('country.provisions')} ({c.provisions.length})</a>
      </nav>
      <CountryProfile code={c.code} elements={elementMap} />
      <section id="coverage" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('country.coverage')}</h2>
        <CoverageTable coverage={c.coverage} elements={elements.value} />
      </section>
      <section id="instruments" aria-labelledby="instruments-title">
        <h2 id="instruments-title">{t('country.instruments')}</h2>
        <InstrumentList instruments={c.instruments} />
      </section>
      <section aria-labelledby="country-notes-title">
        <h2 id="country-notes-title">{t('notes.title')}</h2>
        <NotesPanel targetKind="state" targetId={c.code} />
      </section>
      <section id="provisions" aria-labelledby="provisions-title">
        <h2 id="provisions-title">{t('country.provisions')}</h2>
        {c.provisions.map((p) => (
          <ProvisionCard key={p.key} provision={p} elements={elementMap} hasOfficial={official.state === 'ready' && official.value.includes(p.key)} />
        ))}
      </section>
    </article>
  );
}
