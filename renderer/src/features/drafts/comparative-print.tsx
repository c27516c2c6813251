import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, CompareResult, Draft } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { ErrorPanel } from '../../components/error-panel';
import { saveFile } from '../../components/export-menu';

/** The draft against the text it amends (or an earlier version): insertions underlined, deletions struck. */
export function ComparativePrint({ draft, refresh }: { draft: Draft; refresh: number }) {
  const { t, i18n } = useTranslation();
  const lang: 'en' | 'es' = i18n.language === 'es' ? 'es' : 'en';
  const [against, setAgainst] = useState<string>('amended');
  const [result, setResult] = useState<CompareResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [format, setFormat] = useState<'docx' | 'pdf'>('docx');
  const spec = against === 'amended' ? { kind: 'amended' as const, lang } : { kind: 'version' as const, seq: Number(against) };
  useEffect(() => {
    void callApi('comparativePrint', { id: draft.id, against: spec }).then((r) => (r.ok ? (setResult(r.value), setError(null)) : setError(r.error)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.id, against, refresh, lang]);
  return (
    <section className="comparative-print" data-testid="comparative-print">
      <div className="toolbar">
        <label>{t('drafts.against')} <select value={against} onChange={(e) => setAgainst(e.target.value)} data-testid="print-against">
          <option value="amended">{draft.amends ? t('drafts.againstAmended', { key: draft.amends }) : t('drafts.againstNothing')}</option>
          {Array.from({ length: draft.version - 1 }, (_, i) => draft.version - 1 - i).map((seq) => <option key={seq} value={seq}>{t('drafts.version', { n: seq })}</option>)}
        </select></label>
        <label>{t('export.format')} <select value={format} onChange={(e) => setFormat(e.target.value as 'docx' | 'pdf')} data-testid="print-format"><option value="docx">Word (DOCX)</option><option value="pdf">PDF</option></select></label>
        <button type="button" data-testid="export-print" onClick={async () => {
          const r = await callApi('exportComparativePrint', { id: draft.id, against: spec, format, language: lang });
          if (r.ok) saveFile(r.value); else setError(r.error);
        }}>{t('drafts.exportPrint')}</button>
      </div>
      {error && <ErrorPanel error={error} />}
      {result && (
        <>
          <p className="muted">{result.left.label} → {result.right.label} · {result.identical ? t('compare.noDifferences') : t('compare.changeCount', { count: result.changeCount })}</p>
          <p className="redline-print" data-testid="print-redline">
            {result.changes.map((c, i) => (c.op === 'equal' ? <span key={i}>{c.text}</span> : c.op === 'insert' ? <ins key={i}>{c.text}</ins> : <del key={i}>{c.text}</del>))}
          </p>
        </>
      )}
    </section>
  );
}
