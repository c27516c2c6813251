import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftVersion } from '../../../../main/api/contract';
import { callApi } from '../../api/client';

export function DraftHistory({ draft, refresh, onRestored }: { draft: Draft; refresh: number; onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  const [viewing, setViewing] = useState<{ seq: number; text: string } | null>(null);
  useEffect(() => {
    void callApi('listDraftVersions', { id: draft.id }).then((r) => r.ok && setVersions(r.value));
  }, [draft.id, refresh, draft.version]);
  return (
    <section className="draft-history" data-testid="draft-history">
      <table className="data-table compact">
        <thead><tr><th scope="col">{t('drafts.versionCol')}</th><th scope="col">{t('drafts.savedCol')}</th><th scope="col">{t('drafts.kindCol')}</th><th scope="col"></th></tr></thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.seq} data-seq={v.seq}>
              <td>{v.seq}</td>
              <td>{new Date(v.savedAt).toLocaleString(i18n.language)}</td>
              <td>{t(`drafts.kinds.${v.kind}`)} · {v.length}</td>
              <td>
                <button type="button" className="link" onClick={async () => { const r = await callApi('getDraftVersion', { id: draft.id, seq: v.seq }); if (r.ok) setViewing(r.value); }}>{t('drafts.view')}</button>{' '}
                {v.seq !== draft.version && <button type="button" className="secondary" data-testid="restore-version" onClick={async () => { const r = await callApi('restoreDraftVersion', { id: draft.id, seq: v.seq }); if (r.ok) onRestored(); }}>{t('drafts.restore')}</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {viewing && <pre className="version-view">{viewing.text}</pre>}
    </section>
  );
}
