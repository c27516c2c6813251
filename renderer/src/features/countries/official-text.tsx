import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficialText as Official } from '../../../../main/api/contract';
import { callApi } from '../../api/client';

/** The official wording the user imported for this provision, loaded when opened. */
export function OfficialText({ provisionKey }: { provisionKey: string }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Official[] | null>(null);
  return (
    <details
      className="official"
      data-testid="official-text"
      onToggle={async (e) => {
        if ((e.target as HTMLDetailsElement).open && !texts) {
          const r = await callApi('getOfficialTexts', { key: provisionKey });
          setTexts(r.ok ? r.value : []);
        }
      }}
    >
      <summary>{t('provision.officialText')}</summary>
      {texts?.[0] && (
        <>
          <p className="muted">{t('provision.importedFrom', { file: texts[0].fileName, date: texts[0].importedAt.slice(0, 10) })}</p>
          <p className="official-text">{texts[0].text}</p>
        </>
      )}
    </details>
  );
}
