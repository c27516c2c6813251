import { useTranslation } from 'react-i18next';
import type { LocalizedText as Text } from '../../../main/api/contract';
import { pickLocalized } from '../i18n/localized';

/** Corpus text in the interface language, marked when it falls back to another language. */
export function LocalizedText({ text, as: Tag = 'span', className }: { text: Text | undefined; as?: 'span' | 'p' | 'div'; className?: string }) {
  const { t, i18n } = useTranslation();
  const shown = pickLocalized(text, i18n.language);
  if (!shown.fallbackFrom) return <Tag className={className}>{shown.text}</Tag>;
  const languageName = t(`language.${shown.fallbackFrom}`);
  return (
    <Tag className={className} lang={shown.fallbackFrom}>
      {shown.text}{' '}
      <abbr className="fallback-marker" title={t('fallback.marker', { language: languageName })} aria-label={t('fallback.marker', { language: languageName })}>
        {shown.fallbackFrom.toUpperCase()}
      </abbr>
    </Tag>
  );
}
