import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import type { ApiError, AppInfo, Settings } from '../../../main/api/contract';
import { callApi } from '../api/client';
import { ErrorPanel } from '../components/error-panel';
import { Loading } from '../components/loading';
import { CountryListPage } from '../features/countries/country-list-page';
import { CountryPage } from '../features/countries/country-page';
import { ElementAcrossPage } from '../features/elements/element-across-page';
import { ElementListPage } from '../features/elements/element-list-page';
import { HarmonizationPage } from '../features/harmonize/harmonization-page';
import { MatrixPage } from '../features/matrix/matrix-page';
import { SearchPage } from '../features/search/search-page';
import { ComparePage } from '../features/compare/compare-page';
import { ImportPage } from '../features/import/import-page';
import { DraftsPage } from '../features/drafts/drafts-page';
import { StartupNotices } from '../components/startup-notices';
import { CommandPalette } from '../components/command-palette';
import { Welcome } from '../components/welcome';
import { HelpPage } from '../features/help/help-page';
import { AppContext } from './app-info-context';
import { Layout } from './layout';

type Boot = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; info: AppInfo; settings: Settings };

export function App() {
  const { i18n } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  const start = useCallback(async () => {
    setBoot({ state: 'loading' });
    const [info, settings] = await Promise.all([callApi('getAppInfo', {}), callApi('getSettings', {})]);
    if (!info.ok) return setBoot({ state: 'error', error: info.error });
    if (!settings.ok) return setBoot({ state: 'error', error: settings.error });
    await i18n.changeLanguage(settings.value.language);
    setBoot({ state: 'ready', info: info.value, settings: settings.value });
    // A signal the end-to-end tests wait for, instead of sleeping.
    document.documentElement.dataset.workbenchReady = 'true';
  }, [i18n]);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => {
    if (boot.state !== 'ready') return;
    const theme = boot.settings.theme;
    const dark = theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [boot]);

  if (boot.state === 'loading') return <Loading />;
  if (boot.state === 'error') return <ErrorPanel error={boot.error} onRetry={() => void start()} />;

  const updateSettings = async (patch: Partial<Settings>) => {
    const r = await callApi('updateSettings', { patch });
    if (r.ok) setBoot({ ...boot, settings: r.value });
  };

  return (
    <AppContext.Provider value={{ info: boot.info, settings: boot.settings, updateSettings }}>
      <HashRouter>
        <Layout>
          <StartupNotices />
          <Welcome />
          <CommandPalette />
          <Routes>
            <Route path="/" element={<Navigate to="/countries" replace />} />
            <Route path="/countries" element={<CountryListPage />} />
            <Route path="/countries/:code" element={<CountryPage />} />
            <Route path="/elements" element={<ElementListPage />} />
            <Route path="/elements/:id" element={<ElementAcrossPage />} />
            <Route path="/harmonize" element={<HarmonizationPage />} />
            <Route path="/matrix" element={<MatrixPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/compare" element={<ComparePage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/help" element={<HelpPage />} />
            <Route path="/drafts" element={<DraftsPage />} />
            <Route path="*" element={<Navigate to="/countries" replace />} />
          </Routes>
        </Layout>
      </HashRouter>
    </AppContext.Provider>
  );
}
