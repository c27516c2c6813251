import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../main/api/contract';

/** Shows an API failure in place of the view that needed the data, never a blank window. */
export function ErrorPanel({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const known = ['INVALID_ARGUMENT', 'NOT_FOUND', 'UNAVAILABLE'].includes(error.code);
  return (
    <div role="alert" className="error-panel" data-error-code={error.code}>
      <h2>{t('error.title')}</h2>
      <p>{t(known ? `error.${error.code}` : 'error.generic', { message: error.message })}</p>
      {error.field && <p className="error-field">{error.field}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
