import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, CompareJob, TextRef } from '../../../../main/api/contract';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { saveFile } from '../../components/export-menu';
import { RedlineView } from './redline-view';
import { SubstancePanel } from './substance-panel';
import { TextPicker } from './text-picker';

/** Two texts side by side: redline, substance, progress and cancel for long texts, save and export. */
export function TwoWayCompare({ initialLeft, initialRight, onSaved }: { initialLeft: TextRef | null; initialRight: TextRef | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [left, setLeft] = useState<TextRef | null>(initialLeft);
  const [right, setRight] = useState<TextRef | null>(initialRight);
  const [granularity, setGranularity] = useState<'word' | 'sentence'>('word');
  const [job, setJob] = useState<CompareJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<'docx' | 'pdf' | 'html' | 'md'>('docx');
  const [status, setStatus] = useState('');
  const poll = useRef<number | null>(null);
  const elements = useApi('listElements', {});
  const elementMap = useMemo(() => new Map(elements.state === 'ready' ? elements.value.map((e) => [e.id, e]) : []), [elements]);
  const language = i18n.language === 'es' ? 'es' : 'en';

  useEffect(() => () => { if (poll.current) window.clearTimeout(poll.current); }, []);

  const follow = (j: CompareJob) => {
    setJob(j);
    if (j.state !== 'running') return;
    poll.current = window.setTimeout(async () => {
      const r = await callApi('getComparison', { jobId: j.id });
      if (r.ok) follow(r.value);
      else setError(r.error);
    }, 120);
  };

  const run = async () => {
    if (!left || !right) return;
    setError(null);
    setJob(null);
    const r = await callApi('startComparison', { left, right, granularity });
    if (r.ok) follow(r.value);
    else setError(r.error);
  };

  const cancel = async () => {
    if (job?.state !== 'running') return;
    if (poll.current) window.clearTimeout(poll.current);
    const r = await callApi('cancelComparison', { jobId: job.id });
    if (r.ok) setJob(r.value);
  };

  const save = async () => {
    if (!left || !right) return;
    const r = await callApi('saveComparison', { title: title || t('compare.untitled'), left, right, granularity });
    if (r.ok) {
      setStatus(t('compare.saved'));
      onSaved();
    } else setError(r.error);
  };

  const exportIt = async () => {
    if (!left || !right) return;
    const r = await callApi('exportComparison', { left, right, granularity, format, language });
    if (r.ok) saveFile(r.value);
    else setError(r.error);
  };

  return (
    <div className="two-way">
      <div className="pickers">
        <TextPicker side="left" value={initialLeft} onChange={setLeft} />
        <TextPicker side="right" value={initialRight} onChange={setRight} />
      </div>
      <div className="toolbar">
        <label>
          {t('compare.granularity')}{' '}
          <select value={granularity} onChange={(e) => setGranularity(e.target.value as 'word' | 'sentence')} data-testid="granularity">
            <option value="word">{t('compare.byWord')}</option>
            <option value="sentence">{t('compare.bySentence')}</option>
          </select>
        </label>
        <button type="button" onClick={() => void run()} disabled={!left || !right} data-testid="run-compare">{t('compare.run')}</button>
      </div>
      {error && <ErrorPanel error={error} />}
      {job?.state === 'running' && (
        <div className="progress" role="status" data-testid="compare-progress">
          <progress value={job.progress} max={1} aria-label={t('compare.progress')} /> {Math.round(job.progress * 100)}%{' '}
          <button type="button" onClick={() => void cancel()} data-testid="cancel-compare">{t('compare.cancel')}</button>
        </div>
      )}
      {(job?.state === 'cancelled' || job?.state === 'failed') && <p role="status" data-testid="compare-stopped">{job.message}</p>}
      {job?.state === 'done' && (
        <div data-testid="compare-result">
          <div className="compare-heads">
            <div><strong>{job.result.left.label}</strong> <span className="chip" data-testid="left-source">{t(`compare.source.${job.result.left.source}`)}</span></div>
            <div><strong>{job.result.right.label}</strong> <span className="chip" data-testid="right-source">{t(`compare.source.${job.result.right.source}`)}</span></div>
          </div>
          {job.result.aligned && <p className="muted">{t('compare.aligned', { count: job.result.articles.length })}</p>}
          <RedlineView changes={job.result.changes} changeCount={job.result.changeCount} />
          <SubstancePanel s={job.result.substance} elements={elementMap} />
          <div className="toolbar">
            <label>{t('compare.titleLabel')} <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} data-testid="comparison-title" /></label>
            <button type="button" onClick={() => void save()} data-testid="save-comparison">{t('compare.save')}</button>
            <label>{t('export.format')} <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)} data-testid="comparison-format"><option value="docx">Word (DOCX)</option><option value="pdf">PDF</option><option value="html">HTML</option><option value="md">Markdown</option></select></label>
            <button type="button" onClick={() => void exportIt()} data-testid="export-comparison">{t('compare.export')}</button>
            <span role="status">{status}</span>
          </div>
        </div>
      )}
    </div>
  );
}
