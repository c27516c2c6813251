import { useTranslation } from 'react-i18next';
import type { CoverageStatus } from '../../../main/api/contract';

/** A glyph per status, so status never depends on colour alone. */
export const STATUS_GLYPH: Record<CoverageStatus, string> = {
  full: '●',
  partial: '◐',
  absent: '○',
  'not-applicable': '–',
  'not-assessed': '?',
};

export function StatusBadge({ status }: { status: CoverageStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span aria-hidden="true" className="status-glyph">{STATUS_GLYPH[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}
