import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useAppContext } from '../app/app-info-context';

/** First run: the three jobs the workbench is for, then the matrix. Dismissed once, remembered. */
export function Welcome() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useAppContext();
  const navigate = useNavigate();
  if (settings.welcomeSeen) return null;
  return (
    <section className="welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <ol>
        <li><strong>{t('welcome.gapsTitle')}</strong> {t('welcome.gaps')} <Link to="/matrix">{t('nav.matrix')}</Link></li>
        <li><strong>{t('welcome.compareTitle')}</strong> {t('welcome.compare')} <Link to="/compare">{t('nav.compare')}</Link></li>
        <li><strong>{t('welcome.draftTitle')}</strong> {t('welcome.draft')} <Link to="/drafts">{t('nav.drafts')}</Link></li>
      </ol>
      <p className="muted">{t('welcome.keys')}</p>
      <button type="button" data-testid="welcome-start" onClick={() => { void updateSettings({ welcomeSeen: true }); navigate('/matrix'); }}>{t('welcome.start')}</button>{' '}
      <button type="button" className="secondary" onClick={() => void updateSettings({ welcomeSeen: true })}>{t('welcome.dismiss')}</button>
    </section>
  );
}
