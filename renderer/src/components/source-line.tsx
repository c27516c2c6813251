import { useTranslation } from 'react-i18next';
import type { Source } from '../../../main/api/contract';
import { formatDate } from '../i18n/format';

/** Where a fact was read: title, official or secondary, the day it was checked, and the address. */
export function SourceLine({ source }: { source: Source }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {source.title ?? source.url} ({t(`provision.${source.kind}`)}, {t('provision.checked', { date: formatDate(source.checked, i18n.language) })})
      {' · '}
      <span className="url">{source.url}</span>
    </>
  );
}
