import { useTranslation } from 'react-i18next';
import type { InstrumentView } from '../../../../main/api/contract';
import { formatDate } from '../../i18n/format';

export function InstrumentList({ instruments }: { instruments: InstrumentView[] }) {
  const { t, i18n } = useTranslation();
  const date = (d?: string) => formatDate(d, i18n.language);
  return (
    <ul className="instrument-list">
      {instruments.map((ins) => (
        <li key={ins.key} data-instrument={ins.key}>
          <h3 lang={ins.language}>{ins.title.original}</h3>
          <p className="muted">
            {i18n.language === 'es' && ins.title.es ? ins.title.es : ins.title.en} · {ins.key}
            {ins.number ? ` · ${t('instrument.number', { number: ins.number })}` : ''} · {t(`instrument.status.${ins.status}`)}
          </p>
          <dl className="facts">
            {ins.dates.enacted && (<><dt>{t('instrument.enacted')}</dt><dd>{date(ins.dates.enacted)}</dd></>)}
            {ins.dates.published && (<><dt>{t('instrument.published')}</dt><dd>{date(ins.dates.published)}</dd></>)}
            {ins.dates.inForce && (<><dt>{t('instrument.inForce')}</dt><dd>{date(ins.dates.inForce)}</dd></>)}
            {ins.amends.length > 0 && (<><dt>{t('instrument.amends')}</dt><dd>{ins.amends.join(', ')}</dd></>)}
            {ins.amendedBy.length > 0 && (<><dt>{t('instrument.amendedBy')}</dt><dd>{ins.amendedBy.join(', ')}</dd></>)}
            {ins.url && (<><dt>{t('instrument.officialPage')}</dt><dd className="url">{ins.url}</dd></>)}
          </dl>
        </li>
      ))}
    </ul>
  );
}
