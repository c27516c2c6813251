import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus, ObligationLevel } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { STATUS_GLYPH } from '../../components/status-badge';
import { callApi } from '../../api/client';
import { saveFile } from '../../components/export-menu';
import { CellPanel } from './cell-panel';
import { MatrixGrid } from './matrix-grid';

const LEVELS: ObligationLevel[] = ['mandatory', 'consider', 'recommended', 'beyond'];
const STATUSES: CoverageStatus[] = ['full', 'partial', 'absent', 'not-applicable', 'not-assessed'];

export function MatrixPage() {
  const { t, i18n } = useTranslation();
  const [group, setGroup] = useState('');
  const [levels, setLevels] = useState<ObligationLevel[]>([]);
  const [sort, setSort] = useState<'name' | 'score'>('name');
  const [profile, setProfile] = useState('default');
  const [open, setOpen] = useState<{ code: string; element: string } | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const states = useApi('listJurisdictions', {});
  const groupings = useApi('listGroupings', {});
  const profiles = useApi('listScoringProfiles', {});
  const language = i18n.language === 'es' ? 'es' : 'en';
  const codes = selection.length ? selection : undefined;
  const matrix = useApi('getMatrix', { groups: group ? [group] : undefined, codes, levels: levels.length ? levels : undefined, sort, profile, language });

  return (
    <section aria-labelledby="page-title" className="matrix-page">
      <h1 id="page-title">{t('matrix.title')}</h1>
      <div className="toolbar" role="group" aria-label={t('matrix.filters')}>
        <label>
          {t('matrix.grouping')}{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="matrix-group">
            <option value="">{t('matrix.allStates')}</option>
            {groupings.state === 'ready' &&
              groupings.value.map((g) => (
                <option key={g.id} value={g.id}>
                  {(g.name as Record<string, string>)[i18n.language] ?? g.name.en} ({g.members.length})
                </option>
              ))}
          </select>
        </label>
        <details className="selection" data-testid="matrix-selection">
          <summary>{selection.length ? t('matrix.selected', { count: selection.length }) : t('matrix.customSelection')}</summary>
          <div className="selection-list">
            {states.state === 'ready' &&
              states.value.map((j) => (
                <label key={j.code}>
                  <input
                    type="checkbox"
                    value={j.code}
                    checked={selection.includes(j.code)}
                    onChange={(e) => setSelection(e.target.checked ? [...selection, j.code] : selection.filter((c) => c !== j.code))}
                  />{' '}
                  {(j.name as Record<string, string>)[i18n.language] ?? j.name.en}
                </label>
              ))}
            {selection.length > 0 && (
              <button type="button" onClick={() => setSelection([])}>
                {t('matrix.clearSelection')}
              </button>
            )}
          </div>
        </details>
        <fieldset className="levels">
          <legend>{t('matrix.levels')}</legend>
          {LEVELS.map((l) => (
            <label key={l}>
              <input type="checkbox" checked={levels.includes(l)} onChange={(e) => setLevels(e.target.checked ? [...levels, l] : levels.filter((x) => x !== l))} /> {t(`level.${l}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('matrix.sort')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as 'name' | 'score')} data-testid="matrix-sort">
            <option value="name">{t('matrix.byName')}</option>
            <option value="score">{t('matrix.byScore')}</option>
          </select>
        </label>
        <label>
          {t('matrix.profile')}{' '}
          <select value={profile} onChange={(e) => setProfile(e.target.value)}>
            {profiles.state === 'ready' &&
              profiles.value.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label[language]}
                </option>
              ))}
          </select>
        </label>
      </div>
      <ul className="legend" aria-label={t('matrix.legend')}>
        {STATUSES.map((s) => (
          <li key={s} className={`status-${s}`}>
            <span aria-hidden="true">{STATUS_GLYPH[s]}</span> {t(`status.${s}`)}
          </li>
        ))}
        <li className="muted">{t('matrix.scoreNote')}</li>
      </ul>
      {matrix.state === 'loading' && <Loading />}
      {matrix.state === 'error' && <ErrorPanel error={matrix.error} onRetry={matrix.reload} />}
      {matrix.state === 'ready' && (
        <>
          <div className="export-menu">
            {(['csv', 'svg'] as const).map((format) => (
              <button
                key={format}
                type="button"
                data-testid={`matrix-export-${format}`}
                onClick={async () => {
                  const r = await callApi('exportMatrix', { format, groups: group ? [group] : undefined, codes, levels: levels.length ? levels : undefined, sort, profile, language });
                  if (r.ok) saveFile(r.value);
                }}
              >
                {t(format === 'csv' ? 'export.matrixCsv' : 'export.matrixSvg')}
              </button>
            ))}
          </div>
          <p className="muted" data-testid="matrix-summary">
            {t('matrix.summary', { states: matrix.value.rows.length, elements: matrix.value.columns.length })}
          </p>
          <div className="matrix-layout">
            <MatrixGrid matrix={matrix.value} onOpen={(code, element) => setOpen({ code, element })} />
            {open && <CellPanel code={open.code} element={open.element} onClose={() => setOpen(null)} />}
          </div>
        </>
      )}
      {matrix.state === 'ready' && matrix.value.rows.length === 0 && <p>{t('matrix.empty')}</p>}
    </section>
  );
}
