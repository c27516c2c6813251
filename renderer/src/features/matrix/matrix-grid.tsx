import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus, Matrix } from '../../../../main/api/contract';
import { STATUS_GLYPH } from '../../components/status-badge';
import { pickLocalized } from '../../i18n/localized';

const CODE_STATUS: Record<string, CoverageStatus> = { F: 'full', P: 'partial', A: 'absent', N: 'not-applicable', U: 'not-assessed' };
const ROW_HEIGHT = 28;
const COL_WIDTH = 30;
const NAME_WIDTH = 200;
const SCORE_WIDTH = 92;

/**
 * States x elements, both axes virtualized so 200 states x 500 elements stays smooth; headers and the
 * state column are sticky. Arrow keys move between cells; Enter opens one.
 */
export function MatrixGrid({ matrix, onOpen }: { matrix: Matrix; onOpen: (code: string, element: string) => void }) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const rows = useVirtualizer({ count: matrix.rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const cols = useVirtualizer({ horizontal: true, count: matrix.columns.length, getScrollElement: () => scroller.current, estimateSize: () => COL_WIDTH, overscan: 6 });
  const name = (text: { en: string; es: string }) => pickLocalized(text, i18n.language).text;

  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(matrix.rows.length - 1, row));
    const c = Math.max(0, Math.min(matrix.columns.length - 1, col));
    setActive({ row: r, col: c });
    rows.scrollToIndex(r);
    cols.scrollToIndex(c);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-10, 0], PageDown: [10, 0] };
    if (moves[e.key]) {
      e.preventDefault();
      focusCell(active.row + moves[e.key][0], active.col + moves[e.key][1]);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focusCell(active.row, 0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focusCell(active.row, matrix.columns.length - 1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const row = matrix.rows[active.row];
      if (row) onOpen(row.code, matrix.columns[active.col].id);
    }
  };

  const width = NAME_WIDTH + SCORE_WIDTH + cols.getTotalSize();
  return (
    <div
      ref={scroller}
      className="matrix-scroller"
      role="grid"
      aria-label={t('matrix.gridLabel')}
      aria-rowcount={matrix.rows.length + 1}
      aria-colcount={matrix.columns.length + 2}
      onKeyDown={onKeyDown}
      data-testid="matrix-grid"
    >
      <div className="matrix-canvas" style={{ width, height: rows.getTotalSize() + 150 }}>
        <div className="matrix-header" role="row" aria-rowindex={1} style={{ width }}>
          <div className="matrix-corner" role="columnheader" style={{ width: NAME_WIDTH }}>{t('countries.columns.state')}</div>
          <div className="matrix-corner score" role="columnheader" style={{ width: SCORE_WIDTH, left: NAME_WIDTH }}>{t('matrix.score')}</div>
          {cols.getVirtualItems().map((c) => {
            const col = matrix.columns[c.index];
            return (
              <div key={col.id} role="columnheader" aria-colindex={c.index + 3} className={`matrix-colhead pillar-${col.pillar} level-${col.level}`} style={{ left: NAME_WIDTH + SCORE_WIDTH + c.start, width: COL_WIDTH }} title={`${name(col.label)} (${col.id})`}>
                <span>{name(col.label)}</span>
              </div>
            );
          })}
        </div>
        {rows.getVirtualItems().map((r) => {
          const row = matrix.rows[r.index];
          const stateName = name(row.name);
          return (
            <div key={row.code} role="row" aria-rowindex={r.index + 2} className="matrix-row" data-row={row.code} style={{ top: 150 + r.start, width }}>
              <div role="rowheader" className="matrix-name" style={{ width: NAME_WIDTH }}>
                {stateName} <span className="code">{row.code}</span>
              </div>
              <div role="gridcell" className="matrix-score" style={{ width: SCORE_WIDTH, left: NAME_WIDTH }} title={t('matrix.scoreTitle', { count: row.score.notAssessed })}>
                {row.score.percent === null ? '—' : `${row.score.percent}%`}
                {row.score.notAssessed > 0 && <span className="unknown-count"> ?{row.score.notAssessed}</span>}
              </div>
              {cols.getVirtualItems().map((c) => {
                const col = matrix.columns[c.index];
                const status = CODE_STATUS[row.cells[c.index]] ?? 'not-assessed';
                const isActive = active.row === r.index && active.col === c.index;
                return (
                  <div
                    key={col.id}
                    role="gridcell"
                    aria-colindex={c.index + 3}
                    tabIndex={isActive ? 0 : -1}
                    data-cell={`${r.index}:${c.index}`}
                    data-element={col.id}
                    data-status={status}
                    className={`matrix-cell status-${status}`}
                    style={{ left: NAME_WIDTH + SCORE_WIDTH + c.start, width: COL_WIDTH }}
                    aria-label={`${stateName}, ${name(col.label)}: ${t(`status.${status}`)}`}
                    onClick={() => {
                      setActive({ row: r.index, col: c.index });
                      onOpen(row.code, col.id);
                    }}
                  >
                    <span aria-hidden="true">{STATUS_GLYPH[status]}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
