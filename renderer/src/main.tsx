import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initApiClient } from './api/client';
import { initI18n } from './i18n/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';

initApiClient();
initI18n();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
