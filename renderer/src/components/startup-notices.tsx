import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';

/** Tells the user, in plain words, when their data had to be restored from a backup at start. */
export function StartupNotices() {
  const { t } = useTranslation();
  const notices = useApi('getStartupNotices', {});
  if (notices.state !== 'ready' || notices.value.length === 0) return null;
  return (
    <div role="alert" className="startup-notice" data-testid="startup-notice">
      <strong>{t('notices.title')}:</strong> {notices.value.map((n) => n.message).join(' ')}
    </div>
  );
}
