import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import pt from './locales/pt.json';

export const UI_LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Bundled resources only: the workbench never fetches translations. */
export const RESOURCES = { en: { translation: en }, es: { translation: es }, pt: { translation: pt }, fr: { translation: fr } };

export function initI18n(language: UiLanguage = 'en') {
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
