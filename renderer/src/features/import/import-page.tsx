import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApiError, PreparedImport } from '../../../../main/api/contract';
import { callApi, callApiCancellable } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { pickLocalized } from '../../i18n/localized';
import { ImportPreview, type Decision } from './import-preview';

const MAX_BYTES = 25 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bring an official text into the workbench: choose the state, drop the file, check, confirm. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const [country, setCountry] = useState('');
  const [instrument, setInstrument] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<(PreparedImport & { previewId: string }) | null>(null);
  const [done, setDone] = useState<{ saved: number; country: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const states = useApi('listJurisdictions', {});
  const jurisdiction = useApi('getJurisdiction', { code: country || 'ARG' });
  const imports = useApi('listImports', {});

  const load = async (file: File) => {
    setError(null);
    setDone(null);
    setPreview(null);
    if (!country) return setError({ code: 'INVALID_ARGUMENT', message: t('import.chooseCountry'), field: 'country' });
    if (file.size > MAX_BYTES) return setError({ code: 'INVALID_ARGUMENT', message: t('import.tooLarge', { mb: (file.size / 1024 / 1024).toFixed(1) }), field: 'file' });
    setBusy(true);
    abort.current = new AbortController();
    const r = await callApiCancellable('previewImport', { fileName: file.name, base64: await toBase64(file), country, instrument: instrument || undefined }, abort.current.signal);
    setBusy(false);
    if (r.ok) setPreview(r.value);
    else if (r.error.message === 'Cancelled.') setError({ code: 'UNAVAILABLE', message: t('import.cancelled') });
    else setError(r.error);
  };

  const confirm = async (decisions: Decision[]) => {
    if (!preview) return;
    setBusy(true);
    const r = await callApi('commitImport', { previewId: preview.previewId, decisions });
    setBusy(false);
    if (r.ok) {
      setDone({ saved: r.value.saved, country: preview.country });
      setPreview(null);
      imports.reload();
    } else setError(r.error);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) void load(f);
  };

  return (
    <section aria-labelledby="page-title" className="import-page">
      <h1 id="page-title">{t('import.title')}</h1>
      <p className="lede">{t('import.intro')}</p>
      <div className="toolbar">
        <label>
          {t('countries.columns.state')}{' '}
          <select value={country} onChange={(e) => { setCountry(e.target.value); setInstrument(''); }} data-testid="import-country">
            <option value="">—</option>
            {states.state === 'ready' && states.value.map((j) => <option key={j.code} value={j.code}>{pickLocalized(j.name, i18n.language).text}</option>)}
          </select>
        </label>
        <label>
          {t('import.instrument')}{' '}
          <select value={instrument} onChange={(e) => setInstrument(e.target.value)} disabled={!country} data-testid="import-instrument">
            <option value="">{t('import.anyInstrument')}</option>
            {country && jurisdiction.state === 'ready' && jurisdiction.value.instruments.map((ins) => <option key={ins.key} value={ins.key}>{ins.shortTitle ?? ins.title.original}</option>)}
          </select>
        </label>
      </div>
      <div
        className={`drop-zone ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>{t('import.drop')}</p>
        <label className="file-button">
          {t('import.choose')}
          <input type="file" accept=".txt,.md,.html,.htm,.docx,.pdf,.xml" onChange={(e) => { const f = e.target.files?.[0]; if (f) void load(f); e.target.value = ''; }} data-testid="import-file" />
        </label>
        <p className="muted">{t('import.formats')}</p>
      </div>
      {busy && (
        <p role="status" className="loading progress">
          <progress aria-label={t('import.working')} /> {t('import.working')}{' '}
          <button type="button" className="secondary" onClick={() => abort.current?.abort()} data-testid="cancel-import">{t('compare.cancel')}</button>
        </p>
      )}
      {error && <div role="alert" className="query-problem" data-testid="import-error">{error.message}</div>}
      {error && error.code === 'INTERNAL' && <ErrorPanel error={error} />}
      {done && (
        <p role="status" className="import-done" data-testid="import-done">
          {t('import.saved', { count: done.saved })} <Link to={`/countries/${done.country}`}>{t('import.openCountry')}</Link>
        </p>
      )}
      {preview && jurisdiction.state === 'ready' && <ImportPreview preview={preview} provisions={jurisdiction.value.provisions} onConfirm={(d) => void confirm(d)} onCancel={() => setPreview(null)} />}
      <section aria-labelledby="imports-title">
        <h2 id="imports-title">{t('import.history')}</h2>
        <table className="data-table" data-testid="import-history">
          <thead><tr><th scope="col">{t('import.file')}</th><th scope="col">{t('countries.columns.state')}</th><th scope="col">{t('import.articles')}</th><th scope="col">{t('import.date')}</th><th scope="col">SHA-256</th><th scope="col"></th></tr></thead>
          <tbody>
            {imports.state === 'ready' && imports.value.map((f) => (
              <tr key={f.id} data-file={f.name}>
                <td>{f.name} <span className="muted">({(f.size / 1024).toFixed(0)} KB)</span></td>
                <td>{f.country}</td>
                <td>{f.aligned} / {f.articles}</td>
                <td>{f.importedAt.slice(0, 16).replace('T', ' ')}</td>
                <td className="code">{f.sha256.slice(0, 16)}…</td>
                <td><button type="button" className="secondary" onClick={async () => { await callApi('deleteImport', { fileId: f.id }); imports.reload(); }}>{t('compare.delete')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
