import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult, ExportedFileView } from '../../../main/api/contract';
import { callApiCancellable } from '../api/client';
import { ErrorPanel } from './error-panel';

/** Saves a file the core produced: the browser's download in preview, Electron's save dialog on the desktop. */
export function saveFile(file: ExportedFileView): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Format = 'pdf' | 'docx' | 'md' | 'csv';

/** Export a briefing of a country, an element or a group, in the corpus language closest to the interface's. */
export function ExportMenu({ kind, id, profile }: { kind: 'country' | 'element' | 'group'; id: string; profile?: string }) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<Format>('pdf');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const abort = useRef<AbortController | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    abort.current = new AbortController();
    const r: ApiResult<ExportedFileView> = await callApiCancellable('exportBriefing', { kind, id, format, language: i18n.language === 'es' ? 'es' : 'en', profile }, abort.current.signal);
    setBusy(false);
    if (r.ok) saveFile(r.value);
    else if (r.error.message !== 'Cancelled.') setError(r.error);
  };
  return (
    <div className="export-menu" role="group" aria-label={t('export.label')}>
      <label>
        {t('export.format')}{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)} data-testid="export-format">
          <option value="pdf">PDF</option>
          <option value="docx">Word (DOCX)</option>
          <option value="md">Markdown</option>
          <option value="csv">CSV</option>
        </select>
      </label>{' '}
      <button type="button" onClick={() => void run()} disabled={busy} data-testid="export-button" aria-busy={busy}>
        {busy ? t('export.working') : t('export.button')}
      </button>
      {busy && (
        <button type="button" className="secondary" onClick={() => abort.current?.abort()} data-testid="cancel-export">
          {t('export.cancel')}
        </button>
      )}
      {error && <ErrorPanel error={error} />}
    </div>
  );
}
