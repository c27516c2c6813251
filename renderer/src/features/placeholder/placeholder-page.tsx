import { useTranslation } from 'react-i18next';

/** Views whose capability arrives with a later issue: the route exists so navigation is complete. */
export function PlaceholderPage({ view }: { view: 'matrix' | 'search' | 'compare' | 'drafts' }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t(`nav.${view}`)}</h1>
      <p>{t(`placeholder.${view}`)}</p>
      <p className="muted">{t('placeholder.notYet')}</p>
    </section>
  );
}
