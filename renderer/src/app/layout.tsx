import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { ErrorBoundary } from '../components/error-boundary';
import { formatDate } from '../i18n/format';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/i18n';
import { useAppContext } from './app-info-context';

const NAV = ['matrix', 'countries', 'elements', 'harmonize', 'search', 'compare', 'drafts', 'import', 'help'] as const;

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { info, settings, updateSettings } = useAppContext();
  const location = useLocation();
  const navigate = useNavigate();
  const searchBox = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // Ctrl/Cmd+K reaches search from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-title">{t('app.name')}</span>
        <form
          role="search"
          className="header-search"
          onSubmit={(e) => {
            e.preventDefault();
            if (query.trim()) navigate(`/search?q=${encodeURIComponent(query.trim())}`);
          }}
        >
          <label className="sr-only" htmlFor="global-search">{t('search.label')}</label>
          <input id="global-search" ref={searchBox} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('search.shortcut')} data-testid="global-search" maxLength={500} />
        </form>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {NAV.map((id) => (
            <li key={id}>
              <NavLink to={`/${id}`} data-nav={id}>
                {t(`nav.${id}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
      </main>
      <footer className="status-bar">
        <span data-testid="corpus-version">
          {t('statusBar.corpus', { version: info.corpus.version })} · {t('statusBar.built', { date: formatDate(info.corpus.builtAt, i18n.language) })}
        </span>
        <span>{t(`statusBar.shell.${info.shell}`)}</span>
        <label className="theme-switch">
          {t('statusBar.theme')}{' '}
          <select value={settings.theme} onChange={(e) => void updateSettings({ theme: e.target.value as 'light' | 'dark' | 'system' })} data-testid="theme-switch">
            {(['system', 'light', 'dark'] as const).map((th) => (
              <option key={th} value={th}>
                {t(`statusBar.themes.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="language-switch">
          {t('statusBar.language')}{' '}
          <select
            value={i18n.language}
            onChange={(e) => {
              const language = e.target.value as UiLanguage;
              void i18n.changeLanguage(language);
              void updateSettings({ language });
            }}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </footer>
    </div>
  );
}
